package lodestone.app.cli;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import lodestone.app.view.AgreementView;
import lodestone.app.view.PolicyQueries;
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
        description = "List agreements, investments and joint ventures with their date, parties, firm money and"
                + " concreteness score (see `lodestone agreement <id>` for the reasons).")
final class AgreementsCommand implements Callable<Integer> {
    @Mixin
    StoreOptions store;

    @Option(names = "--party", paramLabel = "ISO2", description = "Only agreements with a party of this country.")
    String party;

    @Option(names = "--mineral", paramLabel = "ID", description = "Only agreements naming this mineral (or its group).")
    String mineral;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        KnowledgeSnapshot snapshot = store.snapshot();
        Country partyFilter = party == null ? null : Lookup.country(snapshot, party);
        Mineral mineralFilter = mineral == null ? null : Lookup.mineral(snapshot, mineral);
        LocalDate today = LocalDate.now(Clocks.SYSTEM);
        List<AgreementView> views = PolicyQueries.agreements(snapshot, today, partyFilter, mineralFilter);
        PrintWriter out = spec.commandLine().getOut();
        switch (store.format) {
            case JSON -> Output.json(out, views);
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
            case TABLE ->
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
        }
        return 0;
    }
}
