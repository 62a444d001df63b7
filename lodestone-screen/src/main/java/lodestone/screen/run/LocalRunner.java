package lodestone.screen.run;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import lodestone.screen.cell.CellComputation;
import lodestone.screen.cell.CellResult;
import lodestone.screen.cell.ScreenCell;
import lodestone.screen.job.ScreenJob;

/**
 * Computes cells on threads of this JVM, one {@link CellComputation} per thread, batch after batch. Within a batch the
 * threads take cells in turn and each result goes to its cell's slot, so a batch's results come out in the batch's
 * order whatever the thread count; a batch is handed to the sink (which commits it) before the next starts.
 */
public final class LocalRunner implements AutoCloseable {
    /** Receives each computed batch, in order. */
    @FunctionalInterface
    public interface BatchSink {
        /**
         * @param index the batch's number within the run, from 0
         * @param results its results, in the batch's order
         */
        void commit(int index, List<CellResult> results);
    }

    private final ExecutorService pool;
    private final List<CellComputation> computations = new ArrayList<>();

    /**
     * @param job the job whose cells will be computed
     * @param threads worker threads (≥ 1)
     */
    public LocalRunner(ScreenJob job, int threads) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads (" + threads + ") must be at least 1.");
        }
        for (int i = 0; i < threads; i++) {
            computations.add(CellComputation.forJob(job));
        }
        this.pool = Executors.newFixedThreadPool(threads, runnable -> {
            Thread thread = new Thread(runnable, "lodestone-screen");
            thread.setDaemon(true);
            return thread;
        });
    }

    /**
     * @param cells cells to compute
     * @param batchCells cells per batch
     * @param sink commits each batch
     * @param listener told of computed cells
     * @return the number of batches committed
     */
    public int run(List<ScreenCell> cells, int batchCells, BatchSink sink, RunListener listener) {
        List<List<ScreenCell>> batches = Checkpoint.batches(cells, batchCells);
        for (int b = 0; b < batches.size(); b++) {
            sink.commit(b, compute(batches.get(b), listener));
        }
        return batches.size();
    }

    /**
     * @param cells cells to compute
     * @param listener told of computed cells
     * @return their results, in the given order
     */
    public List<CellResult> compute(List<ScreenCell> cells, RunListener listener) {
        CellResult[] results = new CellResult[cells.size()];
        AtomicInteger next = new AtomicInteger();
        List<Future<?>> futures = new ArrayList<>();
        for (CellComputation computation : computations) {
            futures.add(pool.submit(() -> {
                for (int i = next.getAndIncrement(); i < results.length; i = next.getAndIncrement()) {
                    results[i] = computation.compute(cells.get(i));
                    listener.computed(1);
                }
            }));
        }
        try {
            for (Future<?> future : futures) {
                future.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            futures.forEach(f -> f.cancel(true));
            throw new IllegalStateException("the screen was interrupted", e);
        } catch (ExecutionException e) {
            futures.forEach(f -> f.cancel(true));
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException(e.getCause());
        }
        return Arrays.asList(results);
    }

    @Override
    public void close() {
        pool.shutdownNow();
        computations.forEach(CellComputation::close);
    }
}
