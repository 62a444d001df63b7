package lodestone.plan.parallel;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntConsumer;

/**
 * A fixed pool of daemon worker threads that runs tasks numbered {@code 0 .. count - 1} and waits for all of them.
 * With one thread (or one task) the tasks run in order on the calling thread, and no pool is started.
 *
 * <p>A task's {@link RuntimeException} reaches the caller as it was thrown; a checked one is wrapped in an {@link
 * IllegalStateException}; an interruption while waiting restores the interrupt flag and is reported as "ACTIVITY was
 * interrupted".
 */
public final class WorkerPool implements AutoCloseable {
    private final ExecutorService pool;
    private final String activity;

    /**
     * @param threads worker threads (at least 1)
     * @param threadName the name of every worker thread, as thread dumps show it
     * @param activity what the tasks do, for the message of an interruption ("planning")
     * @throws IllegalArgumentException if threads is below 1
     */
    public WorkerPool(int threads, String threadName, String activity) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads (" + threads + ") must be at least 1.");
        }
        Objects.requireNonNull(threadName, "threadName");
        this.activity = Objects.requireNonNull(activity, "activity");
        this.pool = threads == 1
                ? null
                : Executors.newFixedThreadPool(threads, runnable -> {
                    Thread thread = new Thread(runnable, threadName);
                    thread.setDaemon(true);
                    return thread;
                });
    }

    /**
     * Runs {@code task} for every number from 0 to {@code count - 1}, in parallel when the pool has several threads,
     * and returns when all have finished.
     *
     * @param count how many tasks (0 runs none)
     * @param task the task, given its number
     */
    public void forEach(int count, IntConsumer task) {
        if (pool == null || count == 1) {
            for (int i = 0; i < count; i++) {
                task.accept(i);
            }
            return;
        }
        List<Future<?>> futures = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            int index = i;
            futures.add(pool.submit(() -> task.accept(index)));
        }
        try {
            for (Future<?> future : futures) {
                future.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(activity + " was interrupted", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    /** Stops the worker threads. */
    @Override
    public void close() {
        if (pool != null) {
            pool.shutdownNow();
        }
    }
}
