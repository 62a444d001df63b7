package lodestone.sim.engine;

import java.time.YearMonth;

/**
 * The distribution of one month across paths.
 *
 * @param month the calendar month
 * @param shortfallP5 5th percentile of the shortfall (fraction of baseline demand)
 * @param shortfallP50 median shortfall
 * @param shortfallP95 95th percentile shortfall
 * @param shortfallMean mean shortfall
 * @param priceP5 5th percentile of the price index (1 = before the disruption)
 * @param priceP50 median price index
 * @param priceP95 95th percentile price index
 * @param probabilityAboveThreshold share of paths whose shortfall exceeds the scenario's threshold
 */
public record MonthStatistics(
        YearMonth month,
        double shortfallP5,
        double shortfallP50,
        double shortfallP95,
        double shortfallMean,
        double priceP5,
        double priceP50,
        double priceP95,
        double probabilityAboveThreshold) {}
