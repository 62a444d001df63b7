package lodestone.sim.engine;

/**
 * Every path's monthly values for one market: one {@code float} array per series and month, indexed by path, and one
 * byte array per month for the number of stopped buyer classes. Arrays are per month so that no index exceeds the
 * number of paths, whatever the horizon; the engine reuses a store across markets and runs when paths are not kept.
 */
final class MonthlyStore {
    final float[][][] values;
    final byte[][] stopped;
    final int paths;
    final int months;

    MonthlyStore(int paths, int months) {
        this.paths = paths;
        this.months = months;
        values = new float[Series.values().length][months][paths];
        stopped = new byte[months][paths];
    }

    /** @return whether this store can hold {@code paths × months} (it may be larger) */
    boolean fits(int otherPaths, int otherMonths) {
        return otherPaths == paths && otherMonths <= months;
    }

    /** @return the bytes this store holds */
    long bytes() {
        return MemoryBudget.BYTES_PER_PATH_MONTH * paths * (long) months;
    }
}
