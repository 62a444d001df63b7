package lodestone.app.cli;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import lodestone.app.view.OutlookView;
import lodestone.app.view.PolicyQueries;
import lodestone.model.knowledge.KnowledgeSnapshot;
import lodestone.model.mineral.Mineral;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code lodestone outlook <mineral>}: expected capacity from partner projects and its effect on China's share. */
@Command(
        name = "outlook",
        mixinStandardHelpOptions = true,
        description = {
            "Delivery outlook for a mineral: the capacity the recorded projects would add each year (expected, and"
                    + " P10/P50/P90 from independent delivery probabilities), and what it would do to China's share of"
                    + " world supply at the project's stage, holding other producers at the latest USGS year.",
            "Every parameter is sourced or an explicit assumption with its rationale; see docs/methods/agreements.md."
        })
final class OutlookCommand implements Callable<Integer> {
    @Mixin
    StoreOptions store;

    @Parameters(paramLabel = "MINERAL", description = "Mineral id or name, e.g. gallium, tungsten.")
    String mineral;

    @Option(names = "--from", paramLabel = "YEAR", description = "First year (default: this year).")
    Integer fromYear;

    @Option(
            names = "--to",
            paramLabel = "YEAR",
            defaultValue = "2035",
            description = "Last year (default: ${DEFAULT-VALUE}).")
    int toYear;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        KnowledgeSnapshot snapshot = store.snapshot();
        Mineral found = Lookup.mineral(snapshot, mineral);
        int from = fromYear == null ? LocalDate.now(Clocks.SYSTEM).getYear() : fromYear;
        OutlookView view = PolicyQueries.outlook(snapshot, found.id(), from, toYear);
        PrintWriter out = spec.commandLine().getOut();
        switch (store.format) {
            case JSON -> Output.json(out, view);
            case CSV ->
                Output.csv(
                        out,
                        List.of(
                                "mineral",
                                "year",
                                "expected_t",
                                "p10_t",
                                "p50_t",
                                "p90_t",
                                "china_share_baseline",
                                "china_share_expected",
                                "china_share_high",
                                "china_share_low"),
                        view.years().stream()
                                .map(y -> List.<Object>of(
                                        view.mineral(),
                                        y.year(),
                                        y.expectedTonnesPerYear(),
                                        y.p10TonnesPerYear(),
                                        y.p50TonnesPerYear(),
                                        y.p90TonnesPerYear(),
                                        orEmpty(y.chinaShareBaseline()),
                                        orEmpty(y.chinaShareExpected()),
                                        orEmpty(y.chinaShareHigh()),
                                        orEmpty(y.chinaShareLow())))
                                .toList());
            case TABLE -> print(out, view);
        }
        return 0;
    }

    private static Object orEmpty(Double value) {
        return value == null ? "" : value;
    }

    static void print(PrintWriter out, OutlookView view) {
        out.println();
        out.println("== DELIVERY OUTLOOK: " + view.mineral() + " " + view.fromYear() + "-" + view.toYear() + " ==");
        out.println("Baseline: " + view.baseline());
        for (OutlookView.ProjectRow project : view.projects()) {
            out.println((project.included() ? "+ " : "- excluded: ") + project.name() + " [" + project.id() + "]"
                    + (project.included() ? "" : ": " + project.exclusionReason()));
            if (project.included()) {
                project.parameters().forEach(p -> out.println("    " + p));
            }
        }
        boolean share = view.years().stream().anyMatch(y -> y.chinaShareBaseline() != null);
        List<String> header = share
                ? List.of("YEAR", "EXPECTED t/yr", "P10", "P50", "P90", "CHINA SHARE (BASE)", "WITH EXPECTED", "RANGE")
                : List.of("YEAR", "EXPECTED t/yr", "P10", "P50", "P90");
        Output.table(
                out,
                header,
                view.years().stream()
                        .map(y -> share
                                ? List.of(
                                        Integer.toString(y.year()),
                                        Output.number(y.expectedTonnesPerYear()),
                                        Output.number(y.p10TonnesPerYear()),
                                        Output.number(y.p50TonnesPerYear()),
                                        Output.number(y.p90TonnesPerYear()),
                                        Output.percent(y.chinaShareBaseline()),
                                        Output.percent(y.chinaShareExpected()),
                                        Output.percent(y.chinaShareLow()) + " - " + Output.percent(y.chinaShareHigh()))
                                : List.of(
                                        Integer.toString(y.year()),
                                        Output.number(y.expectedTonnesPerYear()),
                                        Output.number(y.p10TonnesPerYear()),
                                        Output.number(y.p50TonnesPerYear()),
                                        Output.number(y.p90TonnesPerYear())))
                        .toList(),
                30);
        out.println("Assumptions:");
        view.assumptions().forEach(a -> out.println("  - " + a));
    }
}
