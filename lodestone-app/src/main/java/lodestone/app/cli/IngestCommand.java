package lodestone.app.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import lodestone.news.reconcile.CheckReport;
import lodestone.report.ReportContext;
import lodestone.report.news.CheckQuery;
import lodestone.report.news.IngestResult;
import lodestone.report.news.NewsViews;
import lodestone.store.db.LodestoneStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
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
    CommandSpec spec;

    @Override
    public Integer call() {
        List<IngestResult.Article> stored = new ArrayList<>();
        try (LodestoneStore opened = store.open()) {
            ReportContext context = ReportContext.of(opened.snapshot(), Clocks.SYSTEM);
            for (CheckReport report :
                    new CheckQuery(input.articles(), null).answer(context).reports()) {
                stored.add(NewsViews.ingest(opened, report));
            }
        }
        IngestResult result = new IngestResult(stored, store.path().toString());
        Output.render(
                spec.commandLine().getOut(),
                store.format,
                result,
                (out, r) -> r.articles()
                        .forEach(a -> out.println("Stored " + a.events() + " events and " + a.claims() + " claims from "
                                + a.file() + " as unverified news records (article " + a.id() + ")"
                                + (a.replaced() ? ", replacing the earlier copy." : "."))));
        return 0;
    }
}
