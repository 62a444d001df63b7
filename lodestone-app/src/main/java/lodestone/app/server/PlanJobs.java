package lodestone.app.server;

import com.github.benmanes.caffeine.cache.Ticker;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.UUID;
import lodestone.plan.PlanSettings;
import lodestone.report.plan.PlanRequest;
import lodestone.report.plan.PlanView;
import lodestone.report.plan.Plans;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Plans as jobs, admitted within the same bounds as scenario runs ({@link JobBook}: the queue's length, a client's
 * share, finished plans kept for a stated time and never a queued or running one dropped). The size of one plan is
 * bounded where it is posted (its paths, horizon and options). Plans are computed one at a time on one worker thread,
 * the planner on the threads the server's {@link BackgroundBudget} grants (they do not change the plan), and read by
 * id.
 */
final class PlanJobs implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(PlanJobs.class);
    private static final ServerJob.Wording WORDING = new ServerJob.Wording("plan", "plan", "plan with fewer paths");

    private final ServerLimits limits;
    private final JobBook<Job> book;

    PlanJobs(ServerLimits limits, BackgroundBudget budget) {
        this.limits = limits;
        this.book = new JobBook<>(limits, budget, "plans", "lodestone-plans", Ticker.systemTicker());
    }

    /** One plan. */
    static final class Job extends ServerJob<PlanView.View> {
        Job(String id, String mineral, String client) {
            super(id, mineral, client);
        }

        Map<String, Object> describe() {
            return describe("mineral", OptionalDouble.empty(), "/api/v1/plans/" + id, "plan");
        }
    }

    /**
     * Accepts a plan, or refuses it with the limit it passes.
     *
     * @param request the resolved request
     * @param horizon months per path
     * @param settings budget, objective, paths, seed
     * @param client the client's address
     * @return the job
     * @throws ApiException 422 {@code run-too-large} (paths × months above {@link ServerLimits#maxRunCells}), 429
     *     {@code too-many-jobs} or 503 {@code queue-full}
     */
    Job submit(PlanRequest.Resolved request, int horizon, PlanSettings settings, String client) {
        long cells = (long) settings.paths() * horizon;
        if (cells > limits.maxRunCells()) {
            throw new ApiException(
                    ErrorCode.RUN_TOO_LARGE,
                    "the plan has " + settings.paths() + " paths x " + horizon + " months = " + cells
                            + " cells, more than this server's ceiling of " + limits.maxRunCells()
                            + " (--max-run-cells, from its heap).\nMaybe plan with at most "
                            + limits.maxRunCells() / horizon + " paths, a shorter horizon, or with `lodestone plan` on"
                            + " your own machine.",
                    "paths");
        }
        Job job = new Job(UUID.randomUUID().toString(), request.mineral().value(), client);
        book.admit(job);
        // run() records its own failure on the job, so nothing is lost by not keeping a Future.
        book.execute(settings.threads(), threads -> run(job, request, horizon, withThreads(settings, threads)));
        return job;
    }

    /**
     * @param settings a plan's settings
     * @param threads the threads the planner may use (they do not change the plan)
     * @return the same settings with that thread count
     */
    static PlanSettings withThreads(PlanSettings settings, int threads) {
        return new PlanSettings(
                settings.budgetUsd(),
                settings.alpha(),
                settings.paths(),
                settings.seed(),
                threads,
                settings.countryShare(),
                settings.frontier());
    }

    private void run(Job job, PlanRequest.Resolved request, int horizon, PlanSettings settings) {
        ServerJob.compute(book, job, () -> PlanView.View.of(Plans.plan(request, horizon, settings)), WORDING, LOG);
    }

    /**
     * @param id a job id
     * @return the plan if it is queued, running, or finished within the time results are kept
     */
    Optional<Job> get(String id) {
        return book.get(id);
    }

    /** @return the number of plans queued or running */
    int activeCount() {
        return book.activeCount();
    }

    @Override
    public void close() {
        book.close();
    }
}
