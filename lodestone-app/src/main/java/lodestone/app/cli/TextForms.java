package lodestone.app.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import lodestone.news.article.Article;
import lodestone.news.extract.Claim;
import lodestone.news.extract.Event;
import lodestone.news.reconcile.CheckReport;
import lodestone.news.reconcile.ClaimCheck;
import lodestone.news.reconcile.Difference;
import lodestone.news.reconcile.EventCheck;
import lodestone.news.reconcile.Flag;
import lodestone.news.reconcile.ReferenceValue;
import lodestone.report.Defaults;
import lodestone.report.country.CountryReport;
import lodestone.report.dependency.DependencyView;
import lodestone.report.edition.EditionDiffView;
import lodestone.report.mineral.MineralReport;
import lodestone.report.mineral.MineralsResult;
import lodestone.report.news.CheckResult;
import lodestone.report.policy.AgreementListing;
import lodestone.report.policy.AgreementReport;
import lodestone.report.policy.AgreementView;
import lodestone.report.policy.BuffersResult;
import lodestone.report.policy.MeasureView;
import lodestone.report.policy.MeasuresResult;
import lodestone.report.policy.OutlookView;
import lodestone.report.risk.EuRanking;
import lodestone.report.risk.RiskBreakdown;
import lodestone.report.risk.RiskDiagnostics;
import lodestone.report.risk.RiskRanking;
import lodestone.report.risk.RiskView.ComponentView;
import lodestone.report.risk.RiskView.EuView;
import lodestone.report.risk.RiskView.InputView;
import lodestone.report.risk.RiskView.ListView;
import lodestone.report.risk.RiskView.MeasureLine;
import lodestone.report.risk.RiskView.UsgsView;
import lodestone.report.risk.UsgsRiskRanking;
import lodestone.report.source.SourceListing;
import lodestone.report.source.SourceView;
import lodestone.report.table.Format;
import lodestone.report.table.Table;
import lodestone.report.table.Tabular;
import lodestone.risk.eu.EuRecomputation;
import lodestone.risk.usgs.UsgsAssessment;
import lodestone.risk.validation.RankingDiagnostics;

/**
 * The text people read, per result: headings and sentences around the result's tables, whose columns the result
 * declares. A result without a form of its own prints its table.
 */
final class TextForms {
    private TextForms() {}

    /**
     * @param out where to
     * @param result a report-layer result
     */
    static void print(PrintWriter out, Object result) {
        if (result instanceof MineralsResult r) {
            minerals(out, r);
        } else if (result instanceof MineralReport r) {
            mineral(out, r);
        } else if (result instanceof CountryReport r) {
            country(out, r);
        } else if (result instanceof SourceListing r) {
            sources(out, r);
        } else if (result instanceof MeasuresResult r) {
            measures(out, r);
        } else if (result instanceof MeasureView r) {
            measure(out, r);
        } else if (result instanceof AgreementReport r) {
            agreement(out, r);
        } else if (result instanceof OutlookView r) {
            outlook(out, r);
        } else if (result instanceof RiskRanking r) {
            ranking(out, r);
        } else if (result instanceof RiskBreakdown r) {
            breakdown(out, r);
        } else if (result instanceof EuRanking r) {
            euRanking(out, r);
        } else if (result instanceof EuView r) {
            euBreakdown(out, r);
        } else if (result instanceof UsgsRiskRanking r) {
            usgsRanking(out, r);
        } else if (result instanceof UsgsView r) {
            usgsBreakdown(out, r);
        } else if (result instanceof RiskDiagnostics r) {
            diagnostics(out, r);
        } else if (result instanceof EditionDiffView r) {
            diff(out, r);
        } else if (result instanceof BuffersResult r) {
            buffers(out, r);
        } else if (result instanceof AgreementListing r) {
            agreements(out, r);
        } else if (result instanceof CheckResult r) {
            r.reports().forEach(report -> check(out, report));
        } else if (result instanceof Tabular r) {
            Output.table(out, r.table());
        } else {
            Output.json(out, result);
        }
    }

    private static void minerals(PrintWriter out, MineralsResult result) {
        if (result.list() != null) {
            out.println(result.name() + ", published " + result.published() + " (" + result.count()
                    + " entries; source: " + result.sourceTitle() + ")");
        }
        Output.table(out, result.table());
    }

    private static void sources(PrintWriter out, SourceListing result) {
        result.rows().forEach(r -> {
            out.println("[" + r.source().id() + "] " + r.source().title());
            out.println("    publisher: " + r.source().publisher() + "; tier: "
                    + r.source().tier() + "; licence: " + r.source().licence() + "; observations: " + r.observations());
            out.println("    "
                    + (r.source().url() == null
                            ? "doi:" + r.source().doi()
                            : r.source().url()));
            out.println("    credit: " + r.source().attribution());
        });
    }

    private static void country(PrintWriter out, CountryReport result) {
        out.println(result.name() + " (" + result.country() + ", " + result.alpha3() + ")");
        out.println();
        if (result.production().isEmpty()) {
            out.println("No production or supply shares recorded.");
        } else {
            Output.table(out, result.table());
        }
        if (!result.reserves().isEmpty()) {
            out.println();
            Output.table(out, Table.of(CountryReport.RESERVE_COLUMNS, result.reserves()));
        }
    }

    private static void measures(PrintWriter out, MeasuresResult result) {
        out.println("Measures on " + result.on() + (result.measures().isEmpty() ? ": none match." : ":"));
        Output.table(out, result.table());
        out.println("Sources:");
        result.measures()
                .forEach(v -> out.println("  " + v.id() + (v.draft() == null ? "" : " [" + v.draft() + "]") + ": "
                        + String.join(
                                ", ", v.sources().stream().map(SourceView::id).toList())));
        if (result.newestSource() != null) {
            out.println(result.newestSource().line());
        }
    }

    private static void agreements(PrintWriter out, AgreementListing result) {
        if (result.agreements().isEmpty()) {
            out.println("No agreement matches.");
        }
        Output.table(out, result.table());
        out.println("Sources:");
        result.agreements()
                .forEach(v -> out.println("  " + v.id() + ": "
                        + String.join(
                                ", ", v.sources().stream().map(SourceView::id).toList())));
        if (result.newestSource() != null) {
            out.println(result.newestSource().line());
        }
    }

    private static void buffers(PrintWriter out, BuffersResult result) {
        out.println("Stockpiles and price floors for " + result.mineral() + " serving " + result.perspective() + " on "
                + result.on() + (result.buffers().isEmpty() ? ": none on record." : ":"));
        Output.table(out, result.table());
        out.println("Sources:");
        result.buffers().forEach(b -> out.println("  " + b.id() + ": " + String.join(", ", b.sources())));
        if (result.targetDaysInForce() != null) {
            out.println("Days of supply targeted by the reserves in force: " + result.targetDaysInForce() + ".");
        }
    }

    private static void diff(PrintWriter out, EditionDiffView view) {
        out.println("What " + view.to() + " revised in the data years it shares with " + view.from()
                + (view.mineral() == null ? "" : ", " + view.mineral()) + " (" + view.thresholds() + "):");
        Output.table(out, view.table());
        out.println(view.revisions().size() + " revisions among " + view.compared() + " figures both editions give; "
                + view.unpaired() + " figures are in one edition only.");
        if (!view.sources().isEmpty()) {
            out.println("Sources: " + String.join(", ", view.sources()) + " (see lodestone sources).");
        }
    }

    private static void usgsRanking(PrintWriter out, UsgsRiskRanking r) {
        out.println("USGS 2021 supply risk (Nassar and Fortier, OFR 2021-1045), list " + r.list() + ": " + r.formula());
        out.println("DP disruption potential, TE trade exposure, EV economic vulnerability (latest year); * = EV"
                + " assumed. " + r.aboveThreshold() + " of " + r.ranking().size()
                + " reach the published threshold 0.40. Details: lodestone risk MINERAL --method usgs-2021.");
        Output.table(out, r.table());
        out.println(r.notAssessed().size() + " minerals of the list are not assessed (no year with both U.S. net import"
                + " reliance and supply shares).");
    }

    private static void usgsBreakdown(PrintWriter out, UsgsView view) {
        out.println(view.name() + " (" + view.mineral() + "), USGS 2021 supply risk: "
                + (view.supplyRisk() == null
                        ? "not assessed"
                        : Format.fixed(view.supplyRisk(), 3) + (view.aboveThreshold() ? " (>= 0.40)" : " (< 0.40)")));
        out.println("  " + view.formula());
        for (UsgsAssessment.YearResult y : view.years()) {
            out.println("  " + y.year() + ": DP " + Format.fixed(y.disruptionPotential(), 4) + " ("
                    + y.disruptionFrom() + "), TE " + Format.fixed(y.tradeExposure(), 4) + ", EV "
                    + Format.fixed(y.economicVulnerability(), 4) + (y.vulnerabilityAssumed() ? " (assumed)" : "")
                    + ", SR " + Format.fixed(y.supplyRisk(), 4) + ", weight " + Format.fixed(y.weight(), 4));
        }
        components(out, view.components());
        out.println("  " + view.note());
    }

    private static void diagnostics(PrintWriter out, RiskDiagnostics result) {
        RankingDiagnostics.Correlation eu = result.diagnostics().euSupplyRisk2023();
        out.println("Diagnostics of " + result.method() + " over " + result.n()
                + " minerals (not a target; nothing is fitted to them):");
        out.println(String.format(
                Locale.ROOT, "  Spearman vs %s: %.3f over %d minerals", eu.against(), eu.spearman(), eu.n()));
        for (RankingDiagnostics.ListAgreement l : result.diagnostics().lists()) {
            out.println(String.format(
                    Locale.ROOT,
                    "  %s: AUC %.3f; %d of the top %d are on the list",
                    l.list(),
                    l.auc(),
                    l.membersInTop(),
                    l.members()));
        }
    }

    private static void measure(PrintWriter out, MeasureView view) {
        out.println(view.title() + " [" + view.id() + "]");
        out.println(
                "Issuer: " + view.issuer() + "; kind: " + view.kind() + "; legal reference: " + view.legalReference());
        out.println("Minerals: " + String.join(", ", view.minerals()) + "; destinations: "
                + String.join(", ", view.targets()));
        out.println("Status on " + view.status().on() + ": " + view.status().description()
                + (view.status().binds() ? " (binds)" : " (does not bind)"));
        if (!view.productForms().isEmpty()) {
            out.println("Product forms:");
            view.productForms().forEach(form -> out.println("  - " + form));
        }
        out.println();
        out.println("History:");
        Output.table(out, Table.of(MeasureView.EVENT_COLUMNS, view.events()).width(60));
        if (!view.note().isEmpty()) {
            out.println();
            out.println("Note: " + view.note());
        }
        out.println();
        out.println("Sources:");
        view.sources().forEach(s -> out.println("  " + s.line()));
    }

    private static void agreement(PrintWriter out, AgreementReport report) {
        AgreementView view = report.agreement();
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
                        + m.currency() + " " + Format.number(m.amount()) + " [" + m.purpose() + "] " + m.payer()
                        + (m.pressOnly() ? " (PRESS ONLY)" : "") + " ("
                        + (m.source() == null ? "no source" : m.source()) + ")"
                        + (m.note().isEmpty() ? "" : ": " + m.note())));
        out.println();
        out.println("== COMMITMENTS (deadlines as of " + report.on() + ") ==");
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
                Table.of(AgreementView.CRITERION_COLUMNS, view.scorecard().criteria())
                        .width(90));
        out.println();
        out.println("== PROJECTS ==");
        if (view.projects().isEmpty()) {
            out.println("No linked project.");
        }
        for (AgreementView.ProjectView p : view.projects()) {
            out.println("- " + p.name() + " [" + p.id() + "], " + p.country() + ", " + p.stage() + ", operator "
                    + p.operator());
            if (p.capacityTonnesPerYear() != null) {
                out.println("  capacity " + Format.number(p.capacityTonnesPerYear()) + " t/yr " + p.capacityBasis()
                        + " (" + p.capacitySource() + ")");
            }
            out.println("  status: " + p.status());
            p.parameters().forEach(text -> out.println("  " + text));
            p.conflictingFigures()
                    .forEach(c ->
                            out.println("  sources disagree on " + c.field() + ": " + String.join(" | ", c.values())));
        }
        for (OutlookView outlook : report.outlooks()) {
            outlook(out, outlook);
        }
        Output.sources(out, view.sources());
        if (!view.note().isEmpty()) {
            out.println();
            out.println("Note: " + view.note());
        }
    }

    private static void outlook(PrintWriter out, OutlookView view) {
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

    private static void mineral(PrintWriter out, MineralReport report) {
        MineralReport.MineralInfo info = report.mineral();
        out.println(info.name() + " (" + info.id() + ")" + (info.symbol() == null ? "" : ", " + info.symbol())
                + (info.groups().isEmpty() ? "" : ", groups: " + String.join(", ", info.groups())));
        if (!info.members().isEmpty()) {
            out.println("Covers: " + String.join(", ", info.members()));
        }
        if (!report.editions().isEmpty()) {
            out.println(report.editions());
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
        out.println("== STAGE COVERAGE ==");
        report.coverage().forEach(stage -> out.println(stage.stage() + ": " + stage.sources()));
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
        dependency(out, d);
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
                ? set.totalBasis()
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

    private static void ranking(PrintWriter out, RiskRanking ranking) {
        out.println("Lodestone supply-risk index for " + ranking.perspectiveName() + " on " + ranking.on() + ", list "
                + ranking.list() + ": " + ranking.formula());
        out.println("C concentration weighted by governance, D dependency with look-through, E economic importance, M"
                + " measures, A partner supply; * = partly assumed. Details: lodestone risk MINERAL.");
        Output.table(out, ranking.table());
        out.println(ranking.unscored().size() + " minerals of the list without supply shares are not scored"
                + (ranking.unscored().isEmpty() ? "." : ": " + String.join(", ", ranking.unscored()) + "."));
    }

    private static void breakdown(PrintWriter out, RiskBreakdown b) {
        out.println(b.name() + " (" + b.mineral() + "): supply risk for " + b.perspective() + " on " + b.on());
        out.println(
                b.score() == null ? b.formula() : "score " + Format.fixed(b.score(), 1) + " (rank " + b.rank() + ")");
        if (b.score() != null) {
            out.println("  " + b.formula());
        }
        out.println();
        components(out, b.components());
        String chosen = b.concentration().isEmpty()
                ? Defaults.SHOWN_COUNTRY
                : b.concentration().get(0).chosenCountry();
        out.println();
        out.println("Concentration per stage (" + chosen + "'s share shown):");
        Output.table(out, Table.of(RiskBreakdown.concentrationColumns(chosen), b.concentration()));
        out.println("Shares are of named producers; the remainder (\"Other countries\", withheld) is never one"
                + " producer and is excluded from the HHI (upper bound in JSON).");
        out.println();
        dependency(out, b.dependency());
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

    private static void components(PrintWriter out, List<ComponentView> components) {
        out.println("Components:");
        for (ComponentView c : components) {
            out.println("  " + c.name() + " = " + Format.fixed(c.value(), 4) + (c.assumed() ? " (partly assumed)" : "")
                    + ": " + c.formula());
            int shown = 0;
            for (InputView i : c.inputs()) {
                if (++shown > 12) {
                    out.println("    ... " + (c.inputs().size() - 12) + " more inputs in --format json");
                    break;
                }
                out.println("    - " + i.name() + " = " + (i.value() == null ? "n/a" : Format.number(i.value()))
                        + (i.unit().isEmpty() || i.unit().equals("fraction") ? "" : " " + i.unit()) + " ["
                        + i.source() + (i.locator().isEmpty() ? "" : ", " + i.locator()) + "]"
                        + (i.note().isEmpty() ? "" : " " + i.note()));
            }
        }
    }

    private static void dependency(PrintWriter out, DependencyView d) {
        out.println("Dependency of " + d.perspective() + ": net import reliance "
                + (d.netImportReliance() == null
                        ? "unknown"
                        : Format.percent(d.netImportReliance())
                                + (d.nirPeriod() == null
                                        ? " (implied by the import-source shares)"
                                        : " (" + d.nirPeriod() + ", " + d.nirSource() + ")"))
                + (d.dataFrom().equals(d.mineral()) ? "" : " of " + d.dataFrom()));
        out.println("  D = "
                + (d.dependency() == null ? "unknown (0.5 assumed in the index)" : Format.percent(d.dependency()))
                + (d.largestSupplier() == null ? "" : " to " + d.largestSupplier()) + ", basis " + d.basis());
        for (DependencyView.PartView part : d.parts()) {
            out.println("  " + part.part() + ": " + part.basis()
                    + (part.sources().isEmpty() ? "" : " [" + String.join(", ", part.sources()) + "]") + " "
                    + part.note());
        }
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

    private static String sources(List<String> sources) {
        if (sources.size() <= 4) {
            return String.join(", ", sources);
        }
        return String.join(", ", sources.subList(0, 4)) + " and " + (sources.size() - 4)
                + " more (--format json lists all)";
    }

    private static void check(PrintWriter out, CheckReport report) {
        Article article = report.extraction().article();
        out.println("== " + article.name() + " ==");
        out.println("read from " + article.location() + "; published "
                + article.published().map(Object::toString).orElse("unknown (pass --published for relative dates)"));
        report.extraction().notices().forEach(n -> out.println("note: " + n));
        out.println();
        out.println("CLAIMS (" + report.claims().size() + ")");
        int n = 1;
        for (ClaimCheck check : report.claims()) {
            Claim c = check.claim();
            out.println("  " + n++ + ". " + c.country() + " holds " + Format.number(c.sharePct()) + " % of "
                    + c.mineral() + (c.stage().equals("supply") ? " (no stage stated)" : " at " + c.stage())
                    + c.year().map(y -> ", " + y).orElse(""));
            out.println("     says:    \"" + c.evidence() + "\"");
            out.println("     verdict: " + check.verdict().id().toUpperCase(Locale.ROOT) + " - " + check.explanation());
            for (ReferenceValue r : check.references()) {
                out.println("     record:  " + r.stage() + " " + Format.number(r.sharePct()) + " % (" + r.mineral()
                        + ", " + r.period() + ", " + r.series() + "; " + r.sourceTitle() + " [" + r.source() + "])");
            }
        }
        out.println();
        out.println("EVENTS (" + report.events().size() + ")");
        n = 1;
        for (EventCheck check : report.events()) {
            Event e = check.event();
            out.println("  " + n++ + ". " + e.type().id() + ": " + String.join(", ", e.parties())
                    + (e.minerals().isEmpty() ? "" : "; " + String.join(", ", e.minerals()))
                    + e.money()
                            .map(m -> "; " + m.qualifier() + " " + Format.number(m.amount()) + " " + m.currency())
                            .orElse("")
                    + e.date().map(d -> "; " + d).orElse(""));
            out.println("     says:    \"" + e.evidence() + "\"");
            e.title().ifPresent(t -> out.println("     title:   " + t));
            out.println("     match:   " + check.match().id().toUpperCase(Locale.ROOT) + " - " + check.explanation());
            check.records()
                    .forEach(r -> out.println("     record:  " + r.kind() + " " + r.id() + ": " + r.title()
                            + r.date().map(d -> " (" + d + ")").orElse("") + " sources "
                            + sources(r.sources())));
            for (Difference d : check.differences()) {
                out.println("     differs: " + d.field() + ": article \"" + d.article() + "\"; record \"" + d.record()
                        + "\"");
            }
            check.added().forEach(a -> out.println("     adds:    " + a));
        }
        out.println();
        out.println("FLAGS (" + report.flags().size() + ")");
        for (Flag f : report.flags()) {
            out.println("  ! " + f.kind() + ": " + f.message());
            out.println("     about:   \"" + f.evidence() + "\"");
            if (!f.sources().isEmpty()) {
                out.println("     sources: " + sources(f.sources()));
            }
        }
        out.println();
    }
}
