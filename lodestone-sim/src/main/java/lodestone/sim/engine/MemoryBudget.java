package lodestone.sim.engine;

import java.util.function.LongSupplier;

/**
 * The memory a run needs, checked before anything is allocated. All sizes are {@code long}: 10 million paths × 600
 * months is 6 billion path-months, beyond {@code int}. Monthly values are kept month by month in arrays of one entry
 * per path, so no array index ever exceeds the number of paths.
 */
final class MemoryBudget {
    /** Bytes per path-month: the {@link Series} as {@code float}, plus one byte for the count of stopped buyers. */
    static final long BYTES_PER_PATH_MONTH = 4L * Series.values().length + 1;

    /** Bytes per path besides the monthly values: seed, three per-path totals, one flag. */
    static final long BYTES_PER_PATH = 8L + 3 * 8L + 1;

    /** Kept free for everything else the JVM holds. */
    static final long HEADROOM = 64L << 20;

    private final long limit;
    private final LongSupplier inUse;

    /**
     * @param limit the bytes the JVM may use in all
     * @param inUse the bytes in use now
     */
    MemoryBudget(long limit, LongSupplier inUse) {
        this.limit = limit;
        this.inUse = inUse;
    }

    /** @return the budget of this JVM: its maximum heap, less what is in use at each check */
    static MemoryBudget ofRuntime() {
        Runtime runtime = Runtime.getRuntime();
        return new MemoryBudget(runtime.maxMemory(), () -> runtime.totalMemory() - runtime.freeMemory());
    }

    /**
     * @param paths paths
     * @param months months per path
     * @param storedMarkets markets whose monthly values are held at the same time
     * @param threads worker threads (each holds a scratch column for the statistics)
     * @return bytes the run needs
     */
    static long needed(int paths, int months, int storedMarkets, int threads) {
        long perPath = BYTES_PER_PATH_MONTH * months * storedMarkets + BYTES_PER_PATH + 4L * threads;
        return perPath * paths;
    }

    /**
     * @param paths paths
     * @param months months per path
     * @param storedMarkets markets held at once
     * @param threads worker threads
     * @param reusable bytes the engine already holds and would reuse
     * @throws SimulationTooLargeException if the run does not fit
     */
    void check(int paths, int months, int storedMarkets, int threads, long reusable) {
        long used = Math.max(0, inUse.getAsLong() - reusable);
        long available = Math.max(0, limit - used - HEADROOM);
        long needed = needed(paths, months, storedMarkets, threads);
        if (needed > available) {
            long perPath = needed(1, months, storedMarkets, threads);
            int largest = (int) Math.min(RunOptions.MAX_PATHS, available / perPath);
            throw new SimulationTooLargeException(paths, months, storedMarkets, needed, available, limit, largest);
        }
    }
}
