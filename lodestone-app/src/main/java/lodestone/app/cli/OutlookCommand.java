package lodestone.app.cli;

import java.io.PrintWriter;
import lodestone.report.Defaults;
import lodestone.report.Query;
import lodestone.report.policy.OutlookQuery;
import lodestone.report.policy.OutlookView;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

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
final class OutlookCommand extends QueryCommand<OutlookView> {
    @Parameters(paramLabel = "MINERAL", description = "Mineral id or name, e.g. gallium, tungsten.")
    String mineral;

    @Option(names = "--from", paramLabel = "YEAR", description = "First year (default: this year).")
    Integer fromYear;

    @Option(
            names = "--to",
            paramLabel = "YEAR",
            description = "Last year (default: " + Defaults.OUTLOOK_LAST_YEAR + ").")
    Integer toYear;

    @Override
    Query<OutlookView> query() {
        return new OutlookQuery(mineral, fromYear, toYear);
    }

    @Override
    void text(PrintWriter out, OutlookView view) {
        print(out, view);
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
        Output.table(out, view.table());
        out.println("Assumptions:");
        view.assumptions().forEach(a -> out.println("  - " + a));
    }
}
