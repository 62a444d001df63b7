package lodestone.screen.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import lodestone.screen.ScreenFixture;
import lodestone.screen.ScreenReader;
import lodestone.screen.ScreenSpec;
import lodestone.screen.cell.CellResult;
import lodestone.screen.cell.ScreenCell;
import lodestone.screen.job.ScreenJob;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A cell's result does not depend on threads, order, batches or the other cells; harsher disruptions never show less
 * shortfall (common random numbers); a restart computes only the missing cells.
 */
class LocalRunnerTest {
    private static ScreenJob job;
    private static List<ScreenCell> cells;
    private static List<byte[]> reference;

    @BeforeAll
    static void computeOnOneThread() {
        job = ScreenFixture.job();
        cells = job.cells();
        try (LocalRunner runner = new LocalRunner(job, 1)) {
            reference = runner.compute(cells, RunListener.NONE).stream()
                    .map(ResultSchema::canonical)
                    .toList();
        }
    }

    @Test
    void resultsDoNotDependOnThreadsOrderOrBatches() {
        qt().withExamples(4)
                .forAll(
                        integers().between(1, 4),
                        integers().between(1, 20),
                        integers().all())
                .checkAssert((threads, batch, shuffle) -> {
                    List<Integer> order = new ArrayList<>();
                    for (int i = 0; i < cells.size(); i++) {
                        order.add(i);
                    }
                    Collections.shuffle(order, new Random(shuffle));
                    List<ScreenCell> shuffled = order.stream().map(cells::get).toList();
                    List<CellResult> results = new ArrayList<>();
                    try (LocalRunner runner = new LocalRunner(job, threads)) {
                        runner.run(
                                shuffled,
                                batch,
                                (index, batchResults) -> results.addAll(batchResults),
                                RunListener.NONE);
                    }
                    for (int k = 0; k < order.size(); k++) {
                        assertThat(ResultSchema.canonical(results.get(k))).isEqualTo(reference.get(order.get(k)));
                    }
                });
    }

    @Test
    void aCellsResultDoesNotDependOnTheOtherCells() {
        ScreenJob alone = new ScreenJob(job.spec(), List.of(job.markets().get(2)), job.catalogues(), List.of());
        int offset = 2 * job.spec().treatmentsPerMarket();
        try (LocalRunner runner = new LocalRunner(alone, 2)) {
            List<CellResult> results = runner.compute(alone.cells(), RunListener.NONE);
            for (int i = 0; i < results.size(); i++) {
                assertThat(ResultSchema.canonical(results.get(i))).isEqualTo(reference.get(offset + i));
            }
        }
    }

    @Test
    void aHarsherOrLongerDisruptionNeverShowsLessShortfall() {
        ScreenSpec spec = ScreenReader.read(
                ScreenFixture.SPEC
                        .replace("severities: [0.25, 0.5, 1.0]", "severities: [0.1, 0.3, 0.6, 0.9, 1.0]")
                        .replace("durations: [6, 12]", "durations: [3, 6, 9, 12]")
                        .replace("plan: {budgetUsd: 2.0e8, alpha: 0.9, paths: 100}", ""),
                "monotone");
        ScreenJob wide = ScreenFixture.job(spec);
        try (LocalRunner runner = new LocalRunner(wide, 2)) {
            List<CellResult> results = runner.compute(wide.cells(), RunListener.NONE);
            for (CellResult a : results) {
                for (CellResult b : results) {
                    boolean sameMarket = a.cell()
                                    .key()
                                    .mineral()
                                    .equals(b.cell().key().mineral())
                            && a.cell().key().supplier().equals(b.cell().key().supplier())
                            && a.cell().key().response().equals(b.cell().key().response());
                    if (sameMarket
                            && a.cell().key().severity() <= b.cell().key().severity()
                            && a.cell().key().durationMonths() <= b.cell().key().durationMonths()) {
                        assertThat(a.expectedShortfallMonths())
                                .as(
                                        "%s <= %s",
                                        a.cell().key().id(), b.cell().key().id())
                                .isLessThanOrEqualTo(b.expectedShortfallMonths());
                        assertThat(a.cumulativeP95Months()).isLessThanOrEqualTo(b.cumulativeP95Months());
                    }
                }
            }
        }
    }

    @Test
    void aRestartComputesOnlyTheMissingCells() {
        Set<String> committed = new HashSet<>();
        AtomicInteger batches = new AtomicInteger();
        try (LocalRunner runner = new LocalRunner(job, 2)) {
            try {
                runner.run(
                        cells,
                        10,
                        (index, results) -> {
                            if (batches.incrementAndGet() > 2) {
                                throw new IllegalStateException("killed");
                            }
                            results.forEach(r -> committed.add(r.cell().key().id()));
                        },
                        RunListener.NONE);
            } catch (IllegalStateException killed) {
                assertThat(killed).hasMessage("killed");
            }
            assertThat(committed).hasSize(20);
            List<ScreenCell> missing = Checkpoint.missing(job, committed);
            assertThat(missing).hasSize(cells.size() - 20);
            AtomicInteger computed = new AtomicInteger();
            List<CellResult> rest = new ArrayList<>();
            runner.run(missing, 10, (index, results) -> rest.addAll(results), new RunListener() {
                @Override
                public void computed(int n) {
                    computed.addAndGet(n);
                }
            });
            assertThat(computed).hasValue(cells.size() - 20);
            assertThat(rest).extracting(r -> r.cell().key().id()).doesNotContainAnyElementsOf(committed);
            for (CellResult result : rest) {
                assertThat(ResultSchema.canonical(result)).isEqualTo(reference.get(cells.indexOf(result.cell())));
            }
        }
    }
}
