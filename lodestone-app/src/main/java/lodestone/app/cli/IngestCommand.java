package lodestone.app.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import lodestone.app.view.NewsViews;
import lodestone.news.article.Article;
import lodestone.news.reconcile.CheckReport;
import lodestone.store.db.LodestoneStore;
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
            List<CheckReport> reports = CheckCommand.check(opened.snapshot(), articles, null, input.limits());
            for (CheckReport report : reports) {
                results.add(NewsViews.ingest(opened, report));
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
}
