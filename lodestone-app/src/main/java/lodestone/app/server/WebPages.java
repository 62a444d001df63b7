package lodestone.app.server;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import lodestone.app.view.AgreementView;
import lodestone.app.view.CountryReport;
import lodestone.app.view.MeasureView;
import lodestone.app.view.MineralReport;
import lodestone.app.view.OutlookView;
import lodestone.app.view.PlanRequest;
import lodestone.app.view.PlanView;
import lodestone.app.view.PolicyQueries;
import lodestone.app.view.RiskReports;
import lodestone.app.view.RiskView;
import lodestone.app.view.ShareView;
import lodestone.app.view.SimulationView;
import lodestone.model.chain.Stage;
import lodestone.model.geo.Area;
import lodestone.model.geo.CountryCode;
import lodestone.model.knowledge.KnowledgeSnapshot;
import lodestone.model.list.CriticalMineralList;
import lodestone.model.mineral.Mineral;
import lodestone.model.mineral.MineralId;
import lodestone.plan.PlanSettings;
import lodestone.plan.Planner;
import lodestone.plan.path.EnginePathSource;
import lodestone.risk.concentration.ResolutionPolicy;
import lodestone.risk.concentration.SupplyShareCalculator;
import lodestone.risk.concentration.SupplyShares;
import lodestone.sim.engine.RunOptions;
import lodestone.sim.scenario.Presets;
import lodestone.sim.scenario.SnapshotSupply;

/** The dashboard: server-rendered pages (jte, precompiled) that read without JavaScript; charts enhance them. */
final class WebPages {
    private static final CountryCode CHINA = CountryCode.of("CN");
    /** The largest run the scenario page starts synchronously. */
    static final int PAGE_MAX_PATHS = 50_000;

    /** The largest plan the plan page makes synchronously. */
    static final int PAGE_MAX_PLAN_PATHS = 10_000;

    private final Knowledge knowledge;
    private final Clock clock;
    private final TemplateEngine templates = TemplateEngine.createPrecompiled(ContentType.Html);
    private final ObjectMapper json = new ObjectMapper();
    private final ScenarioJobs scenarios;
    private final ArticleChecks checks;
    private final ServerLimits limits;

    WebPages(Knowledge knowledge, Clock clock, ScenarioJobs scenarios, ArticleChecks checks, ServerLimits limits) {
        this.knowledge = knowledge;
        this.clock = clock;
        this.scenarios = scenarios;
        this.checks = checks;
        this.limits = limits;
    }

    void register(RoutesConfig routes) {
        page(
                routes,
                "/",
                ctx -> render(
                        ctx,
                        "overview.jte",
                        knowledge.cached("page/overview/" + LocalDate.now(clock), this::overview)));
        page(routes, "/minerals/{id}", ctx -> {
            Mineral mineral = Params.mineral(knowledge.snapshot(), ctx.pathParam("id"), "id");
            render(
                    ctx,
                    "mineral.jte",
                    knowledge.cached(
                            "page/mineral/" + mineral.id() + "/" + LocalDate.now(clock),
                            snapshot -> mineral(snapshot, mineral)));
        });
        page(routes, "/countries/{iso}", ctx -> {
            var country = Params.country(knowledge.snapshot(), ctx.pathParam("iso"), "iso");
            render(ctx, "country.jte", knowledge.cached("page/country/" + country.code(), snapshot -> {
                CountryReport report = CountryReport.build(snapshot, country);
                List<Map<String, Object>> bars = new ArrayList<>();
                report.production().stream()
                        .filter(CountryReport.ProductionRow::preferred)
                        .limit(20)
                        .forEach(row -> bars.add(
                                Map.of("label", row.mineral() + " (" + row.stage() + ")", "value", row.share())));
                return new Pages.Country(
                        report,
                        chart(Map.of(
                                "kind",
                                "bars",
                                "title",
                                "Share of world supply" + " (preferred series, latest year)",
                                "bars",
                                bars)));
            }));
        });
        page(routes, "/measures", ctx -> {
            // Only today's view is cached: an arbitrary ?on= date would let clients grow the cache without bound.
            LocalDate today = LocalDate.now(clock);
            LocalDate on = Params.date(ctx, "on", today);
            render(
                    ctx,
                    "measures.jte",
                    on.equals(today)
                            ? knowledge.cached("page/measures/" + on, snapshot -> measures(snapshot, on))
                            : measures(knowledge.snapshot(), on));
        });
        page(
                routes,
                "/agreements",
                ctx -> render(
                        ctx,
                        "agreements.jte",
                        knowledge.cached(
                                "page/agreements/" + LocalDate.now(clock),
                                snapshot -> new Pages.Agreements(
                                        PolicyQueries.agreements(snapshot, LocalDate.now(clock), null, null),
                                        lodestone.app.view.RecordCurrency.of(
                                                        snapshot,
                                                        snapshot.policy().agreements().stream()
                                                                .flatMap(a -> a.sources().stream())
                                                                .toList())
                                                .orElse(null)))));
        page(routes, "/scenarios", ctx -> {
            String preset = ctx.queryParam("preset") == null ? Presets.IDS.get(0) : ctx.queryParam("preset");
            if (Presets.text(preset).isEmpty()) {
                throw new ApiException(ErrorCode.UNKNOWN_SCENARIO, "preset (" + preset + ") is unknown", "preset");
            }
            Integer paths = Params.integer(ctx, "paths", 100, PAGE_MAX_PATHS);
            String seedText = ctx.queryParam("seed");
            long seed;
            try {
                seed = seedText == null || seedText.isBlank() ? 7L : Long.parseLong(seedText.trim());
            } catch (NumberFormatException e) {
                throw new ApiException(ErrorCode.BAD_PARAMETER, "seed (" + seedText + ") must be an integer", "seed");
            }
            int n = paths == null ? 5_000 : paths;
            String client = ctx.ip();
            java.util.function.Function<KnowledgeSnapshot, Pages.Scenario> run = snapshot -> {
                var spec = SnapshotSupply.resolve(Presets.load(preset, snapshot.minerals()), snapshot);
                SimulationView.View view =
                        finished(scenarios.runAndWait(spec, RunOptions.of(n, seed), client, limits.pageWait()));
                List<String> charts = new ArrayList<>();
                for (SimulationView.MarketView market : view.markets()) {
                    charts.add(chart(Map.of("kind", "fan", "title", market.mineral(), "months", market.months())));
                }
                return new Pages.Scenario(Presets.IDS, preset, n, seed, view, charts);
            };
            boolean defaults = paths == null && (seedText == null || seedText.isBlank());
            render(
                    ctx,
                    "scenario.jte",
                    defaults ? knowledge.cached("page/scenario/" + preset, run) : run.apply(knowledge.snapshot()));
        });
        page(routes, "/check", ctx -> render(ctx, "check.jte", new Pages.Check("", "", null, null)));
        page(routes, "/plans", ctx -> {
            String mineral = ctx.queryParam("mineral") == null ? "dysprosium" : ctx.queryParam("mineral");
            String budgetText = ctx.queryParam("budget") == null
                    ? "5e9"
                    : ctx.queryParam("budget").trim();
            double budget;
            try {
                budget = Double.parseDouble(budgetText);
            } catch (NumberFormatException e) {
                budget = Double.NaN;
            }
            if (!(budget >= 0) || Double.isInfinite(budget)) {
                throw new ApiException(
                        ErrorCode.BAD_PARAMETER, "budget (" + budgetText + ") must be US dollars >= 0", "budget");
            }
            Integer paths = Params.integer(ctx, "paths", 100, PAGE_MAX_PLAN_PATHS);
            int n = paths == null ? 2_000 : paths;
            double dollars = budget;
            java.util.function.Function<KnowledgeSnapshot, Pages.Plan> plan = snapshot -> {
                PlanRequest.Resolved request;
                try {
                    request = new PlanRequest(mineral, Optional.empty(), Optional.empty(), Optional.empty(), "", false)
                            .resolve(snapshot);
                } catch (IllegalArgumentException e) {
                    throw new ApiException(ErrorCode.BAD_PLAN, e.getMessage(), "mineral");
                }
                PlanView.View view = PlanView.View.of(Planner.plan(
                        new EnginePathSource(request.scenario(), request.mineral(), OptionalInt.of(60)),
                        request.catalogue().options(),
                        PlanSettings.of(dollars, n, 0, Runtime.getRuntime().availableProcessors())));
                return new Pages.Plan(
                        mineral,
                        dollars,
                        n,
                        0,
                        view,
                        chart(Map.of(
                                "kind", "frontier", "title", request.mineral().value(), "points", view.frontier())));
            };
            boolean defaults = ctx.queryParam("paths") == null
                    && ctx.queryParam("mineral") == null
                    && ctx.queryParam("budget") == null;
            render(ctx, "plan.jte", defaults ? knowledge.cached("page/plan", plan) : plan.apply(knowledge.snapshot()));
        });
        routes.post("/check", ctx -> {
            String text = ctx.formParam("text") == null ? "" : ctx.formParam("text");
            String published = ctx.formParam("published") == null
                    ? ""
                    : ctx.formParam("published").trim();
            com.fasterxml.jackson.databind.node.ObjectNode body = json.createObjectNode();
            boolean url = text.trim().matches("(?i)https?://\\S+");
            body.put(url ? "url" : text.contains("<") && text.contains(">") ? "html" : "text", text.trim());
            if (!published.isEmpty()) {
                body.put("published", published);
            }
            try {
                render(
                        ctx,
                        "check.jte",
                        new Pages.Check(text, published, checks.check(knowledge.snapshot(), body), null));
            } catch (ApiException e) {
                ctx.status(e.code().status());
                render(ctx, "check.jte", new Pages.Check(text, published, null, e.getMessage()));
            }
        });
        page(routes, "/agreements/{id}", ctx -> {
            var agreement = Params.agreement(knowledge.snapshot(), ctx.pathParam("id"), "id");
            render(
                    ctx,
                    "agreement.jte",
                    knowledge.cached(
                            "page/agreement/" + agreement.id() + "/" + LocalDate.now(clock),
                            s -> agreementPage(s, agreement)));
        });
    }

    /** The result of a page's run, or the failure that tells where the still-running job can be read. */
    private SimulationView.View finished(ScenarioJobs.Job job) {
        if (job.result != null) {
            return job.result;
        }
        if (job.status.equals("failed")) {
            throw new ApiException(ErrorCode.BAD_SCENARIO, "the run failed: " + job.error, "paths");
        }
        throw new ApiException(
                ErrorCode.CHECK_TIMEOUT,
                "the run did not finish within " + limits.pageWait().toSeconds() + " s; it goes on as job " + job.id
                        + ", readable at /api/v1/scenarios/runs/" + job.id,
                "paths");
    }

    /** A page answers GET and, the same way without a body, HEAD. */
    private static void page(RoutesConfig routes, String path, io.javalin.http.Handler handler) {
        routes.get(path, handler);
        routes.addHttpHandler(io.javalin.http.HandlerType.HEAD, path, handler);
    }

    void error(Context ctx, int status, String message) {
        ctx.status(status);
        render(ctx, "error.jte", new Pages.ErrorPage(status, message));
    }

    private void render(Context ctx, String template, Object page) {
        StringOutput out = new StringOutput();
        templates.render(template, page, out);
        ctx.html(out.toString());
    }

    private Pages.Overview overview(KnowledgeSnapshot snapshot) {
        LocalDate today = LocalDate.now(clock);
        var us = snapshot.countries().require(CountryCode.of("US"));
        RiskReports.Ranking ranking = RiskReports.ranking(snapshot, us, today, null);
        List<Pages.OverviewRow> rows = new ArrayList<>();
        for (RiskView.ScoreView score : ranking.ranking()) {
            MineralId id = MineralId.of(score.mineral());
            Optional<SupplyShares> mining = preferred(snapshot, id, Stage.MINING);
            Optional<SupplyShares> processing = preferred(snapshot, id, Stage.PROCESSING);
            Mineral mineral = snapshot.minerals().require(id);
            rows.add(new Pages.OverviewRow(
                    id.value(),
                    mineral.name(),
                    snapshot.lists().stream()
                            .filter(l -> l.contains(id))
                            .map(CriticalMineralList::id)
                            .toList(),
                    score.components().stream()
                            .map(RiskView.ComponentView::value)
                            .toList(),
                    mining.map(WebPages::china).orElse(null),
                    mining.map(SupplyShares::hhi).orElse(null),
                    mining.map(WebPages::basis).orElse(""),
                    processing.map(WebPages::china).orElse(null),
                    processing.map(SupplyShares::hhi).orElse(null),
                    processing.map(WebPages::basis).orElse(""),
                    score.score()));
        }
        List<Map<String, Object>> groups = new ArrayList<>();
        rows.stream()
                .filter(row -> row.lists().contains("usgs-2025") || row.id().equals("rare-earths"))
                .limit(25)
                .forEach(row -> groups.add(Map.of(
                        "label",
                        row.name(),
                        "mining",
                        row.miningChina() == null ? "" : row.miningChina(),
                        "processing",
                        row.processingChina() == null ? "" : row.processingChina())));
        List<MeasureView> inForce = PolicyQueries.measures(snapshot, today, null, null, null).stream()
                .filter(m -> m.status().binds())
                .toList();
        return new Pages.Overview(
                today,
                "Lodestone supply-risk index for the United States on " + today + " ("
                        + RiskReports.FORMULA + "; C concentration weighted by governance, D dependency with"
                        + " look-through, E economic importance, M measures, A partner supply)",
                rows,
                inForce,
                chart(Map.of(
                        "kind",
                        "stageshare",
                        "title",
                        "China's share by stage (highest-risk minerals on the USGS" + " 2025 list)",
                        "rows",
                        groups)));
    }

    private Pages.Mineral mineral(KnowledgeSnapshot snapshot, Mineral mineral) {
        LocalDate today = LocalDate.now(clock);
        MineralReport report = MineralReport.build(snapshot, mineral.id(), OptionalInt.empty());
        List<Map<String, Object>> stages = new ArrayList<>();
        Map<String, Object> map = new LinkedHashMap<>();
        for (MineralReport.StageView stage : report.stages()) {
            stage.supply().stream()
                    .filter(set ->
                            set.preferred() && set.mineral().equals(mineral.id().value()))
                    .findFirst()
                    .ifPresent(set -> {
                        List<Map<String, Object>> bars = new ArrayList<>();
                        Map<String, Object> values = new LinkedHashMap<>();
                        for (ShareView share : set.shares()) {
                            if (bars.size() < 10) {
                                bars.add(Map.of("label", share.name(), "value", share.share()));
                            }
                            values.put(share.country(), share.share());
                        }
                        stages.add(Map.of(
                                "stage", stage.stage(), "series", set.series() + ", " + set.period(), "bars", bars));
                        map.putIfAbsent("stage", stage.stage());
                        map.putIfAbsent("series", set.series() + ", " + set.period());
                        map.putIfAbsent("values", values);
                    });
        }
        map.put("kind", "map");
        var us = snapshot.countries().require(CountryCode.of("US"));
        var china = snapshot.countries().require(CountryCode.of("CN"));
        return new Pages.Mineral(
                report,
                RiskReports.breakdown(snapshot, mineral, us, china, today, null),
                PolicyQueries.measures(snapshot, today, mineral, null, null),
                PolicyQueries.agreements(snapshot, today, null, mineral),
                chart(Map.of("kind", "stages", "stages", stages)),
                chart(map));
    }

    private Pages.Measures measures(KnowledgeSnapshot snapshot, LocalDate on) {
        List<MeasureView> measures = PolicyQueries.measures(snapshot, on, null, null, null);
        List<Map<String, Object>> rows = new ArrayList<>();
        for (MeasureView measure : measures) {
            List<Map<String, Object>> events = new ArrayList<>();
            measure.events()
                    .forEach(e -> events.add(Map.of(
                            "type",
                            e.type(),
                            "date",
                            e.date().toString(),
                            "until",
                            e.until() == null ? "" : e.until().toString())));
            rows.add(Map.of("id", measure.id(), "state", measure.status().state(), "events", events));
        }
        return new Pages.Measures(on, measures, chart(Map.of("kind", "timeline", "on", on.toString(), "rows", rows)));
    }

    private Pages.Agreement agreementPage(KnowledgeSnapshot snapshot, lodestone.model.agreement.Agreement agreement) {
        LocalDate today = LocalDate.now(clock);
        AgreementView view = AgreementView.of(snapshot, agreement, today);
        List<OutlookView> outlooks = new ArrayList<>();
        List<String> charts = new ArrayList<>();
        agreement.projects().stream()
                .map(id -> snapshot.policy().projectsById().get(id))
                .flatMap(p -> p.capacity().stream())
                .map(c -> c.mineral())
                .distinct()
                .sorted()
                .forEach(mineral -> {
                    OutlookView outlook = PolicyQueries.outlook(snapshot, mineral, today.getYear(), 2035);
                    outlooks.add(outlook);
                    charts.add(chart(Map.of(
                            "kind",
                            "outlook",
                            "title",
                            "Added capacity, " + mineral.value() + " (t/yr)",
                            "years",
                            outlook.years())));
                });
        return new Pages.Agreement(view, outlooks, charts);
    }

    private static Optional<SupplyShares> preferred(KnowledgeSnapshot snapshot, MineralId id, Stage stage) {
        List<SupplyShares> sets = SupplyShareCalculator.all(snapshot, id).stream()
                .filter(s -> s.stage() == stage)
                .toList();
        return ResolutionPolicy.preferred(snapshot, sets);
    }

    private static double china(SupplyShares shares) {
        return shares.shareOf(Area.country(CHINA)).map(s -> s.share()).orElse(0.0);
    }

    private static String basis(SupplyShares shares) {
        return shares.series() + ", " + shares.period() + " ("
                + String.join(
                        ", ", shares.sources().stream().map(Object::toString).toList()) + ")";
    }

    private String chart(Object data) {
        try {
            return json.writeValueAsString(data);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot render chart data: " + e.getMessage(), e);
        }
    }
}
