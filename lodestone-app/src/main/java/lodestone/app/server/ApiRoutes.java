package lodestone.app.server;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.http.Context;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import lodestone.app.resource.Arguments;
import lodestone.app.resource.Csv;
import lodestone.app.resource.Resource;
import lodestone.app.resource.Resources;
import lodestone.app.server.Endpoint.Parameter;
import lodestone.plan.PlanSettings;
import lodestone.report.Query;
import lodestone.report.QueryException;
import lodestone.report.ReportContext;
import lodestone.report.dataset.DatasetImport;
import lodestone.report.dataset.ImportResult;
import lodestone.report.news.CheckResult;
import lodestone.report.plan.PlanDefaults;
import lodestone.report.plan.PlanRequest;
import lodestone.report.plan.Plans;
import lodestone.report.scenario.ScenarioDefaults;
import lodestone.report.scenario.ScenarioQuery;
import lodestone.report.table.Tabular;
import lodestone.store.dataset.Datasets;
import lodestone.store.importing.ImportedDataset;
import org.jspecify.annotations.Nullable;

/**
 * The REST API: one table of endpoints, from which the server registers handlers and generates OpenAPI. The read
 * endpoints come from {@link Resources}, the questions the command line answers too: each builds the resource's
 * report-layer query from its request and sends the answer as JSON. Jobs, checks and writes follow.
 */
final class ApiRoutes {
    private final Services server;
    private final List<Endpoint> endpoints = new ArrayList<>();

    ApiRoutes(Services server) {
        this.server = server;
        define();
    }

    List<Endpoint> endpoints() {
        return List.copyOf(endpoints);
    }

    /**
     * The read endpoint of a resource on one of its paths. Answers are cached per snapshot and day unless the request
     * sets one of the resource's {@code uncachedBy} parameters (free dates and years would let clients grow the cache
     * without bound).
     */
    private Endpoint endpoint(Resource resource, String path) {
        List<Parameter> parameters = resource.params().stream()
                .filter(p -> !p.positional() || path.contains("{" + p.name() + "}"))
                .map(p -> new Parameter(
                        p.name(), p.positional() ? "path" : "query", p.positional(), p.description(), p.allowed()))
                .collect(java.util.stream.Collectors.toCollection(ArrayList::new));
        parameters.add(new Parameter(
                "format",
                "query",
                false,
                "json (the default) or csv: the answer's rows as `lodestone " + resource.command()
                        + " --format csv` prints them, for answers that are one table",
                List.of("json", "csv")));
        return new Endpoint(
                "GET",
                path,
                resource.description() + " Command line: `lodestone " + resource.command() + "`.",
                parameters,
                false,
                resource.examples(path),
                ctx -> {
                    Query<?> asked = resource.query().apply(new RequestArguments(ctx));
                    if (csv(ctx)) {
                        for (lodestone.app.resource.Param p : resource.params()) {
                            if (!p.shownIn("csv") && Params.text(ctx, p.name()) != null) {
                                throw new ApiException(ErrorCode.BAD_PARAMETER, p.unusedIn("csv"), p.name());
                            }
                        }
                        LocalDate today = LocalDate.now(server.clock());
                        Function<ReportContext, String> rows = context -> csv(resource, asked.answer(context));
                        String text = resource.uncachedBy().stream().allMatch(name -> Params.text(ctx, name) == null)
                                ? server.knowledge()
                                        .cached(
                                                "csv:" + asked + "@" + today,
                                                snapshot -> rows.apply(
                                                        server.knowledge().context(today)))
                                : rows.apply(server.knowledge().context(today));
                        sendCsv(ctx, resource.command(), text);
                    } else if (resource.uncachedBy().stream().allMatch(name -> Params.text(ctx, name) == null)) {
                        LocalDate today = LocalDate.now(server.clock());
                        ctx.contentType("application/json")
                                .result(server.knowledge().cachedAnswer(asked + "@" + today, today, asked::answer));
                    } else {
                        ctx.json(asked.answer(server.today()));
                    }
                });
    }

    /** Sends rows as a CSV attachment named after the command that prints them. */
    static void sendCsv(Context ctx, String command, String text) {
        ctx.contentType("text/csv; charset=utf-8")
                .header("Content-Disposition", "attachment; filename=\"" + command + ".csv\"")
                .result(text);
    }

    /** Whether a read asks for CSV ({@code format=csv}) rather than JSON (no format, or {@code format=json}). */
    static boolean csv(Context ctx) {
        String format = Params.text(ctx, "format");
        if (format == null || format.equalsIgnoreCase("json")) {
            return false;
        }
        if (format.equalsIgnoreCase("csv")) {
            return true;
        }
        throw new ApiException(ErrorCode.BAD_PARAMETER, "format (" + format + ") must be json or csv", "format");
    }

    /** An answer's rows as CSV, or the refusal that names the command's other formats. */
    private static String csv(Resource resource, Object answer) {
        if (!(answer instanceof Tabular tabular)) {
            throw new ApiException(
                    ErrorCode.BAD_PARAMETER,
                    "format csv is not supported for " + resource.command()
                            + ": its answer is not one table; use format=json",
                    "format");
        }
        return Csv.of(tabular.table());
    }

    /** The values of a request: path segments and query parameters, by name. */
    private record RequestArguments(Context ctx) implements Arguments {
        @Override
        public @Nullable String text(String name) {
            return ctx.pathParamMap().containsKey(name) ? ctx.pathParam(name) : Params.text(ctx, name);
        }

        @Override
        public @Nullable Integer integer(String name) {
            return Params.integer(ctx, name);
        }

        @Override
        public @Nullable LocalDate date(String name) {
            return Params.date(ctx, name);
        }

        @Override
        public List<String> texts(String name) {
            return Params.texts(ctx, name);
        }

        @Override
        public boolean flag(String name) {
            String value = Params.text(ctx, name);
            return value != null && !value.equalsIgnoreCase("false");
        }
    }

    private void define() {
        for (Resource resource : Resources.ALL) {
            resource.paths().forEach(path -> endpoints.add(endpoint(resource, path)));
        }
        endpoints.add(new Endpoint(
                "POST",
                "/api/v1/checks",
                "Check an article: body {\"text\": plain text} or {\"html\": a page} or {\"url\": http(s) URL},"
                        + " optionally with \"published\" (YYYY-MM-DD). Returns the events and share claims found, each"
                        + " with a verdict against the record, and plausibility flags (as `lodestone check FILE"
                        + " --format json`).",
                List.of(),
                false,
                List.of(),
                ctx -> ctx.json(check(ctx))));
        endpoints.add(new Endpoint(
                "POST",
                "/api/v1/ingest",
                "Check an article (same body as /checks) and store its events and claims as unverified news records."
                        + " Requires the bearer token.",
                List.of(),
                true,
                List.of(),
                ctx -> ctx.json(
                        server.settings().archive().save(check(ctx).reports().get(0)))));
        endpoints.add(new Endpoint(
                "POST",
                "/api/v1/scenarios/runs",
                "Run a scenario as a job: body {\"preset\": id} or {\"spec\": YAML text or a JSON object}, with"
                        + " optional \"paths\" (1-" + ScenarioDefaults.MAX_API_PATHS + ", default "
                        + ScenarioDefaults.PATHS + "), \"seed\" (default " + ScenarioDefaults.SEED + "),"
                        + " \"horizon\" (months), \"without\" (buffer keys switched off, e.g. [\"vault\"]) and"
                        + " \"assumeInForce\" (buffer keys assumed to operate: an assumption the result marks)."
                        + " Answers 202 with the job and its result URL; the result's"
                        + " \"simulation\" is `lodestone simulate --format json`.",
                List.of(),
                false,
                List.of(),
                this::runScenario));
        endpoints.add(new Endpoint(
                "GET",
                "/api/v1/scenarios/runs/{id}",
                "A scenario run: status, progress and, when done, the monthly P5/P50/P95 of shortfall and price per"
                        + " mineral; with format=csv, a finished run's monthly rows as `lodestone simulate --format csv`"
                        + " prints them.",
                List.of(
                        Parameter.path("id", "run id"),
                        new Parameter(
                                "format",
                                "query",
                                false,
                                "json (the default: the job and, when done, its result) or csv (a finished run's"
                                        + " monthly rows)",
                                List.of("json", "csv"))),
                false,
                List.of(),
                this::scenarioRun));
        endpoints.add(new Endpoint(
                "POST",
                "/api/v1/plans",
                "Plan as a job (as `lodestone plan`): body {\"mineral\": id} or {\"preset\": id, \"market\": mineral},"
                        + " with \"budget\" (US dollars, required), optional \"perspective\" (ISO2), \"horizon\""
                        + " (months, default " + PlanDefaults.HORIZON_MONTHS + "), \"paths\" (1-"
                        + PlanDefaults.MAX_API_PATHS
                        + ", default " + PlanDefaults.PATHS + "), \"seed\","
                        + " \"objective\" (cvar95 or expected), \"maxCountryShare\" and \"options\" (a catalogue's"
                        + " YAML text). Answers 202 with the job and its result URL.",
                List.of(),
                false,
                List.of(),
                this::runPlan));
        endpoints.add(new Endpoint(
                "GET",
                "/api/v1/plans/{id}",
                "A plan: status and, when done, the portfolio with each option's figures and basis, the frontier, the"
                        + " budget's shadow price, the least certain option's failure and the re-simulation (as"
                        + " `lodestone plan --format json`).",
                List.of(Parameter.path("id", "plan id")),
                false,
                List.of(),
                ctx -> ctx.json(server.plans()
                        .get(ctx.pathParam("id"))
                        .orElseThrow(() -> new ApiException(
                                ErrorCode.UNKNOWN_PLAN, "plan (" + ctx.pathParam("id") + ") is unknown", "id"))
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
                List.of(),
                this::importDataset));
        endpoints.add(new Endpoint(
                "GET",
                "/api/v1/openapi.json",
                "This document.",
                List.of(),
                false,
                List.of(),
                ctx -> ctx.json(OpenApi.document(endpoints))));
    }

    private void importDataset(Context ctx) {
        String dataset = DatasetImport.dataset(ctx.pathParam("dataset")).id();
        JsonNode path = body(ctx).get("path");
        if (path == null || !path.isTextual() || path.asText().isBlank()) {
            throw new ApiException(
                    ErrorCode.BAD_JSON, "the body needs a 'path' string naming the dataset folder", "path");
        }
        Path folder = DataRoot.resolve(server.settings().dataRoot(), path.asText());
        ImportedDataset result = server.settings().importer().importDataset(dataset, folder);
        if (result.report().hasErrors()) {
            throw new ApiException(
                    ErrorCode.IMPORT_REJECTED,
                    result.report().errors().size() + " errors in " + dataset + "; nothing was imported (the"
                            + " problems say where; `lodestone import` on the server prints them in full)",
                    "path",
                    DataRoot.withoutContent(result.report().errors()));
        }
        server.knowledge().refresh();
        ctx.json(ImportResult.of(result));
    }

    private CheckResult check(Context ctx) {
        return new CheckResult(List.of(server.checks().check(server.today(), body(ctx))));
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
                ScenarioDefaults.MAX_API_PATHS,
                names(body, "without"),
                names(body, "assumeInForce"));
        ScenarioJobs.Job job = server.scenarios().submit(query.prepare(server.today()), ctx.ip());
        ctx.status(202);
        ctx.header("Location", "/api/v1/scenarios/runs/" + job.id);
        ctx.json(job.describe());
    }

    private void scenarioRun(Context ctx) {
        ScenarioJobs.Job job = server.scenarios()
                .get(ctx.pathParam("id"))
                .orElseThrow(() ->
                        new ApiException(ErrorCode.UNKNOWN_RUN, "run (" + ctx.pathParam("id") + ") is unknown", "id"));
        if (!csv(ctx)) {
            ctx.json(job.describe());
        } else if (job.result == null) {
            throw new ApiException(
                    ErrorCode.BAD_PARAMETER,
                    "run (" + job.id + ") is " + job.status + ": format csv needs a finished run; without format the"
                            + " answer gives its progress",
                    "format");
        } else {
            sendCsv(ctx, "simulate", Csv.of(job.result.table()));
        }
    }

    /** @return a list of buffer ids or keys from the body, empty if the field is absent */
    private static List<String> names(JsonNode body, String field) {
        JsonNode node = body.get(field);
        if (node == null || node.isNull()) {
            return List.of();
        }
        List<String> out = new ArrayList<>();
        if (node.isArray()) {
            node.forEach(item -> out.add(item.isTextual() ? item.asText() : ""));
        }
        if (!node.isArray() || out.stream().anyMatch(String::isBlank)) {
            throw new ApiException(
                    ErrorCode.BAD_JSON,
                    field + " (" + node + ") must be a list of buffer ids or keys, e.g. [\"vault\"]",
                    field);
        }
        return out;
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
        int paths = intField(body, "paths", PlanDefaults.PATHS, 1, PlanDefaults.MAX_API_PATHS);
        int horizon = intField(body, "horizon", PlanDefaults.HORIZON_MONTHS, 1, ScenarioDefaults.MAX_HORIZON_MONTHS);
        long seed = body.hasNonNull("seed") ? longField(body, "seed") : PlanDefaults.SEED;
        String objective = body.hasNonNull("objective") ? body.get("objective").asText() : PlanDefaults.OBJECTIVE;
        if (!objective.equals(PlanDefaults.OBJECTIVE) && !objective.equals(PlanDefaults.EXPECTED)) {
            throw new ApiException(
                    ErrorCode.BAD_JSON, "objective (" + objective + ") must be cvar95 or expected", "objective");
        }
        double share = body.hasNonNull("maxCountryShare")
                ? body.get("maxCountryShare").asDouble()
                : PlanDefaults.MAX_COUNTRY_SHARE;
        if (!(share > 0 && share <= 1)) {
            throw new ApiException(
                    ErrorCode.BAD_JSON, "maxCountryShare (" + share + ") must be within (0, 1]", "maxCountryShare");
        }
        PlanRequest.Resolved request;
        PlanSettings settings;
        try {
            request = Plans.resolve(
                    new PlanRequest(
                            target,
                            Optional.ofNullable(body.get("perspective")).map(JsonNode::asText),
                            Optional.ofNullable(body.get("market")).map(JsonNode::asText),
                            Optional.ofNullable(body.get("options")).map(JsonNode::asText),
                            "the posted options",
                            false),
                    server.knowledge().snapshot());
            settings = Plans.settings(
                    budget.asDouble(),
                    objective,
                    paths,
                    seed,
                    Runtime.getRuntime().availableProcessors(),
                    share);
        } catch (QueryException e) {
            String field = e.field() == null || e.field().equals("target")
                    ? (body.hasNonNull("mineral") ? "mineral" : "preset")
                    : e.field();
            throw new ApiException(ErrorCode.BAD_PLAN, e.getMessage(), field, e.problems());
        }
        PlanJobs.Job job = server.plans().submit(request, horizon, settings, ctx.ip());
        ctx.status(202);
        ctx.header("Location", "/api/v1/plans/" + job.id);
        ctx.json(job.describe());
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

    private JsonNode body(Context ctx) {
        String type = ctx.contentType();
        if (type == null || !type.toLowerCase(Locale.ROOT).startsWith("application/json")) {
            throw new ApiException(
                    ErrorCode.UNSUPPORTED_MEDIA_TYPE,
                    "Content-Type (" + type + ") must be application/json",
                    "Content-Type");
        }
        try {
            JsonNode node = server.json().readTree(ctx.bodyAsBytes());
            if (node == null || !node.isObject()) {
                throw new ApiException(ErrorCode.BAD_JSON, "the body must be a JSON object", "body");
            }
            return node;
        } catch (IOException e) {
            throw new ApiException(
                    ErrorCode.BAD_JSON,
                    "the body is not valid JSON: "
                            + String.valueOf(e.getMessage()).lines().findFirst().orElse(""),
                    "body");
        }
    }
}
