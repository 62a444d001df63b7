package lodestone.store.db;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.List;
import lodestone.model.knowledge.EditionChoice;
import lodestone.model.knowledge.KnowledgeSnapshot;
import lodestone.store.baseline.Baseline;
import lodestone.store.dataset.Datasets;
import lodestone.store.importing.ImportReport;
import lodestone.store.importing.ImportedDataset;
import lodestone.store.news.DraftRequest;
import lodestone.store.news.NewsArchive;
import lodestone.store.news.NewsFixtures;
import lodestone.store.news.NewsReview;
import lodestone.store.reference.ReferenceData;
import lodestone.testkit.JvmFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The knowledge cache: the same snapshot while a file is unchanged, a new one after any kind of write (an import, a
 * review decision, the bundled baseline reloaded at an open), one entry per file, and no more files than its capacity.
 */
class KnowledgeCacheTest {
    private static final ReferenceData REFERENCE = ReferenceData.load();

    /**
     * A copy of the store prepared once per test JVM, with the observations of two minerals only: the cache keeps,
     * serves and drops a file's snapshot whatever it holds, and each of this class's twenty-odd reads of the whole
     * knowledge then reads some 300 observations instead of some 35,000. The bundled baseline stays current in it (the
     * datasets' hashes are untouched), so an open loads nothing. The test of the baseline reloaded at an open, which
     * counts the rows the reload restores, takes a whole copy.
     */
    private static Path copy(Path dir, String name) {
        return JvmFiles.copy(TwoMinerals.FILE, dir.resolve(name));
    }

    /** The prepared store with every observation of other minerals than gallium and germanium deleted. */
    private static final class TwoMinerals {
        static final Path FILE =
                JvmFiles.database(JvmFiles.folder("lodestone-cache-test").resolve("two-minerals.duckdb"), file -> {
                    PreparedStore.copyTo(file);
                    try (Connection connection = DriverManager.getConnection("jdbc:duckdb:" + file.toAbsolutePath());
                            Statement statement = connection.createStatement()) {
                        statement.execute("DELETE FROM observation WHERE mineral NOT IN ('gallium', 'germanium')");
                        statement.execute("CHECKPOINT");
                    } catch (SQLException e) {
                        throw new IllegalStateException(e);
                    }
                });
    }

    private static KnowledgeSnapshot read(KnowledgeCache cache, Path file, EditionChoice editions) {
        try (LodestoneStore store = LodestoneStore.openReadOnly(file, REFERENCE)) {
            return cache.snapshot(store, editions);
        }
    }

    private static KnowledgeSnapshot read(KnowledgeCache cache, Path file) {
        return read(cache, file, EditionChoice.latest());
    }

    private static KnowledgeSnapshot readUncached(Path file, EditionChoice editions) {
        try (LodestoneStore store = LodestoneStore.openReadOnly(file, REFERENCE)) {
            return store.snapshot(editions);
        }
    }

    /** The USGS MCS 2025 edition as two curated observations (the curated file is read once per class). */
    private static final ImportedDataset SMALL = small();

    private static ImportedDataset small() {
        ImportedDataset curated = Datasets.curated(REFERENCE);
        return new ImportedDataset(
                Baseline.USGS_MCS_2025,
                curated.sources(),
                curated.observations().subList(0, 2),
                new ImportReport());
    }

    /** Replaces the USGS MCS 2025 edition with two curated observations. */
    private static void importSmall(Path file) {
        try (LodestoneStore store = LodestoneStore.open(file, REFERENCE)) {
            store.importDataset(SMALL, "test");
        }
    }

    @Test
    void anUnchangedFileIsReadOnceAndGivesWhatTheStoreReads(@TempDir Path dir) throws IOException {
        Path file = copy(dir, "k.duckdb");
        KnowledgeCache cache = new KnowledgeCache(2);
        KnowledgeSnapshot latest = read(cache, file);
        KnowledgeSnapshot every = read(cache, file, EditionChoice.all());
        assertThat(read(cache, file)).isSameAs(latest);
        assertThat(read(cache, file, EditionChoice.all())).isSameAs(every);
        assertThat(read(cache, file, EditionChoice.parse("mcs-2025")))
                .isSameAs(read(cache, file, EditionChoice.parse("mcs-2025")));
        for (EditionChoice editions :
                List.of(EditionChoice.latest(), EditionChoice.all(), EditionChoice.parse("mcs-2025"))) {
            KnowledgeSnapshot uncached = readUncached(file, editions);
            KnowledgeSnapshot cached = read(cache, file, editions);
            assertThat(cached.observations()).isEqualTo(uncached.observations());
            assertThat(cached.sources()).isEqualTo(uncached.sources());
            assertThat(cached.policy()).isEqualTo(uncached.policy());
        }
        assertThat(cache.size()).isEqualTo(1);
    }

    @Test
    void anImportIsSeenByTheNextRead(@TempDir Path dir) throws IOException {
        Path file = copy(dir, "k.duckdb");
        KnowledgeCache cache = new KnowledgeCache(2);
        KnowledgeSnapshot before = read(cache, file, EditionChoice.all());
        importSmall(file);
        KnowledgeSnapshot after = read(cache, file, EditionChoice.all());
        assertThat(after).isNotSameAs(before);
        assertThat(after.observations())
                .hasSizeLessThan(before.observations().size())
                .isEqualTo(readUncached(file, EditionChoice.all()).observations());
    }

    @Test
    void aReviewDecisionIsSeenByTheNextRead(@TempDir Path dir) throws IOException {
        Path file = copy(dir, "k.duckdb");
        KnowledgeCache cache = new KnowledgeCache(2);
        try (LodestoneStore store = LodestoneStore.open(file, REFERENCE)) {
            new NewsArchive(store).save(article());
        }
        KnowledgeSnapshot before = read(cache, file);
        assertThat(before.policy().drafts().measures()).isEmpty();
        try (LodestoneStore store = LodestoneStore.open(file, REFERENCE)) {
            LodestoneStore.KnowledgeVersion version = store.knowledgeVersion();
            NewsReview review = new NewsReview(store);
            assertThat(review.decisions()).isEmpty();
            assertThat(store.promotedDrafts()).isEmpty();
            assertThat(cache.snapshot(store, EditionChoice.latest())).isSameAs(before);
            assertThat(store.knowledgeVersion()).as("reads leave the version").isEqualTo(version);
            review.promote(
                    NewsReview.RecordRef.parse(NewsFixtures.ARTICLE + ":1"),
                    banOn("US"),
                    before.policy(),
                    LocalDate.parse("2026-12-03"));
            assertThat(store.knowledgeVersion().writes()).isEqualTo(version.writes() + 1);
        }
        KnowledgeSnapshot after = read(cache, file);
        assertThat(after.policy().drafts().measures()).hasSize(1);
    }

    @Test
    void theBaselineReloadedAtAnOpenIsSeenByTheNextRead(@TempDir Path dir) throws IOException, SQLException {
        Path file = PreparedStore.copyTo(dir.resolve("k.duckdb")); // every observation: the reload restores them all
        KnowledgeCache cache = new KnowledgeCache(2);
        int held = read(cache, file, EditionChoice.all()).observations().size();
        importSmall(file);
        KnowledgeSnapshot imported = read(cache, file, EditionChoice.all());
        assertThat(imported.observations()).hasSizeLessThan(held);
        // mark the import as an old bundled baseline: the next open replaces it with the current one
        try (Connection connection = DriverManager.getConnection("jdbc:duckdb:" + file.toAbsolutePath());
                Statement statement = connection.createStatement()) {
            statement.execute("UPDATE dataset SET origin = 'baseline', content_hash = 'old' WHERE name = '"
                    + Baseline.USGS_MCS_2025 + "'");
        }
        KnowledgeSnapshot reloaded = read(cache, file, EditionChoice.all());
        assertThat(reloaded).isNotSameAs(imported);
        assertThat(reloaded.observations()).hasSize(held);
    }

    @Test
    void aFileWrittenByAnotherStoreIsNotServedStaleToAReadOnlyOpen(@TempDir Path dir) throws IOException {
        Path file = copy(dir, "k.duckdb");
        KnowledgeCache cache = new KnowledgeCache(2);
        try (LodestoneStore reader = LodestoneStore.openReadOnly(file, REFERENCE)) {
            cache.snapshot(reader, EditionChoice.all());
        }
        LodestoneStore.KnowledgeVersion before;
        try (LodestoneStore reader = LodestoneStore.openReadOnly(file, REFERENCE)) {
            before = reader.knowledgeVersion();
        }
        importSmall(file);
        try (LodestoneStore reader = LodestoneStore.openReadOnly(file, REFERENCE)) {
            assertThat(reader.knowledgeVersion()).isNotEqualTo(before);
            assertThat(cache.snapshot(reader, EditionChoice.all()).observations())
                    .isEqualTo(reader.snapshot(EditionChoice.all()).observations());
        }
    }

    @Test
    void twoFilesDoNotShareAnEntryEvenWhenOneIsACopyOfTheOther(@TempDir Path dir) throws IOException {
        Path first = copy(dir, "a.duckdb");
        Path second = copy(dir, "b.duckdb");
        KnowledgeCache cache = new KnowledgeCache(2);
        KnowledgeSnapshot a = read(cache, first);
        KnowledgeSnapshot b = read(cache, second);
        assertThat(b).isNotSameAs(a);
        assertThat(cache.size()).isEqualTo(2);
        importSmall(second);
        assertThat(read(cache, first)).isSameAs(a);
        assertThat(read(cache, second).observations())
                .hasSizeLessThan(a.observations().size());
        // two names of one file are one entry
        Files.createDirectories(dir.resolve("sub"));
        assertThat(read(cache, dir.resolve("sub/../a.duckdb"))).isSameAs(a);
    }

    @Test
    void theCacheKeepsTheFilesReadLastUpToItsCapacity(@TempDir Path dir) throws IOException {
        Path a = copy(dir, "a.duckdb");
        Path b = copy(dir, "b.duckdb");
        Path c = copy(dir, "c.duckdb");
        KnowledgeCache cache = new KnowledgeCache(2);
        KnowledgeSnapshot first = read(cache, a);
        KnowledgeSnapshot second = read(cache, b);
        assertThat(read(cache, a)).isSameAs(first);
        read(cache, c);
        assertThat(cache.size()).isEqualTo(2);
        assertThat(read(cache, a)).as("used last, kept").isSameAs(first);
        assertThat(read(cache, b)).as("least recently used, dropped").isNotSameAs(second);
        assertThat(cache.size()).isEqualTo(2);
        cache.clear();
        assertThat(cache.size()).isZero();
    }

    private static DraftRequest banOn(String target) {
        return NewsFixtures.request(null, "ban", List.of(target));
    }

    private static NewsArchive.StoredArticle article() {
        return NewsFixtures.article(NewsFixtures.event("export_control", NewsFixtures.EXPORT_CONTROL, 10));
    }
}
