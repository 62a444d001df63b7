package lodestone.app.server;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import lodestone.report.scenario.ScenarioQuery;
import lodestone.report.scenario.SimulationView;

/**
 * Scenario runs as jobs: a run is accepted at once, computed on one worker thread (the engine itself uses every
 * core), and its progress and result are read by id. The last {@value #KEPT} jobs are kept.
 */
final class ScenarioJobs implements AutoCloseable {
    static final int KEPT = 50;

    private final ExecutorService worker = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "lodestone-scenarios");
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

    /** One run. */
    static final class Job {
        final String id;
        final String scenario;
        final long total;
        final AtomicLong done = new AtomicLong();
        volatile String status = "queued";
        volatile SimulationView.View result;
        volatile String error;

        Job(String id, String scenario, long total) {
            this.id = id;
            this.scenario = scenario;
            this.total = total;
        }

        Map<String, Object> describe() {
            Map<String, Object> out = new LinkedHashMap<>();
            out.put("id", id);
            out.put("scenario", scenario);
            out.put("status", status);
            out.put("progress", total == 0 ? 0.0 : Math.min(1.0, done.get() / (double) total));
            out.put("result", "/api/v1/scenarios/runs/" + id);
            if (error != null) {
                out.put("error", error);
            }
            if (result != null) {
                out.put("simulation", result);
            }
            return out;
        }
    }

    /**
     * Accepts a run.
     *
     * @param run the resolved scenario with its options (the report layer's)
     * @return the job
     */
    synchronized Job submit(ScenarioQuery.Prepared run) {
        Job job = new Job(UUID.randomUUID().toString(), run.spec().id(), run.steps());
        jobs.put(job.id, job);
        // run() records its own failure on the job, so nothing is lost by not keeping a Future.
        worker.execute(() -> run(job, run));
        return job;
    }

    private static void run(Job job, ScenarioQuery.Prepared run) {
        job.status = "running";
        try {
            job.result = run.run(job.done::addAndGet);
            job.status = "done";
        } catch (RuntimeException e) {
            job.error = e.getMessage();
            job.status = "failed";
        }
    }

    synchronized Optional<Job> get(String id) {
        return Optional.ofNullable(jobs.get(id));
    }

    @Override
    public void close() {
        worker.shutdownNow();
    }
}
