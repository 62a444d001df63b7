package lodestone.store.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import lodestone.model.knowledge.KnowledgeSnapshot;
import lodestone.model.observation.Observation;
import lodestone.store.baseline.Baseline;
import lodestone.store.baseline.BundledKnowledge;
import lodestone.store.dataset.Datasets;
import lodestone.store.importing.ImportReport;
import lodestone.store.importing.ImportedDataset;
import lodestone.store.reference.ReferenceData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LodestoneStoreTest {
    private static final ReferenceData REFERENCE = ReferenceData.load();

    @Test
    void aNewStoreHoldsTheBundledKnowledgeExactly(@TempDir Path dir) {
        try (LodestoneStore store = LodestoneStore.open(dir.resolve("k.duckdb"), REFERENCE)) {
            KnowledgeSnapshot stored = store.snapshot();
            KnowledgeSnapshot bundled = BundledKnowledge.snapshot(REFERENCE);
            // Sets with hashing: AssertJ's containsAll compares element by element (n·m equals calls, minutes here).
            Set<Observation> read = new HashSet<>(stored.observations());
            List<Observation> missing = bundled.observations().stream()
                    .filter(o -> !read.contains(o))
                    .toList();
            assertThat(missing).isEmpty();
            assertThat(stored.observations()).hasSameSizeAs(bundled.observations());
            int expected = Datasets.curated(REFERENCE).observations().size();
            for (String name : Baseline.DATASETS) {
                expected += Baseline.bundled(name).size();
            }
            assertThat(stored.observations()).hasSize(expected);
            assertThat(stored.sources()).isEqualTo(bundled.sources());
            assertThat(stored.policy()).isEqualTo(bundled.policy());
            assertThat(store.datasets())
                    .extracting(LodestoneStore.DatasetInfo::origin)
                    .containsOnly("baseline");
        }
    }

    @Test
    void reopeningDoesNotReloadAndAFailedWriteChangesNothing(@TempDir Path dir) {
        Path file = dir.resolve("k.duckdb");
        long count;
        try (LodestoneStore store = LodestoneStore.open(file, REFERENCE)) {
            count = store.observationCount();
        }
        try (LodestoneStore store = LodestoneStore.open(file, REFERENCE)) {
            assertThat(store.observationCount()).isEqualTo(count);
            ImportReport report = new ImportReport();
            report.error("x.csv", 3, "COUNTRY", "Atlantis", "unknown country");
            ImportedDataset bad = new ImportedDataset(Datasets.USGS_MCS, List.of(), List.of(), report);
            assertThatThrownBy(() -> store.importDataset(bad, "test"))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("must not be written");
            assertThat(store.observationCount()).isEqualTo(count);
        }
    }

    @Test
    void anImportReplacesTheDatasetAndSurvivesReopening(@TempDir Path dir) {
        Path file = dir.resolve("k.duckdb");
        ImportedDataset curated = Datasets.curated(REFERENCE);
        ImportedDataset small = new ImportedDataset(
                Datasets.USGS_MCS, curated.sources(), curated.observations().subList(0, 2), new ImportReport());
        try (LodestoneStore store = LodestoneStore.open(file, REFERENCE)) {
            store.importDataset(small, "test");
        }
        try (LodestoneStore store = LodestoneStore.open(file, REFERENCE)) {
            LodestoneStore.DatasetInfo usgs = store.datasets().stream()
                    .filter(d -> d.name().equals(Datasets.USGS_MCS))
                    .findFirst()
                    .orElseThrow();
            assertThat(usgs.origin()).isEqualTo("import");
            assertThat(usgs.rows()).isEqualTo(2);
        }
    }

    @Test
    void aSecondWriterGetsAClearMessage(@TempDir Path dir) {
        Path file = dir.resolve("k.duckdb");
        try (LodestoneStore first = LodestoneStore.open(file, REFERENCE)) {
            assertThat(first.observationCount()).isPositive();
            // DuckDB allows one read-write connection per file in a process; a second open from the same JVM opens
            // its own database instance and must either share or fail with an explanation, never corrupt.
            try (LodestoneStore second = LodestoneStore.open(file, REFERENCE)) {
                assertThat(second.observationCount()).isEqualTo(first.observationCount());
            } catch (StoreException e) {
                assertThat(e.getMessage()).contains(file.toString());
            }
        }
    }
}
