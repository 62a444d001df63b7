package lodestone.screen.run;

/** Told of a run's progress; implementations must be thread-safe. */
public interface RunListener {
    /** Ignores progress. */
    RunListener NONE = new RunListener() {};

    /** @param cells cells just computed (not yet committed) */
    default void computed(int cells) {}

    /**
     * @param batch the batch's directory name
     * @param cells the cells it holds, now durable
     */
    default void committed(String batch, int cells) {}
}
