package lodestone.app.server;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.concurrent.CountDownLatch;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;

/**
 * The state every kind of server job shares (scenario runs, plans): queued, then running, then done with a result or
 * failed with its reason (out of memory included). Its fields are written by the book's worker thread and read by
 * request threads.
 *
 * @param <R> the result's type
 */
class ServerJob<R> implements JobBook.Tracked {
    /**
     * How a kind of job is named in its failure messages and its log.
     *
     * @param noun what one job is called in a message ("plan", "run")
     * @param logName what one job is called in the log ("plan", "scenario run")
     * @param smaller the hint of a smaller job, after "Maybe " ("plan with fewer paths")
     */
    record Wording(String noun, String logName, String smaller) {}

    final String id;
    final String subject;
    final String client;
    final CountDownLatch ended = new CountDownLatch(1);
    volatile String status = "queued";
    volatile @Nullable R result;
    volatile @Nullable String error;

    /**
     * @param id the job's id
     * @param subject what it computes (a mineral, a scenario id), for its description and the log
     * @param client the client's address
     */
    ServerJob(String id, String subject, String client) {
        this.id = id;
        this.subject = subject;
        this.client = client;
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    public String client() {
        return client;
    }

    @Override
    public boolean queued() {
        return status.equals("queued");
    }

    /**
     * @param subjectKey the name of the subject's field ("mineral", "scenario")
     * @param progress the job's progress from 0 to 1, if its kind tracks one
     * @param path where the job is read
     * @param resultKey the name of the result's field ("plan", "simulation")
     * @return the job as the API describes it: id, subject, status, progress, path, then error and result if any
     */
    final Map<String, Object> describe(String subjectKey, OptionalDouble progress, String path, String resultKey) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("id", id);
        out.put(subjectKey, subject);
        out.put("status", status);
        progress.ifPresent(value -> out.put("progress", value));
        out.put("result", path);
        if (error != null) {
            out.put("error", error);
        }
        if (result != null) {
            out.put(resultKey, result);
        }
        return out;
    }

    /**
     * Computes a job on the book's worker thread: records its result or its failure, then moves it to the book's kept
     * results and marks it ended. A job that runs out of memory fails with the heap's size and a hint, and the server
     * goes on (the job's data is unreachable once its computation is gone).
     *
     * @param book the book that admitted the job
     * @param job the job
     * @param work its computation
     * @param wording how the job is named in messages
     * @param log where failures are logged
     * @param <R> the result's type
     * @param <J> the job's type
     */
    static <R, J extends ServerJob<R>> void compute(
            JobBook<J> book, J job, Supplier<? extends R> work, Wording wording, Logger log) {
        job.status = "running";
        try {
            job.result = work.get();
            job.status = "done";
        } catch (OutOfMemoryError e) {
            job.error = "the " + wording.noun() + " ran out of memory (maximum heap "
                    + Runtime.getRuntime().maxMemory() / (1024 * 1024)
                    + " MB).\nMaybe " + wording.smaller() + " or a shorter horizon.";
            job.status = "failed";
            log.warn("{} {} ({}) ran out of memory", wording.logName(), job.id, job.subject);
        } catch (RuntimeException e) {
            job.error = String.valueOf(e.getMessage());
            job.status = "failed";
            log.warn("{} {} ({}) failed: {}", wording.logName(), job.id, job.subject, e.getMessage());
        } finally {
            book.finish(job);
            job.ended.countDown();
        }
    }
}
