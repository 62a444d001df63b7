package lodestone.sim.sweep;

/**
 * One ranked result of a sweep. Cumulative figures are in months of the perspective's baseline demand over the horizon.
 *
 * @param rank 1 for the worst cell by the sweep's ranking
 * @param cell the scenario
 * @param expectedShortfall mean cumulative shortfall (months of demand)
 * @param cumulativeP95 95th percentile of the cumulative shortfall (months of demand): the tail
 * @param peakMedianShortfall the largest monthly median shortfall (fraction of demand)
 * @param probabilityAboveThreshold share of paths with some month above the threshold
 * @param peakMedianPrice the largest monthly median outside spot price index
 * @param probabilityOfStop share of paths on which some buyers had to stop (less than half their use covered)
 * @param rankByMean the cell's rank by expected shortfall alone, to show how far the tail moves it
 */
public record SweepRow(
        int rank,
        SweepCell cell,
        double expectedShortfall,
        double cumulativeP95,
        double peakMedianShortfall,
        double probabilityAboveThreshold,
        double peakMedianPrice,
        double probabilityOfStop,
        int rankByMean) {}
