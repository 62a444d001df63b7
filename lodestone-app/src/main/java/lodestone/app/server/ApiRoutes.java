package lodestone.app.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.http.Context;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Consumer;
import lodestone.app.view.CountryReport;
import lodestone.app.view.MineralListing;
import lodestone.app.view.MineralReport;
import lodestone.app.view.NewsViews;
import lodestone.app.view.PlanRequest;
import lodestone.app.view.PolicyQueries;
import lodestone.app.view.RiskReports;
import lodestone.app.view.SourceView;
import lodestone.model.geo.Country;
import lodestone.model.knowledge.KnowledgeSnapshot;
import lodestone.model.list.CriticalMineralList;
import lodestone.model.mineral.Mineral;
import lodestone.news.reconcile.CheckReport;
import lodestone.plan.PlanSettings;
import lodestone.plan.option.OptionException;
import lodestone.sim.engine.RunOptions;
import lodestone.sim.scenario.Presets;
import lodestone.sim.scenario.ScenarioException;
import lodestone.sim.scenario.ScenarioReader;
import lodestone.sim.scenario.ScenarioSpec;
import lodestone.sim.scenario.SnapshotSupply;
import lodestone.store.importing.ImportedDataset;

/** The REST API: one table of endpoints, from which the server registers handlers and generates OpenAPI. */
final class ApiRoutes {
    private final Knowledge knowledge;
    private final Clock clock;
    private final ObjectMapper json;
    private final DatasetImporter importer;
    private final ScenarioJobs scenarios;
    private final PlanJobs plans;
    private final ArticleArchive archive;
    private final ArticleChecks checks;
    private final Optional<Path> dataRoot;
    private final List<Endpoint> endpoints = new ArrayList<>();

    ApiRoutes(
            Knowledge knowledge,
            Clock clock,
            ObjectMapper json,
            DatasetImporter importer,
            ArticleArchive archive,
            ScenarioJobs scenarios,
            ArticleChecks checks,
            Optional<Path> dataRoot,
            PlanJobs plans) {
        this.archive = archive;
        this.checks = checks;
        this.dataRoot = dataRoot;
        this.knowledge = knowledge;
        this.scenarios = scenarios;
        this.plans = plans;
        this.clock = clock;
        this.json = json;
        this.importer = importer;
        define();
    }

    List<Endpoint> endpoints() {
        return List.copyOf(endpoints);
    }

    private void get(String path, String summary, List<Endpoint.Parameter> parameters, Consumer<Context> handler) {
        endpoints.add(new Endpoint("GET", path, summary, parameters, false, handler::accept));
    }

    private void define() {
        get(
                "/api/v1/minerals",
                "The mineral catalogue with list memberships; ?list= limits it to one list.",
                List.of(Endpoint.Parameter.query("list", "usgs-2025, usgs-2022 or eu-2023")),
                ctx -> {
                    String list = ctx.queryParam("list");
                    send(ctx, knowledge.cachedJson("minerals?" + list, snapshot -> minerals(snapshot, list)));
                });
        get(
                "/api/v1/minerals/{id}",
                "One mineral: supply shares by stage with HHI and top-3, reserves, U.S."
                        + " dependency, lists and sources (as `lodestone mineral <id> --format json`).",
                List.of(
                        Endpoint.Parameter.path("id", "mineral id or name, e.g. rare-earths"),
                        Endpoint.Parameter.query("year", "production year; default the latest of each series")),
                ctx -> {
                    Integer year = Params.integer(ctx, "year", 1900, 2100);
                    Mineral mineral = Params.mineral(knowledge.snapshot(), ctx.pathParam("id"), "id");
                    if (year == null) {
                        send(
                                ctx,
                                knowledge.cachedJson(
                                        "mineral/" + mineral.id(),
                                        snapshot -> MineralReport.build(snapshot, mineral.id(), OptionalInt.empty())));
                    } else {
                        ctx.json(MineralReport.build(knowledge.snapshot(), mineral.id(), OptionalInt.of(year)));
                    }
                });
        get(
                "/api/v1/countries",
                "Countries with production or supply shares on record, with how many minerals.",
                List.of(),
                ctx -> send(ctx, knowledge.cachedJson("countries", ApiRoutes::countries)));
        get(
                "/api/v1/countries/{iso}",
                "What a country produces and its share of each (as `lodestone country`).",
                List.of(Endpoint.Parameter.path("iso", "ISO 3166-1 alpha-2 or alpha-3 code, or a name")),
                ctx -> {
                    Country country = Params.country(knowledge.snapshot(), ctx.pathParam("iso"), "iso");
                    send(
                            ctx,
                            knowledge.cachedJson(
                                    "country/" + country.code(), snapshot -> CountryReport.build(snapshot, country)));
                });
        get(
                "/api/v1/sources",
                "Every source with publisher, licence, tier and attribution.",
                List.of(),
                ctx -> send(
                        ctx,
                        knowledge.cachedJson(
                                "sources",
                                snapshot -> snapshot.sources().stream()
                                        .map(SourceView::of)
                                        .toList())));
        get(
                "/api/v1/lists",
                "The official critical-mineral lists with their entries as published.",
                List.of(),
                ctx -> send(ctx, knowledge.cachedJson("lists", ApiRoutes::lists)));
        get(
                "/api/v1/measures",
                "Trade measures with their status on a date (default today), derived from their" + " dated events.",
                List.of(
                        Endpoint.Parameter.query("on", "date YYYY-MM-DD"),
                        Endpoint.Parameter.query("mineral", "mineral id or name"),
                        Endpoint.Parameter.query("issuer", "issuing country, ISO alpha-2"),
                        Endpoint.Parameter.query("target", "destination country, ISO alpha-2")),
                ctx -> {
                    KnowledgeSnapshot snapshot = knowledge.snapshot();
                    LocalDate on = Params.date(ctx, "on", LocalDate.now(clock));
                    Mineral mineral = optional(ctx, "mineral") == null
                            ? null
                            : Params.mineral(snapshot, ctx.queryParam("mineral"), "mineral");
                    Country issuer = optional(ctx, "issuer") == null
                            ? null
                            : Params.country(snapshot, ctx.queryParam("issuer"), "issuer");
                    Country target = optional(ctx, "target") == null
                            ? null
                            : Params.country(snapshot, ctx.queryParam("target"), "target");
                    ctx.json(Map.of(
                            "on", on, "measures", PolicyQueries.measures(snapshot, on, mineral, issuer, target)));
                });
        get(
                "/api/v1/measures/{id}",
                "One trade measure: history, status on a date, sources.",
                List.of(Endpoint.Parameter.path("id", "measure id"), Endpoint.Parameter.query("on", "date YYYY-MM-DD")),
                ctx -> {
                    KnowledgeSnapshot snapshot = knowledge.snapshot();
                    LocalDate on = Params.date(ctx, "on", LocalDate.now(clock));
                    var measure = snapshot.policy()
                            .measure(ctx.pathParam("id"))
                            .orElseThrow(() -> new ApiException(
                                    ErrorCode.UNKNOWN_MEASURE,
                                    "measure (" + ctx.pathParam("id") + ") is unknown",
                                    "id"));
                    ctx.json(lodestone.app.view.MeasureView.of(snapshot, measure, on));
                });
        get(
                "/api/v1/agreements",
                "Agreements with their concreteness scorecards.",
                List.of(
                        Endpoint.Parameter.query("party", "party country, ISO alpha-2"),
                        Endpoint.Parameter.query("mineral", "mineral id or name")),
                ctx -> {
                    KnowledgeSnapshot snapshot = knowledge.snapshot();
                    Country party = optional(ctx, "party") == null
                            ? null
                            : Params.country(snapshot, ctx.queryParam("party"), "party");
                    Mineral mineral = optional(ctx, "mineral") == null
                            ? null
                            : Params.mineral(snapshot, ctx.queryParam("mineral"), "mineral");
                    ctx.json(PolicyQueries.agreements(snapshot, LocalDate.now(clock), party, mineral));
                });
        get(
                "/api/v1/agreements/{id}",
                "One agreement: money, commitments, clauses, scorecard, projects, sources.",
                List.of(
                        Endpoint.Parameter.path("id", "agreement id"),
                        Endpoint.Parameter.query("on", "date for" + " deadlines, YYYY-MM-DD")),
                ctx -> {
                    KnowledgeSnapshot snapshot = knowledge.snapshot();
                    var agreement = Params.agreement(snapshot, ctx.pathParam("id"), "id");
                    ctx.json(lodestone.app.view.AgreementView.of(
                            snapshot, agreement, Params.date(ctx, "on", LocalDate.now(clock))));
                });
        get(
                "/api/v1/outlook/{mineral}",
                "Delivery outlook: capacity partner projects would add per year (expected,"
                        + " P10/P50/P90) and China's share of world supply with it.",
                List.of(
                        Endpoint.Parameter.path("mineral", "mineral id or name"),
                        Endpoint.Parameter.query("from", "first year (default this year)"),
                        Endpoint.Parameter.query("to", "last year (default 2035)")),
                ctx -> {
                    Mineral mineral = Params.mineral(knowledge.snapshot(), ctx.pathParam("mineral"), "mineral");
                    Integer from = Params.integer(ctx, "from", 2000, 2100);
                    Integer to = Params.integer(ctx, "to", 2000, 2100);
                    int first = from == null ? LocalDate.now(clock).getYear() : from;
                    int last = to == null ? 2035 : to;
                    if (last < first || last - first >= 50) {
                        throw new ApiException(
                                ErrorCode.BAD_PARAMETER,
                                "to (" + last + ") must be within 0 to 49" + " years after from (" + first + ")",
                                "to");
                    }
                    send(
                            ctx,
                            knowledge.cachedJson(
                                    "outlook/" + mineral.id() + "/" + first + "/" + last,
                                    snapshot -> PolicyQueries.outlook(snapshot, mineral.id(), first, last)));
                });
        get(
                "/api/v1/risk",
                "Minerals ranked by the Lodestone supply-risk index for an importing country, each with its four"
                        + " components and their inputs (as `lodestone risk --format json`).",
                List.of(
                        Endpoint.Parameter.query("perspective", "importing country, ISO code or name (default US)"),
                        Endpoint.Parameter.query("on", "date of the measures in force, ISO 8601 (default today)"),
                        Endpoint.Parameter.query("year", "latest production year to use (default the latest)")),
                ctx -> {
                    KnowledgeSnapshot current = knowledge.snapshot();
                    Country viewer = Params.country(current, perspective(ctx), "perspective");
                    LocalDate today = LocalDate.now(clock);
                    LocalDate on = Params.date(ctx, "on", today);
                    Integer year = Params.dataYear(ctx, current);
                    // Only today's ranking with the latest data is cached, one per perspective country.
                    if (year == null && on.equals(today)) {
                        send(
                                ctx,
                                knowledge.cachedJson(
                                        "risk/" + viewer.code() + "/" + on,
                                        snapshot -> RiskReports.ranking(snapshot, viewer, on, null)));
                    } else {
                        ctx.json(RiskReports.ranking(current, viewer, on, year));
                    }
                });
        get(
                "/api/v1/risk/{mineral}",
                "One mineral's supply-risk breakdown: index and components with inputs, concentration by stage,"
                        + " dependency with look-through, measures in force and the EU method's figures"
                        + " (as `lodestone risk <mineral> --format json`).",
                List.of(
                        Endpoint.Parameter.path("mineral", "mineral id or name, e.g. gallium"),
                        Endpoint.Parameter.query("perspective", "importing country, ISO code or name (default US)"),
                        Endpoint.Parameter.query("country", "country whose share is shown per stage (default CN)"),
                        Endpoint.Parameter.query("on", "date of the measures in force, ISO 8601 (default today)"),
                        Endpoint.Parameter.query("year", "latest production year to use (default the latest)")),
                ctx -> {
                    KnowledgeSnapshot current = knowledge.snapshot();
                    Mineral mineral = Params.mineral(current, ctx.pathParam("mineral"), "mineral");
                    Country viewer = Params.country(current, perspective(ctx), "perspective");
                    String shown = optional(ctx, "country");
                    Country chosen = Params.country(current, shown == null ? "CN" : shown, "country");
                    LocalDate on = Params.date(ctx, "on", LocalDate.now(clock));
                    Integer year = Params.dataYear(ctx, current);
                    ctx.json(RiskReports.breakdown(current, mineral, viewer, chosen, on, year));
                });
        endpoints.add(new Endpoint(
                "POST",
                "/api/v1/checks",
                "Check an article: body {\"text\": plain text} or"
                        + " {\"html\": a page} or {\"url\": a page to fetch}, with optional \"published\""
                        + " (YYYY-MM-DD). Returns the events and share claims found, each with a verdict against the"
                        + " record, and plausibility flags.",
                List.of(),
                false,
                ctx -> ctx.json(Map.of("articles", List.of(NewsViews.report(check(ctx)))))));
        endpoints.add(new Endpoint(
                "POST",
                "/api/v1/ingest",
                "Check an article (same body as /checks) and store its"
                        + " events and claims as unverified news records. Requires the bearer token.",
                List.of(),
                true,
                ctx -> ctx.json(archive.save(check(ctx)))));
        get(
                "/api/v1/scenarios",
                "The disruption-scenario presets with their titles, horizons and minerals.",
                List.of(),
                ctx -> send(ctx, knowledge.cachedJson("scenarios", ApiRoutes::presets)));
        endpoints.add(new Endpoint(
                "POST",
                "/api/v1/scenarios/runs",
                "Run a scenario as a job: body {\"preset\":"
                        + " id} or {\"spec\": YAML text or a JSON object}, with optional \"paths\" (1-200000, default"
                        + " 10000), \"seed\" (default 0) and \"horizon\" (months). Answers 202 with the job and its"
                        + " result URL.",
                List.of(),
                false,
                this::runScenario));
        get(
                "/api/v1/scenarios/runs/{id}",
                "A scenario run: status, progress and, when done, the monthly P5/P50/P95 of"
                        + " shortfall and price per mineral.",
                List.of(Endpoint.Parameter.path("id", "run id")),
                ctx -> ctx.json(scenarios
                        .get(ctx.pathParam("id"))
                        .orElseThrow(() -> new ApiException(
                                ErrorCode.UNKNOWN_RUN, "run (" + ctx.pathParam("id") + ") is unknown", "id"))
                        .describe()));
        endpoints.add(new Endpoint(
                "POST",
                "/api/v1/plans",
                "Plan as a job (as `lodestone plan`): body {\"mineral\": id} or {\"preset\": id, \"market\": mineral},"
                        + " with \"budget\" (US dollars, required), optional \"perspective\" (ISO2), \"horizon\""
                        + " (months, default 60), \"paths\" (1-" + MAX_API_PLAN_PATHS + ", default 10000), \"seed\","
                        + " \"objective\" (cvar95 or expected), \"maxCountryShare\" and \"options\" (a catalogue's"
                        + " YAML text). Answers 202 with the job and its result URL.",
                List.of(),
                false,
                this::runPlan));
        get(
                "/api/v1/plans/{id}",
                "A plan: status and, when done, the portfolio with each option's figures and basis, the frontier, the"
                        + " budget's shadow price, the least certain option's failure and the re-simulation.",
                List.of(Endpoint.Parameter.path("id", "plan id")),
                ctx -> ctx.json(plans.get(ctx.pathParam("id"))
                        .orElseThrow(() -> new ApiException(
                                ErrorCode.UNKNOWN_PLAN, "plan (" + ctx.pathParam("id") + ") is unknown", "id"))
                        .describe()));
        endpoints.add(new Endpoint(
                "POST",
                "/api/v1/import/{dataset}",
                "Import an official dataset from a folder on"
                        + " the server (body {\"path\": \"...\"}), all or nothing. Requires the bearer token.",
                List.of(Endpoint.Parameter.path("dataset", "usgs-mcs or eu-crm")),
                true,
                this::importDataset));
        get("/api/v1/openapi.json", "This document.", List.of(), ctx -> ctx.json(OpenApi.document(endpoints)));
    }

    private void importDataset(Context ctx) {
        String dataset = ctx.pathParam("dataset");
        if (!dataset.equals("usgs-mcs") && !dataset.equals("eu-crm")) {
            throw new ApiException(
                    ErrorCode.BAD_PARAMETER, "dataset (" + dataset + ") must be usgs-mcs or eu-crm", "dataset");
        }
        JsonNode body = body(ctx);
        JsonNode path = body.get("path");
        if (path == null || !path.isTextual() || path.asText().isBlank()) {
            throw new ApiException(
                    ErrorCode.BAD_JSON, "the body needs a 'path' string naming the dataset folder", "path");
        }
        Path folder = DataRoot.resolve(dataRoot, path.asText());
        ImportedDataset result = importer.importDataset(dataset, folder);
        if (result.report().hasErrors()) {
            throw new ApiException(
                    ErrorCode.IMPORT_REJECTED,
                    result.report().errors().size() + " errors in " + dataset + "; nothing was imported (the"
                            + " problems say where; `lodestone import` on the server prints them in full)",
                    "path",
                    DataRoot.withoutContent(result.report().errors()));
        }
        knowledge.refresh();
        ctx.json(Map.of(
                "dataset",
                dataset,
                "imported",
                true,
                "observations",
                result.observations().size(),
                "warnings",
                result.report().warnings()));
    }

    private CheckReport check(Context ctx) {
        return checks.check(knowledge.snapshot(), body(ctx));
    }

    private void runScenario(Context ctx) {
        JsonNode body = body(ctx);
        ScenarioSpec spec = scenario(knowledge.snapshot(), body);
        int paths = intField(body, "paths", 10_000, 1, MAX_API_PATHS);
        long seed = body.hasNonNull("seed") ? longField(body, "seed") : RunOptions.DEFAULT_SEED;
        RunOptions options = RunOptions.of(paths, seed);
        if (body.hasNonNull("horizon")) {
            options = options.withHorizon(intField(body, "horizon", 0, 1, 600));
        }
        ScenarioJobs.Job job = scenarios.submit(spec, options, ctx.ip());
        ctx.status(202);
        ctx.header("Location", "/api/v1/scenarios/runs/" + job.id);
        ctx.json(job.describe());
    }

    private void runPlan(Context ctx) {
        JsonNode body = body(ctx);
        String target = body.hasNonNull("mineral")
                ? body.get("mineral").asText()
                : body.hasNonNull("preset") ? body.get("preset").asText() : null;
        if (target == null) {
            throw new ApiException(ErrorCode.BAD_JSON, "the body needs 'mineral' or 'preset'", "mineral");
        }
        JsonNode budget = body.get("budget");
        if (budget == null || !budget.isNumber() || !(budget.asDouble() >= 0) || Double.isInfinite(budget.asDouble())) {
            throw new ApiException(
                    ErrorCode.BAD_JSON, "budget (" + budget + ") must be a number of US dollars >= 0", "budget");
        }
        int paths = intField(body, "paths", 10_000, 1, MAX_API_PLAN_PATHS);
        int horizon = intField(body, "horizon", 60, 1, 600);
        long seed = body.hasNonNull("seed") ? longField(body, "seed") : PlanSettings.DEFAULT_SEED;
        String objective = body.hasNonNull("objective") ? body.get("objective").asText() : "cvar95";
        if (!objective.equals("cvar95") && !objective.equals("expected")) {
            throw new ApiException(
                    ErrorCode.BAD_JSON, "objective (" + objective + ") must be cvar95 or expected", "objective");
        }
        double share =
                body.hasNonNull("maxCountryShare") ? body.get("maxCountryShare").asDouble() : 1;
        if (!(share > 0 && share <= 1)) {
            throw new ApiException(
                    ErrorCode.BAD_JSON, "maxCountryShare (" + share + ") must be within (0, 1]", "maxCountryShare");
        }
        PlanRequest.Resolved request;
        try {
            request = new PlanRequest(
                            target,
                            Optional.ofNullable(body.get("perspective")).map(JsonNode::asText),
                            Optional.ofNullable(body.get("market")).map(JsonNode::asText),
                            Optional.ofNullable(body.get("options")).map(JsonNode::asText),
                            "the posted options",
                            false)
                    .resolve(knowledge.snapshot());
        } catch (OptionException e) {
            throw new ApiException(
                    ErrorCode.BAD_PLAN, e.problems().size() + " problems in the options", "options", e.problems());
        } catch (IllegalArgumentException e) {
            throw new ApiException(
                    ErrorCode.BAD_PLAN, e.getMessage(), body.hasNonNull("mineral") ? "mineral" : "preset");
        }
        PlanSettings settings = new PlanSettings(
                budget.asDouble(),
                objective.equals("expected") ? 0 : 0.95,
                paths,
                seed,
                Runtime.getRuntime().availableProcessors(),
                share,
                PlanSettings.DEFAULT_FRONTIER);
        PlanJobs.Job job = plans.submit(request, horizon, settings);
        ctx.status(202);
        ctx.header("Location", "/api/v1/plans/" + job.id);
        ctx.json(job.describe());
    }

    /** The largest plan the API accepts: each path is simulated twice and evaluated many times. */
    static final int MAX_API_PLAN_PATHS = 50_000;

    /** The largest run the API accepts: enough for stable percentiles, small enough for a shared server. */
    static final int MAX_API_PATHS = 200_000;

    static ScenarioSpec scenario(KnowledgeSnapshot snapshot, JsonNode body) {
        try {
            if (body.hasNonNull("preset")) {
                String id = body.get("preset").asText();
                if (Presets.text(id).isEmpty()) {
                    throw new ApiException(
                            ErrorCode.UNKNOWN_SCENARIO,
                            "preset (" + id + ") is unknown; presets are " + Presets.IDS,
                            "preset");
                }
                return SnapshotSupply.resolve(Presets.load(id, snapshot.minerals()), snapshot);
            }
            JsonNode spec = body.get("spec");
            if (spec == null || spec.isNull()) {
                throw new ApiException(ErrorCode.BAD_JSON, "the body needs 'preset' or 'spec'", "spec");
            }
            String text = spec.isTextual() ? spec.asText() : spec.toString();
            return SnapshotSupply.resolve(ScenarioReader.read(text, "the posted spec", snapshot.minerals()), snapshot);
        } catch (ScenarioException e) {
            String first = e.problems().isEmpty() ? "spec" : e.problems().get(0).split(" ", -1)[0];
            throw new ApiException(
                    ErrorCode.BAD_SCENARIO, e.problems().size() + " problems in the scenario", first, e.problems());
        }
    }

    private static int intField(JsonNode body, String name, int fallback, int min, int max) {
        JsonNode node = body.get(name);
        if (node == null || node.isNull()) {
            return fallback;
        }
        if (!node.canConvertToInt() || node.asInt() < min || node.asInt() > max) {
            throw new ApiException(
                    ErrorCode.BAD_JSON,
                    name + " (" + node + ") must be an integer within [" + min + ", " + max + "]",
                    name);
        }
        return node.asInt();
    }

    private static long longField(JsonNode body, String name) {
        JsonNode node = body.get(name);
        if (!node.canConvertToLong()) {
            throw new ApiException(ErrorCode.BAD_JSON, name + " (" + node + ") must be an integer", name);
        }
        return node.asLong();
    }

    private static Object presets(KnowledgeSnapshot snapshot) {
        return Presets.IDS.stream()
                .map(id -> {
                    ScenarioSpec spec = Presets.load(id, snapshot.minerals());
                    return Map.of(
                            "id",
                            id,
                            "title",
                            spec.title(),
                            "horizonMonths",
                            spec.horizonMonths(),
                            "minerals",
                            spec.markets().stream()
                                    .map(m -> m.mineral().value())
                                    .toList());
                })
                .toList();
    }

    private JsonNode body(Context ctx) {
        String type = ctx.contentType();
        if (type == null || !type.toLowerCase(java.util.Locale.ROOT).startsWith("application/json")) {
            throw new ApiException(
                    ErrorCode.UNSUPPORTED_MEDIA_TYPE,
                    "Content-Type (" + type + ") must be" + " application/json",
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

    private static void send(Context ctx, byte[] json) {
        ctx.contentType("application/json").result(json);
    }

    private static String perspective(Context ctx) {
        String value = optional(ctx, "perspective");
        return value == null ? "US" : value;
    }

    private static String optional(Context ctx, String name) {
        String value = ctx.queryParam(name);
        return value == null || value.isBlank() ? null : value;
    }

    private static Object minerals(KnowledgeSnapshot snapshot, String list) {
        if (list == null || list.isBlank()) {
            return MineralListing.catalogue(snapshot);
        }
        CriticalMineralList chosen = snapshot.list(list)
                .orElseThrow(() -> new ApiException(
                        ErrorCode.BAD_PARAMETER,
                        "list (" + list + ") must be one of "
                                + snapshot.lists().stream()
                                        .map(CriticalMineralList::id)
                                        .toList(),
                        "list"));
        return chosen.entries().stream()
                .map(entry -> MineralListing.of(
                        snapshot, snapshot.minerals().require(entry.minerals().get(0)), entry.name()))
                .toList();
    }

    private static Object countries(KnowledgeSnapshot snapshot) {
        Map<String, java.util.Set<String>> minerals = new java.util.TreeMap<>();
        for (var observation : snapshot.observations()) {
            if ((observation.metric() == lodestone.model.observation.Metric.PRODUCTION
                            || observation.metric() == lodestone.model.observation.Metric.SUPPLY_SHARE)
                    && observation.area() instanceof lodestone.model.geo.Area.CountryArea country
                    && observation.quantity().isPresent()) {
                minerals.computeIfAbsent(country.code(), c -> new java.util.TreeSet<>())
                        .add(observation.mineral().value());
            }
        }
        return minerals.entrySet().stream()
                .map(e -> Map.of(
                        "country",
                        e.getKey(),
                        "name",
                        snapshot.countries()
                                .resolve(e.getKey())
                                .map(Country::name)
                                .orElse(e.getKey()),
                        "minerals",
                        e.getValue().size()))
                .toList();
    }

    private static Object lists(KnowledgeSnapshot snapshot) {
        return snapshot.lists().stream()
                .map(list -> Map.of(
                        "id",
                        list.id(),
                        "name",
                        list.name(),
                        "issuer",
                        list.issuer(),
                        "published",
                        list.published().toString(),
                        "source",
                        SourceView.of(snapshot.source(list.source())),
                        "entries",
                        list.entries().stream()
                                .map(e -> Map.of(
                                        "name",
                                        e.name(),
                                        "minerals",
                                        e.minerals().stream()
                                                .map(id -> id.value())
                                                .toList(),
                                        "note",
                                        e.note()))
                                .toList()))
                .toList();
    }
}
