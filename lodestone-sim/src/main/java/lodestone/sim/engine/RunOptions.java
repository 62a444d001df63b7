package lodestone.sim.engine;

import java.util.OptionalInt;

/**
 * How to run a scenario. The seed and the number of paths fix the result; the number of threads does not change it.
 *
 * @param paths Monte Carlo paths (1..10,000,000)
 * @param seed seed of the splittable generator
 * @param horizonMonths months to simulate from the start; empty for the scenario's own horizon
 * @param threads worker threads (1..1024)
 * @param keepPaths whether the result keeps every path's values ({@link MarketResult#paths()}); costs the memory of
 *     the monthly values for every market at once instead of one market at a time
 * @param monthBands whether the result holds each month's distribution ({@link MarketResult#months()}: a band of
 *     every series, the exceedance probability, the stopped share); a run that reads its kept paths itself, as the
 *     back-test does, can leave them out (they cost the five quantiles of every series in every month of every
 *     market), and must then keep its paths
 */
public record RunOptions(
        int paths, long seed, OptionalInt horizonMonths, int threads, boolean keepPaths, boolean monthBands) {
    /** The default seed, fixed so that runs without one are reproducible too. */
    public static final long DEFAULT_SEED = 0L;

    /** The most paths a run accepts. */
    public static final int MAX_PATHS = 10_000_000;

    /** The longest horizon a run accepts (months). */
    public static final int MAX_HORIZON = 600;

    public RunOptions {
        if (paths < 1 || paths > MAX_PATHS) {
            throw new IllegalArgumentException("paths (" + paths + ") must be within [1, " + MAX_PATHS + "].");
        }
        if (threads < 1 || threads > 1024) {
            throw new IllegalArgumentException("threads (" + threads + ") must be within [1, 1024].");
        }
        horizonMonths.ifPresent(h -> {
            if (h < 1 || h > MAX_HORIZON) {
                throw new IllegalArgumentException(
                        "horizon (" + h + " months) must be within [1, " + MAX_HORIZON + "].");
            }
        });
        if (!monthBands && !keepPaths) {
            throw new IllegalArgumentException("a run without its month bands must keep its paths, or it would"
                    + " return no monthly values.\nMaybe call pathsAlone() instead of leaving the bands out.");
        }
    }

    /**
     * @param paths paths
     * @param seed seed
     * @param horizonMonths horizon, or empty for the scenario's
     * @param threads threads
     * @param keepPaths whether to keep every path's values
     */
    public RunOptions(int paths, long seed, OptionalInt horizonMonths, int threads, boolean keepPaths) {
        this(paths, seed, horizonMonths, threads, keepPaths, true);
    }

    /**
     * @param paths paths
     * @param seed seed
     * @param horizonMonths horizon, or empty for the scenario's
     * @param threads threads
     */
    public RunOptions(int paths, long seed, OptionalInt horizonMonths, int threads) {
        this(paths, seed, horizonMonths, threads, false, true);
    }

    /** @return options with the scenario's horizon and every available core */
    public static RunOptions of(int paths, long seed) {
        return new RunOptions(
                paths, seed, OptionalInt.empty(), Runtime.getRuntime().availableProcessors(), false, true);
    }

    /** @return a copy with another thread count */
    public RunOptions withThreads(int count) {
        return new RunOptions(paths, seed, horizonMonths, count, keepPaths, monthBands);
    }

    /** @return a copy with another horizon */
    public RunOptions withHorizon(int months) {
        return new RunOptions(paths, seed, OptionalInt.of(months), threads, keepPaths, monthBands);
    }

    /** @return a copy that keeps every path's values */
    public RunOptions keepingPaths() {
        return new RunOptions(paths, seed, horizonMonths, threads, true, monthBands);
    }

    /**
     * @return a copy that keeps every path's values and leaves out the month bands: every path's values are the same
     *     as with them, and so are the market's totals ({@link MarketResult}), but {@link MarketResult#months()} is
     *     empty
     */
    public RunOptions pathsAlone() {
        return new RunOptions(paths, seed, horizonMonths, threads, true, false);
    }
}
