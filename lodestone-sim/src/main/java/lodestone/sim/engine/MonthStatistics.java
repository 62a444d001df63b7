package lodestone.sim.engine;

import java.time.YearMonth;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/**
 * The distribution of one month across paths: a band for every {@link Series}, the probability that the perspective's
 * shortfall exceeds the scenario's threshold, and the share of its demand held by buyers that had to stop.
 *
 * @param month the calendar month
 * @param bands one band per series (units in {@link Series#unit()})
 * @param probabilityAboveThreshold share of paths whose shortfall exceeds the scenario's threshold
 * @param stoppedShare mean share of the perspective's baseline demand held by buyers that receive and draw less than
 *     half of their use this month
 */
public record MonthStatistics(
        YearMonth month, Map<Series, Band> bands, double probabilityAboveThreshold, double stoppedShare) {
    public MonthStatistics {
        EnumMap<Series, Band> copy = new EnumMap<>(Series.class);
        copy.putAll(bands);
        if (copy.size() != Series.values().length) {
            throw new IllegalArgumentException(
                    "month " + month + " has bands for " + copy.keySet() + "; every series needs one.");
        }
        bands = Collections.unmodifiableMap(copy);
    }

    /** @return the band of one series */
    public Band band(Series series) {
        return Objects.requireNonNull(bands.get(series)); // the constructor checks that every series has one
    }

    /** @return the shortfall's 5th percentile (fraction of baseline demand) */
    public double shortfallP5() {
        return band(Series.SHORTFALL).p5();
    }

    /** @return the median shortfall */
    public double shortfallP50() {
        return band(Series.SHORTFALL).p50();
    }

    /** @return the shortfall's 95th percentile */
    public double shortfallP95() {
        return band(Series.SHORTFALL).p95();
    }

    /** @return the mean shortfall */
    public double shortfallMean() {
        return band(Series.SHORTFALL).mean();
    }

    /** @return the 5th percentile of the outside spot price index */
    public double priceP5() {
        return band(Series.PRICE_OUTSIDE).p5();
    }

    /** @return the median outside spot price index */
    public double priceP50() {
        return band(Series.PRICE_OUTSIDE).p50();
    }

    /** @return the 95th percentile of the outside spot price index */
    public double priceP95() {
        return band(Series.PRICE_OUTSIDE).p95();
    }
}
