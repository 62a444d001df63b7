package lodestone.app.server;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Function;
import lodestone.app.resource.Csv;
import lodestone.model.geo.Country;
import lodestone.model.geo.CountryCode;
import lodestone.model.mineral.Mineral;
import lodestone.model.mineral.MineralId;
import lodestone.plan.Plan;
import lodestone.plan.PlanSettings;
import lodestone.report.QueryException;
import lodestone.report.ReportContext;
import lodestone.report.compare.CompareQuery;
import lodestone.report.compare.Comparison;
import lodestone.report.country.CountriesQuery;
import lodestone.report.country.CountryQuery;
import lodestone.report.country.CountryReport;
import lodestone.report.mineral.HistoryCharts;
import lodestone.report.mineral.MineralHistory;
import lodestone.report.mineral.MineralHistoryQuery;
import lodestone.report.mineral.MineralQuery;
import lodestone.report.mineral.MineralReport;
import lodestone.report.mineral.MineralsQuery;
import lodestone.report.mineral.ShareView;
import lodestone.report.plan.PlanDefaults;
import lodestone.report.plan.PlanRequest;
import lodestone.report.plan.PlanResult;
import lodestone.report.plan.PlanView;
import lodestone.report.plan.Plans;
import lodestone.report.policy.AgreementListing;
import lodestone.report.policy.AgreementQuery;
import lodestone.report.policy.AgreementReport;
import lodestone.report.policy.AgreementsQuery;
import lodestone.report.policy.MeasureView;
import lodestone.report.policy.MeasuresQuery;
import lodestone.report.policy.OutlookView;
import lodestone.report.policy.ProjectsQuery;
import lodestone.report.risk.Overview;
import lodestone.report.risk.OverviewQuery;
import lodestone.report.risk.RiskBreakdown;
import lodestone.report.risk.RiskBreakdownQuery;
import lodestone.report.scenario.ScenarioDefaults;
import lodestone.report.scenario.ScenarioLibrary;
import lodestone.report.scenario.ScenarioQuery;
import lodestone.report.scenario.SimulationView;
import lodestone.report.screen.ScreenResultsQuery;
import lodestone.report.screen.ScreenResultsQuery.Listed;
import lodestone.report.search.SearchQuery;
import lodestone.report.table.Tabular;
import org.jspecify.annotations.Nullable;

/**
 * The dashboard: server-rendered pages (jte, precompiled) that read without JavaScript; charts enhance them. Each page
 * asks the report layer and turns its results into template models and chart data.
 */
final class WebPages {
    /** Cells a screen's page shows unless {@code ?top=} says otherwise (the command line's default is 20). */
    static final int SCREEN_TOP = 100;

    /** The most cells a screen's page or download ranks at once. */
    static final int SCREEN_MAX_TOP = 5_000;

    private final Services server;
    private final TemplateEngine templates = TemplateEngine.createPrecompiled(ContentType.Html);
    private final ObjectMapper json = new ObjectMapper();

    WebPages(Services server) {
        this.server = server;
    }

    void register(RoutesConfig routes) {
        page(routes, "/", ctx -> render(ctx, "overview.jte", view(ctx, "overview", this::overview)));
        page(routes, "/minerals/{id}", ctx -> {
            String id = ctx.pathParam("id");
            render(
                    ctx,
                    "mineral.jte",
                    view(ctx, "mineral/" + id, (context, perspective) -> mineral(context, id, perspective)));
        });
        page(
                routes,
                "/minerals",
                ctx -> render(
                        ctx,
                        "minerals.jte",
                        cached(
                                "minerals",
                                context -> new Pages.MineralIndex(new MineralsQuery(null).answer(context)))));
        page(
                routes,
                "/countries",
                ctx -> render(
                        ctx,
                        "countries.jte",
                        cached("countries", context -> new Pages.CountryIndex(new CountriesQuery().answer(context)))));
        page(routes, "/compare", ctx -> {
            String asked = Params.text(ctx, "ids");
            String ids = asked == null ? "rare-earths,gallium,germanium" : asked;
            Comparison comparison;
            try {
                comparison = new CompareQuery(ids, null, null).answer(server.today());
            } catch (QueryException e) {
                if (e.error() != lodestone.report.QueryError.BAD_PARAMETER) {
                    throw e;
                }
                throw new ApiException(ErrorCode.BAD_PARAMETER, e.detail(), "ids");
            }
            render(ctx, "compare.jte", new Pages.Compare(ids, comparison));
        });
        page(routes, "/search", ctx -> {
            String text = ctx.queryParam("q") == null ? "" : ctx.queryParam("q").trim();
            SearchQuery.Result result = new SearchQuery(text).answer(server.today());
            if (result.unique()) {
                ctx.redirect(Pages.path(result.hits().get(0)), io.javalin.http.HttpStatus.SEE_OTHER);
            } else {
                render(ctx, "search.jte", new Pages.Search(result));
            }
        });
        page(routes, "/countries/{iso}", ctx -> {
            String iso = ctx.pathParam("iso");
            render(ctx, "country.jte", cached("country/" + iso, context -> country(context, iso)));
        });
        page(routes, "/measures", ctx -> {
            // Only today's view is cached: an arbitrary ?on= date would let clients grow the cache without bound.
            LocalDate on = Params.date(ctx, "on");
            render(
                    ctx,
                    "measures.jte",
                    on == null ? cached("measures", context -> measures(context, null)) : measures(server.today(), on));
        });
        page(
                routes,
                "/agreements",
                ctx -> render(ctx, "agreements.jte", cached("agreements", context -> {
                    AgreementListing listing = new AgreementsQuery(null, null, null, null).answer(context);
                    return new Pages.Agreements(listing.agreements(), listing.newestSource(), context.today());
                })));
        page(routes, "/scenarios", ctx -> {
            String run = Params.text(ctx, "run");
            if (run != null) {
                // a run the page's script started through the API and followed to its end (scenarios.js)
                ScenarioJobs.Job job = server.scenarios()
                        .get(run)
                        .orElseThrow(
                                () -> new ApiException(ErrorCode.UNKNOWN_RUN, "run (" + run + ") is unknown", "run"));
                Pages.Scenario finished = scenario(finished(job), job.id);
                if (!download(ctx, "simulate", finished.simulation(), finished.simulation())) {
                    render(ctx, "scenario.jte", finished);
                }
                return;
            }
            String preset = Params.text(ctx, "preset");
            Integer paths = Params.integer(ctx, "paths");
            Integer seed = Params.integer(ctx, "seed");
            ScenarioQuery query = new ScenarioQuery(
                    preset == null ? ScenarioLibrary.ids().get(0) : preset,
                    null,
                    paths,
                    seed == null ? null : seed.longValue(),
                    null,
                    null,
                    ScenarioDefaults.MAX_PAGE_PATHS,
                    List.of(),
                    List.of());
            String client = ctx.ip();
            Function<ReportContext, Pages.Scenario> page = context -> scenario(context, query, client);
            Pages.Scenario shown = paths == null && seed == null
                    ? cached("scenario/" + query.scenario(), page)
                    : page.apply(server.today());
            if (!download(ctx, "simulate", shown.simulation(), shown.simulation())) {
                render(ctx, "scenario.jte", shown);
            }
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
            Integer paths = Params.integer(ctx, "paths");
            if (paths != null && (paths < PlanDefaults.MIN_PAGE_PATHS || paths > PlanDefaults.MAX_PAGE_PATHS)) {
                throw new ApiException(
                        ErrorCode.BAD_PARAMETER,
                        "paths (" + paths + ") must be within [" + PlanDefaults.MIN_PAGE_PATHS + ", "
                                + PlanDefaults.MAX_PAGE_PATHS + "]",
                        "paths");
            }
            int n = paths == null ? PlanDefaults.PAGE_PATHS : paths;
            double dollars = budget;
            Function<ReportContext, Planned> plan = context -> {
                PlanRequest.Resolved request;
                try {
                    request = Plans.resolve(
                            new PlanRequest(mineral, Optional.empty(), Optional.empty(), Optional.empty(), "", false),
                            context.snapshot());
                } catch (QueryException e) {
                    throw new ApiException(ErrorCode.BAD_PLAN, e.getMessage(), "mineral");
                }
                PlanResult result = new PlanResult(
                        planWithinBudget(
                                request,
                                Plans.settings(
                                        dollars,
                                        PlanDefaults.OBJECTIVE,
                                        n,
                                        PlanDefaults.SEED,
                                        Runtime.getRuntime().availableProcessors(),
                                        PlanDefaults.MAX_COUNTRY_SHARE)),
                        request.catalogue());
                PlanView.View view = PlanView.View.of(result.plan());
                return new Planned(
                        new Pages.Plan(
                                mineral,
                                dollars,
                                n,
                                PlanDefaults.SEED,
                                view,
                                chart(Map.of(
                                        "kind",
                                        "frontier",
                                        "title",
                                        request.mineral().value(),
                                        "points",
                                        view.frontier()))),
                        result);
            };
            boolean defaults = ctx.queryParam("paths") == null
                    && ctx.queryParam("mineral") == null
                    && ctx.queryParam("budget") == null;
            Planned planned = defaults ? cached("plan", plan) : plan.apply(server.today());
            if (!download(ctx, "plan", planned.result().withCsvTable(Params.text(ctx, "table")), planned.result())) {
                render(ctx, "plan.jte", planned.page());
            }
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
                        new Pages.Check(text, published, server.checks().check(server.today(), body), null));
            } catch (ApiException e) {
                ctx.status(e.code().status());
                render(ctx, "check.jte", new Pages.Check(text, published, null, e.getMessage()));
            } catch (QueryException e) {
                ctx.status(ErrorCode.of(e.error()).status());
                render(ctx, "check.jte", new Pages.Check(text, published, null, e.detail()));
            }
        });
        page(
                routes,
                "/screens",
                ctx -> render(
                        ctx,
                        "screens.jte",
                        new Pages.Screens(
                                server.settings().screensDir().isPresent(),
                                ScreenRoot.folder(server.settings().screensDir())
                                        .map(ScreenResultsQuery::list)
                                        .orElse(List.of()))));
        page(routes, "/screens/{name}", this::screen);
        page(routes, "/agreements/{id}", ctx -> {
            String id = ctx.pathParam("id");
            render(ctx, "agreement.jte", cached("agreement/" + id, context -> agreement(context, id)));
        });
    }

    /**
     * One screen's cells ranked as {@code lodestone screen} ranks them; {@code ?format=csv|json} gives the rows that
     * {@code lodestone screen SPEC --out DIR --top N --format csv|json} prints.
     */
    private void screen(Context ctx) {
        Path folder = ScreenRoot.resolve(server.settings().screensDir(), ctx.pathParam("name"));
        Integer asked = Params.integer(ctx, "top");
        int top = asked == null ? SCREEN_TOP : asked;
        if (top < 1 || top > SCREEN_MAX_TOP) {
            throw new ApiException(
                    ErrorCode.BAD_PARAMETER, "top (" + top + ") must be within [1, " + SCREEN_MAX_TOP + "]", "top");
        }
        ScreenResultsQuery.Ranking ranking = ScreenResultsQuery.ranking(folder, top);
        String format = Params.text(ctx, "format");
        if (format != null) {
            if (ApiRoutes.csv(ctx)) {
                ApiRoutes.sendCsv(ctx, "screen", Csv.of(ranking.columns(), ranking.csvRows()));
            } else {
                ctx.json(ranking.document());
            }
            return;
        }
        String name = folder.getFileName().toString();
        Listed listed =
                ScreenResultsQuery.list(Objects.requireNonNull(folder.getParent(), "the screens folder")).stream()
                        .filter(l -> l.name().equals(name))
                        .findFirst()
                        .orElseThrow(
                                () -> new ApiException(ErrorCode.NOT_FOUND, "no screen results named " + name, "name"));
        render(ctx, "screen.jte", new Pages.Screen(listed, ranking.top(), top));
    }

    /** A plan page and the result its downloads give, as {@code lodestone plan} prints it. */
    private record Planned(Pages.Plan page, PlanResult result) {}

    /**
     * Answers a page's download ({@code ?format=csv} or {@code ?format=json}) with the rows and the JSON the command
     * line prints for the same question ({@code lodestone COMMAND --format csv|json}).
     *
     * @return whether the request asked for a download and got it; false for the page itself
     */
    private boolean download(Context ctx, String command, Tabular rows, Object answer) {
        if (Params.text(ctx, "format") == null) {
            return false;
        }
        if (ApiRoutes.csv(ctx)) {
            ApiRoutes.sendCsv(ctx, command, Csv.of(rows.table()));
        } else {
            ctx.json(answer);
        }
        return true;
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
                "the run did not finish within " + server.limits().pageWait().toSeconds() + " s; it goes on as job "
                        + job.id + ", readable at /api/v1/scenarios/runs/" + job.id,
                "paths");
    }

    /** A page answers GET and, the same way without a body, HEAD. */
    private static void page(RoutesConfig routes, String path, io.javalin.http.Handler handler) {
        routes.get(path, handler);
        routes.addHttpHandler(io.javalin.http.HandlerType.HEAD, path, handler);
    }

    void error(Context ctx, int status, @Nullable String message) {
        ctx.status(status);
        render(ctx, "error.jte", new Pages.ErrorPage(status, message));
    }

    /**
     * A page for the importing country and date a request names ({@code ?perspective=JP&on=2026-01-15}, a permalink),
     * today and the default perspective if it names none. Only the default view is cached: free dates and countries
     * would let clients grow the cache without bound.
     */
    private <T> T view(Context ctx, String key, BiFunction<ReportContext, String, T> page) {
        String perspective = Params.text(ctx, "perspective");
        LocalDate on = Params.date(ctx, "on");
        return perspective == null && on == null
                ? cached(key, context -> page.apply(context, null))
                : page.apply(on == null ? server.today() : server.knowledge().context(on), perspective);
    }

    /** A page for today, computed once per snapshot and day. */
    private <T> T cached(String key, Function<ReportContext, T> page) {
        LocalDate today = LocalDate.now(server.clock());
        return server.knowledge()
                .cached(
                        "page/" + key + "/" + today,
                        snapshot -> page.apply(server.knowledge().context(today)));
    }

    private void render(Context ctx, String template, Object page) {
        StringOutput out = new StringOutput();
        templates.render(template, page, out);
        ctx.html(out.toString());
    }

    private Pages.OverviewPage overview(ReportContext context, String perspective) {
        Overview overview = new OverviewQuery(perspective).answer(context);
        List<Map<String, Object>> groups = new ArrayList<>();
        overview.stageShareRows()
                .forEach(row -> groups.add(Map.of(
                        "label",
                        row.name(),
                        "mining",
                        row.miningChina() == null ? "" : row.miningChina(),
                        "processing",
                        row.processingChina() == null ? "" : row.processingChina())));
        return new Pages.OverviewPage(
                overview,
                perspective == null ? lodestone.report.Defaults.PERSPECTIVE : perspective,
                chart(Map.of(
                        "kind",
                        "stageshare",
                        "title",
                        "China's share by stage (highest-risk minerals on the USGS 2025 list)",
                        "rows",
                        groups)));
    }

    private Pages.Mineral mineral(ReportContext context, String id, String perspective) {
        // the page's dependency is the risk breakdown's (the one the ranking scores, for a country or the EU), so the
        // mineral report is asked for the default perspective
        MineralReport report = new MineralQuery(id, null, null, null).answer(context);
        String mineral = report.mineral().id();
        // per stage, the preferred set: its largest producers for the bars, every producer's share for the map
        List<Map<String, Object>> stages = new ArrayList<>();
        for (MineralReport.StageView stage : report.stages()) {
            stage.supply().stream()
                    .filter(set -> set.preferred() && set.mineral().equals(mineral))
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
                                "stage",
                                stage.stage(),
                                "series",
                                set.series() + ", " + set.period(),
                                "bars",
                                bars,
                                "values",
                                values));
                    });
        }
        RiskBreakdown risk = new RiskBreakdownQuery(mineral, perspective, null, null, null).answer(context);
        return new Pages.Mineral(
                report,
                risk,
                context.snapshot()
                        .countries()
                        .get(CountryCode.of(risk.perspective()))
                        .map(Country::name)
                        .orElse(risk.perspective()),
                mineralName(context, risk.dependency().dataFrom()),
                new MeasuresQuery(null, mineral, null, null).answer(context).measures(),
                new AgreementsQuery(null, null, mineral, null).answer(context).agreements(),
                chart(Map.of("kind", "stages", "stages", stages)),
                chart(Map.of("kind", "map", "stages", stages)),
                history(new MineralHistoryQuery(mineral).answer(context)));
    }

    /** A mineral's time series for its page: the table's rows and a chart per metric. */
    private Pages.History history(MineralHistory history) {
        HistoryCharts charts = HistoryCharts.of(history);
        return new Pages.History(
                history,
                charts.years(),
                charts.charts().stream()
                        .map(c -> new Pages.HistoryPanel(c.id(), c.description(), chart(c.data())))
                        .toList());
    }

    private Pages.Country country(ReportContext context, String iso) {
        CountryReport report = new CountryQuery(iso, null).answer(context);
        Map<String, String> names = new LinkedHashMap<>();
        for (CountryReport.ProductionRow row : report.production()) {
            names.computeIfAbsent(row.mineral(), mineral -> mineralName(context, mineral));
        }
        for (CountryReport.ReserveRow row : report.reserves()) {
            names.computeIfAbsent(row.mineral(), mineral -> mineralName(context, mineral));
        }
        List<Map<String, Object>> bars = new ArrayList<>();
        report.production().stream()
                .filter(CountryReport.ProductionRow::preferred)
                .limit(20)
                .forEach(row -> bars.add(
                        Map.of("label", names.get(row.mineral()) + " (" + row.stage() + ")", "value", row.share())));
        List<ProjectsQuery.Row> projects =
                new ProjectsQuery(report.country(), null).answer(context).rows();
        for (ProjectsQuery.Row project : projects) {
            project.minerals().forEach(m -> names.computeIfAbsent(m, mineral -> mineralName(context, mineral)));
        }
        return new Pages.Country(
                report,
                names,
                chart(Map.of(
                        "kind",
                        "bars",
                        "title",
                        "Share of world supply (preferred series, latest year)",
                        "bars",
                        bars)),
                new MeasuresQuery(null, null, report.country(), null)
                        .answer(context)
                        .measures(),
                new MeasuresQuery(null, null, null, report.country())
                        .answer(context)
                        .measures(),
                new AgreementsQuery(null, report.country(), null, null)
                        .answer(context)
                        .agreements(),
                projects,
                context.today());
    }

    /** A mineral's name for people, or its id where the catalogue does not know it. */
    private static String mineralName(ReportContext context, String id) {
        return context.snapshot()
                .minerals()
                .get(MineralId.of(id))
                .map(Mineral::name)
                .orElse(id);
    }

    private Pages.Measures measures(ReportContext context, @Nullable LocalDate on) {
        var result = new MeasuresQuery(on, null, null, null).answer(context);
        List<Map<String, Object>> rows = new ArrayList<>();
        for (MeasureView measure : result.measures()) {
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
        return new Pages.Measures(
                result.on(),
                result.measures(),
                chart(Map.of("kind", "timeline", "on", result.on().toString(), "rows", rows)));
    }

    private Pages.Agreement agreement(ReportContext context, String id) {
        AgreementReport report = new AgreementQuery(id, null, null).answer(context);
        List<String> charts = new ArrayList<>();
        for (OutlookView outlook : report.outlooks()) {
            charts.add(chart(Map.of(
                    "kind",
                    "outlook",
                    "title",
                    "Added capacity, " + outlook.mineral() + " (t/yr)",
                    "years",
                    outlook.years())));
        }
        return new Pages.Agreement(report, charts, context.today());
    }

    /**
     * Plans on the request's thread within the background budget: the planner gets the threads granted, and a page
     * that does not get any within {@link ServerLimits#pageWait} is answered 503 {@code queue-full}.
     */
    private Plan planWithinBudget(PlanRequest.Resolved request, PlanSettings settings) {
        Optional<BackgroundBudget.Lease> lease;
        try {
            lease = server.background()
                    .tryAcquire(settings.threads(), server.limits().pageWait());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            lease = Optional.empty();
        }
        try (BackgroundBudget.Lease held = lease.orElseThrow(() -> new ApiException(
                ErrorCode.QUEUE_FULL,
                "the server's background threads (--job-threads "
                        + server.background().threads() + ") stayed busy for "
                        + server.limits().pageWait().toSeconds() + " s; retry later, or post the plan to /api/v1/plans",
                null))) {
            return Plans.plan(request, PlanDefaults.HORIZON_MONTHS, PlanJobs.withThreads(settings, held.threads()));
        }
    }

    private Pages.Scenario scenario(ReportContext context, ScenarioQuery query, String client) {
        // through the same queue as the API's runs, so that a page cannot start unbounded work
        return scenario(
                finished(server.scenarios()
                        .runAndWait(
                                query.prepare(context), client, server.limits().pageWait())),
                null);
    }

    private Pages.Scenario scenario(SimulationView.View view, @Nullable String run) {
        List<String> charts = new ArrayList<>();
        for (SimulationView.MarketView market : view.markets()) {
            charts.add(chart(Map.of("kind", "fan", "title", market.mineral(), "months", market.months())));
        }
        return new Pages.Scenario(ScenarioLibrary.ids(), view.scenario(), view, charts, run);
    }

    private String chart(Object data) {
        try {
            return json.writeValueAsString(data);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot render chart data: " + e.getMessage(), e);
        }
    }
}
