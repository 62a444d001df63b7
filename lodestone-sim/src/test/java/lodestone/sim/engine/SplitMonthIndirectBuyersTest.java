package lodestone.sim.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import lodestone.sim.Fixtures;
import lodestone.sim.scenario.Behaviour;
import lodestone.sim.scenario.Distribution;
import lodestone.sim.scenario.Market;
import lodestone.sim.scenario.Phase;
import lodestone.sim.scenario.ScenarioSpec;
import org.junit.jupiter.api.Test;

/**
 * The perspective's indirectly dependent buyers in a month split at the effective day (simulation.md "A measure taking
 * effect inside a month"): their order is split like the direct buyers' (the free days close the gap to the cover
 * wanted by the deadline, at the rate 1/δ and at most δ times the ceiling; the days in force want the in-force cover,
 * counting what the free days bring), and they receive the month's feed, 1 − the others' severity × the share in force.
 *
 * <p>The market of {@code IndirectBuyersTest}: China supplies half of the US, the US buys all of China's exports (no
 * other group is followed), and 0.6 of the US's other half (0.3 of its demand) is made from China's material. No
 * stocks, static prices. China bans the US from 16 January 2026 (δ = 15/31) and holds half of what it ships to others;
 * the ban is announced on 17 December 2025, 30 days ahead, so December is announced for {@code a = 30 / 30.4375 − δ}
 * of the month. Receipts are the direct half's shipments, the 0.2 bought elsewhere and the indirect buyers' 0.3.
 */
class SplitMonthIndirectBuyersTest {
    private static final double EPS = 1e-6;
    private static final double INDIRECT = 0.6 * 0.5;
    private static final double DELTA = 15.0 / 31;
    private static final double AFTER = 1 - DELTA;
    /** The share of December after the announcement: the lead (30 days) less the free days of January. */
    private static final double ANNOUNCED = 30 / (365.25 / 12) - DELTA;
    /** What China lets through to others in January: half of the 16 days in force held. */
    private static final double FEED = 1 - 0.5 * AFTER;

    /** The market above with the given behaviour, the measure on the given targets at the given severity. */
    static MarketResult run(
            Behaviour behaviour,
            List<String> targets,
            double severity,
            Optional<LocalDate> announced,
            Optional<LocalDate> effective,
            int horizon) {
        Market market = IndirectBuyersTest.market(behaviour);
        Phase phase = new Phase(Distribution.fixed(24), Distribution.fixed(severity), Distribution.fixed(0.5));
        ScenarioSpec spec = Fixtures.scenario(market, s -> {
            s.perspectiveShare = 0.2;
            s.targets = targets;
            s.phases = List.of(phase);
            s.announced = announced;
            s.effective = effective;
            s.horizon = horizon;
        });
        return MonteCarloEngine.run(spec, RunOptions.of(10, 3).withThreads(1))
                .markets()
                .get(0);
    }

    private static MarketResult banned(Behaviour behaviour) {
        return run(
                behaviour,
                List.of("US"),
                1,
                Optional.of(LocalDate.of(2025, 12, 17)),
                Optional.of(LocalDate.of(2026, 1, 16)),
                2);
    }

    static double receipts(MarketResult result, int month) {
        return result.months().get(month).band(Series.RECEIPTS).p50();
    }

    static double exports(MarketResult result, int month) {
        return result.months().get(month).band(Series.EXPORTS).p50();
    }

    @Test
    void theFreeDaysCloseTheIndirectBuyersGapAndTheDaysInForceWantTheirOwnCover() {
        // precaution 2, deadline stocking 0.05 of a six-month window (0.3), restocking over two months, a high
        // ceiling. December (announced for a of it): every buyer of China's material, direct or indirect, wants 2.3 a
        // more months and closes it at 1/(1 + δ) (the deadline is 1 + δ months away), so orders 1 + x and holds
        // x = 2.3 a / (1 + δ). January's free days want 2.3 by the deadline and close the rest at 1/δ: b = δ + 2.3 − x.
        // The days in force want 2 (no window stocking once in force) and count what the free days brought beyond
        // their use: (1 − δ)(1 + 0.5 (2 − x − (b − δ))) = 0.85 (1 − δ).
        MarketResult result = banned(Fixtures.behaviour()
                .precaution(2)
                .stocking(0.05)
                .restock(2)
                .maxOrder(10)
                .build());
        double x = 2.3 * ANNOUNCED / (1 + DELTA);
        assertThat(result.months()).hasSize(3);
        assertThat(receipts(result, 0)).isCloseTo(0.8 * (1 + x) + 0.2, within(EPS));
        double b = DELTA + 2.3 - x;
        double a = 0.85 * AFTER;
        // the direct half receives only its free days' order (the ban refuses the rest); the indirect buyers their
        // whole order at the month's feed
        double indirect = (b + a) * FEED;
        assertThat(exports(result, 1)).isCloseTo(b, within(EPS));
        assertThat(receipts(result, 1)).isCloseTo(0.5 * b + 0.2 + INDIRECT * indirect, within(EPS));
        // February: the indirect buyers hold x + indirect − 1 beyond their use, want 2, order their use and half the
        // gap, and receive half of it; the direct half receives nothing
        double held = x + indirect - 1;
        double february = 1 + 0.5 * (2 - held);
        assertThat(receipts(result, 2)).isCloseTo(0.2 + INDIRECT * 0.5 * february, within(EPS));
    }

    @Test
    void theFreeDaysOrderAtMostTheirShareOfTheCeiling() {
        // the same with orders of at most three months of use: December's 1 + x is below it, January's free days
        // want δ + 2.3 − x and get 3δ; the days in force want the rest of the cover: (1 − δ)(1 + 0.5 (2 − x − 2δ))
        MarketResult result = banned(Fixtures.behaviour()
                .precaution(2)
                .stocking(0.05)
                .restock(2)
                .maxOrder(3)
                .build());
        double x = 2.3 * ANNOUNCED / (1 + DELTA);
        double b = 3 * DELTA;
        double a = AFTER * (1 + 0.5 * (2 - x - 2 * DELTA));
        assertThat(exports(result, 1)).isCloseTo(b, within(EPS));
        assertThat(receipts(result, 1)).isCloseTo(0.5 * b + 0.2 + INDIRECT * (b + a) * FEED, within(EPS));
    }

    @Test
    void whatTheFreeDaysStockForTheWindowLeavesTheDaysInForceNothingToOrder() {
        // no precaution, deadline stocking half the window (3 months), restocking within a month. December: 1 + 3a
        // (the rate 1/(1 + δ) is below 1); the free days close the rest, b = δ + 3 − 3a; the days in force want no
        // extra cover and hold 3 months beyond it: their order (1 − δ)(1 − 3) is below zero, so none
        MarketResult result = banned(
                Fixtures.behaviour().stocking(0.5).restock(1).maxOrder(10).build());
        assertThat(receipts(result, 0)).isCloseTo(0.8 * (1 + 3 * ANNOUNCED) + 0.2, within(EPS));
        double b = DELTA + 3 - 3 * ANNOUNCED;
        assertThat(exports(result, 1)).isCloseTo(b, within(EPS));
        assertThat(receipts(result, 1)).isCloseTo(0.5 * b + 0.2 + INDIRECT * b * FEED, within(EPS));
    }

    @Test
    void underAPartialBanTheDaysInForceShipHalfOfWhatTheyOrderBeyondTheFreeDays() {
        // the first case with half of the US's orders refused: December's buyers see a refusal risk of 0.5 and want
        // 2.3 a × 0.5, holding y = 1.15 a / (1 + δ); the free days want all of 2.3 by the deadline (no decision seen
        // yet): b = δ + 2.3 − y; the days in force want 2 × 0.5 = 1 and count the stock and what the free days brought
        // beyond their use, (1 − δ)(1 + 0.5 (1 − y − (b − δ))) = 0.35 (1 − δ), of which the direct buyers receive half
        MarketResult result = run(
                Fixtures.behaviour()
                        .precaution(2)
                        .stocking(0.05)
                        .restock(2)
                        .maxOrder(10)
                        .build(),
                List.of("US"),
                0.5,
                Optional.of(LocalDate.of(2025, 12, 17)),
                Optional.of(LocalDate.of(2026, 1, 16)),
                1);
        double y = 1.15 * ANNOUNCED / (1 + DELTA);
        assertThat(receipts(result, 0)).isCloseTo(0.8 * (1 + y) + 0.2, within(EPS));
        double b = DELTA + 2.3 - y;
        double a = 0.35 * AFTER;
        assertThat(exports(result, 1)).isCloseTo(b + a / 2, within(EPS));
        assertThat(receipts(result, 1)).isCloseTo(0.5 * (b + a / 2) + 0.2 + INDIRECT * (b + a) * FEED, within(EPS));
    }
}
