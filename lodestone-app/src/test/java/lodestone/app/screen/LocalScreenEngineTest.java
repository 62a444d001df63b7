package lodestone.app.screen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import lodestone.report.screen.LocalScreenEngine;
import lodestone.report.screen.ParquetResults;
import lodestone.screen.ScreenFixture;
import lodestone.screen.cell.CellResult;
import lodestone.screen.job.ScreenJob;
import lodestone.screen.run.EngineOptions;
import lodestone.screen.run.LocalRunner;
import lodestone.screen.run.ResultLayout;
import lodestone.screen.run.ResultSchema;
import lodestone.screen.run.RunListener;
import lodestone.screen.run.RunReport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An interrupted local screen, restarted, computes only its missing cells and ends identical to an uninterrupted one. */
class LocalScreenEngineTest {
    @TempDir
    Path dir;

    @Test
    void aRestartAfterAnInterruptionComputesOnlyTheMissingCells() throws IOException {
        ScreenJob job = ScreenFixture.job();
        Path results = dir.resolve("results");
        AtomicInteger commits = new AtomicInteger();
        RunListener killer = new RunListener() {
            @Override
            public void committed(String batch, int cells) {
                if (commits.incrementAndGet() == 2) {
                    throw new IllegalStateException("killed after two batches");
                }
            }
        };
        LocalScreenEngine engine = new LocalScreenEngine();
        assertThatThrownBy(() -> engine.run(job, results.toString(), options("run1", 10), killer))
                .hasMessage("killed after two batches");
        // a batch that a crash left without its _SUCCESS marker does not count and is deleted
        Path torn = results.resolve(ResultLayout.BATCHES).resolve(ResultLayout.batchName("run1", 2));
        Files.createDirectories(torn);
        Files.writeString(torn.resolve("part-00000.parquet"), "torn");
        AtomicInteger computed = new AtomicInteger();
        RunReport report = engine.run(job, results.toString(), options("run2", 10), new RunListener() {
            @Override
            public void computed(int cells) {
                computed.addAndGet(cells);
            }
        });
        assertThat(report.alreadyDone()).isEqualTo(20);
        assertThat(report.computed()).isEqualTo(job.cellCount() - 20);
        assertThat(computed).hasValue((int) job.cellCount() - 20);
        assertThat(torn).doesNotExist();
        List<CellResult> written = new ParquetResults(results).readAll();
        List<CellResult> straight;
        try (LocalRunner runner = new LocalRunner(job, 1)) {
            straight = new java.util.ArrayList<>(runner.compute(job.cells(), RunListener.NONE));
        }
        straight.sort(Comparator.comparing(r -> r.cell().key().id()));
        assertThat(written).hasSize(straight.size());
        for (int i = 0; i < straight.size(); i++) {
            assertThat(ResultSchema.canonical(written.get(i))).isEqualTo(ResultSchema.canonical(straight.get(i)));
        }
    }

    @Test
    void aMasterIsRefusedInLocalMode() {
        ScreenJob job = ScreenFixture.job();
        EngineOptions options = new EngineOptions(1, 10, Optional.of("local[2]"), "run");
        assertThatThrownBy(() -> new LocalScreenEngine().run(job, dir.toString(), options, RunListener.NONE))
                .hasMessageContaining("Maybe add --engine spark");
    }

    private static EngineOptions options(String run, int batch) {
        return new EngineOptions(2, batch, Optional.empty(), run);
    }
}
