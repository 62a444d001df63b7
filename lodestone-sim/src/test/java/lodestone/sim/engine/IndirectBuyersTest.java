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
import lodestone.sim.scenario.Market;
import lodestone.sim.scenario.Phase;
import lodestone.sim.scenario.ScenarioSpec;
import org.junit.jupiter.api.Test;

/**
 * The perspective's indirectly dependent buyers (third-country material made from the issuer's) when the perspective is
 * the issuer's only outside customer, so that no other buyer group is followed: their feed is what the issuer lets
 * through to everyone else, {@code 1 − others' severity}, and the cover they want follows the risk their own direct
 * buyers see, scaled by the share of the month the measure is announced.
 *
 * <p>The market: China supplies half of the US, the US buys all of China's exports, and 0.6 of the US's other half (0.3
 * of its demand) is made from China's material. No stocks, static prices; the measure holds half of what China ships to
 * others.
 */
class IndirectBuyersTest {
    private static final MineralId DY = MineralId.of("dysprosium");
    private static final double INDIRECT = 0.6 * 0.5;
    private static final double OTHERS_SEVERITY = 0.5;

    /** The market above, its buyers behaving as given. */
    static Market market(Behaviour behaviour) {
        return Market.bare(DY, Map.of("CN", 0.5, "OTHER", 0.5))
                .withTrade(Fixtures.trade(t -> {
                    t.issuerExportShare = 0.5;
                    t.indirectShare = 0.6;
                }))
                .withBehaviour(behaviour);
    }

    private static MarketResult run(Behaviour behaviour, List<String> targets, Optional<LocalDate> announced) {
        Market market = market(behaviour);
        List<Phase> phases =
                List.of(new Phase(Distribution.fixed(24), Distribution.fixed(1), Distribution.fixed(OTHERS_SEVERITY)));
        ScenarioSpec spec = Fixtures.chinaCut("indirect", market, targets, 0.2, phases, announced, Optional.empty(), 2);
        return MonteCarloEngine.run(spec, RunOptions.of(10, 3).withThreads(1))
                .markets()
                .get(0);
    }

    private static double receipts(MarketResult result, int month) {
        return result.months().get(month).band(Series.RECEIPTS).p50();
    }

    @Test
    void withNoOtherGroupTheirFeedIsWhatTheIssuerLetsThroughToOthers() {
        // the US banned: its direct half gets nothing; the indirect buyers order their use and get half of it
        MarketResult result = run(Fixtures.behaviour().build(), List.of("US"), Optional.empty());
        for (int t = 0; t < 2; t++) {
            assertThat(receipts(result, t)).as("month " + t).isCloseTo(0.2 + INDIRECT * 0.5, within(1e-6));
            assertThat(result.months().get(t).shortfall().p50())
                    .as("month " + t)
                    .isCloseTo(0.5 + INDIRECT * 0.5, within(1e-6));
        }
        // nothing reaches the US directly, and no other buyer's flow is followed
        assertThat(result.months().get(0).band(Series.EXPORTS).p50()).isZero();
    }

    @Test
    void whenThePerspectiveIsNotTargetedTheyWantCoverForTheOthersRefusals() {
        // a measure on Japan alone: the US's direct and indirect buyers see the others' refusal share, 0.5, and want
        // 2 x 0.5 more months of cover; restocking within a month they order 1 + 1 = 2, and receive half: their use.
        MarketResult result =
                run(Fixtures.behaviour().precaution(2).restock(1).maxOrder(3).build(), List.of("JP"), Optional.empty());
        for (int t = 0; t < 2; t++) {
            assertThat(receipts(result, t)).as("month " + t).isCloseTo(1, within(1e-6));
            assertThat(result.months().get(t).shortfall().p50())
                    .as("month " + t)
                    .isZero();
        }
    }

    @Test
    void beforeTheStartTheyFrontLoadByTheShareOfTheMonthAnnounced() {
        // announced on 2 December for 1 January: December is a = 30 / 30.44 announced, so every buyer of China's
        // material wants 2a more months of cover by the deadline and receives it in full (nothing is held yet)
        double a = 30 / (365.25 / 12);
        MarketResult result = run(
                Fixtures.behaviour().precaution(2).restock(1).maxOrder(3).build(),
                List.of("US"),
                Optional.of(LocalDate.of(2025, 12, 2)));
        assertThat(result.months()).hasSize(3);
        assertThat(receipts(result, 0)).isCloseTo(1 + (0.5 + INDIRECT) * 2 * a, within(1e-6));
        assertThat(result.months().get(0).band(Series.EXPORTS).p50()).isCloseTo(1 + 2 * a, within(1e-6));
        // January, the ban: the direct buyers draw their stock; the indirect ones want 2 months of extra cover, hold 2a
        // and order 1 + 2 - 2a, of which half arrives: they are not short, and receive 1.5 - a
        assertThat(receipts(result, 1)).isCloseTo(0.2 + INDIRECT * (1.5 - a), within(1e-6));
        assertThat(result.months().get(1).shortfall().p50()).isZero();
    }

    @Test
    void beforeTheStartTheyAlsoStockTheirShareOfTheWindowAfterTheDeadline() {
        // the same, with deadline stocking a quarter of the six-month window (1.5 months): every buyer of China's
        // material, the indirect ones too, wants (2 + 1.5) a more months by the deadline
        double a = 30 / (365.25 / 12);
        MarketResult result = run(
                Fixtures.behaviour()
                        .precaution(2)
                        .restock(1)
                        .maxOrder(10)
                        .stocking(0.25)
                        .build(),
                List.of("US"),
                Optional.of(LocalDate.of(2025, 12, 2)));
        assertThat(receipts(result, 0)).isCloseTo(1 + (0.5 + INDIRECT) * 3.5 * a, within(1e-6));
        assertThat(result.months().get(0).band(Series.EXPORTS).p50()).isCloseTo(1 + 3.5 * a, within(1e-6));
    }
}
