package lodestone.sim.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** Quickselect agrees with sorting, ties included; nearest-rank indices. */
class QuantilesTest {
    @Test
    void selectAgreesWithSortingOnRandomArraysWithTies() {
        qt().withFixedSeed(7L)
                .withExamples(300)
                .forAll(integers().between(1, 400), integers().between(1, 10_000))
                .check((n, seed) -> {
                    SplittableRandom random = new SplittableRandom(seed);
                    float[] values = new float[n];
                    for (int i = 0; i < n; i++) {
                        // a third of the values tie at 0 or 1, as shortfalls and prices do
                        double u = random.nextDouble();
                        values[i] = u < 0.2 ? 0 : u < 0.33 ? 1 : (float) random.nextDouble();
                    }
                    float[] sorted = values.clone();
                    Arrays.sort(sorted);
                    for (double q : new double[] {0.05, 0.5, 0.95}) {
                        int k = Quantiles.rank(q, n);
                        if (Quantiles.select(values, 0, n, k) != sorted[k]) {
                            return false;
                        }
                    }
                    return true;
                });
    }

    @Test
    void ranksAreNearestRank() {
        assertThat(Quantiles.rank(0.05, 100)).isEqualTo(4);
        assertThat(Quantiles.rank(0.5, 100)).isEqualTo(49);
        assertThat(Quantiles.rank(0.95, 100)).isEqualTo(94);
        assertThat(Quantiles.rank(0.5, 1)).isZero();
        assertThat(Quantiles.rank(0.05, 10)).isZero();
    }
}
