package lodestone.app.cli;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import lodestone.app.view.RiskReports;
import lodestone.app.view.RiskReports.Breakdown;
import lodestone.app.view.RiskReports.Ranking;
import lodestone.app.view.RiskView;
import lodestone.app.view.RiskView.ComponentView;
import lodestone.app.view.RiskView.ConcentrationView;
import lodestone.app.view.RiskView.DependencyView;
import lodestone.app.view.RiskView.EuView;
import lodestone.app.view.RiskView.InputView;
import lodestone.app.view.RiskView.ListView;
import lodestone.app.view.RiskView.MeasureLine;
import lodestone.app.view.RiskView.ScoreView;
import lodestone.app.view.SourceView;
import lodestone.model.geo.Country;
import lodestone.model.knowledge.KnowledgeSnapshot;
import lodestone.model.mineral.Mineral;
import lodestone.model.mineral.MineralId;
import lodestone.model.policy.MeasureKind;
import lodestone.risk.eu.EuEconomicImportance;
import lodestone.risk.eu.EuRecomputation;
import lodestone.risk.eu.EuSupplyRisk;
import lodestone.risk.eu.TradeVariable;
import lodestone.risk.governance.Governance;
import lodestone.risk.index.LodestoneRiskIndex;
import lodestone.risk.index.MineralScope;
import lodestone.risk.usgs.UsgsAssessment;
import lodestone.risk.usgs.UsgsRanking;
import lodestone.risk.usgs.UsgsSnapshotInputs;
import lodestone.risk.usgs.UsgsSupplyRisk;
import lodestone.risk.validation.RankingDiagnostics;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
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
            "--method lodestone (default): 100 · C · (1 + D)/2 · (1 + E)/2 · (2 + M)/3 · (1 − A/4); see"
                    + " docs/methods/lodestone-index.md.",
            "--method usgs-2021: the USGS 2021 supply risk (Nassar and Fortier, OFR 2021-1045), (DP · TE · EV)^(1/3)"
                    + " averaged over the latest years, threshold 0.40; see docs/methods/usgs-supply-risk.md.",
            "--method eu-2017: the EU supply risk recomputed for 2023 (published t and t adjusted to the measures in"
                    + " force on --on), its error against the published values, and list membership; see"
                    + " docs/methods/eu-supply-risk.md.",
            "Rankings cover the minerals of one list (--list, default usgs-2025); --year must be a year with supply"
                    + " shares in the store."
        })
final class RiskCommand implements Callable<Integer> {
    @Mixin
    StoreOptions store;

    @Parameters(index = "0", arity = "0..1", paramLabel = "MINERAL", description = "Show this mineral's breakdown.")
    String mineral;

    @Option(names = "--method", paramLabel = "METHOD", description = "lodestone (default), usgs-2021 or eu-2017.")
    String method = "lodestone";

    @Option(
            names = "--list",
            paramLabel = "LIST",
            description = "Which minerals to rank: usgs-2025 (default), usgs-2022, eu-2023, or all (every catalogue"
                    + " entry, the EU assessment's non-minerals such as teak and cork included).")
    String list = MineralScope.DEFAULT;

    @Option(
            names = "--diagnostics",
            description = "Compare the method's ranking of every catalogue mineral (groups left out) with the"
                    + " published EU 2023 SR and the official lists, instead of printing the ranking. Diagnostics"
                    + " only: no method is fitted to them.")
    boolean diagnostics;

    @Option(
            names = "--year",
            paramLabel = "YEAR",
            description = "Latest data year to use, a year with supply shares in the store (default: the latest);"
                    + " another year is an error naming the years available.")
    Integer year;

    @Option(names = "--perspective", paramLabel = "ISO2", description = "The importing country (default: US).")
    String perspective = "US";

    @Option(
            names = "--on",
            paramLabel = "DATE",
            description = "Date for measures in force, YYYY-MM-DD (default: today).")
    LocalDate on;

    @Option(
            names = "--country",
            paramLabel = "ISO2",
            description = "Country whose share is shown for every stage in a breakdown (default: CN).")
    String country = "CN";

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    private static final String USGS_FORMULA =
            "SR = Σ w_y · (DP_y · TE_y · EV_y)^(1/3); DP = Σ s² · g, TE = net import reliance,"
                    + " EV = clip(log10(V / 1e6) / 5, 0, 1)";

    /** The EU method, every material. */
    record EuRanking(
            String method,
            LocalDate on,
            String wgiWindow,
            double srThreshold,
            double eiThreshold,
            Map<String, Double> tByMeasureKind,
            Map<String, EuRecomputation.Stats> recomputation,
            List<ListView> lists,
            List<EuView> ranking,
            List<SourceView> sources) {}

    @Override
    public Integer call() {
        KnowledgeSnapshot snapshot = store.snapshot();
        LocalDate date = on == null ? LocalDate.now(Clocks.SYSTEM) : on;
        Country viewer = Lookup.country(snapshot, perspective);
        Country chosen = Lookup.country(snapshot, country);
        PrintWriter out = spec.commandLine().getOut();
        if (diagnostics) {
            diagnostics(snapshot, viewer, date, out);
            return 0;
        }
        switch (method) {
            case "lodestone" -> {
                if (mineral == null) {
                    lodestoneRanking(snapshot, viewer, date, out);
                } else {
                    lodestoneBreakdown(snapshot, Lookup.mineral(snapshot, mineral), viewer, chosen, date, out);
                }
            }
            case "eu-2017" -> {
                if (!viewer.code().value().equals("US") && perspective != null && !perspective.equals("US")) {
                    spec.commandLine()
                            .getErr()
                            .println("note: the EU method's perspective is the EU; --perspective is ignored.");
                }
                if (mineral == null) {
                    euRanking(snapshot, date, out);
                } else {
                    euBreakdown(snapshot, Lookup.mineral(snapshot, mineral), date, out);
                }
            }
            case "usgs-2021" -> {
                if (!viewer.code().value().equals("US")) {
                    throw new UserException("perspective (" + perspective + ") must be US for usgs-2021: the method"
                            + " measures U.S. trade exposure and U.S. consumption.\nMaybe use --method lodestone.");
                }
                if (year != null) {
                    throw new UserException("--year (" + year + ") is not used by usgs-2021, which averages the latest"
                            + " " + UsgsSupplyRisk.WINDOW + " assessed years.");
                }
                if (mineral == null) {
                    usgsRanking(snapshot, out);
                } else {
                    usgsBreakdown(snapshot, Lookup.mineral(snapshot, mineral), out);
                }
            }
            default -> throw new UserException("method (" + method + ") must be lodestone, usgs-2021 or eu-2017.");
        }
        return 0;
    }

    /** The USGS 2021 method, every mineral of the list. */
    record UsgsResult(
            String method,
            String list,
            String formula,
            double threshold,
            int window,
            String recencyWeights,
            int aboveThreshold,
            List<RiskView.UsgsView> ranking,
            List<RiskView.UsgsView> notAssessed,
            List<SourceView> sources) {}

    /** A method's ranking compared with the published record. */
    record Diagnostics(String method, String universe, int n, RankingDiagnostics diagnostics) {}

    private void usgsRanking(KnowledgeSnapshot snapshot, PrintWriter out) {
        UsgsRanking ranking = UsgsRanking.of(snapshot, MineralScope.of(snapshot, list), RiskReports.marketSeries());
        List<RiskView.UsgsView> views = new ArrayList<>();
        for (int i = 0; i < ranking.ranked().size(); i++) {
            views.add(RiskView.UsgsView.of(snapshot, i + 1, ranking.ranked().get(i)));
        }
        Set<String> ids = new TreeSet<>();
        views.forEach(v -> ids.addAll(RiskReports.sourceIds(v.components())));
        UsgsResult result = new UsgsResult(
                "usgs-2021",
                list,
                USGS_FORMULA,
                UsgsSupplyRisk.THRESHOLD,
                UsgsSupplyRisk.WINDOW,
                "1, 2, …, n from the oldest of the latest " + UsgsSupplyRisk.WINDOW
                        + " assessed years, normalised (assumed)",
                (int) views.stream().filter(RiskView.UsgsView::aboveThreshold).count(),
                views,
                ranking.notAssessed().stream()
                        .map(a -> RiskView.UsgsView.of(snapshot, null, a))
                        .toList(),
                RiskReports.sources(snapshot, ids));
        switch (store.format) {
            case JSON -> Output.json(out, result);
            case CSV ->
                Output.csv(
                        out,
                        List.of(
                                "rank",
                                "mineral",
                                "supply_risk",
                                "disruption_potential",
                                "trade_exposure",
                                "economic_vulnerability",
                                "years",
                                "above_threshold"),
                        views.stream()
                                .map(v -> List.<Object>of(
                                        v.rank(),
                                        v.mineral(),
                                        round(v.supplyRisk(), 4),
                                        round(latest(v).disruptionPotential(), 4),
                                        round(latest(v).tradeExposure(), 4),
                                        round(latest(v).economicVulnerability(), 4),
                                        years(v),
                                        v.aboveThreshold()))
                                .toList());
            case TABLE -> {
                out.println("USGS 2021 supply risk (Nassar and Fortier, OFR 2021-1045), list " + list + ": "
                        + USGS_FORMULA);
                out.println("DP disruption potential, TE trade exposure, EV economic vulnerability (latest year);"
                        + " * = EV assumed. " + result.aboveThreshold() + " of " + views.size()
                        + " reach the published threshold 0.40. Details: lodestone risk MINERAL --method usgs-2021.");
                Output.table(
                        out,
                        List.of("#", "MINERAL", "SR", "DP", "TE", "EV", "YEARS", ">= 0.40"),
                        views.stream()
                                .map(v -> List.of(
                                        String.valueOf(v.rank()),
                                        v.mineral(),
                                        fixed(v.supplyRisk(), 3),
                                        fixed(latest(v).disruptionPotential(), 3),
                                        fixed(latest(v).tradeExposure(), 3),
                                        fixed(latest(v).economicVulnerability(), 3)
                                                + (latest(v).vulnerabilityAssumed() ? "*" : ""),
                                        years(v),
                                        v.aboveThreshold() ? "yes" : "no"))
                                .toList(),
                        40);
                out.println(result.notAssessed().size() + " minerals of the list are not assessed (no year with both"
                        + " U.S. net import reliance and supply shares).");
            }
        }
    }

    private void usgsBreakdown(KnowledgeSnapshot snapshot, Mineral subject, PrintWriter out) {
        UsgsAssessment assessment = UsgsSupplyRisk.assess(
                UsgsSnapshotInputs.of(snapshot, subject.id(), Governance.latest(snapshot), RiskReports.marketSeries()));
        RiskView.UsgsView view = RiskView.UsgsView.of(snapshot, null, assessment);
        switch (store.format) {
            case JSON -> Output.json(out, view);
            case CSV ->
                Output.csv(out, List.of("kind", "name", "value", "source", "note"), componentRows(view.components()));
            case TABLE -> {
                out.println(view.name() + " (" + view.mineral() + "), USGS 2021 supply risk: "
                        + (view.supplyRisk() == null
                                ? "not assessed"
                                : fixed(view.supplyRisk(), 3) + (view.aboveThreshold() ? " (>= 0.40)" : " (< 0.40)")));
                out.println("  " + view.formula());
                for (UsgsAssessment.YearResult y : view.years()) {
                    out.println("  " + y.year() + ": DP " + fixed(y.disruptionPotential(), 4) + " ("
                            + y.disruptionFrom()
                            + "), TE " + fixed(y.tradeExposure(), 4) + ", EV " + fixed(y.economicVulnerability(), 4)
                            + (y.vulnerabilityAssumed() ? " (assumed)" : "") + ", SR " + fixed(y.supplyRisk(), 4)
                            + ", weight " + fixed(y.weight(), 4));
                }
                printComponents(view.components(), out);
                out.println("  " + view.note());
            }
        }
    }

    private void diagnostics(KnowledgeSnapshot snapshot, Country viewer, LocalDate date, PrintWriter out) {
        MineralScope all = MineralScope.of(snapshot, MineralScope.ALL);
        Map<MineralId, Double> scores = new TreeMap<>();
        switch (method) {
            case "lodestone" ->
                new LodestoneRiskIndex(
                                snapshot,
                                viewer.code(),
                                date,
                                year == null ? java.util.OptionalInt.empty() : java.util.OptionalInt.of(year),
                                RiskReports.marketSeries())
                        .rank(all)
                        .forEach(s -> scores.put(s.mineral(), s.score()));
            case "usgs-2021" ->
                UsgsRanking.of(snapshot, all, RiskReports.marketSeries())
                        .ranked()
                        .forEach(a -> scores.put(a.mineral(), a.supplyRisk().getAsDouble()));
            default -> throw new UserException("--diagnostics works with --method lodestone or usgs-2021.");
        }
        scores.keySet().removeIf(id -> snapshot.minerals().require(id).isGroup());
        Diagnostics result = new Diagnostics(
                method,
                "every scored catalogue mineral, groups left out",
                scores.size(),
                RankingDiagnostics.of(snapshot, scores));
        if (store.format == OutputFormat.JSON) {
            Output.json(out, result);
            return;
        }
        RankingDiagnostics.Correlation eu = result.diagnostics().euSupplyRisk2023();
        out.println("Diagnostics of " + method + " over " + result.n() + " minerals (not a target; nothing is fitted"
                + " to them):");
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

    private static UsgsAssessment.YearResult latest(RiskView.UsgsView v) {
        return v.years().get(v.years().size() - 1);
    }

    private static String years(RiskView.UsgsView v) {
        return String.join(
                "+", v.years().stream().map(y -> String.valueOf(y.year())).toList());
    }

    private void lodestoneRanking(KnowledgeSnapshot snapshot, Country viewer, LocalDate date, PrintWriter out) {
        Ranking ranking = RiskReports.ranking(snapshot, viewer, date, year, list);
        List<ScoreView> views = ranking.ranking();
        List<String> unscored = ranking.unscored();
        switch (store.format) {
            case JSON -> Output.json(out, ranking);
            case CSV ->
                Output.csv(
                        out,
                        List.of(
                                "rank",
                                "mineral",
                                "score",
                                "concentration",
                                "dependency",
                                "economic_importance",
                                "measures",
                                "partner_supply"),
                        views.stream()
                                .map(v -> List.<Object>of(
                                        v.rank(),
                                        v.mineral(),
                                        round(v.score(), 2),
                                        round(v.components().get(0).value(), 4),
                                        round(v.components().get(1).value(), 4),
                                        round(v.components().get(2).value(), 4),
                                        round(v.components().get(3).value(), 4),
                                        round(v.components().get(4).value(), 4)))
                                .toList());
            case TABLE -> {
                out.println("Lodestone supply-risk index for " + viewer.name() + " on " + date + ", list "
                        + ranking.list() + ": " + RiskReports.FORMULA);
                out.println("C concentration weighted by governance, D dependency with look-through, E economic"
                        + " importance, M measures, A partner supply; * = partly assumed. Details: lodestone risk"
                        + " MINERAL.");
                Output.table(
                        out,
                        List.of("#", "MINERAL", "SCORE", "C", "D", "E", "M", "A"),
                        views.stream()
                                .map(v -> List.of(
                                        String.valueOf(v.rank()),
                                        v.mineral(),
                                        fixed(v.score(), 1),
                                        component(v.components().get(0)),
                                        component(v.components().get(1)),
                                        component(v.components().get(2)),
                                        component(v.components().get(3)),
                                        component(v.components().get(4))))
                                .toList(),
                        40);
                out.println(unscored.size() + " minerals of the list without supply shares are not scored"
                        + (unscored.isEmpty() ? "." : ": " + String.join(", ", unscored) + "."));
            }
        }
    }

    private void lodestoneBreakdown(
            KnowledgeSnapshot snapshot,
            Mineral subject,
            Country viewer,
            Country chosen,
            LocalDate date,
            PrintWriter out) {
        Breakdown breakdown = RiskReports.breakdown(snapshot, subject, viewer, chosen, date, year);
        List<ComponentView> components = breakdown.components();
        List<ConcentrationView> concentration = breakdown.concentration();
        switch (store.format) {
            case JSON -> Output.json(out, breakdown);
            case CSV -> {
                List<List<Object>> rows = componentRows(components);
                for (ConcentrationView c : concentration) {
                    rows.add(List.of(
                            "concentration",
                            c.mineral() + " " + c.stage() + " " + c.period(),
                            round(c.hhi(), 0),
                            String.join(";", c.sources()),
                            "top1 " + c.top1Country() + " " + fixed(c.top1Share(), 3) + "; " + c.chosenCountry() + " "
                                    + (c.chosenCountryShare() == null ? "n/a" : fixed(c.chosenCountryShare(), 3))));
                }
                Output.csv(out, List.of("kind", "name", "value", "source", "note"), rows);
            }
            case TABLE -> printBreakdown(breakdown, chosen, out);
        }
    }

    private static void printBreakdown(Breakdown b, Country chosen, PrintWriter out) {
        out.println(b.name() + " (" + b.mineral() + "): supply risk for " + b.perspective() + " on " + b.on());
        out.println(b.score() == null ? b.formula() : "score " + fixed(b.score(), 1) + " (rank " + b.rank() + ")");
        if (b.score() != null) {
            out.println("  " + b.formula());
        }
        out.println();
        printComponents(b.components(), out);
        out.println();
        out.println("Concentration per stage (" + chosen.name() + "'s share shown):");
        Output.table(
                out,
                List.of(
                        "MINERAL",
                        "STAGE",
                        "PERIOD",
                        "HHI",
                        "TOP-1",
                        "TOP-3",
                        chosen.code().value(),
                        "SOURCE"),
                b.concentration().stream()
                        .map(c -> List.of(
                                c.mineral(),
                                c.stage(),
                                c.period(),
                                fixed(c.hhi(), 0),
                                c.top1Country() + " " + Output.percent(c.top1Share()),
                                Output.percent(c.top3Share()),
                                c.chosenCountryShare() == null ? "-" : Output.percent(c.chosenCountryShare()),
                                String.join(", ", c.sources())))
                        .toList(),
                40);
        out.println("Shares are of named producers; the remainder (\"Other countries\", withheld) is never one"
                + " producer and is excluded from the HHI (upper bound in JSON).");
        out.println();
        DependencyView d = b.dependency();
        out.println("Dependency of " + d.perspective() + ": net import reliance "
                + (d.netImportReliance() == null
                        ? "unknown"
                        : Output.percent(d.netImportReliance()) + " (" + d.nirPeriod() + ", " + d.nirSource() + ")"));
        for (RiskView.ImportView i : d.imports()) {
            out.println("  import source " + i.country()
                    + (i.share() == null ? "" : " " + Output.percent(i.share()))
                    + (i.rank() == null ? "" : " rank " + i.rank()) + " (" + i.period() + ", " + i.source() + ")");
        }
        if (!d.exposures().isEmpty()) {
            Output.table(
                    out,
                    List.of("SUPPLIER", "DIRECT", "LOOK-THROUGH", "UPSTREAM SHARE"),
                    d.exposures().stream()
                            .limit(8)
                            .map(e -> List.of(
                                    e.name(),
                                    e.direct() == null ? "-" : Output.percent(e.direct()),
                                    Output.percent(e.lookThrough()),
                                    e.upstreamShare() == null ? "-" : Output.percent(e.upstreamShare())))
                            .toList(),
                    40);
        }
        out.println("  " + d.note());
        out.println();
        out.println("Measures in force on " + b.on() + " covering exports to " + b.perspective() + ":"
                + (b.measures().isEmpty() ? " none." : ""));
        for (MeasureLine m : b.measures()) {
            out.println("  " + m.id() + " (" + m.issuer() + ", " + m.kind() + "): " + m.status());
        }
        if (b.eu() != null) {
            EuView e = b.eu();
            out.println();
            out.println("EU 2017 method (2023 inputs): SR " + fixed(e.supplyRisk(), 2) + " recomputed ("
                    + e.stage() + ", " + e.scope() + "), published "
                    + (e.publishedStageSupplyRisk() == null ? "n/a" : fixed(e.publishedStageSupplyRisk(), 1))
                    + "; policy-adjusted " + fixed(e.policyAdjustedSupplyRisk(), 2));
        }
        out.println();
        out.println("Sources: "
                + String.join(", ", b.sources().stream().map(SourceView::id).toList()));
    }

    private void euRanking(KnowledgeSnapshot snapshot, LocalDate date, PrintWriter out) {
        EuRecomputation recomputation = EuRecomputation.run(snapshot, RiskReports.euInputs());
        Governance governance = Governance.of(snapshot, EuSupplyRisk.WGI_FIRST, EuSupplyRisk.WGI_LAST);
        List<EuView> views = new ArrayList<>();
        List<EuSupplyRisk.Result> sorted = new ArrayList<>(recomputation.results());
        sorted.sort(java.util.Comparator.comparingDouble(EuSupplyRisk.Result::supplyRisk)
                .reversed()
                .thenComparing(r -> r.mineral().value()));
        for (EuSupplyRisk.Result r : sorted) {
            EuSupplyRisk.Result adjusted = EuSupplyRisk.compute(
                            snapshot, r.inputs(), governance, TradeVariable.policyAdjusted(snapshot, r.mineral(), date))
                    .orElseThrow();
            views.add(EuView.of(views.size() + 1, r, adjusted));
        }
        Map<String, Double> mapping = new TreeMap<>();
        for (MeasureKind kind : MeasureKind.values()) {
            mapping.put(kind.id(), TradeVariable.of(kind));
        }
        Map<String, EuRecomputation.Stats> stats = new TreeMap<>();
        stats.put("vs-published-stage-sr", recomputation.all());
        stats.put("vs-published-stage-sr-without-suspect-rows", recomputation.trusted());
        stats.put("vs-annex-4-sr", recomputation.annex());
        stats.put("ei-vs-published-2023", EuEconomicImportance.recompute(snapshot, RiskReports.euInputs()));
        List<ListView> lists =
                List.of(ListView.of(snapshot, 2017), ListView.of(snapshot, 2020), ListView.of(snapshot, 2023));
        Set<String> ids = new TreeSet<>();
        views.forEach(v -> ids.addAll(v.sources()));
        EuRanking result = new EuRanking(
                "eu-2017",
                date,
                EuSupplyRisk.WGI_FIRST + "-" + EuSupplyRisk.WGI_LAST,
                EuSupplyRisk.SR_THRESHOLD,
                EuSupplyRisk.EI_THRESHOLD,
                mapping,
                stats,
                lists,
                views,
                RiskReports.sources(snapshot, ids));
        switch (store.format) {
            case JSON -> Output.json(out, result);
            case CSV ->
                Output.csv(
                        out,
                        List.of(
                                "rank",
                                "mineral",
                                "stage",
                                "scope",
                                "sr_recomputed",
                                "sr_policy_adjusted",
                                "sr_published_stage",
                                "sr_annex4",
                                "input_status"),
                        views.stream()
                                .map(v -> List.<Object>of(
                                        v.rank(),
                                        v.mineral(),
                                        v.stage(),
                                        v.scope(),
                                        round(v.supplyRisk(), 3),
                                        round(v.policyAdjustedSupplyRisk(), 3),
                                        v.publishedStageSupplyRisk() == null ? "" : v.publishedStageSupplyRisk(),
                                        v.annexSupplyRisk() == null ? "" : v.annexSupplyRisk(),
                                        v.inputStatus()))
                                .toList());
            case TABLE -> {
                out.println("EU supply risk (2017 method), 2023 inputs; policy-adjusted t on " + date
                        + ". Critical: SR >= 1.0 and EI >= 2.8.");
                for (ListView l : lists) {
                    out.println("  " + l.year() + " list from published SR/EI: " + l.critical() + " critical"
                            + (l.strategicAdditions().isEmpty()
                                    ? ""
                                    : " + " + l.strategicAdditions().size() + " strategic ("
                                            + String.join(", ", l.strategicAdditions()) + ") = " + l.total()));
                }
                for (Map.Entry<String, EuRecomputation.Stats> e : stats.entrySet()) {
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
                Output.table(
                        out,
                        List.of("#", "MINERAL", "STAGE", "SCOPE", "SR", "SR POLICY", "PUBLISHED", "INPUTS"),
                        views.stream()
                                .map(v -> List.of(
                                        String.valueOf(v.rank()),
                                        v.mineral(),
                                        v.stage(),
                                        v.scope(),
                                        fixed(v.supplyRisk(), 2),
                                        fixed(v.policyAdjustedSupplyRisk(), 2),
                                        v.publishedStageSupplyRisk() == null
                                                ? "-"
                                                : fixed(v.publishedStageSupplyRisk(), 1),
                                        v.inputStatus()))
                                .toList(),
                        40);
            }
        }
    }

    private void euBreakdown(KnowledgeSnapshot snapshot, Mineral subject, LocalDate date, PrintWriter out) {
        EuView view = RiskReports.euView(snapshot, subject.id(), date, 0);
        if (view == null) {
            throw new UserException("mineral (" + subject.id() + ") has no EU 2023 supply-risk inputs that can be"
                    + " recomputed.\nMaybe it is a group or its transcribed row is excluded; see"
                    + " docs/methods/eu-supply-risk.md.");
        }
        switch (store.format) {
            case JSON -> Output.json(out, view);
            case CSV ->
                Output.csv(
                        out,
                        List.of("series", "country", "share", "wgi", "t_published", "t", "term", "t_raised_by"),
                        terms(view));
            case TABLE -> {
                out.println(view.material() + " (" + view.mineral() + "), EU 2017 method with 2023 inputs, stage "
                        + view.stage() + ", scope " + view.scope());
                out.println("  " + view.formula());
                out.println("  published stage SR "
                        + (view.publishedStageSupplyRisk() == null ? "n/a" : view.publishedStageSupplyRisk())
                        + " (third-party transcription), Annex 4 SR "
                        + (view.annexSupplyRisk() == null ? "n/a" : view.annexSupplyRisk())
                        + "; policy-adjusted SR on " + date + ": " + fixed(view.policyAdjustedSupplyRisk(), 3));
                out.println("  inputs: " + view.inputStatus()
                        + (view.inputNote().isEmpty() ? "" : "; " + view.inputNote()));
                Output.table(
                        out,
                        List.of("SERIES", "COUNTRY", "SHARE", "WGI", "T", "T POLICY", "TERM", "RAISED BY"),
                        terms(view).stream()
                                .map(row -> List.of(
                                        String.valueOf(row.get(0)),
                                        String.valueOf(row.get(1)),
                                        String.valueOf(row.get(2)),
                                        String.valueOf(row.get(3)),
                                        String.valueOf(row.get(4)),
                                        String.valueOf(row.get(5)),
                                        String.valueOf(row.get(6)),
                                        String.valueOf(row.get(7))))
                                .toList(),
                        40);
            }
        }
    }

    /** @return one row per country term of the global and EU-sourcing HHI_WGI-t sums */
    private static List<List<Object>> terms(EuView view) {
        List<List<Object>> rows = new ArrayList<>();
        RiskView.WeightedHhiView[] series = {view.global(), view.eu()};
        for (int i = 0; i < series.length; i++) {
            RiskView.WeightedHhiView w = series[i];
            boolean global = i == 0;
            if (w == null) {
                continue;
            }
            for (RiskView.TermView t : w.terms()) {
                double policyT = t.t();
                if (global && view.globalPolicyAdjusted() != null) {
                    policyT = view.globalPolicyAdjusted().terms().stream()
                            .filter(p -> p.country().equals(t.country()))
                            .mapToDouble(RiskView.TermView::t)
                            .findFirst()
                            .orElse(t.t());
                }
                rows.add(List.of(
                        w.series(),
                        t.country(),
                        round(t.share(), 4),
                        round(t.wgi(), 3),
                        t.tPublished(),
                        policyT,
                        round(t.term(), 4),
                        t.tRaisedBy()));
            }
        }
        return rows;
    }

    /** @return one row per component and one per input */
    private static List<List<Object>> componentRows(List<ComponentView> components) {
        List<List<Object>> rows = new ArrayList<>();
        for (ComponentView c : components) {
            rows.add(List.of("component", c.name(), round(c.value(), 4), "", c.formula()));
            for (InputView i : c.inputs()) {
                rows.add(List.of(
                        "input", c.name() + ": " + i.name(), i.value() == null ? "" : i.value(), i.source(), i.note()));
            }
        }
        return rows;
    }

    private static void printComponents(List<ComponentView> components, PrintWriter out) {
        out.println("Components:");
        for (ComponentView c : components) {
            out.println("  " + c.name() + " = " + fixed(c.value(), 4) + (c.assumed() ? " (partly assumed)" : "") + ": "
                    + c.formula());
            int shown = 0;
            for (InputView i : c.inputs()) {
                if (++shown > 12) {
                    out.println("    ... " + (c.inputs().size() - 12) + " more inputs in --format json");
                    break;
                }
                out.println("    - " + i.name() + " = " + (i.value() == null ? "n/a" : Output.number(i.value()))
                        + (i.unit().isEmpty() || i.unit().equals("fraction") ? "" : " " + i.unit()) + " ["
                        + i.source() + (i.locator().isEmpty() ? "" : ", " + i.locator()) + "]"
                        + (i.note().isEmpty() ? "" : " " + i.note()));
            }
        }
    }

    private static String component(ComponentView c) {
        return fixed(c.value(), 3) + (c.assumed() ? "*" : "");
    }

    private static String fixed(double value, int digits) {
        return String.format(Locale.ROOT, "%." + digits + "f", value);
    }

    private static double round(double value, int digits) {
        double scale = Math.pow(10, digits);
        return Math.round(value * scale) / scale;
    }
}
