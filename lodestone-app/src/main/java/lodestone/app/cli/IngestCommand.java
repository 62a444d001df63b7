package lodestone.app.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import lodestone.news.article.Article;
import lodestone.news.extract.Claim;
import lodestone.news.extract.Event;
import lodestone.news.reconcile.CheckReport;
import lodestone.store.db.LodestoneStore;
import lodestone.store.news.NewsArchive;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;

/** {@code lodestone ingest}: store the events and claims of articles as unverified news records. */
@Command(
        name = "ingest",
        mixinStandardHelpOptions = true,
        description = {
            "Read articles, check them against the knowledge base, and store each article with its events and claims"
                    + " as unverified news records (with the verdict at ingest time), all or nothing per article."
                    + " Ingesting the same text again replaces its records."
        })
final class IngestCommand implements Callable<Integer> {
    @Mixin
    NewsInput input;

    @Mixin
    StoreOptions store;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws JsonProcessingException {
        if (store.format == OutputFormat.CSV) {
            throw new UserException("format csv is not supported by ingest; use table or json.");
        }
        List<Article> articles = input.read();
        List<Map<String, Object>> results = new ArrayList<>();
        try (LodestoneStore opened = store.open()) {
            List<CheckReport> reports = CheckCommand.check(opened.snapshot(), articles, null);
            NewsArchive archive = new NewsArchive(opened);
            ObjectWriter writer = Output.JSON.writer().without(SerializationFeature.INDENT_OUTPUT);
            for (CheckReport report : reports) {
                NewsArchive.StoredArticle stored = stored(report, writer);
                boolean replaced = archive.save(stored);
                Map<String, Object> row = new LinkedHashMap<>();
                row.put("id", stored.id());
                row.put("file", stored.name());
                row.put("location", stored.location());
                row.put("events", report.events().size());
                row.put("claims", report.claims().size());
                row.put("status", NewsArchive.UNVERIFIED);
                row.put("replaced", replaced);
                results.add(row);
            }
        }
        PrintWriter out = spec.commandLine().getOut();
        if (store.format == OutputFormat.JSON) {
            Output.json(
                    out, Map.of("articles", results, "database", store.path().toString()));
        } else {
            for (Map<String, Object> row : results) {
                out.println("Stored " + row.get("events") + " events and " + row.get("claims") + " claims from "
                        + row.get("file") + " as unverified news records (article " + row.get("id") + ")"
                        + (Boolean.TRUE.equals(row.get("replaced")) ? ", replacing the earlier copy." : "."));
            }
        }
        out.flush();
        return 0;
    }

    @SuppressWarnings("unchecked")
    static NewsArchive.StoredArticle stored(CheckReport report, ObjectWriter writer) throws JsonProcessingException {
        Article article = report.extraction().article();
        Map<String, Object> view = NewsViews.report(report);
        List<Map<String, Object>> eventRows = (List<Map<String, Object>>) view.get("events");
        List<Map<String, Object>> claimRows = (List<Map<String, Object>>) view.get("claims");
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
                    c.country() + " " + Output.number(c.sharePct()) + " % of " + c.mineral() + " (" + c.stage() + ")",
                    writer.writeValueAsString(claimRows.get(i)),
                    c.evidence(),
                    c.start(),
                    c.end(),
                    report.claims().get(i).verdict().id(),
                    NewsArchive.UNVERIFIED));
        }
        String hash = NewsInput.contentHash(article);
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
}
