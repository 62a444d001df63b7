package lodestone.app.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import java.util.concurrent.Callable;
import lodestone.app.view.MineralReport;
import lodestone.app.view.ShareView;
import lodestone.app.view.SourceView;
import lodestone.model.knowledge.KnowledgeSnapshot;
import lodestone.model.mineral.Mineral;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code lodestone mineral <id>}: supply by stage, concentration, reserves, U.S. dependency, lists, sources. */
@Command(
        name = "mineral",
        mixinStandardHelpOptions = true,
        description = {
            "Show one mineral: per stage, the producing countries with quantity, share, source and flags; the HHI"
                    + " (0-10,000) and top-3 share; reserves; U.S. net import reliance and import sources; list"
                    + " memberships; and every source used.",
            "Where several sources cover a stage (USGS production, EU CRM shares) all are shown; the first is the"
                    + " one the resolution policy prefers (most recent period, then source tier)."
        })
final class MineralCommand implements Callable<Integer> {
    @Mixin
    StoreOptions store;

    @Mixin
    EditionOption edition;

    @Parameters(paramLabel = "MINERAL", description = "Mineral id or name, e.g. rare-earths, gallium, Dy.")
    String mineral;

    @Option(
            names = "--year",
            paramLabel = "YEAR",
            description = "Year of production data (default: the latest year of each series).")
    Integer year;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        KnowledgeSnapshot snapshot = edition.snapshot(store);
        Mineral found = Lookup.mineral(snapshot, mineral);
        if (year != null && (year < 1900 || year > 2100)) {
            throw new UserException("year (" + year + ") must be between 1900 and 2100.");
        }
        MineralReport report =
                MineralReport.build(snapshot, found.id(), year == null ? OptionalInt.empty() : OptionalInt.of(year));
        PrintWriter out = spec.commandLine().getOut();
        switch (store.format) {
            case JSON -> Output.json(out, report);
            case CSV ->
                Output.csv(
                        out,
                        List.of(
                                "mineral",
                                "stage",
                                "series",
                                "period",
                                "preferred",
                                "country",
                                "name",
                                "quantity",
                                "unit",
                                "share",
                                "flags",
                                "source",
                                "locator"),
                        csvRows(report));
            case TABLE ->
                table(
                        out,
                        report,
                        edition.describe(report.sources().stream()
                                .map(SourceView::edition)
                                .filter(java.util.Objects::nonNull)
                                .toList()));
        }
        return 0;
    }

    private static List<List<Object>> csvRows(MineralReport report) {
        List<List<Object>> rows = new ArrayList<>();
        for (MineralReport.StageView stage : report.stages()) {
            for (MineralReport.SupplySetView set : stage.supply()) {
                for (ShareView share : set.shares()) {
                    rows.add(List.of(
                            set.mineral(),
                            stage.stage(),
                            set.series(),
                            set.period(),
                            set.preferred(),
                            share.country(),
                            share.name(),
                            share.quantity() == null ? "" : share.quantity(),
                            share.unit() == null ? "" : share.unit(),
                            share.share(),
                            String.join(";", share.flags()),
                            share.source().id(),
                            share.locator()));
                }
            }
        }
        return rows;
    }

    private static void table(PrintWriter out, MineralReport report, String editions) {
        MineralReport.MineralInfo info = report.mineral();
        out.println(info.name() + " (" + info.id() + ")" + (info.symbol() == null ? "" : ", " + info.symbol())
                + (info.groups().isEmpty() ? "" : ", groups: " + String.join(", ", info.groups())));
        if (!info.members().isEmpty()) {
            out.println("Covers: " + String.join(", ", info.members()));
        }
        if (!editions.isEmpty()) {
            out.println(editions);
        }
        for (MineralReport.StageView stage : report.stages()) {
            out.println();
            out.println("== " + stage.stage().toUpperCase(java.util.Locale.ROOT) + " ==");
            List<MineralReport.SupplySetView> own = stage.supply().stream()
                    .filter(set -> set.mineral().equals(info.id()))
                    .toList();
            for (MineralReport.SupplySetView set : own) {
                printSet(out, set);
            }
            List<MineralReport.SupplySetView> members = stage.supply().stream()
                    .filter(set -> !set.mineral().equals(info.id()))
                    .toList();
            if (!members.isEmpty()) {
                out.println("By element (" + members.get(0).series() + ", "
                        + members.get(0).period() + ", source "
                        + String.join(", ", members.get(0).sources()) + "):");
                Output.table(
                        out,
                        List.of("ELEMENT", "LARGEST", "SHARE", "2ND", "SHARE", "HHI", "TOP-3"),
                        members.stream()
                                .map(set -> List.of(
                                        set.mineral(),
                                        set.shares().get(0).name(),
                                        Output.percent(set.shares().get(0).share()),
                                        set.shares().size() > 1
                                                ? set.shares().get(1).name()
                                                : "",
                                        set.shares().size() > 1
                                                ? Output.percent(
                                                        set.shares().get(1).share())
                                                : "",
                                        Output.number(set.hhi()),
                                        Output.percent(set.top3Share())))
                                .toList(),
                        30);
            }
        }
        out.println();
        out.println("== STAGE COVERAGE ==");
        report.coverage().forEach(stage -> out.println(stage.stage() + ": " + stage.sources()));
        out.println();
        out.println("== RESERVES ==");
        if (report.reserves().isEmpty()) {
            out.println("No reserves data.");
        } else {
            Output.table(
                    out,
                    List.of("COUNTRY", "RESERVES", "UNIT", "FLAGS", "NOTE"),
                    report.reserves().stream()
                            .map(r -> List.of(
                                    r.name(),
                                    r.quantity() == null ? r.raw() : Output.number(r.quantity()),
                                    r.unit() == null ? "" : r.unit(),
                                    String.join(",", r.flags()),
                                    r.note()))
                            .toList(),
                    60);
        }
        out.println();
        out.println("== U.S. DEPENDENCY ==");
        for (MineralReport.RelianceView reliance : report.dependency().netImportReliance()) {
            out.println("Net import reliance " + reliance.year() + ": "
                    + (reliance.value() == null
                            ? reliance.raw()
                            : (reliance.flags().contains("greater-than")
                                            ? ">"
                                            : reliance.flags().contains("less-than") ? "<" : "")
                                    + Output.percent(reliance.value()))
                    + " (" + reliance.series() + "; " + reliance.source() + ")");
        }
        if (!report.dependency().importSources().isEmpty()) {
            Output.table(
                    out,
                    List.of("IMPORT SOURCE", "RANK", "SHARE", "PERIOD", "SERIES", "SOURCE"),
                    report.dependency().importSources().stream()
                            .map(s -> List.of(
                                    s.name(),
                                    s.rank() == null ? "" : s.rank().toString(),
                                    s.share() == null ? "" : Output.percent(s.share()),
                                    s.period(),
                                    s.series(),
                                    s.source()))
                            .toList(),
                    45);
        }
        if (report.dependency().netImportReliance().isEmpty()
                && report.dependency().importSources().isEmpty()) {
            out.println("No U.S. dependency data.");
        }
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
                ? "named lines exceed the rounded world total by " + Output.percent(-share)
                : Output.percent(share) + " not attributed to a named producer";
    }

    private static void printSet(PrintWriter out, MineralReport.SupplySetView set) {
        out.println((set.preferred() ? "* " : "  ") + set.series() + ", " + set.period() + " (" + set.basis()
                + "), source " + String.join(", ", set.sources()) + (set.preferred() ? " [preferred]" : ""));
        String world = set.worldTotal() == null
                ? set.totalBasis()
                : "world " + Output.number(set.worldTotal()) + " " + set.unit()
                        + (set.worldFlags().isEmpty() ? "" : " (" + String.join(", ", set.worldFlags()) + ")");
        out.println("  " + world + "; HHI " + Output.number(set.hhi()) + " (upper bound "
                + Output.number(set.hhiUpperBound()) + "); top-3 " + Output.percent(set.top3Share())
                + "; " + remainder(set.remainderShare()));
        Output.table(
                out,
                List.of("  COUNTRY", "QUANTITY", "UNIT", "SHARE", "FLAGS", "NOTE"),
                set.shares().stream()
                        .map(s -> List.of(
                                "  " + s.name() + " (" + s.country() + ")",
                                s.quantity() == null ? "" : Output.number(s.quantity()),
                                s.unit() == null ? "" : s.unit(),
                                (s.flags().contains("less-than") ? "<" : "") + Output.percent(s.share()),
                                String.join(",", s.flags()),
                                s.note()))
                        .toList(),
                60);
        for (MineralReport.NotCountedView line : set.notCounted()) {
            out.println("    not counted: " + line.name()
                    + (line.quantity() == null ? "" : " " + Output.number(line.quantity()))
                    + (line.flags().isEmpty() ? "" : " [" + String.join(",", line.flags()) + "]")
                    + (line.note().isEmpty() ? "" : " " + line.note()));
        }
    }
}
