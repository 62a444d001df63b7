package lodestone.sim.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import lodestone.model.mineral.MineralId;
import lodestone.sim.Fixtures;
import lodestone.sim.scenario.Behaviour;
import lodestone.sim.scenario.Distribution;
import lodestone.sim.scenario.Licensing;
import lodestone.sim.scenario.Market;
import lodestone.sim.scenario.Phase;
import lodestone.sim.scenario.ScenarioSpec;
import org.junit.jupiter.api.Test;

/**
 * What buyers expect to receive under licensing, seen through the spot price: the grant share they expect before and
 * after decisions are seen (the perspective's scaled by its priority), the applications still pending, the window of
 * decisions to come, and the pending applications they net against their orders.
 *
 * <p>Every case is one market whose whole supply comes from the issuer and whose whole outside demand is the
 * perspective's, with no stocks: the cover ratio is then the expected supply over the window alone, {@code E / W}, and
 * with a price flexibility of 1 the spot price is {@code W / E}. Licences are decided exactly two months after the
 * application (a lag spread of 1 makes the lag fixed), so in the window of W = 6 months the decisions of the next four
 * are expected ({@code window[6] = 0 + 0 + 1 + 1 + 1 + 1}). Demand answers the previous month's price with the bare
 * market's elasticity of -0.1; the expected values below carry that through month by month.
 */
class ExpectedSupplyTest {
    private static final MineralId DY = MineralId.of("dysprosium");
    private static final double W = 6;
    /** Decisions of the next months expected within the window, for a fixed 2-month lag. */
    private static final double DECIDED_IN_WINDOW = 4;

    private static final double SEVERITY = 0.5;
    private static final double EXPECTED_GRANT = 0.7;
    private static final double PRIORITY = 0.4;

    private static double use(double previousPrice) {
        return Math.pow(previousPrice, -0.1);
    }

    private static Market market(Behaviour behaviour) {
        return Market.bare(DY, Map.of("CN", 1.0))
                .withTrade(Fixtures.trade(t -> t.issuerExportShare = 0.5))
                .withBehaviour(behaviour);
    }

    private static MarketResult run(Market market, double priority, Optional<LocalDate> announced) {
        Licensing licensing = new Licensing(
                Distribution.fixed(2), 1, Distribution.fixed(EXPECTED_GRANT), Distribution.fixed(priority));
        List<Phase> ban = List.of(new Phase(Distribution.fixed(24), Distribution.fixed(SEVERITY)));
        ScenarioSpec spec = Fixtures.chinaCut(
                "expected-supply", market, List.of("ALL"), 0.2, ban, announced, Optional.of(licensing), 3);
        return MonteCarloEngine.run(spec, RunOptions.of(10, 3).withThreads(1))
                .markets()
                .get(0);
    }

    private static double spot(MarketResult result, int month) {
        return result.months().get(month).band(Series.PRICE_OUTSIDE).p50();
    }

    @Test
    void theSpotPriceFollowsTheGrantBuyersExpectOnWhatIsPendingAndStillToBeDecided() {
        MarketResult result = run(market(Fixtures.behaviour().flexibility(1).build()), PRIORITY, Optional.empty());
        // month 0: nothing decided yet, so buyers expect the announced grant share, 0.7, on the month's application
        // (pending: 1) and on the four decisions of the window: E = 0.7 (1 + 4)
        double spot0 = W / (EXPECTED_GRANT * (1 + DECIDED_IN_WINDOW));
        assertThat(spot(result, 0)).isCloseTo(spot0, within(1e-5));
        // month 1: still nothing decided; a second month's use is pending
        double use1 = use(spot0);
        double spot1 = W / (EXPECTED_GRANT * (1 + use1 + DECIDED_IN_WINDOW));
        assertThat(spot(result, 1)).isCloseTo(spot1, within(1e-5));
        // month 2: month 0's application is decided, and the share granted is now seen: (1 - 0.5) to the others, 0.4
        // of that to the perspective, which expects 0.2 on what is pending (months 1 and 2) and on the window
        double use2 = use(spot1);
        double seen = (1 - SEVERITY) * PRIORITY;
        double spot2 = W / (seen * (use1 + use2 + DECIDED_IN_WINDOW));
        assertThat(spot(result, 2)).isCloseTo(spot2, within(1e-4));
    }

    @Test
    void aPerspectiveServedAlikeExpectsTheOthersGrantShare() {
        MarketResult result = run(market(Fixtures.behaviour().flexibility(1).build()), 1, Optional.empty());
        double spot0 = W / (EXPECTED_GRANT * (1 + DECIDED_IN_WINDOW));
        double use1 = use(spot0);
        double spot1 = W / (EXPECTED_GRANT * (1 + use1 + DECIDED_IN_WINDOW));
        double use2 = use(spot1);
        assertThat(spot(result, 2)).isCloseTo(W / ((1 - SEVERITY) * (use1 + use2 + DECIDED_IN_WINDOW)), within(1e-4));
    }

    @Test
    void buyersNetThePendingApplicationsTheyExpectGrantedAgainstTheirOrders() {
        // restocking within a month with half of the pending applications netted: each month's order is the use less
        // 0.5 x the grant share expected x what is pending (no stock, no target cover)
        MarketResult result = run(
                market(Fixtures.behaviour()
                        .flexibility(1)
                        .restock(1)
                        .netting(0.5)
                        .build()),
                PRIORITY,
                Optional.empty());
        double spot0 = W / (EXPECTED_GRANT * (1 + DECIDED_IN_WINDOW));
        assertThat(spot(result, 0)).isCloseTo(spot0, within(1e-5));
        double order1 = use(spot0) - 0.5 * EXPECTED_GRANT * 1;
        double spot1 = W / (EXPECTED_GRANT * (1 + order1 + DECIDED_IN_WINDOW));
        assertThat(spot(result, 1)).isCloseTo(spot1, within(1e-5));
        // month 2: buyers have seen the grant share, the perspective's 0.2, and net that share of months 0 and 1
        double seen = (1 - SEVERITY) * PRIORITY;
        double order2 = use(spot1) - 0.5 * seen * (1 + order1);
        double spot2 = W / (seen * (order1 + order2 + DECIDED_IN_WINDOW));
        assertThat(spot(result, 2)).isCloseTo(spot2, within(1e-4));
        // the orders are what the issuer's customs see applied for: none granted before the lag
        assertThat(result.months().get(1).band(Series.EXPORTS).p50()).isZero();
    }

    @Test
    void beforeTheStartBuyersExpectTheFreeMonthsInFullAndTheGrantOnTheRest() {
        // announced on 2 December for 1 January: in the month before the start the window holds one free month and
        // five under licence, of which the decisions of three (months 2, 3 and 4 of the ban's window) are expected
        MarketResult result = run(
                market(Fixtures.behaviour().flexibility(1).build()), PRIORITY, Optional.of(LocalDate.of(2025, 12, 2)));
        assertThat(result.months()).hasSize(4);
        double expected = 1 + EXPECTED_GRANT * 3;
        assertThat(spot(result, 0)).isCloseTo(W / expected, within(1e-5));
        // nothing is held before the start: the month's use ships in full
        assertThat(result.months().get(0).band(Series.EXPORTS).p50()).isCloseTo(1, within(1e-6));
    }
}
