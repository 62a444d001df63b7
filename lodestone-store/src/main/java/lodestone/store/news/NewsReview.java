package lodestone.store.news;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import lodestone.model.agreement.DraftOrigin;
import lodestone.model.agreement.Drafts;
import lodestone.model.agreement.PolicyRecords;
import lodestone.store.curated.DraftDocument;
import lodestone.store.curated.PolicyRecordsReader;
import lodestone.store.db.LodestoneStore;
import lodestone.store.importing.Problem;

/**
 * The review of unverified news records ({@code lodestone review}): list the records no one has reviewed, link one to a
 * curated record, or promote one into a draft curated record with the article as its source. Decisions are stored in
 * {@code news_review} (schema version 4) by article and evidence span, so re-ingesting the same article keeps them.
 * Drafts are validated with the curated reader before they are stored, and the snapshot shows them as drafts.
 */
public final class NewsReview {
    /** The action that links a news record to a curated record. */
    public static final String LINKED = "linked";
    /** The action that promotes a news record into a draft curated record. */
    public static final String PROMOTED = DraftDocument.PROMOTED;

    /**
     * A news record named by its article and its place in it, as {@code lodestone review} prints it: {@code ID:SEQ}.
     *
     * @param articleId the article id
     * @param seq the record's number within the article, from 1
     */
    public record RecordRef(String articleId, int seq) {
        public RecordRef {
            Objects.requireNonNull(articleId, "articleId");
            if (seq < 1) {
                throw new IllegalArgumentException("record number (" + seq + ") must be at least 1.");
            }
        }

        /**
         * @param text {@code ARTICLE:SEQ}, e.g. {@code 3f2a9c0d11aa2b3c:2}
         * @return the reference
         * @throws IllegalArgumentException if the text is not of that form
         */
        public static RecordRef parse(String text) {
            int colon = text.lastIndexOf(':');
            if (colon < 1 || !text.substring(colon + 1).matches("[0-9]{1,6}")) {
                throw new IllegalArgumentException("news record (" + text + ") must be ARTICLE:SEQ, e.g."
                        + " 3f2a9c0d11aa2b3c:2.\nMaybe run `lodestone review` to list the unverified records.");
            }
            return new RecordRef(text.substring(0, colon), Integer.parseInt(text.substring(colon + 1)));
        }

        @Override
        public String toString() {
            return articleId + ":" + seq;
        }
    }

    /**
     * An unverified news record awaiting review.
     *
     * @param ref how to name it
     * @param article the article's name (file name or last URL segment)
     * @param published the article's publication date, if known
     * @param record the stored record
     */
    public record Pending(
            RecordRef ref, String article, Optional<LocalDate> published, NewsArchive.StoredRecord record) {}

    /**
     * A reviewer's decision.
     *
     * @param articleId the article
     * @param spanStart start of the record's evidence in the article
     * @param spanEnd end of the evidence
     * @param kind event or claim
     * @param action {@link #LINKED} or {@link #PROMOTED}
     * @param recordId the curated record linked to, or the draft's id
     * @param draft the draft document, for a promotion
     * @param reviewedOn the day of the decision
     */
    public record Decision(
            String articleId,
            int spanStart,
            int spanEnd,
            String kind,
            String action,
            String recordId,
            Optional<String> draft,
            LocalDate reviewedOn) {
        public Decision {
            Objects.requireNonNull(articleId, "articleId");
            Objects.requireNonNull(kind, "kind");
            if (!action.equals(LINKED) && !action.equals(PROMOTED)) {
                throw new IllegalArgumentException("action (" + action + ") must be linked or promoted.");
            }
            Objects.requireNonNull(recordId, "recordId");
            Objects.requireNonNull(draft, "draft");
            Objects.requireNonNull(reviewedOn, "reviewedOn");
        }
    }

    private final LodestoneStore store;
    private final NewsArchive archive;

    /** @param store an open store (schema version 4 or later) */
    public NewsReview(LodestoneStore store) {
        this.store = Objects.requireNonNull(store, "store");
        this.archive = new NewsArchive(store);
    }

    /** @return the unverified news records without a decision, by article name, then order in the article */
    public List<Pending> unverified() {
        List<Decision> decisions = decisions();
        List<Pending> out = new ArrayList<>();
        for (NewsArchive.StoredArticle article : archive.articles()) {
            for (int i = 0; i < article.records().size(); i++) {
                NewsArchive.StoredRecord record = article.records().get(i);
                boolean decided = decisions.stream().anyMatch(d -> matches(d, article.id(), record));
                if (!decided && record.status().equals(NewsArchive.UNVERIFIED)) {
                    out.add(new Pending(
                            new RecordRef(article.id(), i + 1), article.name(), article.published(), record));
                }
            }
        }
        return out;
    }

    /** @return every decision, oldest first */
    public List<Decision> decisions() {
        return store.read(connection -> {
            List<Decision> out = new ArrayList<>();
            try (PreparedStatement select = connection.prepareStatement(
                            "SELECT article_id, span_start, span_end, kind, action, record_id, draft, reviewed_on"
                                    + " FROM news_review ORDER BY reviewed_on, article_id, span_start");
                    ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    out.add(new Decision(
                            rows.getString(1),
                            rows.getInt(2),
                            rows.getInt(3),
                            rows.getString(4),
                            rows.getString(5),
                            rows.getString(6),
                            Optional.ofNullable(rows.getString(7)),
                            rows.getDate(8).toLocalDate()));
                }
            }
            return out;
        });
    }

    /**
     * Links a news record to a curated record (a measure, agreement, stockpile or price floor, or a draft).
     *
     * @param ref the news record
     * @param recordId the record it reports on
     * @param records the records on file (from the snapshot)
     * @param on the day of the decision
     * @return the decision
     * @throws IllegalArgumentException if the news record or the record id is unknown
     */
    public Decision link(RecordRef ref, String recordId, PolicyRecords records, LocalDate on) {
        NewsArchive.StoredArticle article = article(ref);
        NewsArchive.StoredRecord record = article.records().get(ref.seq() - 1);
        boolean known = records.measure(recordId).isPresent()
                || records.agreement(recordId).isPresent()
                || records.stockpile(recordId).isPresent()
                || records.priceFloor(recordId).isPresent()
                || records.drafts().origin(recordId).isPresent();
        if (!known) {
            throw new IllegalArgumentException("record (" + recordId + ") is not a measure, agreement, stockpile,"
                    + " price floor or draft on file.\nMaybe run `lodestone measures` or `lodestone agreements` for"
                    + " the ids.");
        }
        Decision decision = new Decision(
                article.id(),
                record.spanStart(),
                record.spanEnd(),
                record.kind(),
                LINKED,
                recordId,
                Optional.empty(),
                on);
        save(decision);
        return decision;
    }

    /**
     * Promotes a news event into a draft curated record, after validating the draft with the curated reader together
     * with every draft already stored.
     *
     * @param ref the news record (an event)
     * @param request what the reviewer adds
     * @param records the records on file (from the snapshot)
     * @param on the day of the decision
     * @return the decision, with the draft document
     * @throws IllegalArgumentException if the record is unknown, is not an event, or the draft does not validate (the
     *     message lists every problem with its field)
     */
    public Decision promote(RecordRef ref, DraftRequest request, PolicyRecords records, LocalDate on) {
        NewsArchive.StoredArticle article = article(ref);
        NewsArchive.StoredRecord record = article.records().get(ref.seq() - 1);
        DraftBuilder.Draft draft = new DraftBuilder(store.reference()).build(article, ref.seq(), request);
        DraftOrigin origin = new DraftOrigin(article.id(), record.spanStart(), record.spanEnd(), on);
        List<DraftDocument> documents = new ArrayList<>(draftDocuments());
        DraftDocument document = new DraftDocument(name(draft.id()), draft.yaml(), origin);
        documents.add(document);
        PolicyRecordsReader.Result result =
                new PolicyRecordsReader(store.reference()).withDrafts(records.withDrafts(Drafts.NONE), documents);
        List<Problem> problems = result.report().errors().stream()
                .filter(p -> p.file().equals(document.name()))
                .toList();
        if (!problems.isEmpty()) {
            StringBuilder message = new StringBuilder("the draft " + draft.id() + " does not validate:");
            problems.forEach(p -> message.append("\n  ")
                    .append(p.field())
                    .append(" (")
                    .append(p.value())
                    .append("): ")
                    .append(p.message()));
            throw new IllegalArgumentException(message.toString());
        }
        Decision decision = new Decision(
                article.id(),
                record.spanStart(),
                record.spanEnd(),
                record.kind(),
                PROMOTED,
                draft.id(),
                Optional.of(draft.yaml()),
                on);
        save(decision);
        return decision;
    }

    /** @return the stored drafts as documents for the curated reader */
    public List<DraftDocument> draftDocuments() {
        return store.promotedDrafts();
    }

    private static String name(String draftId) {
        return DraftDocument.nameOf(draftId);
    }

    private NewsArchive.StoredArticle article(RecordRef ref) {
        NewsArchive.StoredArticle article = archive.article(ref.articleId())
                .orElseThrow(() -> new IllegalArgumentException("news article (" + ref.articleId() + ") is not stored."
                        + "\nMaybe run `lodestone review` to list the unverified records, or ingest the article."));
        if (ref.seq() > article.records().size()) {
            throw new IllegalArgumentException("news record (" + ref + ") does not exist: article " + article.name()
                    + " has " + article.records().size() + " records.");
        }
        return article;
    }

    private static boolean matches(Decision decision, String articleId, NewsArchive.StoredRecord record) {
        return decision.articleId().equals(articleId)
                && decision.spanStart() == record.spanStart()
                && decision.spanEnd() == record.spanEnd()
                && decision.kind().equals(record.kind());
    }

    @SuppressWarnings("NullAway") // SqlWork<Void>: null is the only value of Void
    private void save(Decision decision) {
        store.transaction(connection -> {
            delete(connection, decision);
            Statements.update(
                    connection,
                    "INSERT INTO news_review VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                    decision.articleId(),
                    decision.spanStart(),
                    decision.spanEnd(),
                    decision.kind(),
                    decision.action(),
                    decision.recordId(),
                    decision.draft().orElse(null),
                    Date.valueOf(decision.reviewedOn()));
            return null;
        });
    }

    private static void delete(Connection connection, Decision decision) throws SQLException {
        Statements.update(
                connection,
                "DELETE FROM news_review WHERE article_id = ? AND span_start = ? AND span_end = ? AND kind = ?",
                decision.articleId(),
                decision.spanStart(),
                decision.spanEnd(),
                decision.kind());
    }
}
