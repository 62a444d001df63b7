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

    /** @return the band of the perspective's shortfall (fraction of baseline demand) */
    public Band shortfall() {
        return band(Series.SHORTFALL);
    }

    /** @return the band of the outside spot price index */
    public Band price() {
        return band(Series.PRICE_OUTSIDE);
    }
}
