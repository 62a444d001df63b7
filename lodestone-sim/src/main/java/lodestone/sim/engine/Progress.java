package lodestone.sim.engine;

/** Receives progress from worker threads; implementations must be thread-safe. */
@FunctionalInterface
public interface Progress {
    /** Ignores progress. */
    Progress NONE = paths -> {};

    /** @param paths paths just finished */
    void advance(int paths);
}
