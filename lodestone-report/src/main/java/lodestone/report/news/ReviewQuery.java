package lodestone.report.news;

import java.time.LocalDate;
import java.util.List;
import lodestone.model.agreement.PolicyRecords;
import lodestone.model.knowledge.EditionChoice;
import lodestone.report.table.Cell;
import lodestone.store.db.KnowledgeCache;
import lodestone.store.db.LodestoneStore;
import lodestone.store.news.DraftRequest;
import lodestone.store.news.NewsReview;
import org.jspecify.annotations.Nullable;

/**
 * The review of what was ingested from news, as typed results every face renders: the unverified news records no one
 * has reviewed with the decisions taken so far ({@link #list}), and one decision, a link to a record on file ({@link
 * #link}) or a promotion into a draft curated record ({@link #promote}).
 */
public final class ReviewQuery {
    private ReviewQuery() {}

    /**
     * An unverified news record awaiting review.
     *
     * @param record how to name it, ARTICLE:SEQ
     * @param article the article's name (file name or last URL segment)
     * @param published the article's publication date (ISO 8601), or null if unknown
     * @param kind event or claim
     * @param type the event's or claim's type
     * @param summary what it says, in one line
     * @param verdict its verdict when it was ingested
     * @param evidence the article's words it rests on
     */
    public record Pending(
            String record,
            String article,
            @Cell(table = false) @Nullable String published,
            String kind,
            String type,
            String summary,
            String verdict,
            String evidence) {
        static Pending of(NewsReview.Pending p) {
            return new Pending(
                    p.ref().toString(),
                    p.article(),
                    p.published().map(LocalDate::toString).orElse(null),
                    p.record().kind(),
                    p.record().type(),
                    p.record().summary(),
                    p.record().verdict(),
                    p.record().evidence());
        }
    }

    /**
     * A reviewer's decision, as the faces show it: made from the store's decision ({@link NewsReview.Decision}), which
     * refuses a missing article, action or record.
     *
     * @param article the article's id
     * @param spanStart start of the record's evidence in the article, in characters
     * @param spanEnd end of the evidence, in characters
     * @param kind event or claim
     * @param action {@code linked} or {@code promoted}
     * @param record the curated record linked to, or the draft's id
     * @param draft the draft document (YAML), for a promotion; null for a link
     * @param reviewedOn the day of the decision (ISO 8601)
     */
    public record Decision(
            String article,
            int spanStart,
            int spanEnd,
            String kind,
            String action,
            String record,
            @Nullable String draft,
            String reviewedOn) {
        static Decision of(NewsReview.Decision d) {
            return new Decision(
                    d.articleId(),
                    d.spanStart(),
                    d.spanEnd(),
                    d.kind(),
                    d.action(),
                    d.recordId(),
                    d.draft().orElse(null),
                    d.reviewedOn().toString());
        }

        /** @return whether the decision links to a record on file (else it promoted a draft) */
        public boolean linked() {
            return action.equals(NewsReview.LINKED);
        }
    }

    /**
     * What awaits review and what was decided.
     *
     * @param unverified the unverified news records no one has reviewed, in the store's order
     * @param decisions the decisions taken so far
     */
    public record Review(List<Pending> unverified, List<Decision> decisions) {
        public Review {
            unverified = List.copyOf(unverified);
            decisions = List.copyOf(decisions);
        }
    }

    /**
     * @param store an open store
     * @return the review list
     */
    public static Review list(LodestoneStore store) {
        NewsReview review = new NewsReview(store);
        return new Review(
                review.unverified().stream().map(Pending::of).toList(),
                review.decisions().stream().map(Decision::of).toList());
    }

    /**
     * Links an unverified news record to a record on file.
     *
     * @param store an open store
     * @param record the news record, ARTICLE:SEQ
     * @param target the id of the measure, agreement, stockpile, price floor or draft it reports on
     * @param today the day of the decision
     * @return the decision stored
     */
    public static Decision link(LodestoneStore store, String record, String target, LocalDate today) {
        PolicyRecords records =
                KnowledgeCache.shared().snapshot(store, EditionChoice.latest()).policy();
        return Decision.of(new NewsReview(store).link(NewsReview.RecordRef.parse(record), target, records, today));
    }

    /**
     * Promotes a news event into a draft curated record.
     *
     * @param store an open store
     * @param record the news event, ARTICLE:SEQ
     * @param request what the reviewer set; the rest is taken from the event and its article
     * @param today the day of the decision
     * @return the decision stored, with the draft
     */
    public static Decision promote(LodestoneStore store, String record, DraftRequest request, LocalDate today) {
        PolicyRecords records =
                KnowledgeCache.shared().snapshot(store, EditionChoice.latest()).policy();
        return Decision.of(new NewsReview(store).promote(NewsReview.RecordRef.parse(record), request, records, today));
    }
}
