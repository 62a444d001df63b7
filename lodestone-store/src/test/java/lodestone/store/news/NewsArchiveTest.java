package lodestone.store.news;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import lodestone.store.db.LodestoneStore;
import lodestone.store.db.PreparedStore;
import lodestone.store.db.StoreException;
import lodestone.store.reference.ReferenceData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Articles and their records round-trip, replace on repeat, and are stored all or nothing. */
class NewsArchiveTest {
    private static NewsArchive.StoredRecord record(String kind, String payload) {
        return new NewsArchive.StoredRecord(
                kind,
                "agreement",
                "agreement: US, AU",
                payload,
                "They signed.",
                10,
                22,
                "confirms",
                NewsArchive.UNVERIFIED);
    }

    private static NewsArchive.StoredArticle article(String id, List<NewsArchive.StoredRecord> records) {
        return new NewsArchive.StoredArticle(
                id,
                "a.txt",
                "/tmp/a.txt",
                Optional.empty(),
                Optional.of(LocalDate.of(2025, 10, 21)),
                "ab" + id,
                "news-rules-1",
                records);
    }

    @Test
    void anArticleAndItsRecordsRoundTripAndAreReplacedOnRepeat(@TempDir Path dir) {
        try (LodestoneStore store =
                LodestoneStore.open(PreparedStore.copyTo(dir.resolve("n.duckdb")), ReferenceData.load())) {
            NewsArchive archive = new NewsArchive(store);
            assertThat(archive.save(article("0123456789abcdef", List.of(record("event", "{}"), record("claim", "{}")))))
                    .isFalse();
            assertThat(archive.save(article("0123456789abcdef", List.of(record("event", "{\"x\":1}")))))
                    .isTrue();
            assertThat(archive.articles()).singleElement().satisfies(a -> {
                assertThat(a.title()).isEmpty();
                assertThat(a.published()).contains(LocalDate.of(2025, 10, 21));
                assertThat(a.records()).singleElement().satisfies(r -> {
                    assertThat(r.payload()).isEqualTo("{\"x\":1}");
                    assertThat(r.spanStart()).isEqualTo(10);
                    assertThat(r.status()).isEqualTo("unverified");
                });
            });
            assertThat(archive.article("nope")).isEmpty();
        }
    }

    @Test
    void aFailedTransactionLeavesTheStoredRecords(@TempDir Path dir) {
        try (LodestoneStore store =
                LodestoneStore.open(PreparedStore.copyTo(dir.resolve("n.duckdb")), ReferenceData.load())) {
            NewsArchive archive = new NewsArchive(store);
            archive.save(article("0123456789abcdef", List.of(record("event", "{}"))));
            assertThatThrownBy(() -> store.transaction(connection -> {
                        connection.createStatement().execute("DELETE FROM news_record");
                        throw new java.sql.SQLException("simulated failure after a delete");
                    }))
                    .isInstanceOf(StoreException.class);
            assertThat(archive.articles())
                    .singleElement()
                    .satisfies(a -> assertThat(a.records()).hasSize(1));
        }
    }

    @Test
    void aRecordKindOtherThanEventOrClaimIsRefused() {
        assertThatThrownBy(() -> record("rumour", "{}"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("record kind (rumour) must be event or claim.");
    }
}
