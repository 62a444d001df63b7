package lodestone.sim.backtest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.List;
import lodestone.sim.engine.Series;
import org.junit.jupiter.api.Test;

/**
 * The widening of a model band into a predictive band, worked by hand at its edges: each class of series takes its own
 * discrepancy, ends below zero (a stop before the start) and missing ends are left alone, and the observed value is
 * inside within a tolerance of 1e-9.
 */
class PredictiveBandTest {
    private static final LocalDate DAY = LocalDate.of(2026, 12, 4);
    /** Home prices ln 3, other prices ln 2, quantities ln 10; counted on 4, 5 and 7 rows. */
    private static final ModelError ERROR =
            new ModelError(Math.log(3), Math.log(2), Math.log(10), 4, 5, 7, DAY, "hand");

    @Test
    void eachClassOfSeriesHasItsOwnDiscrepancyAndCount() {
        for (Series series : Series.values()) {
            assertThat(ModelError.Kind.of(series))
                    .as(series.id())
                    .isEqualTo(
                            series == Series.PRICE_INSIDE
                                    ? ModelError.Kind.HOME_PRICE
                                    : series.isPrice() ? ModelError.Kind.PRICE : ModelError.Kind.QUANTITY);
        }
        assertThat(ModelError.Kind.of(Series.PRICE_INSIDE)).isEqualTo(ModelError.Kind.HOME_PRICE);
        assertThat(ModelError.Kind.of(Series.PRICE_OUTSIDE)).isEqualTo(ModelError.Kind.PRICE);
        assertThat(ModelError.Kind.of(Series.PRICE_REALISED)).isEqualTo(ModelError.Kind.PRICE);
        assertThat(ModelError.Kind.of(Series.SHORTFALL)).isEqualTo(ModelError.Kind.QUANTITY);
        assertThat(ERROR.discrepancy(ModelError.Kind.HOME_PRICE)).isEqualTo(Math.log(3));
        assertThat(ERROR.discrepancy(ModelError.Kind.PRICE)).isEqualTo(Math.log(2));
        assertThat(ERROR.discrepancy(ModelError.Kind.QUANTITY)).isEqualTo(Math.log(10));
        assertThat(ERROR.rows(ModelError.Kind.HOME_PRICE)).isEqualTo(4);
        assertThat(ERROR.rows(ModelError.Kind.PRICE)).isEqualTo(5);
        assertThat(ERROR.rows(ModelError.Kind.QUANTITY)).isEqualTo(7);
        assertThat(ERROR.rows()).isEqualTo(16);
    }

    @Test
    void theEndsMoveByTheirClassesFactorOnTheLogScale() {
        // prices: (1 + 0.05) x 2 - 0.05 = 2.05 and (1 + 0.05) / 2 - 0.05 = 0.475
        assertThat(ERROR.upper(Series.PRICE_REALISED, 1)).isCloseTo(2.05, within(1e-12));
        assertThat(ERROR.lower(Series.PRICE_REALISED, 1)).isCloseTo(0.475, within(1e-12));
        // home prices: (1 + 0.05) x 3 - 0.05 = 3.1 and (1 + 0.05) / 3 - 0.05 = 0.3
        assertThat(ERROR.upper(Series.PRICE_INSIDE, 1)).isCloseTo(3.1, within(1e-12));
        assertThat(ERROR.lower(Series.PRICE_INSIDE, 1)).isCloseTo(0.3, within(1e-12));
        // quantities: (1.95 + 0.05) x 10 - 0.05 = 19.95 and (1.95 + 0.05) / 10 - 0.05 = 0.15
        assertThat(ERROR.upper(Series.RECEIPTS, 1.95)).isCloseTo(19.95, within(1e-12));
        assertThat(ERROR.lower(Series.RECEIPTS, 1.95)).isCloseTo(0.15, within(1e-12));
    }

    @Test
    void anEndBelowZeroOrMissingIsLeftAsTheModelGaveIt() {
        // months to a first stop before the start: the model's end is already below what the widening would give
        assertThat(ERROR.lower(Series.SHORTFALL, -1)).isEqualTo(-1);
        assertThat(ERROR.upper(Series.SHORTFALL, -1)).isEqualTo(-1);
        assertThat(ERROR.lower(Series.PRICE_OUTSIDE, Double.NaN)).isNaN();
        assertThat(ERROR.upper(Series.PRICE_OUTSIDE, Double.NaN)).isNaN();
        // a zero discrepancy leaves a negative end too
        ModelError priceOnly = new ModelError(Math.log(2), Math.log(2), 0, 4, 5, 7, DAY, "hand");
        assertThat(priceOnly.lower(Series.EXPORTS, -1)).isEqualTo(-1);
        assertThat(priceOnly.upper(Series.EXPORTS, 0.4)).isEqualTo(0.4);
        assertThat(priceOnly.upper(Series.PRICE_INSIDE, 0.4)).isCloseTo(0.85, within(1e-12));
    }

    @Test
    void theObservedValueIsInsideThePredictiveBandWithinATolerance() {
        // model band [1, 1] for a price: predictive [0.475, 2.05]
        for (double y : new double[] {0.475, 0.475 - 1e-10, 2.05, 2.05 + 1e-10, 1}) {
            PredictiveRow p = ERROR.apply(ModelErrorTest.row("r", Series.PRICE_OUTSIDE, y, 1, 1));
            assertThat(p.inside()).as("%s", y).isTrue();
            assertThat(p.p10()).isCloseTo(0.475, within(1e-12));
            assertThat(p.p90()).isCloseTo(2.05, within(1e-12));
            assertThat(p.discrepancy()).isEqualTo(Math.log(2));
        }
        for (double y : new double[] {0.475 - 1e-6, 2.05 + 1e-6}) {
            assertThat(ERROR.apply(ModelErrorTest.row("r", Series.PRICE_OUTSIDE, y, 1, 1))
                            .inside())
                    .as("%s", y)
                    .isFalse();
        }
        // the tolerance's own edges are inside
        PredictiveRow band = ERROR.apply(ModelErrorTest.row("r", Series.PRICE_OUTSIDE, 1, 1, 1));
        assertThat(ERROR.apply(ModelErrorTest.row("r", Series.PRICE_OUTSIDE, band.p10() - 1e-9, 1, 1))
                        .inside())
                .isTrue();
        assertThat(ERROR.apply(ModelErrorTest.row("r", Series.PRICE_OUTSIDE, band.p90() + 1e-9, 1, 1))
                        .inside())
                .isTrue();
        // a quantity uses the quantities' discrepancy
        PredictiveRow exports = ERROR.apply(ModelErrorTest.row("q", Series.EXPORTS, 15, 1.95, 1.95));
        assertThat(exports.discrepancy()).isEqualTo(Math.log(10));
        assertThat(exports.p10()).isCloseTo(0.15, within(1e-12));
        assertThat(exports.inside()).isTrue();
        assertThat(exports.row().inside()).isFalse();
    }

    @Test
    void theScoreFloorsNegativeEndsAndCountsEitherSide() {
        // ln(max(0, -1) + 0.05) = ln 0.05: a zero observation is inside a band from -1
        assertThat(ModelError.score(0, -1, 2)).isZero();
        // below the band: ln(1.05) - ln(0.25)
        assertThat(ModelError.score(0.2, 1, 2)).isCloseTo(Math.log(1.05 / 0.25), within(1e-12));
        // above: ln(4.05) - ln(2.05)
        assertThat(ModelError.score(4, 1, 2)).isCloseTo(Math.log(4.05 / 2.05), within(1e-12));
    }

    @Test
    void aTinyLevelTakesTheSmallestScoreAndANaNLevelIsRefused() {
        // k = ceil(1e-12 x 4 - 1e-9) = 0: the smallest, not an index of -1
        assertThat(ModelError.conformalQuantile(new double[] {3, 1, 2}, 1e-12)).isEqualTo(1);
        // one score: k = ceil(0.5 x 2) = 1
        assertThat(ModelError.conformalQuantile(new double[] {7}, 0.5)).isEqualTo(7);
        assertThatThrownBy(() -> ModelError.conformalQuantile(new double[] {1}, Double.NaN))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("level (NaN)");
        assertThatThrownBy(() -> ModelError.conformalQuantile(new double[] {1}, -0.5))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theRowCountsAndTheDayAreChecked() {
        assertThatThrownBy(() -> new ModelError(0, 0, 0, 2, 1, -1, DAY, "x"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("rows (2 home prices, 1 prices, -1 quantities) must be >= 0.");
        assertThatThrownBy(() -> new ModelError(0, 0, 0, -1, 0, 0, DAY, "x"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("rows (-1 home prices, 0 prices, 0 quantities) must be >= 0.");
        assertThatThrownBy(() -> new ModelError(0, 0, 0, 0, 0, 0, null, "x")).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> new ModelError(0, 0, 0, 0, 0, 0, DAY, null)).isInstanceOf(NullPointerException.class);
        ModelError unbounded = new ModelError(
                Double.POSITIVE_INFINITY, Double.POSITIVE_INFINITY, Double.POSITIVE_INFINITY, 0, 0, 0, DAY, "none");
        assertThat(unbounded.upper(Series.EXPORTS, 1)).isInfinite();
    }

    @Test
    void anEstimateCountsEachClassAndKeepsItsProvenance() {
        // one price outside, one home price, one quantity: n = 1 is too few for 80 % in each group
        ModelError error = ModelError.estimate(
                List.of(
                        ModelErrorTest.row("p1", Series.PRICE_OUTSIDE, 1, 0.5, 1.5),
                        ModelErrorTest.row("p2", Series.PRICE_INSIDE, 1.95, 0.5, 0.95),
                        ModelErrorTest.row("q1", Series.EXPORTS, 1, 0.5, 1.5)),
                DAY,
                "three rows");
        assertThat(error.homePriceRows()).isEqualTo(1);
        assertThat(error.priceRows()).isEqualTo(1);
        assertThat(error.quantityRows()).isEqualTo(1);
        assertThat(error.homePriceDiscrepancy()).isInfinite();
        assertThat(error.priceDiscrepancy()).isInfinite();
        assertThat(error.quantityDiscrepancy()).isInfinite();
        assertThat(error.estimatedOn()).isEqualTo(DAY);
        assertThat(error.rule()).isEqualTo("three rows");
        ModelError none = ModelError.estimate(List.of(), DAY, "none");
        assertThat(none.rows()).isZero();
    }
}
