package lodestone.app.cli;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import lodestone.app.view.AgreementView;
import lodestone.app.view.OutlookView;
import lodestone.model.agreement.Agreement;
import lodestone.model.agreement.Project;
import lodestone.model.knowledge.KnowledgeSnapshot;
import lodestone.risk.agreement.DeliveryOutlook;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code lodestone agreement <id>}: commitments, scorecard, projects, outlook, sources. */
@Command(
        name = "agreement",
        mixinStandardHelpOptions = true,
        description = "Show one agreement: official title and variants, date, parties, money (qualifier, purpose,"
                + " press-only), commitments with deadlines, clauses, the concreteness scorecard with the reason for"
                + " every point, the linked projects, the delivery outlook of their capacity, and every source.")
final class AgreementCommand implements Callable<Integer> {
    @Mixin
    StoreOptions store;

    @Parameters(
            paramLabel = "ID",
            description = "Agreement id, e.g. us-au-framework-2025 (see `lodestone agreements`).")
    String id;

    @Option(names = "--on", paramLabel = "DATE", description = "Date for deadlines, YYYY-MM-DD (default: today).")
    LocalDate on;

    @Option(
            names = "--to",
            paramLabel = "YEAR",
            defaultValue = "2035",
            description = "Last year of the outlook" + " (default: ${DEFAULT-VALUE}).")
    int toYear;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    /**
     * @param agreement the agreement
     * @param outlooks the delivery outlook per mineral of its projects' capacity
     */
    record Result(AgreementView agreement, List<OutlookView> outlooks) {}

    @Override
    public Integer call() {
        KnowledgeSnapshot snapshot = store.snapshot();
        Agreement agreement = snapshot.policy()
                .agreement(id)
                .orElseThrow(() -> new UserException(
                        "agreement (" + id + ") is unknown.\nMaybe run `lodestone agreements` to list the ids."));
        LocalDate date = on == null ? LocalDate.now(Clocks.SYSTEM) : on;
        AgreementView view = AgreementView.of(snapshot, agreement, date);
        Map<String, Project> projects = snapshot.policy().projectsById();
        List<Project> linked = agreement.projects().stream().map(projects::get).toList();
        List<OutlookView> outlooks = new ArrayList<>();
        linked.stream()
                .flatMap(p -> p.capacity().stream())
                .map(c -> c.mineral())
                .distinct()
                .sorted()
                .forEach(mineral -> outlooks.add(
                        OutlookView.of(DeliveryOutlook.forMineral(snapshot, mineral, linked, date.getYear(), toYear))));
        Result result = new Result(view, outlooks);
        PrintWriter out = spec.commandLine().getOut();
        switch (store.format) {
            case JSON -> Output.json(out, result);
            case CSV ->
                Output.csv(
                        out,
                        List.of("agreement", "criterion", "points", "max_points", "reason"),
                        view.scorecard().criteria().stream()
                                .map(c -> List.<Object>of(view.id(), c.id(), c.points(), c.maxPoints(), c.reason()))
                                .toList());
            case TABLE -> table(out, view, outlooks, date);
        }
        return 0;
    }

    private static void table(PrintWriter out, AgreementView view, List<OutlookView> outlooks, LocalDate date) {
        out.println(view.title());
        out.println("[" + view.id() + "] " + view.kind() + ", signed " + view.signed() + ", " + view.place());
        out.println("Parties: " + String.join("; ", view.parties()));
        out.println("Minerals: " + String.join(", ", view.minerals()));
        if (!view.titleVariants().isEmpty()) {
            out.println("Also called: " + String.join("; ", view.titleVariants()));
        }
        out.println();
        out.println("== MONEY ==");
        if (view.money().isEmpty()) {
            out.println("No amount in the sources.");
        }
        view.money()
                .forEach(m -> out.println("- " + m.qualifier().replace('-', ' ').toUpperCase(Locale.ROOT) + " "
                        + m.currency() + " " + Output.number(m.amount()) + " [" + m.purpose() + "] " + m.payer()
                        + (m.pressOnly() ? " (PRESS ONLY)" : "") + " ("
                        + (m.source() == null ? "no source" : m.source()) + ")"
                        + (m.note().isEmpty() ? "" : ": " + m.note())));
        out.println();
        out.println("== COMMITMENTS (deadlines as of " + date + ") ==");
        view.commitments()
                .forEach(c -> out.println("- " + c.text()
                        + (c.deadline() == null
                                ? ""
                                : " [deadline " + c.deadline()
                                        + (c.deadlinePassed() ? ", passed; no record of delivery in the store" : "")
                                        + "]")
                        + " (" + c.source() + ")"));
        out.println();
        out.println("== CLAUSES ==");
        view.clauses()
                .forEach((name, text) -> out.println("- " + name + ": " + (text == null ? "none recorded" : text)));
        out.println();
        out.println("== CONCRETENESS SCORE: " + view.scorecard().points() + " of "
                + view.scorecard().maxPoints() + " ==");
        Output.table(
                out,
                List.of("CRITERION", "POINTS", "REASON"),
                view.scorecard().criteria().stream()
                        .map(c -> List.of(c.name(), c.points() + "/" + c.maxPoints(), c.reason()))
                        .toList(),
                90);
        out.println();
        out.println("== PROJECTS ==");
        if (view.projects().isEmpty()) {
            out.println("No linked project.");
        }
        for (AgreementView.ProjectView p : view.projects()) {
            out.println("- " + p.name() + " [" + p.id() + "], " + p.country() + ", " + p.stage() + ", operator "
                    + p.operator());
            if (p.capacityTonnesPerYear() != null) {
                out.println("  capacity " + Output.number(p.capacityTonnesPerYear()) + " t/yr " + p.capacityBasis()
                        + " (" + p.capacitySource() + ")");
            }
            out.println("  status: " + p.status());
            p.parameters().forEach(text -> out.println("  " + text));
            p.conflictingFigures()
                    .forEach(c ->
                            out.println("  sources disagree on " + c.field() + ": " + String.join(" | ", c.values())));
        }
        for (OutlookView outlook : outlooks) {
            OutlookCommand.print(out, outlook);
        }
        out.println();
        out.println("== SOURCES ==");
        view.sources()
                .forEach(s -> out.println("[" + s.id() + "] " + s.publisher() + ", \"" + s.title() + "\" (" + s.tier()
                        + ") " + (s.url() == null ? "" : s.url())));
        if (!view.note().isEmpty()) {
            out.println();
            out.println("Note: " + view.note());
        }
    }
}
