package lodestone.app.cli;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import lodestone.app.view.MeasureView;
import lodestone.app.view.PolicyQueries;
import lodestone.app.view.RecordCurrency;
import lodestone.app.view.SourceView;
import lodestone.model.geo.Country;
import lodestone.model.knowledge.KnowledgeSnapshot;
import lodestone.model.mineral.Mineral;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code lodestone measures}: export controls and their status on a date. */
@Command(
        name = "measures",
        mixinStandardHelpOptions = true,
        description = {
            "List export controls and restrictions with their status on a date, derived from their dated events:"
                    + " in force, announced, suspended (until when), suspension ended (no later record), lifted,"
                    + " expired. Measures not yet announced on that date are left out.",
            "Filters combine: --mineral dysprosium --target US lists what binds dysprosium exports to the US.",
            "Drafts promoted from news by `lodestone review promote` are listed and marked as unverified drafts; the last"
                    + " line gives the newest source in the record."
        })
final class MeasuresCommand implements Callable<Integer> {
    @Mixin
    StoreOptions store;

    @Option(names = "--on", paramLabel = "DATE", description = "Date of the status, YYYY-MM-DD (default: today).")
    LocalDate on;

    @Option(names = "--mineral", paramLabel = "ID", description = "Only measures covering this mineral (id or name).")
    String mineral;

    @Option(names = "--issuer", paramLabel = "ISO2", description = "Only measures issued by this country.")
    String issuer;

    @Option(names = "--target", paramLabel = "ISO2", description = "Only measures covering exports to this country.")
    String target;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        KnowledgeSnapshot snapshot = store.snapshot();
        LocalDate date = on == null ? LocalDate.now(Clocks.SYSTEM) : on;
        Mineral mineralFilter = mineral == null ? null : Lookup.mineral(snapshot, mineral);
        Country issuerFilter = issuer == null ? null : Lookup.country(snapshot, issuer);
        Country targetFilter = target == null ? null : Lookup.country(snapshot, target);
        List<MeasureView> views = PolicyQueries.measures(snapshot, date, mineralFilter, issuerFilter, targetFilter);
        PrintWriter out = spec.commandLine().getOut();
        RecordCurrency currency =
                RecordCurrency.of(snapshot, measureSources(snapshot)).orElse(null);
        switch (store.format) {
            case JSON -> Output.json(out, new Result(date, views, currency));
            case CSV ->
                Output.csv(
                        out,
                        List.of(
                                "id",
                                "issuer",
                                "kind",
                                "minerals",
                                "targets",
                                "state",
                                "binds",
                                "status",
                                "legal_reference",
                                "sources"),
                        views.stream()
                                .map(v -> List.<Object>of(
                                        v.id(),
                                        v.issuer(),
                                        v.kind(),
                                        String.join(";", v.minerals()),
                                        String.join(";", v.targets()),
                                        v.status().state(),
                                        v.status().binds(),
                                        v.status().description(),
                                        v.legalReference(),
                                        String.join(
                                                ";",
                                                v.sources().stream()
                                                        .map(s -> s.id())
                                                        .toList())))
                                .toList());
            case TABLE -> {
                out.println("Measures on " + date + (views.isEmpty() ? ": none match." : ":"));
                Output.table(
                        out,
                        List.of("ID", "ISSUER", "KIND", "MINERALS", "TARGETS", "STATUS", "LEGAL REFERENCE"),
                        views.stream()
                                .map(v -> List.of(
                                        v.id(),
                                        v.issuer(),
                                        v.kind(),
                                        String.join(", ", v.minerals()),
                                        String.join(", ", v.targets()),
                                        (v.draft() == null ? "" : "DRAFT (unverified news): ")
                                                + v.status().description(),
                                        v.legalReference()))
                                .toList(),
                        40);
                out.println("Sources:");
                views.forEach(v -> out.println("  " + v.id() + (v.draft() == null ? "" : " [" + v.draft() + "]") + ": "
                        + String.join(
                                ", ", v.sources().stream().map(SourceView::id).toList())));
                if (currency != null) {
                    out.println(currency.line());
                }
            }
        }
        return 0;
    }

    /** The sources the curated measures cite (drafts from news do not make the record current). */
    static List<lodestone.model.provenance.SourceId> measureSources(KnowledgeSnapshot snapshot) {
        List<lodestone.model.provenance.SourceId> out = new java.util.ArrayList<>();
        snapshot.policy().measures().forEach(m -> out.addAll(m.sources()));
        return out;
    }

    /**
     * @param on the date of the statuses
     * @param measures the measures
     * @param newestSource the newest dated source the measures cite (how current the record is), or null
     */
    record Result(LocalDate on, List<MeasureView> measures, RecordCurrency newestSource) {}
}
