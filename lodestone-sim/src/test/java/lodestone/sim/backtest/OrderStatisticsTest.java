package lodestone.sim.backtest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The back-test's quantiles by selection are those of the values sorted, to the bit. */
class OrderStatisticsTest {
    private static final double[] QS = {0.10, 0.50, 0.90};

    @Test
    void theSelectedQuantilesAreTheSortedValuesQuantilesToTheBit() {
        Random random = new Random(20);
        // few distinct values (ties, both zeros, infinities) and many; lengths from none to a few thousand paths
        double[] few = {0.0, -0.0, 1.0, -1.0, 2.5, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, Double.MIN_VALUE
        };
        for (int trial = 0; trial < 600; trial++) {
            int n = trial < 40 ? trial : random.nextInt(trial % 7 == 0 ? 4001 : 300);
            double[] values = new double[n + random.nextInt(3)];
            for (int i = 0; i < values.length; i++) {
                values[i] = trial % 2 == 0 ? few[random.nextInt(few.length)] : random.nextGaussian() * 3;
            }
            double[] before = values.clone();
            double[] sorted = Arrays.copyOf(values, n);
            Arrays.sort(sorted);
            double[] selected = OrderStatistics.nearestRanks(values, n, QS);
            for (int j = 0; j < QS.length; j++) {
                int q = j;
                assertThat(Double.doubleToRawLongBits(selected[q]))
                        .as(() -> "q " + QS[q] + " of " + Arrays.toString(sorted))
                        .isEqualTo(Double.doubleToRawLongBits(Backtest.quantile(sorted, QS[q])));
            }
            assertThat(values).as("the values are not changed").isEqualTo(before);
        }
    }

    @Test
    void theKeysOrderAsDoubleCompareAndGiveTheBitsBack() {
        double[] ordered = {Double.NEGATIVE_INFINITY, -2, -Double.MIN_VALUE, -0.0, 0.0, Double.MIN_VALUE, 1, 3};
        for (int i = 0; i < ordered.length; i++) {
            long bits = Double.doubleToRawLongBits(ordered[i]);
            assertThat(OrderStatistics.key(OrderStatistics.key(bits))).isEqualTo(bits);
            if (i > 0) {
                assertThat(OrderStatistics.key(bits))
                        .isGreaterThan(OrderStatistics.key(Double.doubleToRawLongBits(ordered[i - 1])));
            }
        }
        assertThat(OrderStatistics.nearestRanks(new double[] {5}, 0, QS)).containsOnly(Double.NaN);
    }
}
