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
import java.util.List;
import java.util.Locale;
import lodestone.app.resource.Arguments;
import lodestone.app.resource.Resource;
import lodestone.app.resource.Resources;
import lodestone.app.server.Endpoint.Parameter;
import lodestone.model.knowledge.KnowledgeSnapshot;
import lodestone.report.Query;
import lodestone.report.ReportContext;
import lodestone.report.dataset.DatasetImport;
import lodestone.report.dataset.ImportResult;
import lodestone.report.news.CheckQuery;
import lodestone.report.news.CheckResult;
import lodestone.report.scenario.ScenarioDefaults;
import lodestone.report.scenario.ScenarioQuery;
import lodestone.store.dataset.Datasets;
import lodestone.store.importing.ImportedDataset;

/**
 * The REST API: one table of endpoints, from which the server registers handlers and generates OpenAPI. The read
 * endpoints come from {@link Resources}, the questions the command line answers too: each builds the resource's
 * report-layer query from its request and sends the answer as JSON. Jobs, checks and writes follow.
 */
final class ApiRoutes {
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
     * The read endpoint of a resource on one of its paths. Answers are cached per snapshot and day unless the request
     * sets one of the resource's {@code uncachedBy} parameters (free dates and years would let clients grow the cache
     * without bound).
     */
    private Endpoint endpoint(Resource resource, String path) {
        List<Parameter> parameters = resource.params().stream()
                .filter(p -> !p.positional() || path.contains("{" + p.name() + "}"))
                .map(p -> new Parameter(
                        p.name(), p.positional() ? "path" : "query", p.positional(), p.description(), p.allowed()))
                .toList();
        return new Endpoint(
                "GET",
                path,
                resource.description() + " Command line: `lodestone " + resource.command() + "`.",
                parameters,
                false,
                resource.example(path),
                ctx -> {
                    Query<?> asked = resource.query().apply(new RequestArguments(ctx));
                    if (resource.uncachedBy().stream().allMatch(name -> Params.text(ctx, name) == null)) {
                        LocalDate today = LocalDate.now(clock);
                        ctx.contentType("application/json")
                                .result(knowledge.cachedJson(
                                        asked + "@" + today,
                                        snapshot -> asked.answer(new ReportContext(snapshot, today))));
                    } else {
                        ctx.json(asked.answer(context(knowledge.snapshot())));
                    }
                });
    }

    /** The values of a request: path segments and query parameters, by name. */
    private record RequestArguments(Context ctx) implements Arguments {
        @Override
        public String text(String name) {
            return ctx.pathParamMap().containsKey(name) ? ctx.pathParam(name) : Params.text(ctx, name);
        }

        @Override
        public Integer integer(String name) {
            return Params.integer(ctx, name);
        }

        @Override
        public LocalDate date(String name) {
            return Params.date(ctx, name);
        }
    }

    private ReportContext context(KnowledgeSnapshot snapshot) {
        return ReportContext.of(snapshot, clock);
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
