package lodestone.app.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.benmanes.caffeine.cache.Ticker;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import lodestone.news.article.FetchPolicy;
import lodestone.sim.engine.RunOptions;
import lodestone.sim.scenario.ScenarioSpec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The background budget ({@code --job-threads}) is honoured: work of every kind waits for its share instead of running
 * beside other work, and a job computes on the threads granted, with the same result. No timing is asserted: the tests
 * wait for the state they need (a job blocked on the budget) and check what ran, never how fast.
 */
class BackgroundBudgetTest {

    /** A job that records how many jobs compute at once and blocks until released. */
    private static final class Probe implements JobBook.Tracked {
        final String id;
        volatile boolean queued = true;
        volatile int threads;
        final CountDownLatch started = new CountDownLatch(1);
        final CountDownLatch release = new CountDownLatch(1);
        final CountDownLatch ended = new CountDownLatch(1);

        Probe(String id) {
            this.id = id;
        }

        @Override
        public String id() {
            return id;
        }

        @Override
        public String client() {
            return "client-" + id;
        }

        @Override
        public boolean queued() {
            return queued;
        }
    }

    private static void submit(JobBook<Probe> book, Probe job, AtomicInteger running, List<Integer> seen) {
        book.admit(job);
        book.execute(4, threads -> {
            job.queued = false;
            job.threads = threads;
            synchronized (seen) {
                seen.add(running.incrementAndGet());
            }
            job.started.countDown();
            try {
                job.release.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } finally {
                running.decrementAndGet();
                book.finish(job);
                job.ended.countDown();
            }
        });
    }

    private static void awaitWaiting(BackgroundBudget budget, int threads) throws InterruptedException {
        while (budget.waiting() < threads) {
            Thread.sleep(5);
        }
    }

    /** The job book returns a lease after the job's body has ended, so a test waits for it (bounded by @Timeout). */
    private static void awaitFree(BackgroundBudget budget, int threads) throws InterruptedException {
        while (budget.free() < threads) {
            Thread.sleep(5);
        }
    }

    @Test
    @Timeout(60)
    void withABudgetOfOneASecondHeavyJobOfAnotherKindWaitsAndNeverRunsBesideTheFirst() throws Exception {
        ServerLimits limits = ServerLimits.DEFAULT.toBuilder().jobThreads(1).build();
        BackgroundBudget budget = new BackgroundBudget(limits.jobThreads());
        AtomicInteger running = new AtomicInteger();
        List<Integer> seen = new ArrayList<>();
        try (JobBook<Probe> runs = new JobBook<>(limits, budget, "runs", "test-runs", Ticker.systemTicker());
                JobBook<Probe> plans = new JobBook<>(limits, budget, "plans", "test-plans", Ticker.systemTicker())) {
            Probe first = new Probe("1");
            Probe second = new Probe("2");
            submit(runs, first, running, seen);
            first.started.await();
            submit(plans, second, running, seen);
            awaitWaiting(budget, 1);

            assertThat(second.started.getCount())
                    .as("the second job has not started")
                    .isEqualTo(1);
            assertThat(second.queued())
                    .as("a job waiting for the budget counts as queued")
                    .isTrue();
            assertThat(first.threads)
                    .as("the granted threads are the budget, not the 4 asked for")
                    .isEqualTo(1);
            assertThat(budget.free()).isZero();

            first.release.countDown();
            second.started.await();
            second.release.countDown();
            second.ended.await();
            awaitFree(budget, 1);
            assertThat(seen).containsExactly(1, 1);
            assertThat(budget.free()).isEqualTo(1);
        }
    }

    @Test
    @Timeout(60)
    void aCheckThatFindsTheBudgetBusyIsAnsweredCheckTimeoutWithoutComputing() throws Exception {
        ServerLimits limits = ServerLimits.DEFAULT.toBuilder()
                .jobThreads(1)
                .checkTimeout(Duration.ofSeconds(1))
                .build();
        BackgroundBudget budget = new BackgroundBudget(limits.jobThreads());
        try (ArticleChecks checks = new ArticleChecks(limits, budget, FetchPolicy.PUBLIC_ONLY);
                BackgroundBudget.Lease held = budget.acquire(1)) {
            assertThat(held.threads()).isEqualTo(1);
            // no knowledge base: a check that computed would fail otherwise than with the budget's answer
            assertThatThrownBy(() -> checks.check(
                            null, new ObjectMapper().readTree("{\"text\": \"China cut gallium exports by 50%.\"}")))
                    .isInstanceOfSatisfying(
                            ApiException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.CHECK_TIMEOUT));
        }
        assertThat(budget.free()).isEqualTo(1);
    }

    @Test
    void leasesAreBoundedByTheBudgetAndGivenBackOnce() throws Exception {
        BackgroundBudget budget = new BackgroundBudget(3);
        BackgroundBudget.Lease lease = budget.acquire(8);
        assertThat(lease.threads()).isEqualTo(3);
        assertThat(budget.tryAcquire(1, Duration.ZERO)).isEmpty();
        lease.close();
        lease.close();
        assertThat(budget.free()).isEqualTo(3);
        try (BackgroundBudget.Lease one = budget.acquire(0)) {
            assertThat(one.threads()).isEqualTo(1);
        }
        assertThatThrownBy(() -> new BackgroundBudget(0)).hasMessageContaining("at least 1");
        assertThat(ServerLimits.defaultJobThreads(1)).isEqualTo(1);
        assertThat(ServerLimits.defaultJobThreads(2)).isEqualTo(1);
        assertThat(ServerLimits.defaultJobThreads(8)).isEqualTo(7);
    }

    @Test
    @Timeout(120)
    void aRunOnOneThreadOfTheBudgetHasTheResultOfARunOnEveryCore() throws Exception {
        ScenarioSpec spec = ScenarioJobsTest.spec(ScenarioJobsTest.SPEC);
        RunOptions options = RunOptions.of(3_000, 11).withThreads(4);
        ServerLimits one = ServerLimits.DEFAULT.toBuilder().jobThreads(1).build();
        ServerLimits four = ServerLimits.DEFAULT.toBuilder().jobThreads(4).build();
        try (ScenarioJobs narrow = new ScenarioJobs(one);
                ScenarioJobs wide = new ScenarioJobs(four)) {
            ScenarioJobs.Job a = narrow.submit(spec, options, "client-a");
            ScenarioJobs.Job b = wide.submit(spec, options, "client-a");
            assertThat(a.ended.await(100, TimeUnit.SECONDS)).isTrue();
            assertThat(b.ended.await(100, TimeUnit.SECONDS)).isTrue();
            assertThat(a.status).isEqualTo("done");
            assertThat(a.result).isEqualTo(b.result);
        }
    }
}
