package lodestone.sim.backtest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.SplittableRandom;
import lodestone.sim.engine.Series;
import org.junit.jupiter.api.Test;

/** The model-error rule: the score, the conformal quantile, the widening, and what it promises on its own rows. */
class ModelErrorTest {
    private static final LocalDate DAY = LocalDate.of(2026, 12, 4);

    @Test
    void theScoreIsTheLogDistanceOutsideTheBandWithZerosFloored() {
        assertThat(ModelError.score(1.0, 0.5, 2.0)).isZero();
        assertThat(ModelError.score(0.5, 0.5, 2.0)).isZero();
        // above: ln(1.95 + 0.05) - ln(0.95 + 0.05) = ln 2
        assertThat(ModelError.score(1.95, 0.2, 0.95)).isCloseTo(Math.log(2), within(1e-12));
        // an export of zero under a band from 0.45: ln(0.5) - ln(0.05) = ln 10
        assertThat(ModelError.score(0, 0.45, 1.2)).isCloseTo(Math.log(10), within(1e-12));
        // zero observed, zero P10: inside
        assertThat(ModelError.score(0, 0, 0.3)).isZero();
    }

    @Test
    void theQuantileIsTheConformalFiniteSampleOne() {
        double[] nine = {0.7, 0, 0, 0.3, 0, 0, 0.1, 0, 0};
        // n = 9: k = ceil(0.8 * 10) = 8, the 8th smallest of 0 x6, 0.1, 0.3, 0.7
        assertThat(ModelError.conformalQuantile(nine, 0.8)).isEqualTo(0.3);
        assertThat(nine[0]).as("the scores are not sorted in place").isEqualTo(0.7);
        // n = 10: k = ceil(8.8) = 9
        assertThat(ModelError.conformalQuantile(new double[] {1, 2, 3, 4, 5, 6, 7, 8, 9, 10}, 0.8))
                .isEqualTo(9);
        // n = 4: k = ceil(0.8 * 5) = 4 exactly (not 5 by rounding): the largest
        assertThat(ModelError.conformalQuantile(new double[] {0.4, 0.1, 0.3, 0.2}, 0.8))
                .isEqualTo(0.4);
        // n = 3: k = ceil(3.2) = 4 > 3: no finite band can promise 80 %
        assertThat(ModelError.conformalQuantile(new double[] {0, 0, 0}, 0.8)).isInfinite();
        assertThat(ModelError.conformalQuantile(new double[0], 0.8)).isInfinite();
        // n = 42 prices: k = ceil(34.4) = 35; n = 81 quantities: k = ceil(65.6) = 66
        assertThat(ModelError.conformalQuantile(ascending(42), 0.8)).isEqualTo(35);
        assertThat(ModelError.conformalQuantile(ascending(81), 0.8)).isEqualTo(66);
        assertThatThrownBy(() -> ModelError.conformalQuantile(nine, 0.0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("level (0.0) must be within (0, 1)");
        assertThatThrownBy(() -> ModelError.conformalQuantile(nine, 1.0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("level (1.0) must be within (0, 1)");
    }

    private static double[] ascending(int n) {
        double[] values = new double[n];
        for (int i = 0; i < n; i++) {
            values[n - 1 - i] = i + 1;
        }
        return values;
    }

    @Test
    void theBandMovesOutByTheDiscrepancyOnTheLogScaleAndStopsAtZero() {
        ModelError error = new ModelError(Math.log(2), Math.log(2), Math.log(10), 5, 5, 5, DAY, "hand");
        // prices: P90 (0.95 + 0.05) * 2 - 0.05 = 1.95; P10 (0.45 + 0.05) / 2 - 0.05 = 0.2
        assertThat(error.upper(Series.PRICE_OUTSIDE, 0.95)).isCloseTo(1.95, within(1e-12));
        assertThat(error.lower(Series.PRICE_INSIDE, 0.45)).isCloseTo(0.2, within(1e-12));
        // quantities: (0.45 + 0.05) / 10 - 0.05 = 0; (0.2 + 0.05) / 10 - 0.05 < 0 is floored at 0
        assertThat(error.lower(Series.EXPORTS, 0.45)).isCloseTo(0, within(1e-12));
        assertThat(error.lower(Series.RECEIPTS, 0.2)).isZero();
        assertThat(error.upper(Series.SHORTFALL, 0.95)).isCloseTo(9.95, within(1e-12));
        assertThat(ModelError.NONE.lower(Series.EXPORTS, 0.3)).isEqualTo(0.3);
        assertThat(ModelError.NONE.upper(Series.PRICE_REALISED, 0.3)).isEqualTo(0.3);
        ModelError unbounded = new ModelError(0, Double.POSITIVE_INFINITY, 0, 0, 3, 0, DAY, "too few");
        assertThat(unbounded.lower(Series.PRICE_OUTSIDE, 2)).isZero();
        assertThat(unbounded.upper(Series.PRICE_OUTSIDE, 2)).isInfinite();
    }

    @Test
    void estimatedOnHandRowsEachGroupGetsItsOwnQuantile() {
        List<Row> rows = new ArrayList<>();
        // five outside and realised prices: scores 0, 0, 0, ln 2 (1.95 over 0.95), ln 4 (3.95 over 0.95); k = ceil(4.8)
        // = 5: ln 4
        rows.add(row("p1", Series.PRICE_OUTSIDE, 1.0, 0.5, 1.5));
        rows.add(row("p2", Series.PRICE_OUTSIDE, 0.6, 0.5, 1.5));
        rows.add(row("p3", Series.PRICE_REALISED, 0.9, 0.5, 0.95));
        rows.add(row("p4", Series.PRICE_OUTSIDE, 1.95, 0.5, 0.95));
        rows.add(row("p5", Series.PRICE_REALISED, 3.95, 0.5, 0.95));
        // four quantity rows, one a zero export under P10 0.45 (ln 10), one inside: k = 4, ln 10
        rows.add(row("q1", Series.EXPORTS, 0, 0.45, 1.2));
        rows.add(row("q2", Series.EXPORTS, 1, 0.45, 1.2));
        rows.add(row("q3", Series.RECEIPTS, 0.9, 0.95, 1.1));
        rows.add(row("q4", Series.SHORTFALL, 0.1, 0, 0.2));
        // four home prices: three inside, one at 2.95 over 0.95 (ln 3): k = 4, ln 3, apart from the other prices' ln 4
        rows.add(row("h1", Series.PRICE_INSIDE, 0.9, 0.5, 0.95));
        rows.add(row("h2", Series.PRICE_INSIDE, 0.5, 0.5, 0.95));
        rows.add(row("h3", Series.PRICE_INSIDE, 0.7, 0.5, 0.95));
        rows.add(row("h4", Series.PRICE_INSIDE, 2.95, 0.5, 0.95));
        ModelError error = ModelError.estimate(rows, DAY, "hand");
        assertThat(error.homePriceDiscrepancy()).isCloseTo(Math.log(3), within(1e-12));
        assertThat(error.priceDiscrepancy()).isCloseTo(Math.log(4), within(1e-12));
        assertThat(error.quantityDiscrepancy()).isCloseTo(Math.log(10), within(1e-12));
        assertThat(error.rows(ModelError.Kind.HOME_PRICE)).isEqualTo(4);
        assertThat(error.rows(ModelError.Kind.PRICE)).isEqualTo(5);
        assertThat(error.rows(ModelError.Kind.QUANTITY)).isEqualTo(4);
        assertThat(error.discrepancy(ModelError.Kind.of(Series.EXPORTS))).isEqualTo(error.quantityDiscrepancy());
        PredictiveRow zero = error.apply(rows.get(5));
        assertThat(zero.p10()).isCloseTo(0, within(1e-12));
        assertThat(zero.inside()).isTrue();
        assertThat(zero.row().inside()).isFalse();
        assertThat(zero.discrepancy()).isEqualTo(error.quantityDiscrepancy());
        assertThat(rows.stream().map(error::apply).filter(PredictiveRow::inside))
                .hasSize(13);
        // ln 2 for the other prices covers only 4 of 5; ln 4 for home prices too would cover all four
        ModelError smaller =
                new ModelError(Math.log(3), Math.log(2), error.quantityDiscrepancy(), 4, 5, 4, DAY, "hand");
        assertThat(rows.stream().map(smaller::apply).filter(PredictiveRow::inside))
                .hasSize(12);
        assertThat(smaller.apply(rows.get(4)).p90()).isCloseTo(1.95, within(1e-12));
        assertThat(error.apply(rows.get(12)).p90()).isCloseTo(2.95, within(1e-12));
    }

    @Test
    void aNegativeOrMissingDiscrepancyIsRefused() {
        assertThatThrownBy(() -> new ModelError(-0.2, 0, 0, 1, 1, 1, DAY, "x"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("homePriceDiscrepancy (-0.2) must be >= 0");
        assertThatThrownBy(() -> new ModelError(0, -0.1, 0, 1, 1, 1, DAY, "x"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("priceDiscrepancy (-0.1) must be >= 0");
        assertThatThrownBy(() -> new ModelError(0, 0, Double.NaN, 1, 1, 1, DAY, "x"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("quantityDiscrepancy (NaN)");
        assertThatThrownBy(() -> new ModelError(0, 0, 0, 1, -1, 1, DAY, "x"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("must be >= 0");
    }

    @Test
    void thePredictiveBandHoldsTheModelBandAndAtLeastTheLevelOfItsOwnRows() {
        qt().withFixedSeed(14L)
                .withExamples(300)
                .forAll(longs().all(), integers().between(0, 60))
                .check((seed, n) -> {
                    SplittableRandom random = new SplittableRandom(seed);
                    List<Row> rows = new ArrayList<>();
                    for (int i = 0; i < n; i++) {
                        Series series = List.of(Series.PRICE_INSIDE, Series.PRICE_OUTSIDE, Series.EXPORTS)
                                .get(random.nextInt(3));
                        double p10 = random.nextInt(4) == 0 ? 0 : random.nextDouble(0, 3);
                        double p90 = p10 + (random.nextInt(5) == 0 ? 0 : random.nextDouble(0, 10));
                        double y = random.nextInt(5) == 0 ? 0 : random.nextDouble(0, 20);
                        rows.add(row("r" + i, series, y, p10, p90));
                    }
                    ModelError error = ModelError.estimate(rows, DAY, "random");
                    for (Row r : rows) {
                        PredictiveRow p = error.apply(r);
                        if (!(p.p10() <= r.p10() && p.p90() >= r.p90() && p.p10() >= 0)) {
                            return false;
                        }
                        if (r.inside() && !p.inside()) {
                            return false;
                        }
                    }
                    for (ModelError.Kind kind : ModelError.Kind.values()) {
                        List<Row> of = rows.stream()
                                .filter(r -> ModelError.Kind.of(r.observation().series()) == kind)
                                .toList();
                        long inside = of.stream()
                                .map(error::apply)
                                .filter(PredictiveRow::inside)
                                .count();
                        if (inside < ModelError.LEVEL * of.size()) {
                            return false;
                        }
                    }
                    return true;
                });
    }

    static Row row(String id, Series series, double observed, double p10, double p90) {
        Observation o = BacktestTest.observation(id, series, observed);
        boolean inside = observed >= p10 - 1e-9 && observed <= p90 + 1e-9;
        Optional<Boolean> direction = series.isPrice() ? Optional.of(true) : Optional.empty();
        return new Row(
                "e", Episode.Role.TEST, o, p10, (p10 + p90) / 2, p90, inside, direction, OptionalDouble.empty(), 1000);
    }
}
