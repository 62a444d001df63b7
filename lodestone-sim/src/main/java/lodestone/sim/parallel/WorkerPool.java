package lodestone.sim.parallel;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntConsumer;
import lodestone.model.Guards;
import org.jspecify.annotations.Nullable;

/**
 * A fixed pool of daemon worker threads that runs tasks numbered {@code 0 .. count - 1} and waits for all of them.
 * With one thread (or one task) the tasks run in order on the calling thread, and no pool is started; otherwise each
 * of at most {@code threads} workers takes the next number not yet taken until none is left.
 *
 * <p>A task's {@link RuntimeException} reaches the caller as it was thrown; a checked one is wrapped in an {@link
 * IllegalStateException}; an interruption while waiting restores the interrupt flag and is reported as an {@link
 * IllegalStateException} with the pool's interruption message.
 */
public final class WorkerPool implements AutoCloseable {
    private final @Nullable ExecutorService pool;
    private final int threads;
    private final String interrupted;

    /**
     * @param threads worker threads (at least 1)
     * @param threadName the name of every worker thread, as thread dumps show it
     * @param interrupted the message of an interruption while waiting ("planning was interrupted")
     * @throws IllegalArgumentException if threads is below 1
     */
    public WorkerPool(int threads, String threadName, String interrupted) {
        Guards.requireAtLeast(threads, 1, "threads");
        Objects.requireNonNull(threadName, "threadName");
        this.threads = threads;
        this.interrupted = Objects.requireNonNull(interrupted, "interrupted");
        this.pool = threads == 1
                ? null
                : Executors.newFixedThreadPool(threads, runnable -> {
                    Thread thread = new Thread(runnable, threadName);
                    thread.setDaemon(true);
                    return thread;
                });
    }

    /**
     * Runs {@code task} for every number from 0 to {@code count - 1}, each exactly once and in any order (in parallel
     * when the pool has several threads), and returns when all have finished.
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
        AtomicInteger next = new AtomicInteger();
        List<Future<?>> futures = new ArrayList<>();
        for (int w = 0; w < Math.min(threads, count); w++) {
            futures.add(pool.submit(() -> {
                for (int i = next.getAndIncrement(); i < count; i = next.getAndIncrement()) {
                    task.accept(i);
                }
            }));
        }
        try {
            for (Future<?> future : futures) {
                future.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(interrupted, e);
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
