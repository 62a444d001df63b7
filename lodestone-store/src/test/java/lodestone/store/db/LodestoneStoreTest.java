package lodestone.store.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import lodestone.model.geo.Area;
import lodestone.model.knowledge.EditionChoice;
import lodestone.model.knowledge.KnowledgeSnapshot;
import lodestone.model.mineral.MineralId;
import lodestone.model.observation.Metric;
import lodestone.model.observation.Observation;
import lodestone.model.observation.Period;
import lodestone.model.provenance.Edition;
import lodestone.model.provenance.SourceId;
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
    void aNewStoreHoldsTheBundledKnowledgeOfBothEditionsExactly(@TempDir Path dir) {
        try (LodestoneStore store = LodestoneStore.open(dir.resolve("k.duckdb"), REFERENCE)) {
            KnowledgeSnapshot stored = store.snapshot(EditionChoice.all());
            KnowledgeSnapshot bundled = BundledKnowledge.snapshot(REFERENCE, EditionChoice.all());
            // Sets with hashing: AssertJ's containsAll compares element by element (n·m equals calls, minutes here).
            Set<Observation> read = new HashSet<>(stored.observations());
            List<Observation> missing = bundled.observations().stream()
                    .filter(o -> !read.contains(o))
                    .toList();
            assertThat(missing).isEmpty();
            assertThat(stored.observations()).hasSameSizeAs(bundled.observations());
            int expected = Datasets.curated(REFERENCE).observations().size();
            for (String name : Baseline.DATASETS) {
                List<Observation> dataset = Baseline.bundled(name);
                expected += dataset.size();
                assertThat(read.containsAll(dataset))
                        .as("the store holds %s", name)
                        .isTrue();
            }
            assertThat(stored.observations()).hasSize(expected);
            assertThat(stored.sources()).isEqualTo(bundled.sources());
            assertThat(stored.policy()).isEqualTo(bundled.policy());
            assertThat(store.datasets())
                    .extracting(LodestoneStore.DatasetInfo::name)
                    .contains(Baseline.USGS_MCS_2025, Baseline.USGS_MCS_2026);
            assertThat(store.datasets())
                    .extracting(LodestoneStore.DatasetInfo::origin)
                    .containsOnly("baseline");
            assertThat(stored.source(SourceId.of("usgs-mcs-2026-data")).edition())
                    .contains(Edition.parse("mcs-2026"));
        }
    }

    @Test
    void theDefaultSnapshotShowsTheLatestEditionOfEachDataYearAndAnyEditionOnRequest(@TempDir Path dir) {
        try (LodestoneStore store = LodestoneStore.open(PreparedStore.copyTo(dir.resolve("k.duckdb")), REFERENCE)) {
            List<Observation> latest = rareEarthMining(store.snapshot(), 2024);
            assertThat(latest)
                    .isNotEmpty()
                    .allSatisfy(o -> assertThat(o.provenance().source().value()).isEqualTo("usgs-mcs-2026-data"));
            List<Observation> older = rareEarthMining(store.snapshot(EditionChoice.parse("mcs-2025")), 2024);
            assertThat(older)
                    .isNotEmpty()
                    .allSatisfy(o -> assertThat(o.provenance().source().value()).isEqualTo("usgs-mcs-2025-data"));
            assertThat(rareEarthMining(store.snapshot(), 2023))
                    .as("2023 is in MCS 2025 only, so the latest edition of 2023 is MCS 2025")
                    .isNotEmpty()
                    .allSatisfy(o -> assertThat(o.provenance().source().value()).isEqualTo("usgs-mcs-2025-data"));
            assertThatThrownBy(() -> store.snapshot(EditionChoice.parse("mcs-2024")))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("mcs-2025, mcs-2026");
        }
    }

    private static List<Observation> rareEarthMining(KnowledgeSnapshot snapshot, int year) {
        return snapshot.observations(MineralId.of("rare-earths"), Metric.PRODUCTION).stream()
                .filter(o -> o.period().equals(Period.year(year)) && o.area() instanceof Area.World)
                .toList();
    }

    @Test
    void aVersion3StoreIsMigratedAndItsSingleUsgsDatasetBecomesTheMcs2025Edition(@TempDir Path dir)
            throws SQLException {
        Path file = dir.resolve("old.duckdb");
        try (Connection connection = DriverManager.getConnection("jdbc:duckdb:" + file.toAbsolutePath());
                Statement statement = connection.createStatement()) {
            statement.execute("CREATE TABLE schema_version (version INTEGER PRIMARY KEY, script VARCHAR NOT NULL,"
                    + " applied_at TIMESTAMP NOT NULL)");
            for (int version = 1; version <= 3; version++) {
                for (String sql :
                        Migrations.read(Migrations.SCRIPTS.get(version - 1)).split(";\\s*(\\n|$)", -1)) {
                    if (!sql.replaceAll("(?m)^\\s*--.*$", "").isBlank()) {
                        statement.execute(sql);
                    }
                }
                statement.execute("INSERT INTO schema_version VALUES (" + version + ", 'v', current_timestamp)");
            }
            statement.execute("INSERT INTO dataset VALUES ('usgs-mcs', 'baseline', 'old', current_timestamp, 1,"
                    + " 'bundled baseline usgs-mcs.csv')");
            statement.execute("INSERT INTO observation VALUES ('usgs-mcs', 'gallium', 'processing', 'CN', 2024, 2024,"
                    + " 'production', 'Primary production', 'gross-weight', 750.0, 'TONNE', '', '750000', '',"
                    + " 'usgs-mcs-2025-data', 'world_data/MCS2025_World_Data.csv:1 PROD', 'reported')");
        }
        try (LodestoneStore store = LodestoneStore.open(file, REFERENCE)) {
            assertThat(store.datasets())
                    .extracting(LodestoneStore.DatasetInfo::name)
                    .doesNotContain("usgs-mcs")
                    .contains(Baseline.USGS_MCS_2025, Baseline.USGS_MCS_2026);
            int bundled = 0;
            for (String name : Baseline.DATASETS) {
                bundled += Baseline.bundled(name).size();
            }
            assertThat(store.observationCount())
                    .as("the old load was replaced by the current baseline, not kept beside it")
                    .isEqualTo(
                            bundled + Datasets.curated(REFERENCE).observations().size());
        }
    }

    @Test
    void reopeningDoesNotReloadAndAFailedWriteChangesNothing(@TempDir Path dir) {
        Path file = PreparedStore.copyTo(dir.resolve("k.duckdb"));
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
        Path file = PreparedStore.copyTo(dir.resolve("k.duckdb"));
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
        Path file = PreparedStore.copyTo(dir.resolve("k.duckdb"));
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
