package lodestone.app.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import lodestone.report.Query;
import lodestone.report.dependency.DependencyView;
import lodestone.report.mineral.MineralQuery;
import lodestone.report.mineral.MineralReport;
import lodestone.report.table.Format;
import lodestone.report.table.Table;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code lodestone mineral <id>}: supply by stage, concentration, reserves, dependency, lists, sources. */
@Command(
        name = "mineral",
        mixinStandardHelpOptions = true,
        description = {
            "Show one mineral: per stage, the producing countries with quantity, share, source and flags; the HHI"
                    + " (0-10,000) and top-3 share; reserves; the perspective country's net import reliance, import"
                    + " sources and look-through exposure; list memberships; and every source used.",
            "Where several sources cover a stage (USGS production, EU CRM shares) all are shown; the first is the"
                    + " one the resolution policy prefers (most recent period, then source tier)."
        })
final class MineralCommand extends QueryCommand<MineralReport> {
    @Parameters(paramLabel = "MINERAL", description = "Mineral id or name, e.g. rare-earths, gallium, Dy.")
    String mineral;

    @Option(
            names = "--year",
            paramLabel = "YEAR",
            description = "Year of production data (default: the latest year of each series).")
    Integer year;

    @Option(
            names = "--perspective",
            paramLabel = "ISO2",
            description = "The importing country whose dependency is shown (default: US).")
    String perspective;

    @Override
    Query<MineralReport> query() {
        return new MineralQuery(mineral, year, perspective);
    }

    @Override
    void text(PrintWriter out, MineralReport report) {
        MineralReport.MineralInfo info = report.mineral();
        out.println(info.name() + " (" + info.id() + ")" + (info.symbol() == null ? "" : ", " + info.symbol())
                + (info.groups().isEmpty() ? "" : ", groups: " + String.join(", ", info.groups())));
        if (!info.members().isEmpty()) {
            out.println("Covers: " + String.join(", ", info.members()));
        }
        for (MineralReport.StageView stage : report.stages()) {
            out.println();
            out.println("== " + stage.stage().toUpperCase(Locale.ROOT) + " ==");
            stage.supply().stream()
                    .filter(set -> set.mineral().equals(info.id()))
                    .forEach(set -> printSet(out, report, stage.stage(), set));
            List<MineralReport.SupplySetView> members = stage.supply().stream()
                    .filter(set -> !set.mineral().equals(info.id()))
                    .toList();
            if (!members.isEmpty()) {
                out.println("By element (" + members.get(0).series() + ", "
                        + members.get(0).period() + ", source "
                        + String.join(", ", members.get(0).sources()) + "):");
                Output.table(
                        out, Table.of(MineralReport.MEMBER_COLUMNS, members).width(30));
            }
        }
        out.println();
        out.println("== RESERVES ==");
        if (report.reserves().isEmpty()) {
            out.println("No reserves data.");
        } else {
            Output.table(
                    out,
                    Table.of(MineralReport.RESERVE_COLUMNS, report.reserves()).width(60));
        }
        out.println();
        DependencyView d = report.dependency();
        out.println("== DEPENDENCY OF " + d.perspective() + " ==");
        RiskCommand.printDependency(out, d);
        out.println();
        out.println("== LISTS ==");
        if (report.lists().isEmpty()) {
            out.println("On none of the lists in the store.");
        }
        report.lists()
                .forEach(l -> out.println(l.name() + " (" + l.published() + "): \"" + l.entry() + "\""
                        + (l.note().isEmpty() ? "" : " - " + l.note())));
        out.println();
        out.println("== SOURCES ==");
        report.sources()
                .forEach(s ->
                        out.println("[" + s.id() + "] " + s.attribution() + (s.url() == null ? "" : " " + s.url())));
        out.println();
        out.println("Preferred share set: " + report.resolutionPolicy() + ".");
    }

    private static String remainder(double share) {
        return share < 0
                ? "named lines exceed the rounded world total by " + Format.percent(-share)
                : Format.percent(share) + " not attributed to a named producer";
    }

    private static void printSet(PrintWriter out, MineralReport report, String stage, MineralReport.SupplySetView set) {
        out.println((set.preferred() ? "* " : "  ") + set.series() + ", " + set.period() + " (" + set.basis()
                + "), source " + String.join(", ", set.sources()) + (set.preferred() ? " [preferred]" : ""));
        String world = set.worldTotal() == null
                ? (set.totalComputed() ? "world total not published; sum of lines used" : "shares as published")
                : "world " + Format.number(set.worldTotal()) + " " + set.unit()
                        + (set.worldFlags().isEmpty() ? "" : " (" + String.join(", ", set.worldFlags()) + ")");
        out.println("  " + world + "; HHI " + Format.number(set.hhi()) + " (upper bound "
                + Format.number(set.hhiUpperBound()) + "); top-3 " + Format.percent(set.top3Share())
                + "; " + remainder(set.remainderShare()));
        Output.table(out, report.table(stage, set));
        for (MineralReport.NotCountedView line : set.notCounted()) {
            out.println("    not counted: " + line.name()
                    + (line.quantity() == null ? "" : " " + Format.number(line.quantity()))
                    + (line.flags().isEmpty() ? "" : " [" + String.join(",", line.flags()) + "]")
                    + (line.note().isEmpty() ? "" : " " + line.note()));
        }
    }
}
