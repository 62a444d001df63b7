package lodestone.app.server;

import com.github.benmanes.caffeine.cache.Ticker;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import lodestone.report.scenario.ScenarioQuery;
import lodestone.report.scenario.SimulationView;
import lodestone.sim.engine.RunOptions;
import lodestone.sim.scenario.ScenarioSpec;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Scenario runs as jobs, admitted within bounds: a run is accepted only if its size (paths × months × markets) is
 * within {@link ServerLimits#maxRunCells}, the queue has room ({@link ServerLimits#jobQueue}) and its client has fewer
 * than {@link ServerLimits#jobsPerClient} runs queued or running. Runs are computed one at a time on one worker thread,
 * the engine on the threads the server's {@link BackgroundBudget} grants (the run's own thread count at most): the
 * engine is deterministic across thread counts, so a run's result is the CLI's for the same inputs. A queued or running job is never dropped; a finished one (done or failed,
 * out-of-memory included, with its reason) is kept for {@link ServerLimits#resultTtl} and at most {@link
 * ServerLimits#maxKeptResults} of them. The dashboard's scenario page submits through the same queue and waits.
 */
final class ScenarioJobs implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(ScenarioJobs.class);
    private static final ServerJob.Wording WORDING = new ServerJob.Wording("run", "scenario run", "run fewer paths");

    private final ServerLimits limits;
    private final JobBook<Job> book;

    ScenarioJobs(ServerLimits limits) {
        this(limits, new BackgroundBudget(limits.jobThreads()), Ticker.systemTicker());
    }

    ScenarioJobs(ServerLimits limits, BackgroundBudget budget) {
        this(limits, budget, Ticker.systemTicker());
    }

    ScenarioJobs(ServerLimits limits, Ticker ticker) {
        this(limits, new BackgroundBudget(limits.jobThreads()), ticker);
    }

    ScenarioJobs(ServerLimits limits, BackgroundBudget budget, Ticker ticker) {
        this.limits = limits;
        this.book = new JobBook<>(limits, budget, "runs", "lodestone-scenarios", ticker);
    }

    /** One run. */
    static final class Job extends ServerJob<SimulationView.View> {
        final long total;
        final AtomicLong done = new AtomicLong();

        Job(String id, String scenario, String client, long total) {
            super(id, scenario, client);
            this.total = total;
        }

        Map<String, Object> describe() {
            double progress = total == 0 ? 0.0 : Math.min(1.0, done.get() / (double) total);
            return describe("scenario", OptionalDouble.of(progress), "/api/v1/scenarios/runs/" + id, "simulation");
        }
    }

    /**
     * @param spec the resolved scenario
     * @param options paths, seed, horizon
     * @return its size in paths × months × markets
     */
    static long cells(ScenarioSpec spec, RunOptions options) {
        long months = options.horizonMonths().orElse(spec.horizonMonths());
        return options.paths() * months * Math.max(1, spec.markets().size());
    }

    /**
     * Accepts a run, or refuses it with the limit it passes.
     *
     * @param run the resolved scenario with its options (the report layer's)
     * @param client the client's address
     * @return the job
     * @throws ApiException 422 {@code run-too-large}, 429 {@code too-many-jobs} or 503 {@code queue-full}
     */
    synchronized Job submit(ScenarioQuery.Prepared run, String client) {
        ScenarioSpec spec = run.spec();
        RunOptions options = run.options();
        long cells = cells(spec, options);
        if (cells > limits.maxRunCells()) {
            long months = options.horizonMonths().orElse(spec.horizonMonths());
            long fitting =
                    limits.maxRunCells() / (months * Math.max(1, spec.markets().size()));
            throw new ApiException(
                    ErrorCode.RUN_TOO_LARGE,
                    "the run has " + options.paths() + " paths x " + months + " months x "
                            + spec.markets().size()
                            + " markets = " + cells + " cells, more than this server's ceiling of "
                            + limits.maxRunCells() + " (--max-run-cells, from its heap).\nMaybe run at most " + fitting
                            + " paths, a shorter horizon, or the scenario with `lodestone simulate` on your own machine.",
                    "paths");
        }
        // steps, not cells: a run that compares with and without its buffers steps through its paths twice
        Job job = new Job(UUID.randomUUID().toString(), spec.id(), client, run.steps());
        book.admit(job);
        // run() records its own failure on the job, so nothing is lost by not keeping the Future.
        book.execute(options.threads(), threads -> run(job, withThreads(run, threads)));
        return job;
    }

    /**
     * Accepts a run of a scenario already resolved.
     *
     * @param spec the resolved scenario
     * @param options paths, seed, horizon
     * @param client the client's address
     * @return the job
     */
    Job submit(ScenarioSpec spec, RunOptions options, String client) {
        return submit(new ScenarioQuery.Prepared(spec, options), client);
    }

    @SuppressWarnings(
            "NullAway") // Prepared's buffers are ScenarioBuffers.@Nullable Applied: not read from its class file
    private static ScenarioQuery.Prepared withThreads(ScenarioQuery.Prepared run, int threads) {
        return new ScenarioQuery.Prepared(
                run.spec(), run.options().withThreads(threads), run.buffers(), run.unbuffered());
    }

    private void run(Job job, ScenarioQuery.Prepared run) {
        ServerJob.compute(book, job, () -> run.run(job.done::addAndGet), WORDING, LOG);
    }

    /**
     * @param id a job id
     * @return the job if it is queued, running, or finished within the time results are kept
     */
    Optional<Job> get(String id) {
        return book.get(id);
    }

    /**
     * Runs through the queue and waits, for the dashboard's scenario page.
     *
     * @param run the resolved scenario with its options
     * @param client the client's address
     * @param wait the longest wait
     * @return the finished job, or the job still running when the wait ends
     * @throws ApiException as {@link #submit} does
     */
    Job runAndWait(ScenarioQuery.Prepared run, String client, Duration wait) {
        Job job = submit(run, client);
        try {
            if (!job.ended.await(wait.toMillis(), TimeUnit.MILLISECONDS)) {
                return job;
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return job;
    }

    /** @return the number of runs queued or running */
    int activeCount() {
        return book.activeCount();
    }

    /** @return the number of finished runs kept */
    long keptCount() {
        return book.keptCount();
    }

    @Override
    public void close() {
        book.close();
    }
}
