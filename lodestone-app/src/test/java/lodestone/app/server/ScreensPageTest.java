package lodestone.app.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import lodestone.app.cli.Main;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The dashboard's screens pages over a screens folder: a tiny local-mode screen run by the command line into it is
 * listed, its page and downloads rank the cells exactly as {@code lodestone screen} does, and names that would leave
 * the folder are refused.
 */
class ScreensPageTest {
    /** A 4-cell screen (2 suppliers of gallium to the US, 2 severities) of 100 paths: a second or two. */
    static final String SPEC = """
            id: page-screen
            perspectives: [US]
            minerals: [gallium]
            suppliers: {top: 2}
            severities: [0.5, 1.0]
            durations: [6]
            horizonMonths: 12
            paths: 100
            """;

    @TempDir
    static Path dir;

    private static Path root;
    private static String cliCsv;
    private static JsonNode cliJson;
    private static ServerFixture server;

    @BeforeAll
    static void runTheScreenAndServeIt() throws IOException {
        root = Files.createDirectories(dir.resolve("screens"));
        Path spec = dir.resolve("screen.yaml");
        Files.writeString(spec, SPEC, StandardCharsets.UTF_8);
        String out = root.resolve("first").toString();
        String db = ServerFixture.sharedDatabase().toString();
        cliCsv = cli("screen", spec.toString(), "--out", out, "--top", "3", "--format", "csv", "--db", db);
        cliJson = new ObjectMapper()
                .readTree(cli("screen", spec.toString(), "--out", out, "--top", "3", "--format", "json", "--db", db));
        Files.createDirectories(root.resolve("not-a-screen"));
        Path outside = Files.createDirectories(dir.resolve("outside"));
        Files.copy(root.resolve("first").resolve("screen.json"), outside.resolve("screen.json"));
        Files.createSymbolicLink(root.resolve("escape"), outside);
        server = new ServerFixture(dir.resolve("server.duckdb"), Optional.empty(), s -> s.withScreensDir(root));
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.close();
        }
    }

    private static String cli(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
        assertThat(code).as(err.toString()).isZero();
        return out.toString();
    }

    @Test
    void theListingShowsTheScreenWithItsCellsAndEngine() throws Exception {
        HttpResponse<String> page = server.get("/screens");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body())
                .contains("<a href=\"/screens/first\">first</a>")
                .contains("<td>page-screen</td>")
                .contains("<td>local</td>")
                .doesNotContain("not-a-screen");
        // 1 perspective x 1 mineral x 2 suppliers x 2 severities x 1 duration x 1 response, all done
        assertThat(page.body()).contains("<td class=\"num\">4</td><td class=\"num\">4</td>");
    }

    @Test
    void theDownloadsEqualTheCommandLinesOutputForTheSameTop() throws Exception {
        HttpResponse<String> csv = server.get("/screens/first?top=3&format=csv");
        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.headers().firstValue("Content-Type"))
                .hasValueSatisfying(t -> assertThat(t).startsWith("text/csv"));
        assertThat(csv.body()).isEqualTo(cliCsv);
        assertThat(cliCsv.lines()).hasSize(1 + 3);

        JsonNode json = new ObjectMapper()
                .readTree(server.get("/screens/first?top=3&format=json").body());
        assertThat(json.get("top")).isEqualTo(cliJson.get("top"));
        assertThat(json.get("units")).isEqualTo(cliJson.get("units"));
    }

    @Test
    void thePageRanksTheCellsAsTheCommandLineDoes() throws Exception {
        HttpResponse<String> page = server.get("/screens/first?top=3");
        assertThat(page.statusCode()).isEqualTo(200);
        String body = page.body();
        int previous = -1;
        for (JsonNode row : cliJson.get("top")) {
            String cells = "<td>" + row.get("perspective").asText() + "</td><td><a href=\"/minerals/"
                    + row.get("mineral").asText() + "\">";
            String shortfall = String.format(
                    java.util.Locale.ROOT,
                    "%.2f",
                    row.get("expected_shortfall_months").asDouble());
            int at = body.indexOf(row.get("supplier").asText() + "</td>", previous + 1);
            assertThat(at)
                    .as("supplier of %s after the previous row", row.get("cell_id"))
                    .isGreaterThan(previous);
            assertThat(body).contains(cells).contains(shortfall);
            previous = at;
        }
        assertThat(body).contains("href=\"/screens/first?top=3&amp;format=csv\"");
    }

    @Test
    void namesThatLeaveTheFolderAreRefused() throws Exception {
        for (String name : new String[] {"..", "..%2F..%2Fetc", ".hidden", "%2Ftmp", "a%5Cb"}) {
            HttpResponse<String> answer = server.get("/screens/" + name + "?format=json");
            assertThat(answer.statusCode()).as(name).isIn(400, 404);
        }
        HttpResponse<String> link = server.get("/screens/escape?format=json");
        assertThat(link.statusCode()).isEqualTo(404);
        assertThat(link.body()).contains("no screen results named escape").doesNotContain(dir.toString());
        assertThat(server.get("/screens/not-a-screen?format=csv").statusCode()).isEqualTo(404);
        assertThat(server.get("/screens/first?top=0").statusCode()).isEqualTo(400);
        assertThat(server.get("/screens/first?top=5001").statusCode()).isEqualTo(400);
    }

    @Test
    void withoutAScreensFolderThePageSaysHowToEnableIt() throws Exception {
        try (ServerFixture none = new ServerFixture(dir.resolve("none.duckdb"), Optional.empty())) {
            HttpResponse<String> page = none.get("/screens");
            assertThat(page.statusCode()).isEqualTo(200);
            assertThat(page.body()).contains("id=\"screens-disabled\"").contains("--screens-dir");
            assertThat(none.get("/screens/first").statusCode()).isEqualTo(404);
        }
    }
}
