package lodestone.store.news;

import static lodestone.store.news.NewsFixtures.AGREEMENT;
import static lodestone.store.news.NewsFixtures.ARTICLE;
import static lodestone.store.news.NewsFixtures.EXPORT_CONTROL;
import static lodestone.store.news.NewsFixtures.event;
import static lodestone.store.news.NewsFixtures.request;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import lodestone.model.agreement.PolicyRecords;
import lodestone.model.knowledge.KnowledgeSnapshot;
import lodestone.model.policy.MeasureState;
import lodestone.model.policy.TradeMeasure;
import lodestone.store.db.LodestoneStore;
import lodestone.store.db.PreparedStore;
import lodestone.store.reference.ReferenceData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Listing, linking and promoting unverified news records; drafts reach the snapshot as drafts only. */
class NewsReviewTest {
    private static final LocalDate TODAY = LocalDate.parse("2026-12-03");
    private static final DraftRequest NOTHING = request(null, null, List.of());

    private static NewsArchive.StoredArticle article() {
        return NewsFixtures.article(event("export_control", EXPORT_CONTROL, 10), event("agreement", AGREEMENT, 40));
    }

    @Test
    void aPromotedEventBecomesADraftMeasureThatTheSnapshotKeepsApartFromTheCuratedOnes(@TempDir Path dir) {
        try (LodestoneStore store =
                LodestoneStore.open(PreparedStore.copyTo(dir.resolve("r.duckdb")), ReferenceData.load())) {
            new NewsArchive(store).save(article());
            NewsReview review = new NewsReview(store);
            assertThat(review.unverified()).hasSize(2);
            PolicyRecords records = store.snapshot().policy();
            DraftRequest ban = request(null, "ban", List.of("US"));
            NewsReview.Decision decision =
                    review.promote(NewsReview.RecordRef.parse(ARTICLE + ":1"), ban, records, TODAY);
            assertThat(decision.recordId()).isEqualTo("draft-export-control-01234567-1");
            assertThat(review.unverified()).hasSize(1);

            KnowledgeSnapshot snapshot = store.snapshot();
            assertThat(snapshot.policy().measure(decision.recordId()))
                    .as("never among the curated")
                    .isEmpty();
            TradeMeasure draft = snapshot.policy().drafts().measures().get(0);
            assertThat(draft.id()).isEqualTo(decision.recordId());
            assertThat(draft.minerals()).extracting(m -> m.value()).containsExactly("rare-earths");
            assertThat(draft.targets().covers(lodestone.model.geo.CountryCode.of("US")))
                    .isTrue();
            assertThat(draft.status(LocalDate.parse("2026-12-02")).state()).isEqualTo(MeasureState.ANNOUNCED);
            assertThat(snapshot.source(draft.sources().get(0)).url())
                    .contains("https://news.example.org/2026/11/beijing.html");
            assertThat(snapshot.policy()
                            .drafts()
                            .origin(draft.id())
                            .orElseThrow()
                            .articleId())
                    .isEqualTo(ARTICLE);

            // re-ingesting the same article keeps the decision, which names the record by its evidence span
            new NewsArchive(store).save(article());
            assertThat(new NewsReview(store).unverified()).hasSize(1);
        }
    }

    @Test
    void linkingNeedsAKnownRecordAndPromotingNamesTheOptionThatIsMissing(@TempDir Path dir) {
        try (LodestoneStore store =
                LodestoneStore.open(PreparedStore.copyTo(dir.resolve("r.duckdb")), ReferenceData.load())) {
            new NewsArchive(store).save(article());
            NewsReview review = new NewsReview(store);
            PolicyRecords records = store.snapshot().policy();
            NewsReview.RecordRef agreement = NewsReview.RecordRef.parse(ARTICLE + ":2");
            assertThatThrownBy(() -> review.link(agreement, "us-au-framework-2026", records, TODAY))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("record (us-au-framework-2026) is not a measure");
            review.link(agreement, "us-au-framework-2025", records, TODAY);
            assertThat(review.unverified())
                    .singleElement()
                    .satisfies(p -> assertThat(p.ref().seq()).isEqualTo(1));
            assertThatThrownBy(
                            () -> review.promote(NewsReview.RecordRef.parse(ARTICLE + ":1"), NOTHING, records, TODAY))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("Maybe pass --kind");
            assertThatThrownBy(() -> NewsReview.RecordRef.parse("nonsense"))
                    .hasMessageContaining("must be ARTICLE:SEQ");
            assertThatThrownBy(
                            () -> review.promote(NewsReview.RecordRef.parse(ARTICLE + ":9"), NOTHING, records, TODAY))
                    .hasMessageContaining("has 2 records");
        }
    }

    @Test
    void aDraftThatDoesNotValidateIsRefusedWithItsField(@TempDir Path dir) {
        try (LodestoneStore store =
                LodestoneStore.open(PreparedStore.copyTo(dir.resolve("r.duckdb")), ReferenceData.load())) {
            new NewsArchive(store).save(article());
            NewsReview review = new NewsReview(store);
            PolicyRecords records = store.snapshot().policy();
            DraftRequest badKind = request("cn-ree-medium-heavy-2025", "embargo", List.of());
            assertThatThrownBy(
                            () -> review.promote(NewsReview.RecordRef.parse(ARTICLE + ":1"), badKind, records, TODAY))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("does not validate")
                    .hasMessageContaining("cn-ree-medium-heavy-2025.kind (embargo)");
            assertThat(review.decisions()).isEmpty();
        }
    }
}
