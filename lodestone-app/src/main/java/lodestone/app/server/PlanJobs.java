package lodestone.app.server;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import lodestone.plan.PlanSettings;
import lodestone.report.plan.PlanRequest;
import lodestone.report.plan.PlanView;
import lodestone.report.plan.Plans;

/**
 * Plans as jobs, like {@link ScenarioJobs}: a plan is accepted at once, computed on one worker thread (the planner
 * itself uses every core), and read by id. The last {@value #KEPT} jobs are kept.
 */
final class PlanJobs implements AutoCloseable {
    static final int KEPT = 50;

    private final ExecutorService worker = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "lodestone-plans");
        thread.setDaemon(true);
        return thread;
    });
    private final Map<String, Job> jobs = new LinkedHashMap<>() {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Job> eldest) {
            return size() > KEPT;
        }
    };

    /** One plan. */
    static final class Job {
        final String id;
        final String mineral;
        volatile String status = "queued";
        volatile PlanView.View result;
        volatile String error;

        Job(String id, String mineral) {
            this.id = id;
            this.mineral = mineral;
        }

        Map<String, Object> describe() {
            Map<String, Object> out = new LinkedHashMap<>();
            out.put("id", id);
            out.put("mineral", mineral);
            out.put("status", status);
            out.put("result", "/api/v1/plans/" + id);
            if (error != null) {
                out.put("error", error);
            }
            if (result != null) {
                out.put("plan", result);
            }
            return out;
        }
    }

    /**
     * Accepts a plan.
     *
     * @param request the resolved request
     * @param horizon months per path
     * @param settings budget, objective, paths, seed
     * @return the job
     */
    synchronized Job submit(PlanRequest.Resolved request, int horizon, PlanSettings settings) {
        Job job = new Job(UUID.randomUUID().toString(), request.mineral().value());
        jobs.put(job.id, job);
        // run() records its own failure on the job, so nothing is lost by not keeping a Future.
        worker.execute(() -> run(job, request, horizon, settings));
        return job;
    }

    private static void run(Job job, PlanRequest.Resolved request, int horizon, PlanSettings settings) {
        job.status = "running";
        try {
            job.result = PlanView.View.of(Plans.plan(request, horizon, settings));
            job.status = "done";
        } catch (RuntimeException e) {
            job.error = e.getMessage();
            job.status = "failed";
        }
    }

    synchronized Optional<Job> get(String id) {
        return Optional.ofNullable(jobs.get(id));
    }

    /** @return the ids of the plans kept, oldest first */
    synchronized List<String> ids() {
        return List.copyOf(jobs.keySet());
    }

    @Override
    public void close() {
        worker.shutdownNow();
    }
}
