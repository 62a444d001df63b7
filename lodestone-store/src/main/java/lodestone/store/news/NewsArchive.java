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
import lodestone.store.db.LodestoneStore;

/** Stores and reads news articles with their extracted records. */
public final class NewsArchive {
    /** The status of every record ingested from news: not checked by a person. */
    public static final String UNVERIFIED = "unverified";

    /**
     * An article with its records.
     *
     * @param id stable id (first 16 hex digits of the content hash)
     * @param name file name or last URL segment
     * @param location where it was read from
     * @param title its title, if any
     * @param published its publication date, if known
     * @param contentHash SHA-256 of the clean text, hex
     * @param extractor the version of the extraction rules
     * @param records the events and claims, in order
     */
    public record StoredArticle(
            String id,
            String name,
            String location,
            Optional<String> title,
            Optional<LocalDate> published,
            String contentHash,
            String extractor,
            List<StoredRecord> records) {
        public StoredArticle {
            records = List.copyOf(records);
        }
    }

    /**
     * One event or claim of an article.
     *
     * @param kind {@code event} or {@code claim}
     * @param type event type or claim stage
     * @param summary one line for people
     * @param payload the record as JSON
     * @param evidence the evidence span
     * @param spanStart offset of the evidence in the article's clean text
     * @param spanEnd offset after the evidence
     * @param verdict the claim verdict or event match at ingest time
     * @param status {@link #UNVERIFIED} for news records
     */
    public record StoredRecord(
            String kind,
            String type,
            String summary,
            String payload,
            String evidence,
            int spanStart,
            int spanEnd,
            String verdict,
            String status) {
        public StoredRecord {
            if (!kind.equals("event") && !kind.equals("claim")) {
                throw new IllegalArgumentException("record kind (" + kind + ") must be event or claim.");
            }
            Objects.requireNonNull(type, "type");
            Objects.requireNonNull(summary, "summary");
            Objects.requireNonNull(payload, "payload");
            Objects.requireNonNull(evidence, "evidence");
            if (spanStart < 0 || spanEnd < spanStart) {
                throw new IllegalArgumentException(
                        "evidence span (" + spanStart + ", " + spanEnd + ") must be ordered and >= 0.");
            }
            Objects.requireNonNull(verdict, "verdict");
            Objects.requireNonNull(status, "status");
        }
    }

    private final LodestoneStore store;

    /** @param store an open store (schema version 3 or later) */
    public NewsArchive(LodestoneStore store) {
        this.store = Objects.requireNonNull(store, "store");
    }

    /**
     * Stores an article and its records in one transaction, replacing an earlier copy with the same id.
     *
     * @param article the article
     * @return true if an earlier copy was replaced
     */
    public boolean save(StoredArticle article) {
        Objects.requireNonNull(article, "article");
        return store.transaction(connection -> {
            boolean existed = exists(connection, article.id());
            Statements.update(connection, "DELETE FROM news_record WHERE article_id = ?", article.id());
            Statements.update(connection, "DELETE FROM news_article WHERE id = ?", article.id());
            Statements.update(
                    connection,
                    "INSERT INTO news_article VALUES (?, ?, ?, ?, ?, ?, ?, current_timestamp)",
                    article.id(),
                    article.name(),
                    article.location(),
                    article.title().orElse(null),
                    article.published().map(Date::valueOf).orElse(null),
                    article.contentHash(),
                    article.extractor());
            try (PreparedStatement insert =
                    connection.prepareStatement("INSERT INTO news_record VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                int seq = 1;
                for (StoredRecord r : article.records()) {
                    Statements.bind(
                            insert,
                            article.id(),
                            seq++,
                            r.kind(),
                            r.type(),
                            r.summary(),
                            r.payload(),
                            r.evidence(),
                            r.spanStart(),
                            r.spanEnd(),
                            r.verdict(),
                            r.status());
                    insert.addBatch();
                }
                insert.executeBatch();
            }
            return existed;
        });
    }

    /** @return every stored article with its records, by name then id */
    public List<StoredArticle> articles() {
        return store.read(connection -> {
            List<StoredArticle> out = new ArrayList<>();
            List<String> ids = new ArrayList<>();
            try (PreparedStatement select =
                            connection.prepareStatement("SELECT id FROM news_article ORDER BY name, id");
                    ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    ids.add(rows.getString(1));
                }
            }
            for (String id : ids) {
                read(connection, id).ifPresent(out::add);
            }
            return out;
        });
    }

    /**
     * @param id an article id
     * @return the article with its records, if stored
     */
    public Optional<StoredArticle> article(String id) {
        return store.read(connection -> read(connection, id));
    }

    private static boolean exists(Connection connection, String id) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("SELECT count(*) FROM news_article WHERE id = ?")) {
            select.setString(1, id);
            try (ResultSet rows = select.executeQuery()) {
                return rows.next() && rows.getLong(1) > 0;
            }
        }
    }

    private static Optional<StoredArticle> read(Connection connection, String id) throws SQLException {
        List<StoredRecord> records = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT kind, type, summary, payload, evidence, span_start, span_end, verdict, status"
                        + " FROM news_record WHERE article_id = ? ORDER BY seq")) {
            select.setString(1, id);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    records.add(new StoredRecord(
                            rows.getString(1),
                            rows.getString(2),
                            rows.getString(3),
                            rows.getString(4),
                            rows.getString(5),
                            rows.getInt(6),
                            rows.getInt(7),
                            rows.getString(8),
                            rows.getString(9)));
                }
            }
        }
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT id, name, location, title, published, content_hash, extractor FROM news_article WHERE id = ?")) {
            select.setString(1, id);
            try (ResultSet rows = select.executeQuery()) {
                if (!rows.next()) {
                    return Optional.empty();
                }
                Date published = rows.getDate(5);
                return Optional.of(new StoredArticle(
                        rows.getString(1),
                        rows.getString(2),
                        rows.getString(3),
                        Optional.ofNullable(rows.getString(4)),
                        published == null ? Optional.empty() : Optional.of(published.toLocalDate()),
                        rows.getString(6),
                        rows.getString(7),
                        records));
            }
        }
    }
}
