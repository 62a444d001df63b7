package lodestone.report.news;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.BiConsumer;
import lodestone.model.Sha256;
import lodestone.model.knowledge.KnowledgeSnapshot;
import lodestone.news.article.Article;
import lodestone.news.extract.Claim;
import lodestone.news.extract.Event;
import lodestone.news.extract.Extraction;
import lodestone.news.extract.ExtractionLimits;
import lodestone.news.extract.NewsExtractor;
import lodestone.news.reconcile.CheckReport;
import lodestone.news.reconcile.OfficeHolders;
import lodestone.news.reconcile.Reconciler;
import lodestone.news.reconcile.RecordRef;
import lodestone.report.Json;
import lodestone.report.QueryException;
import lodestone.report.table.Format;
import lodestone.store.news.NewsArchive;
import org.jspecify.annotations.Nullable;

/**
 * JSON-ready views (ordered maps) of news extractions and check reports, in the field names of the JSONL schema of
 * {@code shared/seeds/gold.jsonl}; checking articles against the knowledge base; storing them.
 */
public final class NewsViews {
    private NewsViews() {}

    /**
     * @param report a checked article
     * @return its document: the extraction's schema fields, each claim with its verdict and references, each event
     *     with its match and records, and the plausibility flags
     */
    public static Map<String, Object> report(CheckReport report) {
        Extraction x = report.extraction();
        Map<String, Object> schema = x.toSchema();
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("file", x.article().name());
        out.put("location", x.article().location());
        out.put("published", x.article().published().map(Object::toString).orElse(null));
        out.put("extractor", x.extractorVersion());
        out.put("notices", x.notices());
        List<Map<String, Object>> claims = withChecks(schema, "claims", report.claims(), (check, row) -> {
            row.put("verdict", check.verdict().id());
            row.put("tolerance_points", check.tolerancePoints());
            row.put("explanation", check.explanation());
            row.put("references", schema(check.references()));
        });
        List<Map<String, Object>> events = withChecks(schema, "events", report.events(), (check, row) -> {
            row.put("title", check.event().title().orElse(null));
            row.put("match", check.match().id());
            row.put("explanation", check.explanation());
            List<Map<String, Object>> records = new ArrayList<>();
            for (RecordRef r : check.records()) {
                Map<String, Object> ref = new LinkedHashMap<>();
                ref.put("kind", r.kind());
                ref.put("id", r.id());
                ref.put("title", r.title());
                ref.put("date", r.date().map(Object::toString).orElse(null));
                ref.put("sources", r.sources());
                records.add(ref);
            }
            row.put("records", records);
            row.put("differences", schema(check.differences()));
            row.put("added", check.added());
            row.put("rule", check.event().rule());
        });
        out.put("claims", claims);
        out.put("events", events);
        out.put("flags", schema(report.flags()));
        return out;
    }

    /**
     * The schema's rows of one kind (claims or events), each copied and completed from its check: the report lists the
     * checks in the order of the rows.
     *
     * @param schema the extraction's schema fields
     * @param key "claims" or "events"
     * @param checks one check per row, in order
     * @param complete adds the check's fields to its row
     * @return the completed rows
     */
    private static <C> List<Map<String, Object>> withChecks(
            Map<String, Object> schema, String key, List<C> checks, BiConsumer<C, Map<String, Object>> complete) {
        List<Map<String, Object>> rows = rows(schema, key);
        List<Map<String, Object>> out = new ArrayList<>();
        for (int i = 0; i < checks.size(); i++) {
            Map<String, Object> row = new LinkedHashMap<>(rows.get(i));
            complete.accept(checks.get(i), row);
            out.add(row);
        }
        return out;
    }

    /**
     * @param document an extraction's schema fields or a report's document
     * @param key "claims" or "events"
     * @return its rows of that kind, each a map of fields
     */
    @SuppressWarnings("unchecked") // the schema and the report hold each kind as a list of field maps
    private static List<Map<String, Object>> rows(Map<String, Object> document, String key) {
        return (List<Map<String, Object>>) Objects.requireNonNull(document.get(key), key);
    }

    /** Records in the schema's field names: their components in snake_case, in declaration order. */
    private static final ObjectMapper SCHEMA =
            Json.mapper().setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE);

    private static List<Object> schema(List<? extends Record> records) {
        return SCHEMA.convertValue(records, new TypeReference<List<Object>>() {});
    }

    /**
     * Extracts and reconciles articles against the knowledge base.
     *
     * @param snapshot the knowledge base
     * @param articles the articles
     * @param tolerance the share tolerance in percentage points, or null for the default
     * @return one report per article
     * @throws QueryException if the tolerance is outside [0, 50]
     */
    public static List<CheckReport> check(KnowledgeSnapshot snapshot, List<Article> articles, Double tolerance) {
        return check(snapshot, articles, tolerance, ExtractionLimits.DEFAULT);
    }

    /**
     * Extracts and reconciles articles within an extraction budget.
     *
     * @param snapshot the knowledge base
     * @param articles the articles
     * @param tolerance the share tolerance in percentage points, or null for the default
     * @param limits the extraction budget of each article
     * @return one report per article
     * @throws IllegalArgumentException if the tolerance is outside [0, 50]
     * @throws lodestone.news.extract.LimitExceededException naming the limit an article hit
     */
    public static List<CheckReport> check(
            KnowledgeSnapshot snapshot, List<Article> articles, @Nullable Double tolerance, ExtractionLimits limits) {
        double points = tolerance == null ? Reconciler.DEFAULT_TOLERANCE_POINTS : tolerance;
        if (!(points >= 0 && points <= 50)) {
            throw QueryException.badParameter(
                    "tolerance", "tolerance (" + points + ") must be within [0, 50] percentage points.");
        }
        NewsExtractor extractor = NewsExtractor.bundled();
        Reconciler reconciler = new Reconciler(snapshot, OfficeHolders.bundled(), extractor.gazetteer(), points);
        List<CheckReport> reports = new ArrayList<>();
        for (Article article : articles) {
            reports.add(reconciler.check(extractor.extract(article, limits)));
        }
        return reports;
    }

    /**
     * The form of a checked article that the news archive stores.
     *
     * @param report the check report
     * @param writer the JSON writer for each record's body
     * @return the stored article with its records, all unverified
     * @throws JsonProcessingException if a record cannot be written as JSON
     */
    public static NewsArchive.StoredArticle stored(CheckReport report, ObjectWriter writer)
            throws JsonProcessingException {
        Article article = report.extraction().article();
        Map<String, Object> view = NewsViews.report(report);
        List<Map<String, Object>> eventRows = rows(view, "events");
        List<Map<String, Object>> claimRows = rows(view, "claims");
        List<NewsArchive.StoredRecord> records = new ArrayList<>();
        for (int i = 0; i < report.events().size(); i++) {
            Event e = report.events().get(i).event();
            records.add(new NewsArchive.StoredRecord(
                    "event",
                    e.type().id(),
                    e.type().id() + ": " + String.join(", ", e.parties())
                            + (e.minerals().isEmpty() ? "" : "; " + String.join(", ", e.minerals())),
                    writer.writeValueAsString(eventRows.get(i)),
                    e.evidence(),
                    e.start(),
                    e.end(),
                    report.events().get(i).match().id(),
                    NewsArchive.UNVERIFIED));
        }
        for (int i = 0; i < report.claims().size(); i++) {
            Claim c = report.claims().get(i).claim();
            records.add(new NewsArchive.StoredRecord(
                    "claim",
                    c.stage(),
                    c.country() + " " + Format.number(c.sharePct()) + " % of " + c.mineral() + " (" + c.stage() + ")",
                    writer.writeValueAsString(claimRows.get(i)),
                    c.evidence(),
                    c.start(),
                    c.end(),
                    report.claims().get(i).verdict().id(),
                    NewsArchive.UNVERIFIED));
        }
        String hash = Sha256.hex(article.text());
        return new NewsArchive.StoredArticle(
                hash.substring(0, 16),
                article.name(),
                article.location(),
                article.title(),
                article.published(),
                hash,
                report.extraction().extractorVersion(),
                records);
    }

    /**
     * Stores a checked article's events and claims as unverified news records, replacing an earlier copy of the same
     * text, all or nothing.
     *
     * @param store the open store
     * @param report the check report
     * @return what was stored
     */
    public static IngestResult.Article ingest(lodestone.store.db.LodestoneStore store, CheckReport report) {
        NewsArchive.StoredArticle stored;
        try {
            stored = stored(report, Json.mapper().writer());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(
                    "cannot write the records of "
                            + report.extraction().article().name(),
                    e);
        }
        boolean replaced = new NewsArchive(store).save(stored);
        return new IngestResult.Article(
                stored.id(),
                stored.name(),
                stored.location(),
                report.events().size(),
                report.claims().size(),
                NewsArchive.UNVERIFIED,
                replaced);
    }
}
