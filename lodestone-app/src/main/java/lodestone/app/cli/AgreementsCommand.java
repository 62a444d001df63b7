package lodestone.app.cli;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import lodestone.app.view.AgreementView;
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

/** {@code lodestone agreements}: agreements with their concreteness score. */
@Command(
        name = "agreements",
        mixinStandardHelpOptions = true,
        description = "List agreements, investments and joint ventures with their date, parties, concreteness score"
                + " (see `lodestone agreement <id>` for the reasons) and sources; the last line gives the newest source in"
                + " the record.")
final class AgreementsCommand implements Callable<Integer> {
    @Mixin
    StoreOptions store;

    @Option(names = "--party", paramLabel = "ISO2", description = "Only agreements with a party of this country.")
    String party;

    @Option(names = "--mineral", paramLabel = "ID", description = "Only agreements naming this mineral (or its group).")
    String mineral;

    @Option(
            names = "--since",
            paramLabel = "DATE",
            description = "Only agreements signed on or after this date, YYYY-MM-DD.")
    LocalDate since;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        KnowledgeSnapshot snapshot = store.snapshot();
        Country partyFilter = party == null ? null : Lookup.country(snapshot, party);
        Mineral mineralFilter = mineral == null ? null : Lookup.mineral(snapshot, mineral);
        LocalDate today = LocalDate.now(Clocks.SYSTEM);
        List<AgreementView> views = PolicyQueries.agreements(snapshot, today, partyFilter, mineralFilter).stream()
                .filter(v -> since == null || !v.signed().isBefore(since))
                .toList();
        RecordCurrency currency =
                RecordCurrency.of(snapshot, agreementSources(snapshot)).orElse(null);
        PrintWriter out = spec.commandLine().getOut();
        switch (store.format) {
            case JSON -> Output.json(out, new Result(since, views, currency));
            case CSV ->
                Output.csv(
                        out,
                        List.of(
                                "id",
                                "kind",
                                "signed",
                                "parties",
                                "minerals",
                                "score",
                                "max_score",
                                "projects",
                                "title"),
                        views.stream()
                                .map(v -> List.<Object>of(
                                        v.id(),
                                        v.kind(),
                                        v.signed(),
                                        String.join(";", v.parties()),
                                        String.join(";", v.minerals()),
                                        v.scorecard().points(),
                                        v.scorecard().maxPoints(),
                                        v.projects().size(),
                                        v.title()))
                                .toList());
            case TABLE -> {
                if (views.isEmpty()) {
                    out.println("No agreement matches.");
                }
                Output.table(
                        out,
                        List.of("ID", "KIND", "SIGNED", "PARTIES", "SCORE", "PROJECTS", "TITLE"),
                        views.stream()
                                .map(v -> List.of(
                                        v.id(),
                                        v.kind(),
                                        v.signed().toString(),
                                        String.join(", ", v.parties()),
                                        v.scorecard().points() + "/"
                                                + v.scorecard().maxPoints(),
                                        Integer.toString(v.projects().size()),
                                        v.title()))
                                .toList(),
                        50);
                out.println("Sources:");
                views.forEach(v -> out.println("  " + v.id() + ": "
                        + String.join(
                                ", ", v.sources().stream().map(SourceView::id).toList())));
                if (currency != null) {
                    out.println(currency.line());
                }
            }
        }
        return 0;
    }

    /** The sources the agreements and their projects cite. */
    static List<lodestone.model.provenance.SourceId> agreementSources(KnowledgeSnapshot snapshot) {
        List<lodestone.model.provenance.SourceId> out = new java.util.ArrayList<>();
        snapshot.policy().agreements().forEach(a -> out.addAll(a.sources()));
        snapshot.policy().projects().forEach(p -> out.addAll(p.sources()));
        return out;
    }

    /**
     * @param since the --since date, or null
     * @param agreements the agreements
     * @param newestSource the newest dated source the agreements cite (how current the record is), or null
     */
    record Result(LocalDate since, List<AgreementView> agreements, RecordCurrency newestSource) {}
}
