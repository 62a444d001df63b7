package lodestone.sim.engine;

/**
 * Percentiles and mean of a per-path quantity.
 *
 * @param p5 5th percentile
 * @param p50 median
 * @param p95 95th percentile
 * @param mean mean
 */
public record Summary(double p5, double p50, double p95, double mean) {}
