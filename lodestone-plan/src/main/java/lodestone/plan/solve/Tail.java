package lodestone.plan.solve;

import java.util.Arrays;
import java.util.Comparator;
import java.util.stream.IntStream;

/**
 * Conditional value at risk of equally likely losses, in the Rockafellar–Uryasev form
 * {@code CVaR_α(L) = min_η η + E[(L − η)⁺] / (1 − α)}. For P equally likely losses the minimum is the mean of the worst
 * {@code m = (1 − α)·P} of them, the last one counted with the fractional weight {@code m − ⌊m⌋}; α = 0 gives the mean.
 * Its arrays are not copied (only this package reads them) and tails are never compared.
 *
 * @param value the CVaR, in the unit of the losses
 * @param valueAtRisk the value at risk (the optimal η: the ⌈m⌉-th largest loss)
 * @param paths the paths carrying weight, worst first
 * @param weights their weights (summing to 1)
 */
@SuppressWarnings("ArrayRecordComponent")
record Tail(double value, double valueAtRisk, int[] paths, double[] weights) {
    int count() {
        return paths.length;
    }

    int path(int j) {
        return paths[j];
    }

    double weight(int j) {
        return weights[j];
    }

    /**
     * @param losses one loss per path
     * @param alpha the tail level in [0, 1), e.g. 0.95
     * @return the CVaR and the weights that give it; ties are broken by path index, so the result is deterministic
     */
    static Tail of(double[] losses, double alpha) {
        int n = losses.length;
        double m = (1 - alpha) * n;
        int whole = (int) Math.floor(m + 1e-9);
        double fraction = m - whole;
        int count = fraction > 1e-9 ? whole + 1 : whole;
        count = Math.max(1, Math.min(n, count));
        Integer[] order = IntStream.range(0, n).boxed().toArray(Integer[]::new);
        Arrays.sort(order, Comparator.comparingDouble((Integer p) -> -losses[p]).thenComparingInt(p -> p));
        int[] paths = new int[count];
        double[] weights = new double[count];
        double value = 0;
        for (int j = 0; j < count; j++) {
            paths[j] = order[j];
            weights[j] = (j < whole ? 1 : fraction) / m;
            value += weights[j] * losses[order[j]];
        }
        if (m < 1e-9) {
            weights[0] = 1;
            value = losses[order[0]];
        }
        return new Tail(value, losses[order[count - 1]], paths, weights);
    }
}
