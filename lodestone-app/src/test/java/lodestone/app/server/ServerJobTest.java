package lodestone.app.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.benmanes.caffeine.cache.Ticker;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The state every server job shares: what a computation that succeeds, fails or runs out of memory leaves on it. */
class ServerJobTest {
    private static final Logger LOG = LoggerFactory.getLogger(ServerJobTest.class);
    private static final ServerJob.Wording WORDING = new ServerJob.Wording("plan", "plan", "plan with fewer paths");

    private static final class Job extends ServerJob<String> {
        Job() {
            super("job-1", "dysprosium", "client-a");
        }
    }

    private static Job computed(Supplier<String> work) {
        try (JobBook<Job> book = new JobBook<>(
                ServerLimits.DEFAULT, new BackgroundBudget(1), "plans", "test-plans", Ticker.systemTicker())) {
            Job job = new Job();
            book.admit(job);
            assertThat(job.queued()).isTrue();
            ServerJob.compute(book, job, work, WORDING, LOG);
            assertThat(book.activeCount()).isZero();
            assertThat(book.get(job.id())).containsSame(job);
            assertThat(job.ended.getCount()).isZero();
            return job;
        }
    }

    @Test
    void aComputationThatEndsLeavesItsResultAndIsDescribedWithIt() {
        Job job = computed(() -> "portfolio");

        assertThat(job.status).isEqualTo("done");
        assertThat(job.result).isEqualTo("portfolio");
        Map<String, Object> described = job.describe("mineral", OptionalDouble.empty(), "/api/v1/plans/job-1", "plan");
        assertThat(List.copyOf(described.keySet())).containsExactly("id", "mineral", "status", "result", "plan");
        assertThat(described).containsEntry("mineral", "dysprosium").containsEntry("plan", "portfolio");
    }

    @Test
    void aComputationThatFailsLeavesItsReasonAndProgressIsDescribedWhereGiven() {
        Job job = computed(() -> {
            throw new IllegalStateException("no market for dysprosium");
        });

        assertThat(job.status).isEqualTo("failed");
        assertThat(job.result).isNull();
        assertThat(job.error).isEqualTo("no market for dysprosium");
        Map<String, Object> described = job.describe("scenario", OptionalDouble.of(0.5), "/api/v1/runs/job-1", "run");
        assertThat(List.copyOf(described.keySet()))
                .containsExactly("id", "scenario", "status", "progress", "result", "error");
    }

    @Test
    void aComputationThatRunsOutOfMemoryFailsWithTheHeapAndAHint() {
        Job job = computed(() -> {
            throw new OutOfMemoryError("Java heap space");
        });

        assertThat(job.status).isEqualTo("failed");
        assertThat(job.error)
                .startsWith("the plan ran out of memory (maximum heap ")
                .endsWith(" MB).\nMaybe plan with fewer paths or a shorter horizon.");
    }
}
