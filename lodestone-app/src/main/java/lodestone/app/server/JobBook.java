package lodestone.app.server;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Ticker;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.function.IntConsumer;

/**
 * The bookkeeping every kind of server job shares (scenario runs, plans): a job is admitted only if its client has
 * fewer than {@link ServerLimits#jobsPerClient} jobs of the kind queued or running and fewer than {@link
 * ServerLimits#jobQueue} are waiting; a queued or running job is never dropped; a finished one (done or failed, with
 * its reason) is kept for {@link ServerLimits#resultTtl} and at most {@link ServerLimits#maxKeptResults} of them. Jobs
 * run one at a time on the book's own worker thread (the computations themselves use every core).
 *
 * @param <J> the job type
 */
final class JobBook<J extends JobBook.Tracked> implements AutoCloseable {

    /** What the book needs to know of a job. */
    interface Tracked {
        /** @return the job's id */
        String id();

        /** @return the client's address */
        String client();

        /** @return whether the job waits for the worker */
        boolean queued();
    }

    private final ServerLimits limits;
    private final String kind;
    private final Map<String, J> active = new ConcurrentHashMap<>();
    private final Map<String, Integer> perClient = new ConcurrentHashMap<>();
    private final Cache<String, J> finished;
    private final BackgroundBudget budget;
    private final ExecutorService worker;

    /**
     * @param limits the queue, per-client and retention limits
     * @param budget the threads all background work shares
     * @param kind what a job is called in messages, plural ("runs", "plans")
     * @param thread the worker thread's name
     * @param ticker the clock of the retention
     */
    JobBook(ServerLimits limits, BackgroundBudget budget, String kind, String thread, Ticker ticker) {
        this.limits = limits;
        this.budget = budget;
        this.kind = kind;
        this.finished = Caffeine.newBuilder()
                .maximumSize(limits.maxKeptResults())
                .expireAfterWrite(limits.resultTtl())
                .ticker(ticker)
                .build();
        this.worker = new ThreadPoolExecutor(1, 1, 0, TimeUnit.MILLISECONDS, new LinkedBlockingQueue<>(), runnable -> {
            Thread named = new Thread(runnable, thread);
            named.setDaemon(true);
            return named;
        });
    }

    /**
     * Queues a job's work on the worker; the work starts once the background budget grants it threads, computes on
     * at most that many, and must record its own end with {@link #finish}.
     *
     * @param wanted the threads the work would use
     * @param work the job's computation, given the threads granted
     */
    void execute(int wanted, IntConsumer work) {
        worker.execute(() -> {
            try (BackgroundBudget.Lease lease = budget.acquire(wanted)) {
                work.accept(lease.threads());
            } catch (InterruptedException e) {
                // the server closes: the job is dropped with it
                Thread.currentThread().interrupt();
            }
        });
    }

    @Override
    public void close() {
        worker.shutdownNow();
    }

    /**
     * Admits a job, or refuses it with the limit it passes.
     *
     * @param job the new job
     * @throws ApiException 429 {@code too-many-jobs} or 503 {@code queue-full}
     */
    synchronized void admit(J job) {
        int mine = perClient.getOrDefault(job.client(), 0);
        if (mine >= limits.jobsPerClient()) {
            throw new ApiException(
                    ErrorCode.TOO_MANY_JOBS,
                    "this client has " + mine + " " + kind + " queued or running, the most allowed (--jobs-per-client "
                            + limits.jobsPerClient() + "); wait for one to finish",
                    null);
        }
        long waiting = active.values().stream().filter(Tracked::queued).count();
        if (waiting >= limits.jobQueue()) {
            throw new ApiException(
                    ErrorCode.QUEUE_FULL,
                    "the queue of " + kind + " is full (" + waiting + " waiting, --job-queue " + limits.jobQueue()
                            + "); retry later",
                    null);
        }
        active.put(job.id(), job);
        perClient.merge(job.client(), 1, Integer::sum);
    }

    /**
     * Moves a job that ended (done or failed) from the active ones to the kept results.
     *
     * @param job the job
     */
    synchronized void finish(J job) {
        finished.put(job.id(), job);
        active.remove(job.id());
        perClient.computeIfPresent(job.client(), (k, n) -> n <= 1 ? null : n - 1);
    }

    /**
     * @param id a job id
     * @return the job if it is queued, running, or finished within the time results are kept
     */
    Optional<J> get(String id) {
        J job = active.get(id);
        return job != null ? Optional.of(job) : Optional.ofNullable(finished.getIfPresent(id));
    }

    /** @return the number of jobs queued or running */
    int activeCount() {
        return active.size();
    }

    /** @return the number of finished jobs kept */
    long keptCount() {
        finished.cleanUp();
        return finished.estimatedSize();
    }
}
