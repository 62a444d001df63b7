package lodestone.sim.sweep;

/**
 * One ranked result of a sweep.
 *
 * @param rank 1 for the largest expected shortfall
 * @param cell the scenario
 * @param expectedShortfall mean cumulative shortfall over the horizon, months of baseline demand
 * @param cumulativeP95 95th percentile of the cumulative shortfall, months of demand
 * @param peakMedianShortfall the largest monthly median shortfall (fraction of demand)
 * @param probabilityAboveThreshold share of paths with some month above the threshold
 * @param peakMedianPrice the largest monthly median price index
 */
public record SweepRow(
        int rank,
        SweepCell cell,
        double expectedShortfall,
        double cumulativeP95,
        double peakMedianShortfall,
        double probabilityAboveThreshold,
        double peakMedianPrice) {}
