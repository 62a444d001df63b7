package lodestone.app.cli;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import lodestone.report.Defaults;
import lodestone.report.dependency.DependencyView;
import lodestone.report.risk.EuBreakdownQuery;
import lodestone.report.risk.EuRanking;
import lodestone.report.risk.EuRankingQuery;
import lodestone.report.risk.RiskBreakdown;
import lodestone.report.risk.RiskBreakdownQuery;
import lodestone.report.risk.RiskMethod;
import lodestone.report.risk.RiskRanking;
import lodestone.report.risk.RiskRankingQuery;
import lodestone.report.risk.RiskView.ComponentView;
import lodestone.report.risk.RiskView.EuView;
import lodestone.report.risk.RiskView.InputView;
import lodestone.report.risk.RiskView.ListView;
import lodestone.report.risk.RiskView.MeasureLine;
import lodestone.report.source.SourceView;
import lodestone.report.table.Format;
import lodestone.report.table.Table;
import lodestone.risk.eu.EuRecomputation;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code lodestone risk}: the supply-risk ranking of every mineral, or one mineral's breakdown. */
@Command(
        name = "risk",
        mixinStandardHelpOptions = true,
        description = {
            "Rank every mineral by supply risk, with every component and its inputs and sources, or show one"
                    + " mineral's breakdown: concentration per stage (shares, HHI, top-1/top-3, a chosen country's"
                    + " share), dependency of the perspective country with look-through exposure, measures in force"
                    + " on the date, and partner supply.",
            "--method lodestone (default): 100 · C · (1 + D)/2 · (2 + M)/3 · (1 − A/4); see"
                    + " docs/methods/lodestone-index.md.",
            "--method eu-2017: the EU supply risk recomputed for 2023 (published t and t adjusted to the measures in"
                    + " force on --on), its error against the published values, and list membership; see"
                    + " docs/methods/eu-supply-risk.md."
        })
final class RiskCommand implements Callable<Integer> {
    @Mixin
    StoreOptions store;

    @Parameters(index = "0", arity = "0..1", paramLabel = "MINERAL", description = "Show this mineral's breakdown.")
    String mineral;

    @Option(names = "--method", paramLabel = "METHOD", description = "lodestone (default) or eu-2017.")
    String method;

    @Option(names = "--year", paramLabel = "YEAR", description = "Latest data year to use (default: the latest).")
    Integer year;

    @Option(
            names = "--perspective",
            paramLabel = "ISO2",
            description = "The importing country (default: " + Defaults.PERSPECTIVE + ").")
    String perspective;

    @Option(
            names = "--on",
            paramLabel = "DATE",
            description = "Date for measures in force, YYYY-MM-DD (default: today).")
    LocalDate on;

    @Option(
            names = "--country",
            paramLabel = "ISO2",
            description = "Country whose share is shown for every stage in a breakdown (default: "
                    + Defaults.SHOWN_COUNTRY + ").")
    String country;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        RiskMethod chosen = RiskMethod.parse(method);
        if (chosen == RiskMethod.EU_2017) {
            if (perspective != null && !perspective.equals(Defaults.PERSPECTIVE)) {
                spec.commandLine()
                        .getErr()
                        .println("note: the EU method's perspective is the EU; --perspective is ignored.");
            }
            return mineral == null
                    ? QueryCommand.answer(store, spec, new EuRankingQuery(on), RiskCommand::euRanking)
                    : QueryCommand.answer(store, spec, new EuBreakdownQuery(mineral, on), RiskCommand::euBreakdown);
        }
        return mineral == null
                ? QueryCommand.answer(store, spec, new RiskRankingQuery(perspective, on, year), RiskCommand::ranking)
                : QueryCommand.answer(
                        store,
                        spec,
                        new RiskBreakdownQuery(mineral, perspective, country, on, year),
                        RiskCommand::breakdown);
    }

    private static void ranking(PrintWriter out, RiskRanking ranking) {
        out.println("Lodestone supply-risk index for " + ranking.perspectiveName() + " on " + ranking.on() + ": "
                + ranking.formula());
        out.println("C concentration weighted by governance, D dependency with look-through, M measures in"
                + " force, A partner supply; * = partly assumed. Details: lodestone risk MINERAL.");
        Output.table(out, ranking.table());
        out.println(ranking.unscored().size() + " minerals without supply shares are not scored.");
    }

    private static void breakdown(PrintWriter out, RiskBreakdown b) {
        out.println(b.name() + " (" + b.mineral() + "): supply risk for " + b.perspective() + " on " + b.on());
        out.println(
                b.score() == null ? b.formula() : "score " + Format.fixed(b.score(), 1) + " (rank " + b.rank() + ")");
        if (b.score() != null) {
            out.println("  " + b.formula());
        }
        out.println();
        out.println("Components:");
        for (ComponentView c : b.components()) {
            out.println("  " + c.name() + " = " + Format.fixed(c.value(), 4) + (c.assumed() ? " (partly assumed)" : "")
                    + ": " + c.formula());
            int shown = 0;
            for (InputView i : c.inputs()) {
                if (++shown > 12) {
                    out.println("    ... " + (c.inputs().size() - 12) + " more inputs in --format json");
                    break;
                }
                out.println("    - " + i.name() + " = " + (i.value() == null ? "n/a" : Format.fixed(i.value(), 4))
                        + " [" + i.source() + (i.locator().isEmpty() ? "" : ", " + i.locator()) + "]"
                        + (i.note().isEmpty() ? "" : " " + i.note()));
            }
        }
        String chosen = b.concentration().isEmpty()
                ? Defaults.SHOWN_COUNTRY
                : b.concentration().get(0).chosenCountry();
        out.println();
        out.println("Concentration per stage (" + chosen + "'s share shown):");
        Output.table(out, Table.of(RiskBreakdown.concentrationColumns(chosen), b.concentration()));
        out.println("Shares are of named producers; the remainder (\"Other countries\", withheld) is never one"
                + " producer and is excluded from the HHI (upper bound in JSON).");
        out.println();
        printDependency(out, b.dependency());
        out.println();
        out.println("Measures in force on " + b.on() + " covering exports to " + b.perspective() + ":"
                + (b.measures().isEmpty() ? " none." : ""));
        for (MeasureLine m : b.measures()) {
            out.println("  " + m.id() + " (" + m.issuer() + ", " + m.kind() + "): " + m.status());
        }
        if (b.eu() != null) {
            EuView e = b.eu();
            out.println();
            out.println("EU 2017 method (2023 inputs): SR " + Format.fixed(e.supplyRisk(), 2) + " recomputed ("
                    + e.stage() + ", " + e.scope() + "), published "
                    + (e.publishedStageSupplyRisk() == null ? "n/a" : Format.fixed(e.publishedStageSupplyRisk(), 1))
                    + "; policy-adjusted " + Format.fixed(e.policyAdjustedSupplyRisk(), 2));
        }
        out.println();
        out.println("Sources: "
                + String.join(", ", b.sources().stream().map(SourceView::id).toList()));
    }

    /** Prints the dependency query's answer: reliance, import sources, exposures, the note. */
    static void printDependency(PrintWriter out, DependencyView d) {
        out.println("Dependency of " + d.perspective() + ": net import reliance "
                + (d.netImportReliance() == null
                        ? "unknown"
                        : Format.percent(d.netImportReliance()) + " (" + d.nirPeriod() + ", " + d.nirSource() + ")")
                + (d.dataFrom().equals(d.mineral()) ? "" : " of " + d.dataFrom()));
        for (DependencyView.RelianceView r : d.relianceHistory()) {
            out.println("  " + r.year() + ": "
                    + (r.value() == null
                            ? r.raw()
                            : (r.flags().contains("greater-than")
                                            ? ">"
                                            : r.flags().contains("less-than") ? "<" : "")
                                    + Format.percent(r.value()))
                    + " (" + r.series() + "; " + r.source() + ")");
        }
        if (!d.importSources().isEmpty()) {
            Output.table(
                    out,
                    Table.of(DependencyView.IMPORT_COLUMNS, d.importSources()).width(45));
        }
        if (!d.exposures().isEmpty()) {
            Output.table(
                    out,
                    Table.of(
                            DependencyView.EXPOSURE_COLUMNS,
                            d.exposures().subList(0, Math.min(8, d.exposures().size()))));
        }
        out.println("  " + d.note());
    }

    private static void euRanking(PrintWriter out, EuRanking r) {
        out.println("EU supply risk (2017 method), 2023 inputs; policy-adjusted t on " + r.on()
                + ". Critical: SR >= 1.0 and EI >= 2.8.");
        for (ListView l : r.lists()) {
            out.println("  " + l.year() + " list from published SR/EI: " + l.critical() + " critical"
                    + (l.strategicAdditions().isEmpty()
                            ? ""
                            : " + " + l.strategicAdditions().size() + " strategic ("
                                    + String.join(", ", l.strategicAdditions()) + ") = " + l.total()));
        }
        for (Map.Entry<String, EuRecomputation.Stats> e : r.recomputation().entrySet()) {
            EuRecomputation.Stats s = e.getValue();
            out.println(String.format(
                    Locale.ROOT,
                    "  recomputation %s: n %d, MAE %.3f, bias %+.3f, median |error| %.3f, within ±0.05 %d,"
                            + " within ±0.15 %d, Spearman %.3f",
                    e.getKey(),
                    s.n(),
                    s.meanAbsoluteError(),
                    s.bias(),
                    s.medianAbsoluteError(),
                    s.within005(),
                    s.within015(),
                    s.spearman()));
        }
        Output.table(out, r.table());
    }

    private static void euBreakdown(PrintWriter out, EuView view) {
        out.println(view.material() + " (" + view.mineral() + "), EU 2017 method with 2023 inputs, stage "
                + view.stage() + ", scope " + view.scope());
        out.println("  " + view.formula());
        out.println("  published stage SR "
                + (view.publishedStageSupplyRisk() == null ? "n/a" : view.publishedStageSupplyRisk())
                + " (third-party transcription), Annex 4 SR "
                + (view.annexSupplyRisk() == null ? "n/a" : view.annexSupplyRisk())
                + "; policy-adjusted SR: " + Format.fixed(view.policyAdjustedSupplyRisk(), 3));
        out.println("  inputs: " + view.inputStatus() + (view.inputNote().isEmpty() ? "" : "; " + view.inputNote()));
        Output.table(out, view.table());
    }
}
