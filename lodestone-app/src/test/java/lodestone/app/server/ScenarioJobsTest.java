package lodestone.app.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import lodestone.sim.engine.RunOptions;
import lodestone.sim.scenario.ScenarioReader;
import lodestone.sim.scenario.ScenarioSpec;
import lodestone.store.reference.ReferenceData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Scenario jobs: admission by size, queue and client; failures recorded; results kept for their time only. */
class ScenarioJobsTest {
    /** A small resolved scenario, fast to run. */
    static final String SPEC = """
            id: small
            start: 2026-11
            horizonMonths: 12
            disruption:
              issuer: CN
              phases:
                - months: {uniform: [2, 4]}
                  severity: 0.9
            markets:
              - mineral: dysprosium
                supply: {CN: 0.7, US: 0.2, OTHER: 0.1}
            """;

    static ScenarioSpec spec(String text) {
        return ScenarioReader.read(text, "test.yaml", ReferenceData.load().minerals());
    }

    @Test
    @Timeout(60)
    void aFinishedRunIsKeptForItsTimeAndThenForgotten() throws Exception {
        AtomicLong nanos = new AtomicLong();
        ServerLimits limits = ServerLimits.DEFAULT.toBuilder()
                .resultTtl(Duration.ofMinutes(10))
                .build();
        try (ScenarioJobs jobs = new ScenarioJobs(limits, nanos::get)) {
            ScenarioJobs.Job job = jobs.submit(spec(SPEC), RunOptions.of(1_000, 1), "client-a");
            assertThat(job.ended.await(30, TimeUnit.SECONDS)).isTrue();
            assertThat(job.status).isEqualTo("done");
            assertThat(jobs.get(job.id)).containsSame(job);
            nanos.addAndGet(Duration.ofMinutes(9).toNanos());
            assertThat(jobs.get(job.id)).isPresent();
            nanos.addAndGet(Duration.ofMinutes(2).toNanos());
            assertThat(jobs.get(job.id)).isEmpty();
        }
    }

    @Test
    @Timeout(60)
    void aRunThatFailsEndsFailedWithItsReason() throws Exception {
        String unresolved = SPEC.replace("supply: {CN: 0.7, US: 0.2, OTHER: 0.1}", "supplyFrom: dysprosium");
        try (ScenarioJobs jobs = new ScenarioJobs(ServerLimits.DEFAULT)) {
            ScenarioJobs.Job job = jobs.submit(spec(unresolved), RunOptions.of(100, 1), "client-a");
            assertThat(job.ended.await(30, TimeUnit.SECONDS)).isTrue();
            assertThat(job.status).isEqualTo("failed");
            assertThat(job.describe().get("error").toString()).contains("resolve it first");
            assertThat(jobs.activeCount()).isZero();
        }
    }

    @Test
    void runsBeyondTheCeilingAreRefusedWithWhatWouldFit() {
        ServerLimits limits =
                ServerLimits.DEFAULT.toBuilder().maxRunCells(120_000).build();
        try (ScenarioJobs jobs = new ScenarioJobs(limits)) {
            assertThatThrownBy(() -> jobs.submit(spec(SPEC), RunOptions.of(20_000, 1), "client-a"))
                    .isInstanceOf(ApiException.class)
                    .hasMessageContaining("20000 paths x 12 months x 1 markets = 240000 cells")
                    .hasMessageContaining("ceiling of 120000")
                    .hasMessageContaining("Maybe run at most 10000 paths");
            assertThat(jobs.activeCount()).isZero();
        }
    }

    @Test
    void theCeilingFollowsTheHeap() {
        assertThat(ServerLimits.cellsForHeap(1L << 30)).isEqualTo((1L << 30) / 4 / ServerLimits.BYTES_PER_CELL);
        assertThat(ServerLimits.DEFAULT.maxRunCells())
                .isEqualTo(ServerLimits.cellsForHeap(Runtime.getRuntime().maxMemory()));
    }
}
