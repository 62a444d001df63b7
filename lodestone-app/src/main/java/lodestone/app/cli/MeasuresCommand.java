package lodestone.app.cli;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Callable;
import lodestone.app.view.MeasureView;
import lodestone.model.geo.Country;
import lodestone.model.knowledge.KnowledgeSnapshot;
import lodestone.model.mineral.Mineral;
import lodestone.model.policy.MeasureState;
import lodestone.model.policy.TradeMeasure;
import lodestone.store.db.LodestoneStore;
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
            "Filters combine: --mineral dysprosium --target US lists what binds dysprosium exports to the US."
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
        KnowledgeSnapshot snapshot;
        try (LodestoneStore opened = store.open()) {
            snapshot = opened.snapshot();
        }
        LocalDate date = on == null ? LocalDate.now(Clocks.SYSTEM) : on;
        Mineral mineralFilter = mineral == null ? null : Lookup.mineral(snapshot, mineral);
        Country issuerFilter = issuer == null ? null : Lookup.country(snapshot, issuer);
        Country targetFilter = target == null ? null : Lookup.country(snapshot, target);
        List<MeasureView> views = snapshot.policy().measures().stream()
                .filter(m -> mineralFilter == null || covers(snapshot, m, mineralFilter))
                .filter(m -> issuerFilter == null || m.issuer().equals(issuerFilter.code()))
                .filter(m -> targetFilter == null || m.targets().covers(targetFilter.code()))
                .filter(m -> m.status(date).state() != MeasureState.NOT_YET_ANNOUNCED)
                .sorted(Comparator.comparing(
                                (TradeMeasure m) -> m.events().get(0).date())
                        .thenComparing(TradeMeasure::id))
                .map(m -> MeasureView.of(snapshot, m, date))
                .toList();
        PrintWriter out = spec.commandLine().getOut();
        switch (store.format) {
            case JSON -> Output.json(out, new Result(date, views));
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
                                        v.status().description(),
                                        v.legalReference()))
                                .toList(),
                        40);
            }
        }
        return 0;
    }

    /** A measure covers a mineral directly, or through the group it names (rare-earths covers dysprosium). */
    static boolean covers(KnowledgeSnapshot snapshot, TradeMeasure measure, Mineral mineral) {
        if (measure.covers(mineral.id())) {
            return true;
        }
        return measure.minerals().stream()
                .map(id -> snapshot.minerals().require(id))
                .anyMatch(group -> group.members().contains(mineral.id()));
    }

    /**
     * @param on the date of the statuses
     * @param measures the measures
     */
    record Result(LocalDate on, List<MeasureView> measures) {}
}
