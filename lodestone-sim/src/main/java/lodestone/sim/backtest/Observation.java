package lodestone.sim.backtest;

import java.time.YearMonth;
import java.util.Optional;
import lodestone.sim.engine.Series;

/**
 * One observed number an episode is scored against: a series of one market over a window of months, reduced to one
 * value, optionally relative to another window (a price in October relative to January). Observed values are indices
 * in the series' units (1 = the baseline the note states); the model's are computed the same way path by path.
 *
 * @param id a short id, unique within the episode
 * @param scenario the id of the episode's scenario that produces it
 * @param market the market: a mineral id, or {@code mineral#n} for the n-th market of that mineral (1-based)
 * @param series the model quantity it corresponds to
 * @param from first month of the window
 * @param to last month of the window (inclusive)
 * @param aggregate how the window is reduced
 * @param relativeFrom first month of the reference window, if the value is a ratio of two windows
 * @param relativeTo last month of the reference window
 * @param value the observed value (units of the series; a ratio when relative)
 * @param baseline what 1 stands for, in words (for example "Jan-Jun 2023 monthly average, 2.93 t")
 * @param source where the number comes from (a URL, or the dataset and table)
 * @param tier primary, secondary, low or derived
 * @param note how the value was derived from the source, and caveats
 * @param transit where the value was recorded: {@link Transit#AT_ISSUER}, or at the destination's customs with the
 *     transit time that shifts the model's months it is compared with
 * @param stage what stage of the chain the price is of: the market's own product ({@link Stage#MARKET}, the default)
 *     or a product made from it ({@link Stage#DOWNSTREAM}, an outside price only), or a reference price a government
 *     sets from world prices ({@link Stage#REFERENCE})
 */
public record Observation(
        String id,
        String scenario,
        String market,
        Series series,
        YearMonth from,
        YearMonth to,
        Aggregate aggregate,
        Optional<YearMonth> relativeFrom,
        Optional<YearMonth> relativeTo,
        double value,
        String baseline,
        String source,
        String tier,
        String note,
        Transit transit,
        Stage stage) {
    public Observation {
        if (to.isBefore(from) || relativeFrom.isPresent() != relativeTo.isPresent()) {
            throw new IllegalArgumentException("observation " + id + " (window " + from + ".." + to + ", relative "
                    + relativeFrom + ".." + relativeTo + ") must have from <= to and both or neither relative month.");
        }
        if (!Double.isFinite(value) || value < 0) {
            throw new IllegalArgumentException("observation " + id + " value (" + value + ") must be finite and >= 0.");
        }
        if (transit.shifts() && aggregate == Aggregate.FIRST_STOP) {
            throw new IllegalArgumentException("observation " + id + " counts months to a first stop, which no transit"
                    + " time shifts: it cannot be recorded at the destination.");
        }
        if (stage == Stage.DOWNSTREAM && series != Series.PRICE_OUTSIDE) {
            throw new IllegalArgumentException("observation " + id + " prices a downstream product, which only an"
                    + " outside price can be (its series is " + series.id() + ").");
        }
        if (stage == Stage.REFERENCE && (!series.isPrice() || aggregate != Aggregate.MEAN || transit.shifts())) {
            throw new IllegalArgumentException("observation " + id + " is a reference price a government sets, which"
                    + " only a price's mean over its months, recorded where it is set, can be.");
        }
    }

    /** @return a copy of a different stage */
    public Observation withStage(Stage other) {
        return with(series, transit, other);
    }

    /**
     * @param transit the months of the model's series the row is read off
     * @return the row as the outside price of the market's own product, read off those months (how a reference price
     *     a government sets is scored)
     */
    public Observation asOutsidePrice(Transit transit) {
        return with(Series.PRICE_OUTSIDE, transit, Stage.MARKET);
    }

    private Observation with(Series otherSeries, Transit otherTransit, Stage otherStage) {
        return new Observation(
                id,
                scenario,
                market,
                otherSeries,
                from,
                to,
                aggregate,
                relativeFrom,
                relativeTo,
                value,
                baseline,
                source,
                tier,
                note,
                otherTransit,
                otherStage);
    }

    /** @return whether the observation is a price whose direction of move is scored */
    public boolean isPriceMove() {
        return series.isPrice() && aggregate != Aggregate.FIRST_STOP;
    }
}
