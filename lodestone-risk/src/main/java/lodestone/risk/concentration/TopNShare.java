package lodestone.risk.concentration;

import java.util.Arrays;

/**
 * The combined share of the n largest producers, a fraction in [0, 1].
 *
 * @param n how many producers, at least 1
 */
public record TopNShare(int n) implements ConcentrationIndex {
    public TopNShare {
        if (n < 1) {
            throw new IllegalArgumentException("n (" + n + ") must be at least 1.");
        }
    }

    @Override
    public double compute(double[] shares) {
        double[] sorted = ConcentrationIndex.requireShares(shares).clone();
        Arrays.sort(sorted);
        double sum = 0;
        for (int i = sorted.length - 1; i >= Math.max(0, sorted.length - n); i--) {
            sum += sorted[i];
        }
        return sum;
    }
}
