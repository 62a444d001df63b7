package lodestone.app.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The audit of the dashboard's downloads (#16: "a CSV (and JSON) download under every table and chart, identical to the
 * command line's output for the same query"), over HTTP without a browser: every page route with representative
 * parameters, every {@code <table>} and every chart on it. Each must be followed, within its section (before the next
 * {@code h1}/{@code h2}), by a downloads paragraph whose links say what they give and in which format and whose CSV
 * equals the command line's {@code --format csv} byte for byte (and JSON its {@code --format json}), or be listed in
 * {@link #EXEMPT} with the reason.
 */
class DownloadLinksTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    /**
     * Every page route of the dashboard ({@link WebPages#register}), with representative parameters. The scenario and the
     * plan run 100 paths, the fewest a plan page takes: what is checked is that each link gives what its command prints,
     * which does not depend on the size of the run.
     */
    static final List<String> PAGES = List.of(
            "/",
            "/?perspective=JP&on=2026-01-15",
            "/minerals",
            "/minerals/rare-earths",
            "/minerals/dysprosium?perspective=JP&on=2026-01-15",
            "/minerals/gallium",
            "/countries",
            "/countries/CN",
            "/countries/CD",
            "/countries/AU",
            "/compare?ids=gallium,germanium,dysprosium",
            "/search?q=rare",
            "/measures",
            "/measures?on=2026-11-20",
            "/agreements",
            "/agreements/us-au-framework-2025",
            "/scenarios?preset=china-ree-2025-10-reinstated&paths=100&seed=1",
            "/plans?mineral=dysprosium&budget=5e9&paths=100",
            "/check",
            "/screens");

    /**
     * A table or chart that has no download of its own, with the reason.
     *
     * @param page a regular expression for the page's address
     * @param element the element: {@code table #ID} or {@code chart #ID}, or {@code table 'LABEL'} after its region's label
     * @param reason why it needs none
     */
    record Exemption(String page, String element, String reason) {}

    static final List<Exemption> EXEMPT = List.of(
            new Exemption(
                    "/check",
                    "table #claims",
                    "a check's result comes from posted text the server does not keep, so no address can give it"
                            + " again; POST /api/v1/checks and `lodestone check FILE --format json` give it"),
            new Exemption("/check", "table #events", "as the claims: from posted text the server does not keep"));

    /**
     * One page per template, for the comparison of every link with the command line (the pages above differ in their
     * parameters, not in the kinds of links they have; the command line opens the store anew for each command), and a
     * second country: Australia's page has projects, China's the measures it issued.
     */
    static final List<String> ONE_PAGE_PER_TEMPLATE = List.of(
            "/",
            "/minerals",
            "/minerals/dysprosium",
            "/countries",
            "/countries/AU",
            "/countries/CN",
            "/compare?ids=gallium,germanium,dysprosium",
            "/measures?on=2026-11-20",
            "/agreements",
            "/agreements/us-au-framework-2025",
            "/scenarios?preset=china-ree-2025-10-reinstated&paths=100&seed=1",
            "/plans?mineral=dysprosium&budget=5e9&paths=100");

    @TempDir
    static Path dir;

    static ServerFixture fixture;

    @BeforeAll
    static void start() {
        fixture = new ServerFixture(dir.resolve("downloads.duckdb"), Optional.empty());
    }

    @AfterAll
    static void stop() {
        if (fixture != null) {
            fixture.close();
        }
    }

    static List<String> pages() {
        return PAGES;
    }

    static List<String> templates() {
        return ONE_PAGE_PER_TEMPLATE;
    }

    /** A table, a chart, a downloads paragraph or a section heading of a page's main content, in document order. */
    private record Part(String kind, String name, String html) {}

    private static final Pattern TAG = Pattern.compile("<(table|div|p|h1|h2)\\b([^>]*)>", Pattern.CASE_INSENSITIVE);
    private static final Pattern ATTRIBUTE = Pattern.compile("([\\w-]+)=\"([^\"]*)\"");

    /** The parts of a page's {@code <main>}. */
    static List<Part> parts(String html) {
        int start = html.indexOf("<main");
        int end = html.indexOf("</main>");
        assertThat(start).as("a page has a <main>").isNotNegative();
        String main = html.substring(start, end);
        List<Part> parts = new ArrayList<>();
        String region = null;
        Matcher tag = TAG.matcher(main);
        while (tag.find()) {
            String element = tag.group(1).toLowerCase(java.util.Locale.ROOT);
            Map<String, String> attributes = attributes(tag.group(2));
            List<String> classes = List.of(attributes.getOrDefault("class", "").split(" "));
            switch (element) {
                case "h1", "h2" -> parts.add(new Part("heading", element, ""));
                case "table" ->
                    parts.add(new Part(
                            "table",
                            attributes.containsKey("id")
                                    ? "table #" + attributes.get("id")
                                    : "table '" + (region == null ? "?" : region) + "'",
                            ""));
                case "div" -> {
                    if (classes.contains("scroll")) {
                        region = attributes.get("aria-label");
                    } else if (classes.contains("chart")) {
                        parts.add(new Part(
                                "chart",
                                attributes.containsKey("id")
                                        ? "chart #" + attributes.get("id")
                                        : "chart '" + attributes.getOrDefault("aria-label", "?") + "'",
                                ""));
                    }
                }
                case "p" -> {
                    if (classes.contains("downloads")) {
                        parts.add(new Part(
                                "downloads", "", main.substring(tag.start(), main.indexOf("</p>", tag.end()))));
                    }
                }
                default -> throw new IllegalStateException(element);
            }
        }
        return parts;
    }

    private static Map<String, String> attributes(String text) {
        Map<String, String> attributes = new LinkedHashMap<>();
        Matcher m = ATTRIBUTE.matcher(text);
        while (m.find()) {
            attributes.put(m.group(1), unescape(m.group(2)));
        }
        return attributes;
    }

    private static String unescape(String text) {
        return text.replace("&quot;", "\"")
                .replace("&#39;", "'")
                .replace("&lt;", "<")
                .replace("&gt;", ">")
                .replace("&amp;", "&");
    }

    /** The tables and charts of a page without a downloads paragraph after them in their section, and not exempt. */
    private static List<String> uncovered(String page, String html) {
        List<String> missing = new ArrayList<>();
        List<String> pending = new ArrayList<>();
        List<Part> all = new ArrayList<>(parts(html));
        all.add(new Part("heading", "end", ""));
        for (Part part : all) {
            switch (part.kind()) {
                case "table", "chart" -> pending.add(part.name());
                case "downloads" -> pending.clear();
                default -> {
                    pending.stream()
                            .filter(name -> EXEMPT.stream()
                                    .noneMatch(e -> page.matches(e.page())
                                            && e.element().equals(name)))
                            .forEach(missing::add);
                    pending.clear();
                }
            }
        }
        return missing;
    }

    private static final Pattern LINK = Pattern.compile("<a href=\"([^\"]*)\"[^>]*>([^<]*)</a>");
    private static final Pattern CODE = Pattern.compile("<code>([^<]*)</code>");

    @ParameterizedTest(name = "{0}")
    @MethodSource("pages")
    void everyTableAndChartHasACsvAndAJsonDownloadInItsSection(String page) throws Exception {
        HttpResponse<String> response = fixture.get(page);
        assertThat(response.statusCode()).as(page).isEqualTo(200);
        assertThat(uncovered(page, response.body())).as(page).isEmpty();
    }

    /**
     * Every downloads paragraph: its links say what and which format, and give what the command it names prints, CSV
     * byte for byte, JSON as the same document.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("templates")
    void everyDownloadEqualsTheCommandLine(String page) throws Exception {
        String html = fixture.get(page).body();
        for (Part part : parts(html)) {
            if (!part.kind().equals("downloads")) {
                continue;
            }
            Map<String, String> links = new LinkedHashMap<>();
            Matcher link = LINK.matcher(part.html());
            while (link.find()) {
                links.put(unescape(link.group(2)), unescape(link.group(1)));
            }
            assertThat(links).as(page + ": " + part.html()).hasSize(2);
            List<String> texts = List.copyOf(links.keySet());
            assertThat(texts.get(0)).as(page).matches("Download \\S.* \\(CSV\\)");
            assertThat(texts.get(1)).as(page).isEqualTo(texts.get(0).replace("(CSV)", "(JSON)"));
            String csvHref = links.get(texts.get(0));
            String jsonHref = links.get(texts.get(1));
            assertThat(csvHref).as(page).contains("format=csv");
            assertThat(jsonHref).as(page).isEqualTo(csvHref.replace("format=csv", "format=json"));
            Matcher code = CODE.matcher(part.html());
            assertThat(code.find()).as(page + ": " + part.html()).isTrue();
            String command = unescape(code.group(1));
            assertThat(command).as(page).startsWith("lodestone ").endsWith(" --format csv");
            List<String> args = new ArrayList<>(List.of(command.substring("lodestone ".length())
                    .replace(" --format csv", "")
                    .split(" ")));
            String csv = fixture.get(csvHref).body();
            assertThat(csv).as(page + " " + csvHref).isNotBlank().isEqualTo(cli(args, "csv"));
            assertThat(JSON.readTree(fixture.get(jsonHref).body()))
                    .as(page + " " + jsonHref)
                    .isEqualTo(JSON.readTree(cli(args, "json")));
        }
    }

    /**
     * The downloads name the commands of the tables and charts above them: a link for each, the command with the
     * page's own parameters ({@link #everyDownloadEqualsTheCommandLine} compares what each link gives with what its
     * command prints).
     */
    @Test
    void theDownloadsNameTheCommandOfEachTableWithThePagesParameters() throws Exception {
        List<String> commands = new ArrayList<>();
        for (String page : List.of(
                "/",
                "/minerals/dysprosium",
                "/countries/CN",
                "/minerals",
                "/countries",
                "/measures?on=2026-11-20",
                "/agreements",
                "/agreements/us-au-framework-2025",
                "/scenarios?preset=china-ree-2025-10-reinstated&paths=100&seed=1",
                "/plans?mineral=dysprosium&budget=5e9&paths=100")) {
            commands.addAll(commandsNamed(page));
        }
        // 12 links before, those under the scenario, plan and dysprosium's dependency tables and history, and (#16,
        // dl4) the overview's chart, China's reserves, the agreement's money and two delivery outlooks, the plan's
        // frontier and re-simulated spread
        assertThat(commands)
                .hasSize(23)
                .contains(
                        "lodestone history dysprosium --format csv",
                        "lodestone dependency dysprosium --perspective US --format csv",
                        "lodestone simulate china-ree-2025-10-reinstated --paths 100 --seed 1 --format csv",
                        "lodestone plan dysprosium --budget 5000000000 --paths 100 --seed 0 --format csv",
                        "lodestone reserves --country CN --format csv",
                        "lodestone money --agreement us-au-framework-2025 --format csv",
                        "lodestone plan dysprosium --budget 5000000000 --paths 100 --seed 0 --table resimulation"
                                + " --format csv");
        // the comparison and a country with projects (#16, dl4)
        List<String> more = new ArrayList<>(commandsNamed("/compare?ids=gallium,germanium,dysprosium"));
        more.addAll(commandsNamed("/countries/AU"));
        assertThat(more)
                .contains(
                        "lodestone compare gallium,germanium,dysprosium --on 2026-11-30 --perspective US --format csv",
                        "lodestone projects --country AU --format csv",
                        "lodestone reserves --country AU --format csv");
    }

    /** The command each downloads paragraph of a page names, in the page's order. */
    private static List<String> commandsNamed(String page) throws Exception {
        HttpResponse<String> response = fixture.get(page);
        assertThat(response.statusCode()).as(page).isEqualTo(200);
        List<String> commands = new ArrayList<>();
        for (Part part : parts(response.body())) {
            if (part.kind().equals("downloads")) {
                Matcher code = CODE.matcher(part.html());
                assertThat(code.find()).as(page + ": " + part.html()).isTrue();
                commands.add(unescape(code.group(1)));
            }
        }
        return commands;
    }

    /** A check's result tables are exempt for the reason {@link #EXEMPT} gives; the audit sees them. */
    @Test
    void aChecksTablesAreSeenAndExempt() throws Exception {
        String text = "China produces 70% of the world's rare earths, according to the report.";
        HttpResponse<String> response = fixture.post(
                "/check",
                "application/x-www-form-urlencoded",
                "text=" + URLEncoder.encode(text, StandardCharsets.UTF_8),
                null);
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(parts(response.body())).extracting(Part::name).contains("table #claims", "table #events");
        assertThat(uncovered("/check", response.body())).isEmpty();
        assertThat(uncovered("/checked", response.body())).containsExactly("table #claims", "table #events");
    }

    /** The audit fails where a table has no download in its section, so that it cannot pass by seeing nothing. */
    @Test
    void theAuditFindsATableWithoutDownloads() {
        String page = "<main><h2>A</h2><div class=\"scroll\" aria-label=\"Figures\"><table><tr><td>1</td></tr></table>"
                + "</div><h2>B</h2><div class=\"chart\" id=\"c\"></div><p class=\"downloads small\">x</p></main>";
        assertThat(uncovered("/x", page)).containsExactly("table 'Figures'");
    }

    private static String cli(List<String> command, String format) {
        List<String> args = new ArrayList<>(command);
        args.addAll(List.of("--format", format));
        CommandLineRuns.Run run = CommandLineRuns.run(args);
        assertThat(run.code()).as(String.join(" ", args) + ": " + run.err()).isZero();
        return run.out();
    }
}
