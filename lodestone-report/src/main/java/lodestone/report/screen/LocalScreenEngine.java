package lodestone.report.screen;

import java.nio.file.Path;
import java.util.List;
import lodestone.screen.cell.ScreenCell;
import lodestone.screen.job.ScreenJob;
import lodestone.screen.run.Checkpoint;
import lodestone.screen.run.EngineOptions;
import lodestone.screen.run.LocalRunner;
import lodestone.screen.run.Manifest;
import lodestone.screen.run.ResultLayout;
import lodestone.screen.run.RunListener;
import lodestone.screen.run.RunReport;
import lodestone.screen.run.ScreenEngine;

/**
 * Local mode: the missing cells of a screen on {@code options.threads()} threads of this JVM, batch after batch, each
 * batch committed as Parquet in the results directory before the next starts ({@link ParquetResults}).
 */
public final class LocalScreenEngine implements ScreenEngine {
    /** The engine's name. */
    public static final String NAME = "local";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public RunReport run(ScreenJob job, String results, EngineOptions options, RunListener listener) {
        if (options.master().isPresent()) {
            throw new IllegalArgumentException("a master (" + options.master().get() + ") is for the Spark engine."
                    + "\nMaybe add --engine spark, or drop --master to run locally.");
        }
        long started = System.nanoTime();
        ParquetResults store = new ParquetResults(Path.of(results));
        store.claim(Manifest.of(job));
        store.removeUncommitted();
        List<ScreenCell> missing = Checkpoint.missing(job, store.committedCellIds());
        long done = job.cellCount() - missing.size();
        int batches;
        try (LocalRunner runner = new LocalRunner(job, options.threads())) {
            batches = runner.run(
                    missing,
                    options.batchCells(),
                    (index, batch) -> {
                        String name = ResultLayout.batchName(options.runId(), index);
                        store.commit(name, batch);
                        listener.committed(name, batch.size());
                    },
                    listener);
        }
        return new RunReport(
                NAME, results, job.cellCount(), done, missing.size(), batches, (System.nanoTime() - started) / 1e9);
    }
}
