package lodestone.sim.engine;

/**
 * A few consecutive paths' monthly values, written path by path into a small buffer and then into the
 * {@link MonthlyStore}'s per-month columns one slice of {@value #PATHS} paths at a time. A path writes seven series
 * for every month; written straight into the columns, each value lands in a different array (a cache line and often a
 * memory page of its own), which made those stores the largest cost of a long run. Buffered, each column slice is
 * written once per {@value #PATHS} paths. One tile per worker; the values are the same either way.
 */
final class PathTile {
    /** Paths per tile: a 64-byte cache line of {@code float}s. */
    static final int PATHS = 16;

    private static final int SERIES = Series.values().length;

    private final MonthlyStore store;
    private final int months;
    /** Value of series s, month i, the q-th buffered path at {@code (s × months + i) × PATHS + q}. */
    private final float[] values;
    /** Stopped classes of month i, the q-th buffered path at {@code i × PATHS + q}. */
    private final byte[] stopped;

    private int first;
    private int count;

    /**
     * @param store where the values go
     * @param months months per path (at most the store's)
     */
    PathTile(MonthlyStore store, int months) {
        this.store = store;
        this.months = months;
        values = new float[SERIES * months * PATHS];
        stopped = new byte[months * PATHS];
    }

    /** Starts a path; the tile is written out first if it is full or the path does not follow the buffered ones. */
    void begin(int path) {
        if (count > 0 && (count == PATHS || path != first + count)) {
            flush();
        }
        if (count == 0) {
            first = path;
        }
    }

    void put(Series series, int month, double value) {
        values[at(series, month)] = (float) value;
    }

    /** Adds to a value the path has put for the month (a later pass correcting it). */
    void add(Series series, int month, double change) {
        int at = at(series, month);
        values[at] = (float) (values[at] + change);
    }

    /** Where the current path's value of a series for a month stands in {@link #values}. */
    private int at(Series series, int month) {
        return (series.slot() * months + month) * PATHS + count;
    }

    void putStopped(int month, int classes) {
        stopped[month * PATHS + count] = (byte) classes;
    }

    /** Ends the path begun last. */
    void end() {
        count++;
    }

    /** Writes the buffered paths into the store. */
    void flush() {
        for (int s = 0; s < SERIES; s++) {
            float[][] columns = store.values[s];
            for (int i = 0; i < months; i++) {
                System.arraycopy(values, (s * months + i) * PATHS, columns[i], first, count);
            }
        }
        for (int i = 0; i < months; i++) {
            System.arraycopy(stopped, i * PATHS, store.stopped[i], first, count);
        }
        count = 0;
    }
}
