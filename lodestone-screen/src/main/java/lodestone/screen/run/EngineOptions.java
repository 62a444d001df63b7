package lodestone.screen.run;

import java.util.Objects;
import java.util.Optional;

/**
 * How to run a screen.
 *
 * @param threads worker threads in local mode (≥ 1); ignored by Spark, whose master sets its parallelism
 * @param batchCells cells per committed batch (≥ 1): the checkpoint's grain, and what an interruption can lose at
 *     most
 * @param master the Spark master URL ({@code local[2]}, {@code spark://host:7077}, {@code yarn}); empty for local
 *     mode, or for Spark to take it from {@code spark-submit}
 * @param runId a name unique to this run, used in batch names (e.g. the start time)
 */
public record EngineOptions(int threads, int batchCells, Optional<String> master, String runId) {
    /** The default batch: large enough that a batch's overhead is small, small enough to lose little. */
    public static final int DEFAULT_BATCH_CELLS = 20_000;

    public EngineOptions {
        if (threads < 1 || threads > 1024) {
            throw new IllegalArgumentException("threads (" + threads + ") must be within [1, 1024].");
        }
        if (batchCells < 1) {
            throw new IllegalArgumentException("batch (" + batchCells + " cells) must be at least 1.");
        }
        Objects.requireNonNull(master, "master");
        Objects.requireNonNull(runId, "runId");
        if (!runId.matches("[A-Za-z0-9-]+")) {
            throw new IllegalArgumentException("run id (" + runId + ") must be letters, digits and hyphens.");
        }
    }
}
