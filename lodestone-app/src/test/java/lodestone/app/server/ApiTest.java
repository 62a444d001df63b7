package lodestone.app.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import lodestone.app.TestDatabase;
import lodestone.app.cli.Main;
import lodestone.app.resource.Resource;
import lodestone.testkit.SharedData;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class ApiTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path dir;

    static ServerFixture fixture;

    @BeforeAll
    static void start() {
        fixture = new ServerFixture(dir.resolve("api.duckdb"), Optional.of("s3cret"));
    }

    @AfterAll
    static void stop() {
        fixture.close();
    }

    private static JsonNode json(HttpResponse<String> response) throws IOException {
        return JSON.readTree(response.body());
    }

    /** A read endpoint and one of its examples: the request and the command line that print the same JSON. */
    record Example(Endpoint endpoint, Resource.Example example) {
        @Override
        public String toString() {
            return "GET " + example.request();
        }
    }

    /** @return every example of every read endpoint */
    static List<Example> documentedResources() {
        return fixture.server.endpoints().stream()
                .flatMap(e -> e.examples().stream().map(x -> new Example(e, x)))
                .toList();
    }

    /** For every resource and every example of it, the API document equals the command line's {@code --format json}. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("documentedResources")
    void everyResourceEqualsTheCommandLineJson(Example example) throws Exception {
        HttpResponse<String> response = fixture.get(example.example().request());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("application/json");
        List<String> args = new ArrayList<>(example.example().cli());
        args.addAll(List.of("--format", "json"));
        CommandLineRuns.Run cli = CommandLineRuns.run(args);
        assertThat(cli.code()).as(cli.err()).isZero();
        assertThat(json(response))
                .as(
                        "GET %s equals `lodestone %s --format json`",
                        example.example().request(), example.example().cli())
                .isEqualTo(JSON.readTree(cli.out()));
    }

    /**
     * The article check posted equals {@code lodestone check FILE --published DATE --format json} on the same text, but
     * for how each names its input ({@code file} and {@code location}: "posted text" and "request body" on the API).
     */
    @Test
    void theArticleCheckEqualsTheCommandLineJson() throws Exception {
        HttpResponse<String> response = checkArticle();
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        Path file = dir.resolve("article.txt");
        Files.writeString(file, ARTICLE, StandardCharsets.UTF_8);
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(
                new String[] {
                    "check",
                    file.toString(),
                    "--published",
                    "2025-11-12",
                    "--format",
                    "json",
                    "--db",
                    TestDatabase.PATH.toString()
                },
                new PrintWriter(out, true),
                new PrintWriter(err, true));
        assertThat(code).as(err.toString()).isZero();
        JsonNode api = json(response);
        JsonNode cli = JSON.readTree(out.toString());
        assertThat(api.get("articles").get(0).get("file").asText()).isEqualTo("posted text");
        assertThat(cli.get("articles").get(0).get("file").asText()).isEqualTo("article.txt");
        for (JsonNode document : List.of(api, cli)) {
            document.get("articles").forEach(a -> ((ObjectNode) a).remove(List.of("file", "location")));
        }
        assertThat(api).isEqualTo(cli);
    }

    /**
     * A job resource: the body posted, the field of the finished job that holds the result document, and the command
     * line that prints the same document.
     */
    record JobExample(String name, String post, String body, String field, List<String> cli) {
        @Override
        public String toString() {
            return name;
        }
    }

    /**
     * @return the posted jobs (scenario runs, plans) with the command lines that compute the same result; the run has 600
     *     paths, three of the engine's blocks of 256 ({@code MonteCarloEngine.BLOCK}), more than the threads either side
     *     computes on with two cores, so that the comparison still spans results computed on different threads
     */
    static List<JobExample> jobResources() {
        return List.of(
                new JobExample(
                        "POST /api/v1/scenarios/runs",
                        "/api/v1/scenarios/runs",
                        "{\"preset\": \"china-ree-2025-10-reinstated\", \"paths\": 600, \"seed\": 7}",
                        "simulation",
                        List.of("simulate", "china-ree-2025-10-reinstated", "--paths", "600", "--seed", "7")),
                new JobExample(
                        "POST /api/v1/plans",
                        "/api/v1/plans",
                        "{\"mineral\": \"dysprosium\", \"perspective\": \"US\", \"budget\": 5e9, \"paths\": 400,"
                                + " \"seed\": 3}",
                        "plan",
                        List.of(
                                "plan",
                                "dysprosium",
                                "--perspective",
                                "US",
                                "--budget",
                                "5e9",
                                "--paths",
                                "400",
                                "--seed",
                                "3")));
    }

    /**
     * For every job resource, the finished job's result document equals the command line's {@code --format json}
     * for the same inputs (the server computes on its background threads, the command line on every core: the
     * result does not depend on the thread count).
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("jobResources")
    void everyJobResultEqualsTheCommandLineJson(JobExample example) throws Exception {
        HttpResponse<String> accepted = fixture.post(example.post(), "application/json", example.body(), null);
        assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(202);
        String url = json(accepted).get("result").asText();
        JsonNode job = json(fixture.get(url));
        for (int i = 0; i < 1_200 && job.get("status").asText().matches("queued|running"); i++) {
            Thread.sleep(100);
            job = json(fixture.get(url));
        }
        assertThat(job.get("status").asText()).as(job.toString()).isEqualTo("done");
        List<String> args = new ArrayList<>(example.cli());
        args.addAll(List.of("--format", "json"));
        CommandLineRuns.Run cli = CommandLineRuns.run(args);
        assertThat(cli.code()).as(cli.err()).isZero();
        assertThat(job.get(example.field())).isEqualTo(JSON.readTree(cli.out()));
    }

    /**
     * For every resource, {@code format=csv} equals the command line's {@code --format csv} (the dashboard's CSV
     * links), or both refuse when the answer is not one table.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("documentedResources")
    void everyResourceAsCsvEqualsTheCommandLineCsv(Example example) throws Exception {
        String request = example.example().request();
        HttpResponse<String> response = fixture.get(request + (request.contains("?") ? "&" : "?") + "format=csv");
        List<String> args = new ArrayList<>(example.example().cli());
        args.addAll(List.of("--format", "csv"));
        CommandLineRuns.Run cli = CommandLineRuns.run(args);
        if (cli.code() != 0) {
            // refused by both: an answer that is not one table, or an option the CSV would ignore (the same words)
            String refusal = cli.err().contains("changes nothing in format csv")
                    ? "changes nothing in format csv"
                    : "format csv is not supported";
            assertThat(cli.err()).contains(refusal);
            assertThat(response.statusCode()).isEqualTo(400);
            assertThat(json(response).get("detail").asText()).contains(refusal);
            return;
        }
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("text/csv");
        assertThat(response.body()).isNotBlank().isEqualTo(cli.out());
    }

    @Test
    void anUnknownFormatIsRefusedByName() throws Exception {
        HttpResponse<String> response = fixture.get("/api/v1/measures?format=xlsx");
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(json(response).get("detail").asText()).isEqualTo("format (xlsx) must be json or csv");
    }

    @Test
    void everyReadResourceButJobsAndThisDocumentHasAnExample() {
        assertThat(fixture.server.endpoints().stream()
                        .filter(e -> e.method().equals("GET") && e.examples().isEmpty())
                        .map(Endpoint::path))
                .containsExactlyInAnyOrder("/api/v1/scenarios/runs/{id}", "/api/v1/plans/{id}", "/api/v1/openapi.json");
    }

    @Test
    void writeEndpointsNeedTheRightTokenAndStoreNothingOtherwise() throws Exception {
        long before = fixture.store.observationCount();
        String body = "{\"path\": \"" + dir.toString().replace("\\", "/") + "\"}";
        HttpResponse<String> none = fixture.post("/api/v1/import/usgs-mcs", "application/json", body, null);
        assertThat(none.statusCode()).isEqualTo(401);
        assertThat(json(none).get("code").asText()).isEqualTo("unauthorized");
        HttpResponse<String> wrong = fixture.post("/api/v1/import/usgs-mcs", "application/json", body, "Bearer guess");
        assertThat(wrong.statusCode()).isEqualTo(403);
        assertThat(json(wrong).get("code").asText()).isEqualTo("forbidden");
        assertThat(fixture.store.observationCount()).isEqualTo(before);
    }

    @Test
    void aServerWithoutTokenRefusesEveryWrite(@TempDir Path other) throws Exception {
        try (ServerFixture closed = new ServerFixture(other.resolve("x.duckdb"), Optional.empty())) {
            HttpResponse<String> response =
                    closed.post("/api/v1/import/eu-crm", "application/json", "{\"path\": \"/tmp\"}", "Bearer x");
            assertThat(response.statusCode()).isEqualTo(403);
            assertThat(json(response).get("code").asText()).isEqualTo("write-disabled");
        }
    }

    @Test
    void anImportWithTheTokenReplacesTheDatasetAndTheAnswersFollow() throws Exception {
        Path eu = SharedData.euCrm2023();
        HttpResponse<String> response = fixture.post(
                "/api/v1/import/eu-crm",
                "application/json",
                "{\"path\": \"" + eu.toString().replace("\\", "/") + "\"}",
                "Bearer s3cret");
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        assertThat(json(response).get("imported").asBoolean()).isTrue();
        assertThat(fixture.get("/api/v1/minerals/dysprosium").body()).contains("eu-crm-2023-study");
    }

    @Test
    void malformedRequestsGetProblemDocumentsNamingTheField() throws Exception {
        HttpResponse<String> badJson =
                fixture.post("/api/v1/import/eu-crm", "application/json", "{\"path\": ", "Bearer s3cret");
        assertThat(badJson.statusCode()).isEqualTo(400);
        assertThat(badJson.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        assertThat(json(badJson).get("field").asText()).isEqualTo("body");
        HttpResponse<String> noPath = fixture.post("/api/v1/import/eu-crm", "application/json", "{}", "Bearer s3cret");
        assertThat(json(noPath).get("field").asText()).isEqualTo("path");
        HttpResponse<String> mineral = fixture.get("/api/v1/minerals/unobtainium");
        assertThat(mineral.statusCode()).isEqualTo(404);
        assertThat(json(mineral).get("code").asText()).isEqualTo("unknown-mineral");
        assertThat(json(mineral).get("field").asText()).isEqualTo("mineral");
        // the API resolves names as the command line does, and says the same about a typo
        assertThat(fixture.get("/api/v1/minerals/rare%20earth").statusCode()).isEqualTo(200);
        HttpResponse<String> typo = fixture.get("/api/v1/minerals/galium");
        assertThat(typo.statusCode()).isEqualTo(404);
        assertThat(typo.body()).contains("did you mean gallium?");
        HttpResponse<String> date = fixture.get("/api/v1/measures?on=2026-13-01");
        assertThat(date.statusCode()).isEqualTo(400);
        assertThat(json(date).get("field").asText()).isEqualTo("on");
        HttpResponse<String> year = fixture.get("/api/v1/minerals/gallium?year=99999");
        assertThat(json(year).get("field").asText()).isEqualTo("year");
        HttpResponse<String> big = fixture.post(
                "/api/v1/import/eu-crm",
                "application/json",
                "{\"path\": \"" + "x".repeat(2_000_000) + "\"}",
                "Bearer s3cret");
        assertThat(big.statusCode()).isEqualTo(413);
        HttpResponse<String> unknown = fixture.get("/api/v1/nothing-here");
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(json(unknown).get("code").asText()).isEqualTo("not-found");
        assertThat(unknown.body()).doesNotContain("Exception").doesNotContain("at lodestone.");
    }

    @Test
    void riskRanksMineralsAndBreaksOneDownWithSources() throws Exception {
        JsonNode ranking = json(fixture.get("/api/v1/risk?on=2026-11-20"));
        assertThat(ranking.get("perspective").asText()).isEqualTo("US");
        assertThat(ranking.get("on").asText()).isEqualTo("2026-11-20");
        JsonNode first = ranking.get("ranking").get(0);
        assertThat(first.get("rank").asInt()).isEqualTo(1);
        double previous = Double.MAX_VALUE;
        for (JsonNode row : ranking.get("ranking")) {
            assertThat(row.get("score").asDouble()).isBetween(0.0, 100.0).isLessThanOrEqualTo(previous);
            previous = row.get("score").asDouble();
        }
        assertThat(ranking.get("ranking").toString()).contains("\"gallium\"");
        assertThat(ranking.get("unscored").toString()).doesNotContain("country-governance");
        assertThat(ranking.get("sources")).isNotEmpty();

        JsonNode gallium = json(fixture.get("/api/v1/risk/Gallium?on=2026-11-20&perspective=USA"));
        assertThat(gallium.get("mineral").asText()).isEqualTo("gallium");
        assertThat(gallium.get("perspective").asText()).isEqualTo("US");
        assertThat(gallium.get("components")).hasSize(5);
        assertThat(gallium.get("concentration").toString()).contains("\"CN\"");
        assertThat(gallium.get("score").asDouble()).isPositive();

        JsonNode today = json(fixture.get("/api/v1/risk/gallium"));
        String page = fixture.get("/minerals/gallium").body();
        assertThat(page)
                .contains("Supply risk: United States as importer")
                .contains("rank " + today.get("rank").asInt() + " on the")
                .contains(today.get("components").get(0).get("name").asText())
                .contains("/api/v1/risk/gallium");

        HttpResponse<String> badPerspective = fixture.get("/api/v1/risk?perspective=Atlantis");
        assertThat(badPerspective.statusCode()).isBetween(400, 404);
        assertThat(json(badPerspective).get("field").asText()).isEqualTo("perspective");
        HttpResponse<String> badMineral = fixture.get("/api/v1/risk/unobtainium");
        assertThat(json(badMineral).get("field").asText()).isEqualTo("mineral");
        HttpResponse<String> badYear = fixture.get("/api/v1/risk/gallium?year=nineteen");
        assertThat(json(badYear).get("field").asText()).isEqualTo("year");
        HttpResponse<String> noData = fixture.get("/api/v1/risk?year=2019");
        assertThat(noData.statusCode()).isEqualTo(400);
        assertThat(json(noData).get("field").asText()).isEqualTo("year");
        assertThat(json(noData).get("detail").asText()).contains("years available: 2020, 2023, 2024, 2025");
    }

    @Test
    void measuresPageAnswersForTheRequestedDateNotACachedOne() throws Exception {
        String today = fixture.get("/measures").body();
        String duringSuspension = fixture.get("/measures?on=2026-01-15").body();
        String again = fixture.get("/measures").body();
        assertThat(duringSuspension).contains("2026-01-15").contains("state-suspended");
        assertThat(today).contains("2026-11-30").doesNotContain("state-suspended");
        assertThat(again).isEqualTo(today);
    }

    @Test
    void measuresOnADateFollowTheirEvents() throws Exception {
        JsonNode json = json(fixture.get("/api/v1/measures?on=2026-11-20&mineral=dysprosium"));
        assertThat(json.toString()).contains("suspension ended 2026-11-10; no later record");
        JsonNode agreement = json(fixture.get("/api/v1/agreements/us-au-framework-2025"));
        assertThat(agreement.get("agreement").get("scorecard").get("maxPoints").asInt())
                .isEqualTo(11);
    }

    @Test
    void theOpenApiDocumentMatchesTheEndpoints() throws Exception {
        JsonNode doc = json(fixture.get("/api/v1/openapi.json"));
        assertThat(doc.get("openapi").asText()).startsWith("3.");
        List<String> documented = new ArrayList<>();
        for (Map.Entry<String, JsonNode> path : doc.get("paths").properties()) {
            path.getValue()
                    .fieldNames()
                    .forEachRemaining(
                            method -> documented.add(method.toUpperCase(java.util.Locale.ROOT) + " " + path.getKey()));
        }
        List<String> registered = fixture.server.endpoints().stream()
                .map(e -> e.method() + " " + e.path())
                .toList();
        assertThat(documented).containsExactlyInAnyOrderElementsOf(registered);
        Map<String, String> samples = Map.of(
                "{id}",
                "gallium",
                "{country}",
                "CN",
                "{mineral}",
                "gallium",
                "{from}",
                "mcs-2025",
                "{to}",
                "mcs-2026",
                "{minerals}",
                "gallium,germanium");
        List<String> jobs = List.of("/api/v1/scenarios/runs/{id}", "/api/v1/plans/{id}");
        for (Endpoint endpoint : fixture.server.endpoints()) {
            if (!endpoint.method().equals("GET") || jobs.contains(endpoint.path())) {
                continue;
            }
            String path = endpoint.path();
            if (path.startsWith("/api/v1/measures/")) {
                path = path.replace("{id}", "cn-ree-medium-heavy-2025");
            } else if (path.startsWith("/api/v1/agreements/")) {
                path = path.replace("{id}", "us-au-framework-2025");
            } else if (path.equals("/api/v1/reserves")) {
                // without a mineral in the path, reserves needs a country
                path = path + "?country=CN";
            }
            for (Map.Entry<String, String> sample : samples.entrySet()) {
                path = path.replace(sample.getKey(), sample.getValue());
            }
            assertThat(fixture.get(path).statusCode()).as(path).isEqualTo(200);
        }
        for (ErrorCode code : ErrorCode.values()) {
            assertThat(code.description()).as(code.id()).isNotBlank();
            assertThat(code.status()).as(code.id()).isBetween(400, 599);
        }
    }

    @Test
    void pagesCarrySecurityHeadersUseNoInlineScriptsAndEscapeWhatTheyEcho() throws Exception {
        HttpResponse<String> page = fixture.get("/minerals/rare-earths");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("Content-Security-Policy").orElse(""))
                .contains("script-src 'self'")
                .contains("frame-ancestors 'none'");
        assertThat(page.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
        assertThat(page.headers().firstValue("X-Frame-Options")).contains("DENY");
        assertThat(page.body()).doesNotContainPattern("<script(?![^>]*\\bsrc=)[^>]*>");
        assertThat(page.body()).contains("China").contains("usgs-mcs-2025-data");
        HttpResponse<String> hostile = fixture.get("/nothing/%3Cscript%3Ealert(1)%3C%2Fscript%3E");
        assertThat(hostile.statusCode()).isEqualTo(404);
        assertThat(hostile.body()).doesNotContain("<script>alert(1)");
        HttpResponse<String> echoed = fixture.get("/measures?on=%3Cscript%3Ealert(1)%3C%2Fscript%3E");
        assertThat(echoed.statusCode()).isEqualTo(400);
        assertThat(echoed.body()).doesNotContain("<script>alert(1)").contains("&lt;script&gt;alert(1)");
    }

    @Test
    void aScenarioRunsAsAJobWithProgressAndAResultUrl() throws Exception {
        HttpResponse<String> accepted = fixture.post(
                "/api/v1/scenarios/runs",
                "application/json",
                "{\"preset\": \"china-ree-2025-10-reinstated\", \"paths\": 600, \"seed\": 7}",
                null);
        assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(202);
        String url = json(accepted).get("result").asText();
        assertThat(accepted.headers().firstValue("Location")).contains(url);
        JsonNode run = json(fixture.get(url));
        for (int i = 0; i < 200 && !run.get("status").asText().equals("done"); i++) {
            assertThat(run.get("status").asText()).isIn("queued", "running");
            Thread.sleep(100);
            run = json(fixture.get(url));
        }
        assertThat(run.get("status").asText()).isEqualTo("done");
        assertThat(run.get("progress").asDouble()).isEqualTo(1.0);
        JsonNode month =
                run.get("simulation").get("markets").get(0).get("months").get(3);
        assertThat(month.get("shortfall").get("p5").asDouble())
                .isLessThanOrEqualTo(month.get("shortfall").get("p50").asDouble());
        assertThat(month.get("shortfall").get("p50").asDouble())
                .isLessThanOrEqualTo(month.get("shortfall").get("p95").asDouble());
        // a finished run's monthly rows as CSV, the command line's for the same preset, paths and seed
        HttpResponse<String> csv = fixture.get(url + "?format=csv");
        assertThat(csv.statusCode()).as(csv.body()).isEqualTo(200);
        CommandLineRuns.Run cli = CommandLineRuns.run(List.of(
                "simulate", "china-ree-2025-10-reinstated", "--paths", "600", "--seed", "7", "--format", "csv"));
        assertThat(cli.code()).as(cli.err()).isZero();
        assertThat(csv.body()).isNotBlank().isEqualTo(cli.out());
        HttpResponse<String> absurd = fixture.post(
                "/api/v1/scenarios/runs",
                "application/json",
                "{\"preset\": \"china-ree-2025-04\", \"paths\": 99999999}",
                null);
        assertThat(absurd.statusCode()).isEqualTo(400);
        assertThat(json(absurd).get("field").asText()).isEqualTo("paths");
        HttpResponse<String> invalid =
                fixture.post("/api/v1/scenarios/runs", "application/json", "{\"spec\": {\"id\": \"x\"}}", null);
        assertThat(invalid.statusCode()).isEqualTo(400);
        assertThat(json(invalid).get("code").asText()).isEqualTo("bad-scenario");
        assertThat(json(invalid).get("problems")).isNotEmpty();
        assertThat(fixture.get("/api/v1/scenarios/runs/no-such-run").statusCode())
                .isEqualTo(404);
        HttpResponse<String> unknownBuffer = fixture.post(
                "/api/v1/scenarios/runs",
                "application/json",
                "{\"preset\": \"china-ree-2025-04\", \"paths\": 100, \"without\": [\"vualt\"]}",
                null);
        assertThat(unknownBuffer.statusCode()).isEqualTo(400);
        assertThat(json(unknownBuffer).get("field").asText()).isEqualTo("without");
        HttpResponse<String> notAList = fixture.post(
                "/api/v1/scenarios/runs",
                "application/json",
                "{\"preset\": \"china-ree-2025-04\", \"assumeInForce\": \"vault\"}",
                null);
        assertThat(notAList.statusCode()).isEqualTo(400);
        assertThat(json(notAList).get("field").asText()).isEqualTo("assumeInForce");
    }

    @Test
    void aPlanRunsAsAJobAndRefusalsNameTheFieldAtFault() throws Exception {
        HttpResponse<String> accepted = fixture.post(
                "/api/v1/plans",
                "application/json",
                "{\"mineral\": \"dysprosium\", \"perspective\": \"US\", \"budget\": 5e9, \"paths\": 400}",
                null);
        assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(202);
        String url = json(accepted).get("result").asText();
        assertThat(accepted.headers().firstValue("Location")).contains(url);
        JsonNode job = json(fixture.get(url));
        for (int i = 0; i < 600 && !job.get("status").asText().equals("done"); i++) {
            assertThat(job.get("status").asText()).as(job.toString()).isIn("queued", "running");
            Thread.sleep(100);
            job = json(fixture.get(url));
        }
        assertThat(job.get("status").asText()).isEqualTo("done");
        JsonNode plan = job.get("plan");
        assertThat(plan.get("scenario").asText()).isEqualTo("china-ree-2025-10-reinstated");
        assertThat(plan.get("resimulation").get("after").get("p95").asDouble())
                .isLessThan(plan.get("resimulation").get("before").get("p95").asDouble());
        HttpResponse<String> noBudget =
                fixture.post("/api/v1/plans", "application/json", "{\"mineral\": \"dysprosium\"}", null);
        assertThat(noBudget.statusCode()).isEqualTo(400);
        assertThat(json(noBudget).get("field").asText()).isEqualTo("budget");
        HttpResponse<String> noCatalogue =
                fixture.post("/api/v1/plans", "application/json", "{\"mineral\": \"gallium\", \"budget\": 1e9}", null);
        assertThat(noCatalogue.statusCode()).isEqualTo(400);
        assertThat(json(noCatalogue).get("code").asText()).isEqualTo("bad-plan");
        HttpResponse<String> badOptions = fixture.post(
                "/api/v1/plans",
                "application/json",
                "{\"mineral\": \"dysprosium\", \"budget\": 1e9, \"options\": \"mineral: dysprosium\"}",
                null);
        assertThat(badOptions.statusCode()).isEqualTo(400);
        assertThat(json(badOptions).get("problems")).isNotEmpty();
        assertThat(fixture.get("/api/v1/plans/no-such-plan").statusCode()).isEqualTo(404);
    }

    @Test
    void thePlanPageShowsTheFrontierThePortfolioAndTheBasisOfItsOptions() throws Exception {
        HttpResponse<String> page = fixture.get("/plans?mineral=dysprosium&budget=5e9&paths=300");
        assertThat(page.statusCode()).as(page.body()).isEqualTo(200);
        assertThat(page.body())
                .contains("&#34;kind&#34;:&#34;frontier&#34;")
                .contains("us-dy-reserve")
                .contains("Basis of the chosen options")
                .contains("Re-simulated on an independent sample")
                .doesNotContainPattern("<script(?![^>]*\\bsrc=)[^>]*>");
        assertThat(fixture.get("/plans?budget=lots").statusCode()).isEqualTo(400);
        assertThat(fixture.get("/plans?mineral=gallium&paths=100").statusCode()).isEqualTo(400);
    }

    private static final String ARTICLE = "Beijing, 12 November 2025. China currently controls approximately 80% of the"
            + " global supply of rare earth elements, a ministry spokesperson said. President Donald Trump signed the"
            + " agreements with Australia and Japan on March 12, 2024, officials added.";

    /** @return the answer of {@code POST /api/v1/checks} with {@link #ARTICLE}, published 2025-11-12 */
    private static HttpResponse<String> checkArticle() throws Exception {
        return fixture.post(
                "/api/v1/checks",
                "application/json",
                JSON.writeValueAsString(Map.of("text", ARTICLE, "published", "2025-11-12")),
                null);
    }

    @Test
    void anArticleIsCheckedAgainstTheRecord() throws Exception {
        HttpResponse<String> response = checkArticle();
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        JsonNode article = json(response).get("articles").get(0);
        assertThat(article.toString()).contains("ambiguous").contains("Biden");
        HttpResponse<String> binary = fixture.post(
                "/api/v1/checks",
                "application/json",
                JSON.writeValueAsString(Map.of("text", "\u0000\u0001\u0002\u0003 binary")),
                null);
        assertThat(binary.statusCode()).isBetween(400, 499);
        HttpResponse<String> empty = fixture.post("/api/v1/checks", "application/json", "{}", null);
        assertThat(json(empty).get("field").asText()).isEqualTo("text");
    }

    @Test
    void ingestNeedsTheTokenAndStoresNothingWithoutIt() throws Exception {
        lodestone.store.news.NewsArchive archive = new lodestone.store.news.NewsArchive(fixture.store);
        int before = archive.articles().size();
        String body = JSON.writeValueAsString(Map.of("text", ARTICLE));
        assertThat(fixture.post("/api/v1/ingest", "application/json", body, null)
                        .statusCode())
                .isEqualTo(401);
        assertThat(fixture.post("/api/v1/ingest", "application/json", body, "Bearer nope")
                        .statusCode())
                .isEqualTo(403);
        assertThat(archive.articles()).hasSize(before);
        HttpResponse<String> stored = fixture.post("/api/v1/ingest", "application/json", body, "Bearer s3cret");
        assertThat(stored.statusCode()).as(stored.body()).isEqualTo(200);
        assertThat(json(stored).get("status").asText()).isEqualTo("unverified");
        assertThat(archive.articles()).hasSize(before + 1);
    }
}
