package lodestone.app.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import lodestone.app.view.NewsViews;
import lodestone.model.knowledge.KnowledgeSnapshot;
import lodestone.news.article.Article;
import lodestone.news.extract.Claim;
import lodestone.news.extract.Event;
import lodestone.news.extract.ExtractionLimits;
import lodestone.news.extract.LimitExceededException;
import lodestone.news.reconcile.CheckReport;
import lodestone.news.reconcile.ClaimCheck;
import lodestone.news.reconcile.Difference;
import lodestone.news.reconcile.EventCheck;
import lodestone.news.reconcile.Flag;
import lodestone.news.reconcile.ReferenceValue;
import lodestone.store.db.LodestoneStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code lodestone check}: what an article claims, and how it compares with the knowledge base. */
@Command(
        name = "check",
        mixinStandardHelpOptions = true,
        description = {
            "Check a news article against the knowledge base: each share claim gets a verdict (consistent,"
                    + " conflicting, ambiguous-stage, unverifiable) with the reference values it was compared with;"
                    + " each event is matched with known agreements, measures and lists (confirms, adds-detail,"
                    + " contradicts, new); dates are checked against who held office, amounts against press-only"
                    + " records.",
            "Nothing is stored; use 'lodestone ingest' for that."
        })
final class CheckCommand implements Callable<Integer> {
    @Mixin
    NewsInput input;

    @Mixin
    StoreOptions store;

    @Option(
            names = "--tolerance",
            paramLabel = "POINTS",
            description = "Tolerance for share claims in percentage" + " points (default: 5).")
    Double tolerance;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        if (store.format == OutputFormat.CSV) {
            throw new UserException("format csv is not supported by check; use table or json.");
        }
        List<Article> articles = input.read();
        KnowledgeSnapshot snapshot;
        try (LodestoneStore opened = store.openForReading()) {
            snapshot = opened.snapshot();
        }
        List<CheckReport> reports = check(snapshot, articles, tolerance, input.limits());
        PrintWriter out = spec.commandLine().getOut();
        if (store.format == OutputFormat.JSON) {
            List<Map<String, Object>> all = new ArrayList<>();
            reports.forEach(r -> all.add(NewsViews.report(r)));
            Output.json(out, Map.of("articles", all));
        } else {
            reports.forEach(r -> print(out, r));
        }
        out.flush();
        return 0;
    }

    static List<CheckReport> check(
            KnowledgeSnapshot snapshot, List<Article> articles, Double tolerance, ExtractionLimits limits) {
        try {
            return NewsViews.check(snapshot, articles, tolerance, limits);
        } catch (LimitExceededException e) {
            throw new UserException(e.getMessage());
        }
    }

    private static String sources(List<String> sources) {
        if (sources.size() <= 4) {
            return String.join(", ", sources);
        }
        return String.join(", ", sources.subList(0, 4)) + " and " + (sources.size() - 4)
                + " more (--format json lists all)";
    }

    static void print(PrintWriter out, CheckReport report) {
        Article article = report.extraction().article();
        out.println("== " + article.name() + " ==");
        out.println("read from " + article.location() + "; published "
                + article.published().map(Object::toString).orElse("unknown (pass --published for relative dates)"));
        report.extraction().notices().forEach(n -> out.println("note: " + n));
        out.println();
        out.println("CLAIMS (" + report.claims().size() + ")");
        int n = 1;
        for (ClaimCheck check : report.claims()) {
            Claim c = check.claim();
            out.println("  " + n++ + ". " + c.country() + " holds " + Output.number(c.sharePct()) + " % of "
                    + c.mineral() + (c.stage().equals("supply") ? " (no stage stated)" : " at " + c.stage())
                    + c.year().map(y -> ", " + y).orElse(""));
            out.println("     says:    \"" + c.evidence() + "\"");
            out.println("     verdict: " + check.verdict().id().toUpperCase(Locale.ROOT) + " - " + check.explanation());
            for (ReferenceValue r : check.references()) {
                out.println("     record:  " + r.stage() + " " + Output.number(r.sharePct()) + " % (" + r.mineral()
                        + ", " + r.period() + ", " + r.series() + "; " + r.sourceTitle() + " [" + r.source() + "])");
            }
        }
        out.println();
        out.println("EVENTS (" + report.events().size() + ")");
        n = 1;
        for (EventCheck check : report.events()) {
            Event e = check.event();
            out.println("  " + n++ + ". " + e.type().id() + ": " + String.join(", ", e.parties())
                    + (e.minerals().isEmpty() ? "" : "; " + String.join(", ", e.minerals()))
                    + e.money()
                            .map(m -> "; " + m.qualifier() + " " + Output.number(m.amount()) + " " + m.currency())
                            .orElse("")
                    + e.date().map(d -> "; " + d).orElse(""));
            out.println("     says:    \"" + e.evidence() + "\"");
            e.title().ifPresent(t -> out.println("     title:   " + t));
            out.println("     match:   " + check.match().id().toUpperCase(Locale.ROOT) + " - " + check.explanation());
            check.records()
                    .forEach(r -> out.println("     record:  " + r.kind() + " " + r.id() + ": " + r.title()
                            + r.date().map(d -> " (" + d + ")").orElse("") + " sources "
                            + sources(r.sources())));
            for (Difference d : check.differences()) {
                out.println("     differs: " + d.field() + ": article \"" + d.article() + "\"; record \"" + d.record()
                        + "\"");
            }
            check.added().forEach(a -> out.println("     adds:    " + a));
        }
        out.println();
        out.println("FLAGS (" + report.flags().size() + ")");
        for (Flag f : report.flags()) {
            out.println("  ! " + f.kind() + ": " + f.message());
            out.println("     about:   \"" + f.evidence() + "\"");
            if (!f.sources().isEmpty()) {
                out.println("     sources: " + sources(f.sources()));
            }
        }
        out.println();
    }
}
