package lodestone.app.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.http.Context;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import lodestone.app.server.Endpoint.Example;
import lodestone.app.server.Endpoint.Parameter;
import lodestone.model.knowledge.KnowledgeSnapshot;
import lodestone.report.Query;
import lodestone.report.ReportContext;
import lodestone.report.country.CountriesQuery;
import lodestone.report.country.CountryQuery;
import lodestone.report.dataset.DatasetImport;
import lodestone.report.dataset.ImportResult;
import lodestone.report.mineral.ListsQuery;
import lodestone.report.mineral.MineralQuery;
import lodestone.report.mineral.MineralsQuery;
import lodestone.report.news.CheckQuery;
import lodestone.report.news.CheckResult;
import lodestone.report.policy.AgreementQuery;
import lodestone.report.policy.AgreementsQuery;
import lodestone.report.policy.MeasureQuery;
import lodestone.report.policy.MeasuresQuery;
import lodestone.report.policy.OutlookQuery;
import lodestone.report.risk.EuBreakdownQuery;
import lodestone.report.risk.EuRankingQuery;
import lodestone.report.risk.RiskBreakdownQuery;
import lodestone.report.risk.RiskMethod;
import lodestone.report.risk.RiskRankingQuery;
import lodestone.report.scenario.PresetsQuery;
import lodestone.report.scenario.ScenarioDefaults;
import lodestone.report.scenario.ScenarioQuery;
import lodestone.report.source.SourcesQuery;
import lodestone.store.dataset.Datasets;
import lodestone.store.importing.ImportedDataset;

/**
 * The REST API: one table of endpoints, each building a report-layer query from its request and sending the answer
 * as JSON. The server registers the handlers and generates OpenAPI from the same table.
 */
final class ApiRoutes {
    private static final String ON = "date of the measures in force, YYYY-MM-DD (default today)";
    private static final String YEAR = "latest production year to use (default the latest)";
    private static final String PERSPECTIVE = "importing country, ISO code or name (default US)";

    private final Knowledge knowledge;
    private final Clock clock;
    private final ObjectMapper json;
    private final DatasetImporter importer;
    private final ScenarioJobs scenarios;
    private final ArticleArchive archive;
    private final List<Endpoint> endpoints = new ArrayList<>();

    ApiRoutes(
            Knowledge knowledge,
            Clock clock,
            ObjectMapper json,
            DatasetImporter importer,
            ArticleArchive archive,
            ScenarioJobs scenarios) {
        this.archive = archive;
        this.knowledge = knowledge;
        this.scenarios = scenarios;
        this.clock = clock;
        this.json = json;
        this.importer = importer;
        define();
    }

    List<Endpoint> endpoints() {
        return List.copyOf(endpoints);
    }

    /**
     * Declares a read endpoint answered by a report-layer query. Answers are cached per snapshot and day unless the
     * request sets one of {@code uncachedWith} (free dates and years would let clients grow the cache without bound).
     */
    private <R> void get(
            String path,
            String summary,
            List<Parameter> parameters,
            Example example,
            Function<Context, Query<R>> query,
            String... uncachedWith) {
        endpoints.add(new Endpoint("GET", path, summary, parameters, false, example, ctx -> {
            Query<R> asked = query.apply(ctx);
            if (Arrays.stream(uncachedWith).allMatch(name -> Params.text(ctx, name) == null)) {
                LocalDate today = LocalDate.now(clock);
                ctx.contentType("application/json")
                        .result(knowledge.cachedJson(
                                asked + "@" + today, snapshot -> asked.answer(new ReportContext(snapshot, today))));
            } else {
                ctx.json(asked.answer(context(knowledge.snapshot())));
            }
        }));
    }

    private ReportContext context(KnowledgeSnapshot snapshot) {
        return ReportContext.of(snapshot, clock);
    }

    private void define() {
        get(
                "/api/v1/minerals",
                "The mineral catalogue with list memberships; ?list= limits it to one list (as `lodestone minerals`).",
                List.of(Parameter.query("list", "usgs-2025, usgs-2022 or eu-2023")),
                Example.of("/api/v1/minerals?list=usgs-2025", "minerals --list usgs-2025"),
                ctx -> new MineralsQuery(Params.text(ctx, "list")));
        get(
                "/api/v1/minerals/{mineral}",
                "One mineral: supply shares by stage with HHI and top-3, reserves, the perspective's dependency, lists"
                        + " and sources (as `lodestone mineral <id>`).",
                List.of(
                        Parameter.path("mineral", "mineral id or name, e.g. rare-earths"),
                        Parameter.query("year", "production year; default the latest of each series"),
                        Parameter.query("perspective", PERSPECTIVE)),
                Example.of("/api/v1/minerals/rare-earths", "mineral rare-earths"),
                ctx -> new MineralQuery(
                        ctx.pathParam("mineral"), Params.integer(ctx, "year"), Params.text(ctx, "perspective")),
                "year");
        get(
                "/api/v1/countries",
                "Countries with production or supply shares on record, with how many minerals (as `lodestone"
                        + " countries`).",
                List.of(),
                Example.of("/api/v1/countries", "countries"),
                ctx -> new CountriesQuery());
        get(
                "/api/v1/countries/{country}",
                "What a country produces and its share of each (as `lodestone country`).",
                List.of(Parameter.path("country", "ISO 3166-1 alpha-2 or alpha-3 code, or a name")),
                Example.of("/api/v1/countries/CN", "country CN"),
                ctx -> new CountryQuery(ctx.pathParam("country")));
        get(
                "/api/v1/sources",
                "Every source with publisher, licence, tier, attribution and how many observations cite it (as"
                        + " `lodestone sources`).",
                List.of(),
                Example.of("/api/v1/sources", "sources"),
                ctx -> new SourcesQuery());
        get(
                "/api/v1/lists",
                "The official critical-mineral lists with their entries as published (as `lodestone lists`).",
                List.of(),
                Example.of("/api/v1/lists", "lists"),
                ctx -> new ListsQuery());
        get(
                "/api/v1/measures",
                "Trade measures with their status on a date (default today), derived from their dated events (as"
                        + " `lodestone measures`).",
                List.of(
                        Parameter.query("on", "date YYYY-MM-DD"),
                        Parameter.query("mineral", "mineral id or name"),
                        Parameter.query("issuer", "issuing country, ISO alpha-2"),
                        Parameter.query("target", "destination country, ISO alpha-2")),
                Example.of(
                        "/api/v1/measures?on=2026-11-20&mineral=dysprosium",
                        "measures --on 2026-11-20 --mineral dysprosium"),
                ctx -> new MeasuresQuery(
                        Params.date(ctx, "on"),
                        Params.text(ctx, "mineral"),
                        Params.text(ctx, "issuer"),
                        Params.text(ctx, "target")),
                "on");
        get(
                "/api/v1/measures/{id}",
                "One trade measure: history, status on a date, sources (as `lodestone measure <id>`).",
                List.of(Parameter.path("id", "measure id"), Parameter.query("on", "date YYYY-MM-DD")),
                Example.of(
                        "/api/v1/measures/cn-ree-medium-heavy-2025?on=2026-11-20",
                        "measure cn-ree-medium-heavy-2025 --on 2026-11-20"),
                ctx -> new MeasureQuery(ctx.pathParam("id"), Params.date(ctx, "on")),
                "on");
        get(
                "/api/v1/agreements",
                "Agreements with their concreteness scorecards (as `lodestone agreements`).",
                List.of(
                        Parameter.query("on", "date for deadlines, YYYY-MM-DD (default today)"),
                        Parameter.query("party", "party country, ISO alpha-2"),
                        Parameter.query("mineral", "mineral id or name")),
                Example.of("/api/v1/agreements?on=2026-11-20&party=AU", "agreements --on 2026-11-20 --party AU"),
                ctx -> new AgreementsQuery(
                        Params.date(ctx, "on"), Params.text(ctx, "party"), Params.text(ctx, "mineral")),
                "on");
        get(
                "/api/v1/agreements/{id}",
                "One agreement: money, commitments, clauses, scorecard, projects, sources, and the delivery outlook of"
                        + " its projects (as `lodestone agreement <id>`).",
                List.of(
                        Parameter.path("id", "agreement id"),
                        Parameter.query("on", "date for deadlines, YYYY-MM-DD (default today)"),
                        Parameter.query("to", "last year of the outlook (default 2035)")),
                Example.of(
                        "/api/v1/agreements/us-au-framework-2025?on=2026-11-20",
                        "agreement us-au-framework-2025 --on 2026-11-20"),
                ctx -> new AgreementQuery(ctx.pathParam("id"), Params.date(ctx, "on"), Params.integer(ctx, "to")),
                "on");
        get(
                "/api/v1/outlook/{mineral}",
                "Delivery outlook: capacity partner projects would add per year (expected, P10/P50/P90) and China's"
                        + " share of world supply with it (as `lodestone outlook <mineral>`).",
                List.of(
                        Parameter.path("mineral", "mineral id or name"),
                        Parameter.query("from", "first year (default this year)"),
                        Parameter.query("to", "last year (default 2035)")),
                Example.of("/api/v1/outlook/gallium?from=2026&to=2032", "outlook gallium --from 2026 --to 2032"),
                ctx -> new OutlookQuery(
                        ctx.pathParam("mineral"), Params.integer(ctx, "from"), Params.integer(ctx, "to")));
        get(
                "/api/v1/risk",
                "Minerals ranked by supply risk for an importing country: the Lodestone index with its four"
                        + " components and their inputs, or the EU 2017 method recomputed for 2023 (as `lodestone risk"
                        + " --format json`).",
                List.of(
                        Parameter.query("method", "the risk method (default lodestone)", RiskMethod.ids()),
                        Parameter.query("perspective", PERSPECTIVE),
                        Parameter.query("on", ON),
                        Parameter.query("year", YEAR)),
                Example.of("/api/v1/risk?on=2026-11-20", "risk --on 2026-11-20"),
                ApiRoutes::riskRanking,
                "on",
                "year");
        get(
                "/api/v1/risk/{mineral}",
                "One mineral's supply-risk breakdown: index and components with inputs, concentration by stage,"
                        + " dependency with look-through, measures in force and the EU method's figures; or its EU 2017"
                        + " terms (as `lodestone risk <mineral> --format json`).",
                List.of(
                        Parameter.path("mineral", "mineral id or name, e.g. gallium"),
                        Parameter.query("method", "the risk method (default lodestone)", RiskMethod.ids()),
                        Parameter.query("perspective", PERSPECTIVE),
                        Parameter.query("country", "country whose share is shown per stage (default CN)"),
                        Parameter.query("on", ON),
                        Parameter.query("year", YEAR)),
                Example.of(
                        "/api/v1/risk/rare-earths?on=2026-11-20&perspective=US",
                        "risk rare-earths --on 2026-11-20 --perspective US"),
                ApiRoutes::riskBreakdown,
                "on",
                "year");
        endpoints.add(new Endpoint(
                "POST",
                "/api/v1/checks",
                "Check an article: body {\"text\": plain text} or {\"html\": a page} or {\"url\": http(s) URL},"
                        + " optionally with \"published\" (YYYY-MM-DD). Returns the events and share claims found, each"
                        + " with a verdict against the record, and plausibility flags (as `lodestone check FILE"
                        + " --format json`).",
                List.of(),
                false,
                null,
                ctx -> ctx.json(check(ctx))));
        endpoints.add(new Endpoint(
                "POST",
                "/api/v1/ingest",
                "Check an article (same body as /checks) and store its events and claims as unverified news records."
                        + " Requires the bearer token.",
                List.of(),
                true,
                null,
                ctx -> ctx.json(archive.save(check(ctx).reports().get(0)))));
        get(
                "/api/v1/scenarios",
                "The disruption-scenario presets with their titles, horizons and minerals (as `lodestone"
                        + " scenarios`).",
                List.of(),
                Example.of("/api/v1/scenarios", "scenarios"),
                ctx -> new PresetsQuery());
        endpoints.add(new Endpoint(
                "POST",
                "/api/v1/scenarios/runs",
                "Run a scenario as a job: body {\"preset\": id} or {\"spec\": YAML text or a JSON object}, with"
                        + " optional \"paths\" (1-" + ScenarioDefaults.MAX_API_PATHS + ", default "
                        + ScenarioDefaults.PATHS + "), \"seed\" (default " + ScenarioDefaults.SEED + ") and"
                        + " \"horizon\" (months). Answers 202 with the job and its result URL; the result's"
                        + " \"simulation\" is `lodestone simulate --format json`.",
                List.of(),
                false,
                null,
                this::runScenario));
        endpoints.add(new Endpoint(
                "GET",
                "/api/v1/scenarios/runs/{id}",
                "A scenario run: status, progress and, when done, the monthly P5/P50/P95 of shortfall and price per"
                        + " mineral.",
                List.of(Parameter.path("id", "run id")),
                false,
                null,
                ctx -> ctx.json(scenarios
                        .get(ctx.pathParam("id"))
                        .orElseThrow(() -> new ApiException(
                                ErrorCode.UNKNOWN_RUN, "run (" + ctx.pathParam("id") + ") is unknown", "id"))
                        .describe())));
        endpoints.add(new Endpoint(
                "POST",
                "/api/v1/import/{dataset}",
                "Import an official dataset from a folder on the server (body {\"path\": \"...\"}), all or nothing"
                        + " (as `lodestone import`). Requires the bearer token.",
                List.of(Parameter.path(
                        "dataset",
                        String.join(
                                "; ",
                                Datasets.OFFICIAL.stream()
                                        .map(d -> d.id() + ": " + d.description())
                                        .toList()),
                        Datasets.ids())),
                true,
                null,
                this::importDataset));
        endpoints.add(new Endpoint(
                "GET",
                "/api/v1/openapi.json",
                "This document.",
                List.of(),
                false,
                null,
                ctx -> ctx.json(OpenApi.document(endpoints))));
    }

    private static Query<?> riskRanking(Context ctx) {
        return RiskMethod.parse(Params.text(ctx, "method")) == RiskMethod.EU_2017
                ? new EuRankingQuery(Params.date(ctx, "on"))
                : new RiskRankingQuery(
                        Params.text(ctx, "perspective"), Params.date(ctx, "on"), Params.integer(ctx, "year"));
    }

    private static Query<?> riskBreakdown(Context ctx) {
        return RiskMethod.parse(Params.text(ctx, "method")) == RiskMethod.EU_2017
                ? new EuBreakdownQuery(ctx.pathParam("mineral"), Params.date(ctx, "on"))
                : new RiskBreakdownQuery(
                        ctx.pathParam("mineral"),
                        Params.text(ctx, "perspective"),
                        Params.text(ctx, "country"),
                        Params.date(ctx, "on"),
                        Params.integer(ctx, "year"));
    }

    private void importDataset(Context ctx) {
        String dataset = DatasetImport.dataset(ctx.pathParam("dataset")).id();
        JsonNode path = body(ctx).get("path");
        if (path == null || !path.isTextual() || path.asText().isBlank()) {
            throw new ApiException(
                    ErrorCode.BAD_JSON, "the body needs a 'path' string naming the dataset folder", "path");
        }
        Path folder;
        try {
            folder = Path.of(path.asText());
        } catch (InvalidPathException e) {
            throw new ApiException(ErrorCode.BAD_JSON, "path (" + path.asText() + ") is not a valid path", "path");
        }
        if (!Files.isDirectory(folder)) {
            throw new ApiException(ErrorCode.BAD_JSON, "path (" + folder + ") is not a folder on the server", "path");
        }
        ImportedDataset result = importer.importDataset(dataset, folder);
        if (result.report().hasErrors()) {
            throw new ApiException(
                    ErrorCode.IMPORT_REJECTED,
                    result.report().errors().size() + " errors in " + dataset + "; nothing was imported",
                    "path",
                    result.report().errors());
        }
        knowledge.refresh();
        ctx.json(ImportResult.of(result));
    }

    private CheckResult check(Context ctx) {
        return new CheckQuery(Params.article(body(ctx)), null).answer(context(knowledge.snapshot()));
    }

    private void runScenario(Context ctx) {
        JsonNode body = body(ctx);
        String scenario;
        String spec = null;
        if (body.hasNonNull("preset")) {
            scenario = body.get("preset").asText();
        } else if (body.hasNonNull("spec")) {
            scenario = "the posted spec";
            spec = body.get("spec").isTextual()
                    ? body.get("spec").asText()
                    : body.get("spec").toString();
        } else {
            throw new ApiException(ErrorCode.BAD_JSON, "the body needs 'preset' or 'spec'", "spec");
        }
        ScenarioQuery query = new ScenarioQuery(
                scenario,
                spec,
                Params.integer(body, "paths"),
                Params.longValue(body, "seed"),
                Params.integer(body, "horizon"),
                null,
                ScenarioDefaults.MAX_API_PATHS);
        ScenarioJobs.Job job = scenarios.submit(query.prepare(context(knowledge.snapshot())));
        ctx.status(202);
        ctx.header("Location", "/api/v1/scenarios/runs/" + job.id);
        ctx.json(job.describe());
    }

    private JsonNode body(Context ctx) {
        String type = ctx.contentType();
        if (type == null || !type.toLowerCase(Locale.ROOT).startsWith("application/json")) {
            throw new ApiException(
                    ErrorCode.UNSUPPORTED_MEDIA_TYPE,
                    "Content-Type (" + type + ") must be application/json",
                    "Content-Type");
        }
        try {
            JsonNode node = json.readTree(ctx.bodyAsBytes());
            if (node == null || !node.isObject()) {
                throw new ApiException(ErrorCode.BAD_JSON, "the body must be a JSON object", "body");
            }
            return node;
        } catch (IOException e) {
            throw new ApiException(
                    ErrorCode.BAD_JSON,
                    "the body is not valid JSON: "
                            + e.getMessage().lines().findFirst().orElse(""),
                    "body");
        }
    }
}
