package lodestone.sim.engine;

/**
 * Order statistics and mean of one quantity across paths (nearest rank: the q-quantile of n values is the ⌈q·n⌉-th
 * smallest). Units are those of the quantity.
 *
 * @param p5 5th percentile
 * @param p10 10th percentile
 * @param p50 median
 * @param p90 90th percentile
 * @param p95 95th percentile
 * @param mean mean
 */
public record Band(double p5, double p10, double p50, double p90, double p95, double mean) {
    /** The quantiles every band holds, in ascending order. */
    static final double[] QUANTILES = {0.05, 0.10, 0.50, 0.90, 0.95};

    /**
     * @param value a constant
     * @return the band of a quantity equal to it on every path
     */
    public static Band constant(double value) {
        return new Band(value, value, value, value, value, value);
    }
}
