package lodestone.sim.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import lodestone.sim.Fixtures;
import org.junit.jupiter.api.Test;

/**
 * The order ceiling of the days in force in a month split at the effective day: they order at most (1 − δ) times the
 * ceiling, direct and indirect buyers alike. The market of {@link SplitMonthIndirectBuyersTest}; the measure, not
 * announced before it takes effect on 16 January 2026 (δ = 15/31), refuses half of what China ships to the US and to
 * others. Buyers with no stock want precaution 4 × the refusal risk they see, 0.5: two months of cover, restocking
 * within a month.
 */
class OrderCeilingTest {
    private static final double EPS = 1e-6;
    private static final double DELTA = 15.0 / 31;
    private static final double AFTER = 1 - DELTA;
    /** What the indirect buyers receive per unit ordered: half of the 16 days in force held. */
    private static final double FEED = 1 - 0.5 * AFTER;

    private static MarketResult halfRefused(double maxOrder) {
        return halfRefused(maxOrder, List.of("US"));
    }

    private static MarketResult halfRefused(double maxOrder, List<String> targets) {
        return SplitMonthIndirectBuyersTest.run(
                Fixtures.behaviour().precaution(4).restock(1).maxOrder(maxOrder).build(),
                targets,
                0.5,
                Optional.empty(),
                Optional.of(LocalDate.of(2026, 1, 16)),
                1);
    }

    @Test
    void theDaysInForceOrderUpToTheirShareOfTheCeiling() {
        // the free days know of no measure and order their use, δ; the days in force order their use and the gap of
        // 2, 3 (1 − δ), above the ceiling of 2: 2 (1 − δ). Half of the in-force order is refused: the direct buyers
        // receive δ + (1 − δ) = 1; the indirect buyers order δ + 2 (1 − δ) and receive it at the month's feed
        MarketResult result = halfRefused(2);
        assertThat(result.months()).hasSize(1);
        assertThat(SplitMonthIndirectBuyersTest.exports(result, 0)).isCloseTo(1, within(EPS));
        double indirect = DELTA + 2 * AFTER;
        assertThat(SplitMonthIndirectBuyersTest.receipts(result, 0))
                .isCloseTo(0.5 + 0.2 + 0.3 * indirect * FEED, within(EPS));
    }

    @Test
    void belowTheCeilingTheDaysInForceOrderTheWholeGap() {
        // a ceiling of ten months: the days in force order 3 (1 − δ); the direct buyers receive δ + 1.5 (1 − δ) = 39/31
        MarketResult result = halfRefused(10);
        assertThat(SplitMonthIndirectBuyersTest.exports(result, 0)).isCloseTo(39.0 / 31, within(EPS));
        double indirect = DELTA + 3 * AFTER;
        assertThat(SplitMonthIndirectBuyersTest.receipts(result, 0))
                .isCloseTo(0.5 * 39 / 31 + 0.2 + 0.3 * indirect * FEED, within(EPS));
    }

    @Test
    void buyersTheMeasureDoesNotTargetOrderTheSameWayForTheOthersRefusals() {
        // the measure on Japan alone: the US's buyers see the others' refusal share, 0.5, want the same two months and
        // lose half of their in-force order the same way, through the others' branch
        MarketResult result = halfRefused(10, List.of("JP"));
        assertThat(SplitMonthIndirectBuyersTest.exports(result, 0)).isCloseTo(39.0 / 31, within(EPS));
        assertThat(SplitMonthIndirectBuyersTest.receipts(result, 0))
                .isCloseTo(0.5 * 39 / 31 + 0.2 + 0.3 * (DELTA + 3 * AFTER) * FEED, within(EPS));
        MarketResult capped = halfRefused(2, List.of("JP"));
        assertThat(SplitMonthIndirectBuyersTest.exports(capped, 0)).isCloseTo(1, within(EPS));
    }
}
