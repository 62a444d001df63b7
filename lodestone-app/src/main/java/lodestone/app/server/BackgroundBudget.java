package lodestone.app.server;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The threads all of the server's background work may keep busy at once ({@link ServerLimits#jobThreads}, {@code
 * --job-threads}): scenario runs, plans, article checks and the synchronous plan page take a {@link Lease} of the
 * budget before they compute and give it back when they end, and a run or a plan computes on exactly the threads its
 * lease grants (the engine's and the planner's own pools are sized by it). The budget defaults to every core but one,
 * so the request threads that serve reads always find a core: background work queues behind itself, never in front of
 * the reads. The permits are handed out first come, first served (a run that waits for the whole budget is not
 * overtaken by a stream of checks).
 */
final class BackgroundBudget {
    private final int threads;
    private final Semaphore permits;

    /** @param threads the budget, at least 1 */
    BackgroundBudget(int threads) {
        if (threads < 1) {
            throw new IllegalArgumentException("the background budget (" + threads + " threads) must be at least 1.");
        }
        this.threads = threads;
        this.permits = new Semaphore(threads, true);
    }

    /** @return the budget, in threads */
    int threads() {
        return threads;
    }

    /**
     * Waits until a share of the budget is free and takes it.
     *
     * @param wanted the threads the work would use; granted at most the whole budget, at least 1
     * @return the lease; close it when the work ends
     * @throws InterruptedException if the waiting thread is interrupted (the server closes)
     */
    Lease acquire(int wanted) throws InterruptedException {
        int granted = granted(wanted);
        permits.acquire(granted);
        return new Lease(granted);
    }

    /**
     * Takes a share of the budget if it becomes free within a wait.
     *
     * @param wanted the threads the work would use; granted at most the whole budget, at least 1
     * @param wait the longest wait
     * @return the lease, or empty if the budget stayed busy for the whole wait
     * @throws InterruptedException if the waiting thread is interrupted
     */
    Optional<Lease> tryAcquire(int wanted, Duration wait) throws InterruptedException {
        int granted = granted(wanted);
        return permits.tryAcquire(granted, Math.max(0, wait.toNanos()), TimeUnit.NANOSECONDS)
                ? Optional.of(new Lease(granted))
                : Optional.empty();
    }

    /** @return the threads of the budget no work holds now */
    int free() {
        return permits.availablePermits();
    }

    /** @return the number of threads (of work) waiting for a share, an estimate */
    int waiting() {
        return permits.getQueueLength();
    }

    private int granted(int wanted) {
        return Math.max(1, Math.min(wanted, threads));
    }

    /** A share of the budget held by one piece of work; closing it again does nothing. */
    final class Lease implements AutoCloseable {
        private final int granted;
        private final AtomicBoolean open = new AtomicBoolean(true);

        private Lease(int granted) {
            this.granted = granted;
        }

        /** @return the threads the work may use */
        int threads() {
            return granted;
        }

        @Override
        public void close() {
            if (open.compareAndSet(true, false)) {
                permits.release(granted);
            }
        }
    }
}
