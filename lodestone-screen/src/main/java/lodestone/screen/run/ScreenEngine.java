package lodestone.screen.run;

import lodestone.screen.job.ScreenJob;

/**
 * A way to run a screen: local mode (threads in this JVM) or Spark. Implementations outside the default build (the
 * Spark runner in {@code lodestone-spark}) register themselves in {@code
 * META-INF/services/lodestone.screen.run.ScreenEngine}, so the app finds them on the class path with
 * {@link java.util.ServiceLoader} and never depends on them.
 *
 * <p>Every engine writes the same results layout ({@link ResultLayout}) with the same schema ({@link ResultSchema})
 * and honours the checkpoint rule: cells already in a committed batch of the results are not computed again.
 */
public interface ScreenEngine {
    /** @return the name users choose it by: {@code local}, {@code spark} */
    String name();

    /**
     * Computes the cells of the job that the results do not have yet, in batches, each committed as a whole.
     *
     * @param job the job
     * @param results where the results go: a directory (local mode) or any URI the engine's file system knows
     * @param options threads, batch size, cluster
     * @param listener told of finished cells and committed batches
     * @return what was done
     * @throws IllegalArgumentException if the results belong to another screen, or the options do not suit the engine
     */
    RunReport run(ScreenJob job, String results, EngineOptions options, RunListener listener);
}
