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
import java.util.function.Function;
import lodestone.model.knowledge.KnowledgeSnapshot;
import lodestone.report.Query;
import lodestone.report.QueryException;
import lodestone.report.ReportContext;
import lodestone.report.country.CountryQuery;
import lodestone.report.country.CountryReport;
import lodestone.report.mineral.MineralQuery;
import lodestone.report.mineral.MineralReport;
import lodestone.report.mineral.ShareView;
import lodestone.report.news.CheckQuery;
import lodestone.report.policy.AgreementQuery;
import lodestone.report.policy.AgreementReport;
import lodestone.report.policy.AgreementsQuery;
import lodestone.report.policy.MeasureView;
import lodestone.report.policy.MeasuresQuery;
import lodestone.report.policy.OutlookView;
import lodestone.report.risk.Overview;
import lodestone.report.risk.OverviewQuery;
import lodestone.report.risk.RiskBreakdownQuery;
import lodestone.report.scenario.ScenarioDefaults;
import lodestone.report.scenario.ScenarioLibrary;
import lodestone.report.scenario.ScenarioQuery;
import lodestone.report.scenario.SimulationView;

/**
 * The dashboard: server-rendered pages (jte, precompiled) that read without JavaScript; charts enhance them. Each page
 * asks the report layer and turns its results into template models and chart data.
 */
final class WebPages {
    private final Knowledge knowledge;
    private final Clock clock;
    private final TemplateEngine templates = TemplateEngine.createPrecompiled(ContentType.Html);
    private final ObjectMapper json = new ObjectMapper();

    WebPages(Knowledge knowledge, Clock clock) {
        this.knowledge = knowledge;
        this.clock = clock;
    }

    void register(RoutesConfig routes) {
        routes.get("/", ctx -> render(ctx, "overview.jte", cached("overview", this::overview)));
        routes.get("/minerals/{id}", ctx -> {
            String id = ctx.pathParam("id");
            render(ctx, "mineral.jte", cached("mineral/" + id, context -> mineral(context, id)));
        });
        routes.get("/countries/{iso}", ctx -> {
            String iso = ctx.pathParam("iso");
            render(ctx, "country.jte", cached("country/" + iso, context -> country(context, iso)));
        });
        routes.get("/measures", ctx -> {
            // Only today's view is cached: an arbitrary ?on= date would let clients grow the cache without bound.
            LocalDate on = Params.date(ctx, "on");
            render(
                    ctx,
                    "measures.jte",
                    on == null
                            ? cached("measures", context -> measures(context, null))
                            : measures(context(knowledge.snapshot()), on));
        });
        routes.get(
                "/agreements",
                ctx -> render(
                        ctx,
                        "agreements.jte",
                        cached(
                                "agreements",
                                context -> new Pages.Agreements(new AgreementsQuery(null, null, null)
                                        .answer(context)
                                        .agreements()))));
        routes.get("/scenarios", ctx -> {
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
                    ScenarioDefaults.MAX_PAGE_PATHS);
            Function<ReportContext, Pages.Scenario> page = context -> scenario(context, query);
            render(
                    ctx,
                    "scenario.jte",
                    paths == null && seed == null
                            ? cached("scenario/" + query.scenario(), page)
                            : page.apply(context(knowledge.snapshot())));
        });
        routes.get("/check", ctx -> render(ctx, "check.jte", new Pages.Check("", "", null, null)));
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
                var result = new CheckQuery(Params.article(body), null).answer(context(knowledge.snapshot()));
                render(
                        ctx,
                        "check.jte",
                        new Pages.Check(text, published, result.reports().get(0), null));
            } catch (ApiException e) {
                ctx.status(e.code().status());
                render(ctx, "check.jte", new Pages.Check(text, published, null, e.getMessage()));
            } catch (QueryException e) {
                ctx.status(ErrorCode.of(e.error()).status());
                render(ctx, "check.jte", new Pages.Check(text, published, null, e.detail()));
            }
        });
        routes.get("/agreements/{id}", ctx -> {
            String id = ctx.pathParam("id");
            render(ctx, "agreement.jte", cached("agreement/" + id, context -> agreement(context, id)));
        });
    }

    void error(Context ctx, int status, String message) {
        ctx.status(status);
        render(ctx, "error.jte", new Pages.ErrorPage(status, message));
    }

    private ReportContext context(KnowledgeSnapshot snapshot) {
        return ReportContext.of(snapshot, clock);
    }

    /** A page for today, computed once per snapshot and day. */
    private <T> T cached(String key, Function<ReportContext, T> page) {
        LocalDate today = LocalDate.now(clock);
        return knowledge.cached(
                "page/" + key + "/" + today, snapshot -> page.apply(new ReportContext(snapshot, today)));
    }

    private void render(Context ctx, String template, Object page) {
        StringOutput out = new StringOutput();
        templates.render(template, page, out);
        ctx.html(out.toString());
    }

    private Pages.OverviewPage overview(ReportContext context) {
        Overview overview = new OverviewQuery().answer(context);
        List<Map<String, Object>> groups = new ArrayList<>();
        overview.rows().stream()
                .filter(row -> row.lists().contains("usgs-2025") || row.id().equals("rare-earths"))
                .limit(25)
                .forEach(row -> groups.add(Map.of(
                        "label",
                        row.name(),
                        "mining",
                        row.miningChina() == null ? "" : row.miningChina(),
                        "processing",
                        row.processingChina() == null ? "" : row.processingChina())));
        return new Pages.OverviewPage(
                overview,
                chart(Map.of(
                        "kind",
                        "stageshare",
                        "title",
                        "China's share by stage (highest-risk minerals on the USGS 2025 list)",
                        "rows",
                        groups)));
    }

    private Pages.Mineral mineral(ReportContext context, String id) {
        MineralReport report = new MineralQuery(id, null, null).answer(context);
        String mineral = report.mineral().id();
        List<Map<String, Object>> stages = new ArrayList<>();
        Map<String, Object> map = new LinkedHashMap<>();
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
                                "stage", stage.stage(), "series", set.series() + ", " + set.period(), "bars", bars));
                        map.putIfAbsent("stage", stage.stage());
                        map.putIfAbsent("series", set.series() + ", " + set.period());
                        map.putIfAbsent("values", values);
                    });
        }
        map.put("kind", "map");
        return new Pages.Mineral(
                report,
                new RiskBreakdownQuery(mineral, null, null, null, null).answer(context),
                new MeasuresQuery(null, mineral, null, null).answer(context).measures(),
                new AgreementsQuery(null, null, mineral).answer(context).agreements(),
                chart(Map.of("kind", "stages", "stages", stages)),
                chart(map));
    }

    private Pages.Country country(ReportContext context, String iso) {
        CountryReport report = new CountryQuery(iso).answer(context);
        List<Map<String, Object>> bars = new ArrayList<>();
        report.production().stream()
                .filter(CountryReport.ProductionRow::preferred)
                .limit(20)
                .forEach(row ->
                        bars.add(Map.of("label", row.mineral() + " (" + row.stage() + ")", "value", row.share())));
        return new Pages.Country(
                report,
                chart(Map.of(
                        "kind",
                        "bars",
                        "title",
                        "Share of world supply (preferred series, latest year)",
                        "bars",
                        bars)));
    }

    private Pages.Measures measures(ReportContext context, LocalDate on) {
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
        return new Pages.Agreement(report, charts);
    }

    private Pages.Scenario scenario(ReportContext context, Query<SimulationView.View> query) {
        SimulationView.View view = query.answer(context);
        List<String> charts = new ArrayList<>();
        for (SimulationView.MarketView market : view.markets()) {
            charts.add(chart(Map.of("kind", "fan", "title", market.mineral(), "months", market.months())));
        }
        return new Pages.Scenario(ScenarioLibrary.ids(), view.scenario(), view, charts);
    }

    private String chart(Object data) {
        try {
            return json.writeValueAsString(data);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot render chart data: " + e.getMessage(), e);
        }
    }
}
