package lodestone.app.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import lodestone.app.TestDatabase;
import lodestone.app.cli.Main;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.ScriptTimeoutException;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.FluentWait;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Drives the real pages in Debian's headless Chromium (installed by .ci/run). Outside CI, without Chromium, the test
 * is skipped with a message. Screenshots go to target/screenshots, or to the folder named by the system property
 * {@code lodestone.screenshots} (docs/screenshots when refreshing the committed ones).
 */
class DashboardBrowserTest {
    private static final com.fasterxml.jackson.databind.ObjectMapper JSON =
            new com.fasterxml.jackson.databind.ObjectMapper();
    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

    /** A page of the dashboard: its address, and the name of its phone screenshot. */
    private record Page(String path, String name) {}

    /** Every page of the dashboard, with the parameters that make its slow ones quick. */
    private static final List<Page> PAGES = List.of(
            new Page("/", "overview"),
            new Page("/?perspective=JP&on=2026-01-15", "overview-jp"),
            new Page("/minerals/rare-earths", "mineral-rare-earths"),
            new Page("/minerals/dysprosium?perspective=JP&on=2026-01-15", "mineral-dysprosium-jp"),
            new Page("/minerals", "minerals"),
            new Page("/countries", "countries"),
            new Page("/search?q=Congo", "search-congo"),
            new Page("/compare?ids=gallium,germanium,dysprosium", "compare"),
            new Page("/countries/CN", "country-cn"),
            new Page("/countries/CD", "country-cd"),
            new Page("/measures?on=2026-11-20", "measures"),
            new Page("/agreements", "agreements"),
            new Page("/agreements/us-au-framework-2025", "agreement-us-au"),
            new Page("/scenarios?preset=china-ree-2025-10-reinstated&paths=500&seed=1", "scenario"),
            new Page("/plans?mineral=dysprosium&budget=5e9&paths=500", "plan"),
            new Page("/check", "check"),
            new Page("/screens", "screens-none"),
            new Page("/no-such-page", "not-found"));

    /** How often a wait looks again (Selenium's default, half a second, is most of a quick page's load). */
    private static final Duration POLL = Duration.ofMillis(50);

    /** A phone's width (CSS pixels), and a desktop's. */
    private static final int PHONE = 390;

    private static final int DESKTOP = 1280;

    /**
     * Run in every page before its own scripts: each chart is drawn without its entry animation. A chart says it is
     * rendered (ECharts' {@code finished} event, which the pages wait for) only once its animation has ended, about a
     * second later; the drawing, labels, legends and data are the same either way.
     */
    private static final String STILL = "(function () {"
            + "  var lib; var wrapped = false;"
            + "  Object.defineProperty(window, 'echarts', { configurable: true,"
            + "    set: function (value) { lib = value; },"
            + "    get: function () {"
            + "      if (lib && !wrapped && typeof lib.init === 'function') {"
            + "        wrapped = true; var init = lib.init;"
            + "        lib.init = function () {"
            + "          var chart = init.apply(this, arguments); var setOption = chart.setOption;"
            + "          chart.setOption = function (option) {"
            + "            if (option && typeof option === 'object') { option.animation = false; }"
            + "            return setOption.apply(this, arguments); };"
            + "          return chart; };"
            + "      }"
            + "      return lib; } });"
            + "}());";

    @TempDir
    static Path dir;

    static ServerFixture fixture;
    static WebDriver driver;
    static Path screenshots;

    @BeforeAll
    static void start() throws IOException {
        boolean available = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
        if (!available && System.getenv("CI") != null) {
            throw new IllegalStateException("CI must provide /usr/bin/chromium and /usr/bin/chromedriver (.ci/run"
                    + " installs Debian's chromium and chromium-driver).");
        }
        Assumptions.assumeTrue(available, "skipped: Debian's chromium and chromium-driver are not installed");
        // Chromium starts while the server opens its store: neither waits for the other
        CompletableFuture<WebDriver> browser = CompletableFuture.supplyAsync(DashboardBrowserTest::startBrowser);
        try {
            fixture = new ServerFixture(dir.resolve("browser.duckdb"), Optional.empty());
        } catch (RuntimeException e) {
            try {
                browser.join().quit();
            } catch (RuntimeException alsoBrowser) {
                e.addSuppressed(alsoBrowser);
            }
            throw e;
        }
        try {
            driver = browser.join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException cause ? cause : e;
        }
        screenshots = Path.of(System.getProperty("lodestone.screenshots", "target/screenshots"));
        Files.createDirectories(screenshots);
    }

    /** Starts headless Chromium through chromedriver, each page it opens to draw its charts without animation. */
    private static WebDriver startBrowser() {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments(
                "--headless=new",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-dev-shm-usage",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--no-first-run",
                "--disable-quic",
                // what a page check never uses: extensions, audio, crash reports, translation, the back-forward cache
                // (it keeps each page left alive in memory, and a navigation then starts a renderer of its own)
                "--disable-extensions",
                "--mute-audio",
                "--disable-breakpad",
                "--disable-crash-reporter",
                "--disable-features=BackForwardCache,Translate,MediaRouter,OptimizationHints",
                "--no-default-browser-check",
                "--user-data-dir=" + dir.resolve("chrome-profile"),
                "--window-size=1300,1700");
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort()
                .build();
        ChromeDriver chrome = new ChromeDriver(service, options);
        chrome.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
        chrome.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", STILL));
        return chrome;
    }

    @AfterAll
    static void stop() {
        if (driver != null) {
            driver.quit();
        }
        if (fixture != null) {
            fixture.close();
        }
    }

    private static void open(String path) {
        open(fixture, path);
    }

    /**
     * A wait of up to 30 s that retries when the element it reads belongs to a page the browser is leaving (its body
     * goes stale while the next page loads).
     */
    private static FluentWait<WebDriver> settle() {
        return settle(Duration.ofSeconds(30));
    }

    /** A wait as {@link #settle()}, of up to {@code timeout}. */
    private static FluentWait<WebDriver> settle(Duration timeout) {
        return new WebDriverWait(driver, timeout).pollingEvery(POLL).ignoring(StaleElementReferenceException.class);
    }

    /**
     * Answers once the page shown says its charts are drawn ({@code data-charts-ready} on its body): at once if it has,
     * else when a mutation observer sees the attribute set. One round trip to the browser instead of a poll every
     * {@link #POLL}.
     */
    private static final String CHARTS_READY = "var done = arguments[arguments.length - 1];"
            + "function ready() { return document.body !== null"
            + "  && document.body.getAttribute('data-charts-ready') === 'true'; }"
            + "if (ready()) { done(true); return; }"
            + "new MutationObserver(function (changes, observer) {"
            + "  if (ready()) { observer.disconnect(); done(true); } })"
            + ".observe(document.documentElement, { attributes: true, subtree: true,"
            + "  attributeFilter: ['data-charts-ready'] });";

    private static void open(ServerFixture server, String path) {
        driver.get(server.base() + path);
        try {
            ((JavascriptExecutor) driver).executeAsyncScript(CHARTS_READY);
        } catch (ScriptTimeoutException e) {
            throw new AssertionError(path + ": the charts did not say they were drawn", e);
        } catch (WebDriverException e) {
            // the document was replaced while the script waited: wait on the page that is shown now, as before
            settle().until(d -> "true".equals(d.findElement(By.tagName("body")).getAttribute("data-charts-ready")));
        }
    }

    private static void screenshot(String name) throws IOException {
        byte[] png = ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES);
        Files.write(screenshots.resolve(name + ".png"), png);
    }

    private static List<WebElement> rendered() {
        return driver.findElements(By.cssSelector("[data-rendered='true'] canvas"));
    }

    private static Object script(String js, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(js, args);
    }

    /** Runs a script that answers a list of strings. */
    @SuppressWarnings("unchecked")
    private static List<String> strings(String js, Object... args) {
        return (List<String>) script(js, args);
    }

    /** Lays pages out at {@code width} CSS pixels, as a device of that width would (a window cannot be that narrow). */
    private static void viewport(int width) {
        ((ChromeDriver) driver)
                .executeCdpCommand(
                        "Emulation.setDeviceMetricsOverride",
                        Map.of(
                                "width",
                                width,
                                "height",
                                width < 600 ? 900 : 1400,
                                "deviceScaleFactor",
                                1,
                                "mobile",
                                width < 600));
    }

    private static void desktop() {
        ((ChromeDriver) driver).executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
    }

    /** How far the page reaches beyond the viewport sideways, in CSS pixels (0 when it does not scroll). */
    private static long overflow() {
        return (Long) script("return document.scrollingElement.scrollWidth - window.innerWidth;");
    }

    /** The category labels an ECharts chart actually draws on its y axis (those it hides to avoid overlap are left out). */
    private static List<String> drawnLabels(String id) {
        return drawnLabels(id, "yAxis");
    }

    /** The labels an ECharts chart draws on an axis, {@code xAxis} or {@code yAxis}. */
    private static List<String> drawnLabels(String id, String axis) {
        return strings(
                "var chart = echarts.getInstanceByDom(document.getElementById(arguments[0]));"
                        + "var axis = chart.getModel().getComponent(arguments[1]).axis;"
                        + "return axis.getViewLabels().map(function (l) { return l.formattedLabel; });",
                id,
                axis);
    }

    /**
     * Every page at a phone's and a desktop's width, each loaded once per width: it does not scroll sideways, its skip
     * link leads to its main content, every form control has a label, the header's search box shows with its label, its
     * screenshot is taken, and, when the system property {@code lodestone.axe} names axe-core's script (as in CI),
     * axe-core finds no serious or critical violation on it. The article check's answer, with its wide tables, does
     * not scroll sideways either: asked on the check page's load of the loop, once the page itself is checked.
     */
    @ParameterizedTest
    @ValueSource(ints = {DESKTOP, PHONE})
    void everyPageFitsPhoneAndDesktopWidthIsLabelledAndPassesAxeCore(int width) throws IOException {
        Optional<String> axe = axeSource();
        Optional<Object> loaded = axe.map(DashboardBrowserTest::loadInEveryPage);
        viewport(width);
        try {
            List<String> wide = new ArrayList<>();
            List<String> violations = new ArrayList<>();
            Long answerOverflow = null;
            for (Page page : PAGES) {
                open(page.path());
                Map<String, Object> facts = pageFacts();
                // a phone widens the layout viewport to fit a page that is too wide
                assertThat(facts.get("width")).as(page.path()).isEqualTo((long) width);
                if ((Long) facts.get("overflow") > 0) {
                    wide.add(page.path() + " is " + facts.get("overflow") + " px wider than the window");
                }
                skipLinkAndLabels(page.path(), facts);
                screenshot((width == PHONE ? "phone-" : "") + page.name());
                if (loaded.isPresent()) {
                    axeOnLoadedPage().forEach(v -> violations.add(width + " px " + page.path() + ": " + v));
                }
                if (page.path().equals("/check")) {
                    // the article check's answer too, with its wide tables, on the page just checked
                    driver.findElement(By.id("article"))
                            .sendKeys("China controls about 80% of the global supply of rare earths.");
                    driver.findElement(By.id("check")).click();
                    settle().until(d -> !d.findElements(By.id("claims")).isEmpty());
                    answerOverflow = overflow();
                }
            }
            assertThat(wide).isEmpty();
            assertThat(violations).isEmpty();
            assertThat(answerOverflow).as("the article check's answer").isNotNull();
            assertThat(answerOverflow).isLessThanOrEqualTo(0);
        } finally {
            desktop();
            loaded.ifPresent(DashboardBrowserTest::unload);
        }
    }

    /**
     * What every page's check reads from the page shown, in one script rather than a round trip to the browser each:
     * the window's width ({@code width}), how far the page reaches beyond it sideways ({@code overflow}, as
     * {@link #overflow()}), the skip link's target ({@code skip}, null without a skip link), the tag of the element with
     * id {@code main} ({@code main}), the names of the form controls without a label ({@code unlabelled}), the text of
     * the search box's label ({@code searchLabel}) and of the article's ({@code articleLabel}), each null when there is
     * no such label.
     */
    @SuppressWarnings("unchecked")
    private static Map<String, Object> pageFacts() {
        return (Map<String, Object>) script("function text(selector, visible) {"
                + "  var e = document.querySelector(selector);"
                + "  return e ? (visible ? e.innerText.trim() : e.textContent) : null; }"
                + "var skip = document.querySelector('a.skip'); var main = document.getElementById('main');"
                + "return { width: window.innerWidth,"
                + "  overflow: document.scrollingElement.scrollWidth - window.innerWidth,"
                + "  skip: skip ? skip.href : null,"
                + "  main: main ? main.tagName.toLowerCase() : null,"
                + "  unlabelled: Array.from(document.querySelectorAll('input, select, textarea'))"
                + "    .filter(function (c) { return c.labels.length === 0 && !c.getAttribute('aria-label'); })"
                + "    .map(function (c) { return c.name; }),"
                + "  searchLabel: text(\"label[for='search-q']\", false),"
                + "  articleLabel: text(\"label[for='article']\", true) };");
    }

    /**
     * The page shown has a skip link to its {@code main} element, a label for every form control, and the header's
     * search box, shown, with its label.
     *
     * @param facts what {@link #pageFacts()} read from it
     */
    private static void skipLinkAndLabels(String page, Map<String, Object> facts) {
        assertThat((String) facts.get("skip")).as(page).endsWith("#main");
        assertThat(facts.get("main")).as(page).isEqualTo("main");
        assertThat((List<?>) facts.get("unlabelled")).as(page).isEmpty();
        assertThat(driver.findElement(By.id("search-q")).isDisplayed()).as(page).isTrue();
        assertThat((String) facts.get("searchLabel")).as(page).contains("Search");
        if (page.equals("/check")) {
            assertThat(facts.get("articleLabel")).isEqualTo("Article text, HTML or URL");
        }
    }

    @Test
    void atPhoneWidthTheNavigationStaysInsideItsDarkBar() {
        viewport(PHONE);
        try {
            open("/");
            // every navigation link lies within the header, whose background is dark: white text keeps its contrast
            List<String> outside = strings("var bar = document.querySelector('header').getBoundingClientRect();"
                    + "return Array.from(document.querySelectorAll('header a')).filter(function (a) {"
                    + "  var r = a.getBoundingClientRect();"
                    + "  return r.left < bar.left || r.right > bar.right || r.top < bar.top || r.bottom > bar.bottom;"
                    + "}).map(function (a) { return a.textContent; });");
            assertThat(outside).isEmpty();
            assertThat(script("return getComputedStyle(document.querySelector('header')).backgroundColor;"))
                    .isEqualTo("rgb(29, 39, 51)");
            assertThat(drawnLabels("stage-share-chart")).hasSize(25);
        } finally {
            desktop();
        }
    }

    /**
     * Every chart of the page shown is described (an image with a label of more than 40 characters) and gives its data
     * as a table: checked on the overview, the rare earths', China's and the measures' pages, by the tests that load
     * them for their own checks.
     */
    private static void everyChartIsDescribedAndGivesItsDataAsATable(String page) {
        List<WebElement> charts = driver.findElements(By.cssSelector("[data-chart]"));
        assertThat(charts).as(page).isNotEmpty();
        for (WebElement chart : charts) {
            assertThat(chart.getAttribute("role")).as(page).isEqualTo("img");
            assertThat(chart.getAttribute("aria-label")).as(page).hasSizeGreaterThan(40);
        }
        assertThat(driver.findElements(By.cssSelector("details.chart-data table tbody tr")))
                .as(page)
                .isNotEmpty();
    }

    /**
     * The legend entries of the chart {@code selector} finds whose colour is not the one their line or band is drawn
     * in: each legend entry takes its colour from its series' visual style.
     */
    private static List<String> legendMismatches(String selector) {
        return strings(
                "var chart = echarts.getInstanceByDom(document.querySelector(arguments[0]));"
                        + "var model = chart.getModel(); var out = [];"
                        + "model.getComponent('legend').getData().forEach(function (item) {"
                        + "  var series = model.getSeriesByName(item.get('name'))[0];"
                        + "  var style = series.getData().getVisual('style');"
                        + "  var drawn = series.get('areaStyle') ? series.get(['areaStyle', 'color']) : series.get(['lineStyle', 'color']);"
                        + "  if (style.fill !== drawn && style.stroke !== drawn) { out.push(item.get('name') + ': '"
                        + "    + style.fill + '/' + style.stroke + ' vs ' + drawn); }"
                        + "});"
                        + "return out;",
                selector);
    }

    /** Runs axe-core on the page shown; the serious and critical violations, each with up to three places. */
    private static List<String> axe(String source) {
        script(source);
        return axeOnLoadedPage();
    }

    /**
     * Has the browser run {@code source} in every page it opens from now on, before the page's own scripts (as
     * {@link #STILL}), until {@link #unload(Object)}: axe-core's script (some 550 KB) is then handed to the browser once
     * instead of once per page through the driver.
     *
     * @return what {@link #unload(Object)} takes
     */
    private static Object loadInEveryPage(String source) {
        return ((ChromeDriver) driver)
                .executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", source))
                .get("identifier");
    }

    /** Stops running in new pages a script {@link #loadInEveryPage(String)} added. */
    private static void unload(Object identifier) {
        ((ChromeDriver) driver)
                .executeCdpCommand("Page.removeScriptToEvaluateOnNewDocument", Map.of("identifier", identifier));
    }

    /**
     * axe-core's options that switch off the rules whose violations are minor or moderate: in axe-core 4 every rule
     * names its impact, and a violation of a rule that names one takes the rule's impact, whatever its checks say, so
     * those rules can never report the serious or critical violation the pages are checked for; running them only cost
     * time on every page. If a rule names no impact (another axe-core) every rule runs, as before.
     */
    private static final String ONLY_SERIOUS_RULES = "var rules = axe._audit && axe._audit.rules; var off = {};"
            + "if (rules && rules.every(function (rule) { return typeof rule.impact === 'string'; })) {"
            + "  rules.forEach(function (rule) {"
            + "    if (rule.impact === 'minor' || rule.impact === 'moderate') { off[rule.id] = { enabled: false }; }"
            + "  }); }";

    /**
     * Runs axe-core, already in the page shown, on it; the serious and critical violations, each with up to three
     * places.
     */
    private static List<String> axeOnLoadedPage() {
        @SuppressWarnings("unchecked")
        List<String> found = (List<String>) ((JavascriptExecutor) driver)
                .executeAsyncScript("var done = arguments[arguments.length - 1];"
                        + ONLY_SERIOUS_RULES
                        + "axe.run(document, { resultTypes: ['violations'], rules: off }).then(function (r) {"
                        + "  if (r.passes.length === 0) { done(['axe checked nothing']); return; }"
                        + "  done(r.violations.filter(function (v) {"
                        + "    return v.impact === 'serious' || v.impact === 'critical'; })"
                        + "  .map(function (v) { return v.id + ' (' + v.impact + '): ' + v.nodes.slice(0, 3)"
                        + "    .map(function (n) { return n.target.join(' '); }).join(', '); }));"
                        + "}).catch(function (e) { done(['axe failed: ' + e]); });");
        return found;
    }

    /**
     * axe-core's script when the system property {@code lodestone.axe} names its {@code axe.min.js} (from the npm package
     * {@code axe-core}: {@code npm pack axe-core@4.14.1}); axe-core is not served as a WebJar from the Maven repository
     * this build uses, so the test cannot fetch it itself.
     */
    private static Optional<String> axeSource() throws IOException {
        String axe = System.getProperty("lodestone.axe");
        return axe == null || axe.isBlank() ? Optional.empty() : Optional.of(Files.readString(Path.of(axe)));
    }

    /**
     * The harness that runs axe-core on every page ({@link #everyPageFitsPhoneAndDesktopWidthIsLabelledAndPassesAxeCore},
     * at both widths, on the same page loads) reports what axe-core finds: on a page with a known fault (an unlabelled
     * text area), a critical violation. Skipped without {@code -Dlodestone.axe}, as the pages' check then is.
     */
    @Test
    void axeCoreFindsNoSeriousOrCriticalViolationOnAnyPage() throws IOException {
        Optional<String> source = axeSource();
        Assumptions.assumeTrue(
                source.isPresent(),
                "skipped: set -Dlodestone.axe=/path/to/axe.min.js (npm pack axe-core@4.14.1) to run axe-core");
        driver.get(
                "data:text/html,<!DOCTYPE html><html lang=en><title>t</title><main><textarea></textarea></main></html>");
        assertThat(axe(source.get())).anySatisfy(v -> assertThat(v).startsWith("label (critical)"));
    }

    /**
     * Checks one download paragraph of the page shown: its CSV link gives the text of the command it names with
     * {@code --format csv}, its JSON link the same JSON as {@code --format json}.
     *
     * @return the command it names
     */
    private static String sameAsCommandLine(String page, WebElement download) throws Exception {
        WebElement csvLink = download.findElement(By.cssSelector("a[href*='format=csv']"));
        assertThat(csvLink.getText()).startsWith("Download ").endsWith(" (CSV)");
        String href = csvLink.getAttribute("href");
        String command = download.findElement(By.tagName("code")).getText();
        assertThat(command).startsWith("lodestone ").endsWith(" --format csv");
        List<String> args = new ArrayList<>(List.of(command.substring("lodestone ".length())
                .replace(" --format csv", "")
                .split(" ")));
        args.addAll(List.of("--format", "csv"));
        CommandLineRuns.Run cli = CommandLineRuns.run(args);
        assertThat(cli.code()).as(cli.err()).isZero();
        HttpResponse<String> csv = fixture.get(href.substring(fixture.base().length()));
        assertThat(csv.statusCode()).as(href).isEqualTo(200);
        assertThat(csv.body()).as(page + " " + href).isNotBlank().isEqualTo(cli.out());
        // the JSON link beside it gives the command line's --format json
        args.set(args.indexOf("csv"), "json");
        CommandLineRuns.Run jsonCli = CommandLineRuns.run(args);
        assertThat(jsonCli.code()).as(jsonCli.err()).isZero();
        WebElement jsonLink = download.findElement(By.cssSelector("a[href*='format=json']"));
        assertThat(jsonLink.getText()).isEqualTo(csvLink.getText().replace("(CSV)", "(JSON)"));
        String jsonHref = jsonLink.getAttribute("href");
        HttpResponse<String> json =
                fixture.get(jsonHref.substring(fixture.base().length()));
        assertThat(json.statusCode()).as(jsonHref).isEqualTo(200);
        assertThat(JSON.readTree(json.body())).as(page + " " + jsonHref).isEqualTo(JSON.readTree(jsonCli.out()));
        return command;
    }

    /**
     * The downloads as the browser shows them, on the history of three minerals. That every downloads paragraph of
     * every page gives what its command prints, and which commands the pages name, is DownloadLinksTest's (over HTTP:
     * no script changes the links).
     */
    @ParameterizedTest
    @ValueSource(strings = {"rare-earths", "mica", "argon"})
    void aMineralsHistoryDownloadsGiveTheCommandLinesCsvAndJson(String mineral) throws Exception {
        String page = "/minerals/" + mineral;
        open(page);
        assertThat(sameAsCommandLine(page, driver.findElement(By.cssSelector("#history p.downloads"))))
                .isEqualTo("lodestone history " + mineral + " --format csv");
    }

    /** The label text of every point a chart plots, each with its year: "2024: 380,000 t e". */
    private static List<String> plottedPoints(String id) {
        return strings(
                "var chart = echarts.getInstanceByDom(document.getElementById(arguments[0]));"
                        + "var years = chart.getOption().xAxis[0].data; var out = [];"
                        + "chart.getOption().series.forEach(function (s) { s.data.forEach(function (d, i) {"
                        + "  if (d) { out.push(years[i] + ': ' + d.text); } }); });"
                        + "return out;",
                id);
    }

    @ParameterizedTest
    @ValueSource(ints = {DESKTOP, PHONE})
    void theMineralPageDrawsItsFiguresOverTheYearsAndTablesEachWithItsEdition(int width) throws Exception {
        viewport(width);
        try {
            open("/minerals/rare-earths");
            JsonNode rows = JSON.readTree(
                            fixture.get("/api/v1/history/rare-earths").body())
                    .get("rows");
            List<WebElement> tableRows = driver.findElements(By.cssSelector("#history-table tbody tr"));
            assertThat(tableRows).hasSize(rows.size());
            List<String> charts = driver.findElements(By.cssSelector("#history [data-chart]")).stream()
                    .map(e -> e.getAttribute("id"))
                    .toList();
            assertThat(charts).containsExactly("history-production", "history-net-import-reliance", "history-price");
            List<String> table = visibleRows("history-table");
            for (String chart : charts) {
                WebElement element = driver.findElement(By.id(chart));
                assertThat(element.getAttribute("data-rendered")).as(chart).isEqualTo("true");
                assertThat(element.getAttribute("aria-label")).as(chart).startsWith("Line chart: ");
                assertThat(legendMismatches("#" + chart)).as(chart).isEmpty();
                // every year is on the axis, the estimated ones marked "e"; every plotted point is a row of the table
                assertThat(drawnLabels(chart, "xAxis"))
                        .as(chart)
                        .hasSize(6)
                        .first()
                        .isEqualTo("2020");
                for (String point : plottedPoints(chart)) {
                    String year = point.substring(0, 4);
                    String value = point.substring(6).replaceAll(" e$", "");
                    assertThat(table)
                            .as(chart + " " + point)
                            .anySatisfy(r -> assertThat(r.split("\t", -1))
                                    .satisfies(c -> assertThat(c[1]).isEqualTo(year))
                                    .satisfies(c -> assertThat(c[2]).isEqualTo(value))
                                    .satisfies(c -> assertThat(c[3]).isEqualTo(point.endsWith(" e") ? "e" : "")));
                }
            }
            // world mine production: 2023 from MCS 2025, 2024 (revised) and 2025 from MCS 2026, both estimates
            assertThat(drawnLabels("history-production", "xAxis"))
                    .containsExactly("2020", "2021", "2022", "2023", "2024e", "2025e");
            assertThat(plottedPoints("history-production"))
                    .containsExactly("2023: 376,000 t", "2024: 380,000 t e", "2025: 390,000 t e");
            assertThat(table)
                    .contains("world production (mining)\t2024\t380,000 t\te\tmcs-2026\trevised from mcs-2025:"
                            + " 390,000 t, labelled Mine production, rare-earth-oxide equivalent\tusgs-mcs-2026-data ·"
                            + " MCS2026_Commodities_Data.csv:6088 Value\tMine production");
            assertThat(table)
                    .anySatisfy(r -> assertThat(r)
                            .startsWith("U.S. net import reliance: Compounds and metals\t2023\t>90.0 %\t\tmcs-2026"
                                    + "\trevised from mcs-2025: 95.0 %, labelled NIR_Compounds-Metals_t"));
            // prices span 1 to 1,346 USD/kg: a logarithmic axis
            assertThat(script("return echarts.getInstanceByDom(document.getElementById('history-price'))"
                            + ".getOption().yAxis[0].type;"))
                    .isEqualTo("log");
            assertThat(overflow()).isLessThanOrEqualTo(0);
            script("document.getElementById('history').scrollIntoView();");
            screenshot((width == PHONE ? "phone-" : "") + "mineral-rare-earths-history");

            // dysprosium: prices of its own, production and reliance on the group's page
            open("/minerals/dysprosium");
            assertThat(driver.findElements(By.cssSelector("#history [data-chart]")).stream()
                            .map(e -> e.getAttribute("id"))
                            .toList())
                    .containsExactly("history-price");
            assertThat(driver.findElement(By.cssSelector("#history-group a")).getAttribute("href"))
                    .endsWith("/minerals/rare-earths#history");
            // no figure by year at all: said plainly, no chart, no empty table
            open("/minerals/aggregates");
            assertThat(driver.findElement(By.id("no-history")).getText())
                    .startsWith("No figures by year are on record for Aggregates");
            assertThat(driver.findElements(By.cssSelector("#history table, #history [data-chart]")))
                    .isEmpty();
        } finally {
            desktop();
        }
    }

    @Test
    void theScreensPagesListAndRankAScreenRunHereAtBothWidths() throws Exception {
        Path root = Files.createDirectories(dir.resolve("screens"));
        Path spec = dir.resolve("page-screen.yaml");
        Files.writeString(spec, ScreensPageTest.SPEC);
        StringWriter err = new StringWriter();
        int code = Main.run(
                new String[] {
                    "screen",
                    spec.toString(),
                    "--out",
                    root.resolve("gallium-us").toString(),
                    "--db",
                    TestDatabase.PATH.toString()
                },
                new PrintWriter(new StringWriter(), true),
                new PrintWriter(err, true));
        assertThat(code).as(err.toString()).isZero();
        Optional<Object> loaded = axeSource().map(DashboardBrowserTest::loadInEveryPage);
        List<String> violations = new ArrayList<>();
        try (ServerFixture screens =
                new ServerFixture(dir.resolve("screens.duckdb"), Optional.empty(), s -> s.withScreensDir(root))) {
            for (int width : new int[] {DESKTOP, PHONE}) {
                viewport(width);
                try {
                    String prefix = width == PHONE ? "phone-" : "";
                    open("/screens");
                    assertThat(driver.findElement(By.id("screens-disabled")).getText())
                            .contains("lodestone serve --screens-dir FOLDER");
                    open(screens, "/screens");
                    assertThat(visibleRows("screens"))
                            .containsExactly("gallium-us\tpage-screen\tlocal\t4\t4\t"
                                    + driver.findElement(By.cssSelector("#screens tbody td:last-child"))
                                            .getText());
                    assertThat(overflow()).as("/screens at " + width).isLessThanOrEqualTo(0);
                    screenshot(prefix + "screens");
                    if (loaded.isPresent()) {
                        axeOnLoadedPage().forEach(v -> violations.add(width + " /screens: " + v));
                    }
                    driver.findElement(By.linkText("gallium-us")).click();
                    settle().until(d -> d.getCurrentUrl().endsWith("/screens/gallium-us")
                            && "true".equals(d.findElement(By.tagName("body")).getAttribute("data-charts-ready")));
                    assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Screen page-screen");
                    List<String> ranked = visibleRows("screen-cells");
                    assertThat(ranked).hasSize(4);
                    assertThat(ranked)
                            .allSatisfy(r -> assertThat(r)
                                    .startsWith(String.valueOf(ranked.indexOf(r) + 1) + "\tUS\tgallium\t"));
                    assertThat(overflow()).as("/screens/gallium-us at " + width).isLessThanOrEqualTo(0);
                    screenshot(prefix + "screen");
                    if (loaded.isPresent()) {
                        axeOnLoadedPage().forEach(v -> violations.add(width + " /screens/gallium-us: " + v));
                    }
                } finally {
                    desktop();
                }
            }
        } finally {
            loaded.ifPresent(DashboardBrowserTest::unload);
        }
        assertThat(violations).isEmpty();
    }

    /** Types a name into the search box in the header of the page shown and sends it. */
    private static void search(String text) {
        WebElement box = driver.findElement(By.id("search-q"));
        box.clear();
        box.sendKeys(text);
        WebElement leaving = driver.findElement(By.tagName("body"));
        driver.findElement(By.cssSelector("form.search button")).click();
        // the form always loads a new page: wait until the one it was sent from is gone
        settle().until(d -> isGone(leaving));
        settle().until(d -> "true".equals(d.findElement(By.tagName("body")).getAttribute("data-charts-ready")));
    }

    /**
     * Whether an element's page has been replaced. Selenium's {@code stalenessOf} expects a stale-element error;
     * chromedriver may instead answer, while the old document is being torn down, "Node with given id does not belong
     * to the document", which means the same and failed the search test once in CI.
     */
    private static boolean isGone(WebElement element) {
        try {
            element.isEnabled();
            return false;
        } catch (StaleElementReferenceException e) {
            return true;
        } catch (WebDriverException e) {
            if (String.valueOf(e.getMessage()).contains("does not belong to the document")) {
                return true;
            }
            throw e;
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {DESKTOP, PHONE})
    void theSearchBoxFindsASymbolAGroupAndAnAmbiguousCountry(int width) {
        // that every page shows the box with its label is checked on each page's load at both widths
        // (everyPageFitsPhoneAndDesktopWidthIsLabelledAndPassesAxeCore)
        viewport(width);
        try {
            open("/agreements");
            search("Dy");
            assertThat(driver.getCurrentUrl()).endsWith("/minerals/dysprosium");
            assertThat(driver.findElement(By.tagName("h1")).getText()).startsWith("Dysprosium");
            search("rare earth");
            assertThat(driver.getCurrentUrl()).endsWith("/minerals/rare-earths");
            search("Congo");
            assertThat(driver.getCurrentUrl()).contains("/search?q=Congo");
            List<String> hits = driver.findElements(By.cssSelector("#search-hits a")).stream()
                    .map(a -> a.getAttribute("href").substring(fixture.base().length()))
                    .toList();
            assertThat(hits).contains("/countries/CD", "/countries/CG");
            driver.findElement(By.cssSelector("#search-hits a[href='/countries/CD']"))
                    .click();
            settle().until(d -> d.getCurrentUrl().endsWith("/countries/CD"));
            assertThat(driver.findElement(By.tagName("h1")).getText()).contains("(CD, COD)");
            assertThat(overflow()).isLessThanOrEqualTo(0);
            // an agreement by its id; a typo offers the closest names
            search("us-au-framework-2025");
            assertThat(driver.getCurrentUrl()).endsWith("/agreements/us-au-framework-2025");
            search("dysprosum");
            assertThat(driver.findElement(By.id("search-hits")).getText()).contains("Dysprosium");
        } finally {
            desktop();
        }
    }

    @Test
    void theIndexPagesListEveryMineralAndCountryAndTheirTablesSortAndFilter() {
        open("/minerals");
        List<WebElement> minerals = driver.findElements(By.cssSelector("#minerals tbody tr"));
        assertThat(minerals).hasSizeGreaterThan(60);
        assertThat(driver.findElement(By.id("minerals")).getText())
                .contains("Gallium")
                .contains("Dysprosium");
        driver.findElement(By.id("minerals-filter")).sendKeys("gallium");
        assertThat(visibleRows("minerals"))
                .extracting(r -> r.split("\t", -1)[0])
                .containsExactly("Gallium");
        open("/countries");
        assertThat(driver.findElements(By.cssSelector("#countries tbody tr"))).hasSizeGreaterThan(50);
        // sort by the number of minerals, largest first: China leads
        WebElement minerals3 = driver.findElement(By.cssSelector("#countries thead th:nth-child(3) button"));
        minerals3.click();
        minerals3.click();
        assertThat(driver.findElement(By.cssSelector("#countries thead th:nth-child(3)"))
                        .getAttribute("aria-sort"))
                .isEqualTo("descending");
        List<String> rows = visibleRows("countries");
        // the United States leads: its salient statistics cover more minerals than any country's production
        assertThat(rows.get(0)).startsWith("United States");
        List<Integer> counts = rows.stream()
                .map(r -> Integer.valueOf(r.split("\t", -1)[2].trim()))
                .toList();
        assertThat(counts).isSortedAccordingTo(java.util.Comparator.reverseOrder());
        driver.findElement(By.cssSelector("#countries thead th:nth-child(1) button"))
                .click();
        List<String> names =
                visibleRows("countries").stream().map(r -> r.split("\t", -1)[0]).toList();
        assertThat(names.get(0).compareToIgnoreCase(names.get(names.size() - 1)))
                .isNegative();
    }

    @Test
    void theComparisonShowsTheMineralsItsAddressNamesSideBySide() {
        open("/compare?ids=gallium,Ge,dysprosium");
        List<String> headings = driver.findElements(By.cssSelector("#comparison thead th")).stream()
                .map(WebElement::getText)
                .toList();
        assertThat(headings).containsExactly("Measure", "Gallium", "Germanium", "Dysprosium");
        String table = driver.findElement(By.id("comparison")).getText();
        assertThat(table)
                .contains("Supply-risk score")
                .contains("mining: largest producer")
                .contains("China");
        WebElement ids = driver.findElement(By.name("ids"));
        ids.clear();
        ids.sendKeys("rare earth, cobalt");
        driver.findElement(By.id("compare")).click();
        settle().until(d -> d.getCurrentUrl().contains("cobalt")
                && "true".equals(d.findElement(By.tagName("body")).getAttribute("data-charts-ready")));
        assertThat(driver.findElements(By.cssSelector("#comparison thead th")).stream()
                        .map(WebElement::getText)
                        .toList())
                .containsExactly("Measure", "Rare earths", "Cobalt");
    }

    @Test
    void aComparisonOfOneOrFiveMineralsIsRefusedWithTheReason() throws Exception {
        HttpResponse<String> one = fixture.get("/compare?ids=gallium");
        assertThat(one.statusCode()).isEqualTo(400);
        assertThat(one.body()).contains("must name 2 to 4 minerals");
        HttpResponse<String> unknown = fixture.get("/compare?ids=gallium,unobtainium");
        assertThat(unknown.statusCode()).isBetween(400, 404);
        assertThat(unknown.body()).contains("unobtainium");
    }

    @Test
    void missingDataIsSaidPlainlyWithWhatExistsInsteadAndCodesAreInWords() {
        open("/minerals/dysprosium");
        WebElement dataFrom = driver.findElement(By.id("data-from"));
        assertThat(dataFrom.getText())
                .startsWith("No element-level import data for Dysprosium.")
                .contains("Rare earths group");
        assertThat(dataFrom.findElement(By.tagName("a")).getAttribute("href")).endsWith("/minerals/rare-earths");
        open("/minerals/rare-earths");
        String reliance = driver.findElement(By.id("reliance")).getText();
        assertThat(reliance).contains("net import reliance").contains("[NIR_");
    }

    @Test
    void aCountryPageNamesMineralsNotIdsAndListsItsMeasuresAgreementsAndProjects() {
        open("/countries/CN");
        List<String> labels = drawnLabels("country-chart");
        assertThat(labels).hasSize(20).allSatisfy(l -> assertThat(l).doesNotContain("-"));
        assertThat(driver.findElement(By.id("production")).getText()).contains("Rare earths");
        assertThat(driver.findElement(By.id("measures-issued")).getText()).contains("Announcement");
        everyChartIsDescribedAndGivesItsDataAsATable("/countries/CN");
        open("/countries/AU");
        assertThat(driver.findElement(By.id("country-agreements-table")).getText())
                .contains("Australia");
        assertThat(driver.findElements(By.cssSelector("#projects tbody tr"))).isNotEmpty();
    }

    /** The rows of a table that show, each as its cells' text joined by tabs. */
    private static List<String> visibleRows(String table) {
        return strings(
                "return Array.from(document.querySelectorAll('#' + arguments[0] + ' tbody tr'))"
                        + ".filter(function (r) { return !r.hidden; })"
                        + ".map(function (r) { return Array.from(r.cells).map(function (c) {"
                        + "  return c.textContent.trim(); }).join('\\t'); });",
                table);
    }

    @Test
    void aPermalinkRendersThePerspectiveAndDateItNames() throws Exception {
        open("/?perspective=JP&on=2026-01-15");
        assertThat(driver.findElement(By.name("perspective")).getAttribute("value"))
                .isEqualTo("JP");
        assertThat(driver.findElement(By.name("on")).getAttribute("value")).isEqualTo("2026-01-15");
        String main = driver.findElement(By.tagName("main")).getText();
        assertThat(main)
                .contains("with Japan as the importing country, on 2026-01-15")
                .contains("Measures in force on 2026-01-15")
                .doesNotContain("with United States as the importing country");
        // the controls write the view into the address
        driver.findElement(By.name("perspective")).clear();
        driver.findElement(By.name("perspective")).sendKeys("KR");
        driver.findElement(By.id("show")).click();
        settle().until(d -> d.getCurrentUrl().contains("perspective=KR")
                && "true".equals(d.findElement(By.tagName("body")).getAttribute("data-charts-ready")));
        assertThat(driver.getCurrentUrl()).contains("on=2026-01-15");
        assertThat(driver.findElement(By.tagName("main")).getText())
                .contains("with Korea, Republic of as the importing country");
        open("/minerals/dysprosium?perspective=JP&on=2026-01-15");
        assertThat(driver.findElement(By.id("risk")).getText())
                .contains("Supply risk: Japan as importer")
                .contains("on 2026-01-15");
        HttpResponse<String> unknown = fixture.get("/?perspective=Atlantis");
        assertThat(unknown.statusCode()).isBetween(400, 404);
        assertThat(unknown.body()).contains("Atlantis");
    }

    @Test
    void theMapSwitchesBetweenStages() {
        open("/minerals/dysprosium");
        org.openqa.selenium.support.ui.Select stage =
                new org.openqa.selenium.support.ui.Select(driver.findElement(By.id("map-chart-stage")));
        List<String> stages =
                stage.getOptions().stream().map(WebElement::getText).toList();
        assertThat(stages)
                .hasSizeGreaterThanOrEqualTo(2)
                .anySatisfy(s -> assertThat(s).startsWith("processing"));
        assertThat(mapTitle()).startsWith("Share of world supply: " + stages.get(0));
        String processing = stages.stream()
                .filter(s -> s.startsWith("processing"))
                .findFirst()
                .orElseThrow();
        stage.selectByVisibleText(processing);
        assertThat(mapTitle()).isEqualTo("Share of world supply: " + processing);
        assertThat(driver.findElement(By.id("map-chart")).getAttribute("aria-label"))
                .contains("at the processing stage");
    }

    private static String mapTitle() {
        return (String) script("return echarts.getInstanceByDom(document.getElementById('map-chart'))"
                + ".getOption().title[0].text;");
    }

    @Test
    void theOverviewLoadsWithARankedTableAndAChartThatLabelsEveryRowAndDescribesIt() {
        open("/");
        assertThat(driver.findElements(By.cssSelector("#ranking tbody tr")).size())
                .isGreaterThan(10);
        assertThat(driver.findElement(By.id("stage-share-chart")).getAttribute("data-rendered"))
                .isEqualTo("true");
        assertThat(rendered()).isNotEmpty();
        assertThat(drawnLabels("stage-share-chart")).hasSize(25).contains("Gallium");
        everyChartIsDescribedAndGivesItsDataAsATable("/");
        // the overview's fallback table has a row per mineral of the chart, with China's shares
        assertThat(driver.findElements(By.cssSelector("details.chart-data tbody tr")))
                .hasSize(25);
    }

    @Test
    void theRareEarthsPageShowsChinasSharesAMapAndStageBars() {
        open("/minerals/rare-earths");
        String text = driver.findElement(By.tagName("main")).getText();
        assertThat(text)
                .contains("China")
                .contains("69.2 %")
                .contains("100.0 %")
                .contains("Net import reliance");
        assertThat(driver.findElement(By.id("risk")).getText())
                .contains("Supply risk: United States as importer")
                .contains("of 100 (not on the USGS 2025 list the overview ranks)");
        assertThat(driver.findElement(By.id("map-chart")).getAttribute("data-rendered"))
                .isEqualTo("true");
        assertThat(driver.findElement(By.id("stage-chart")).getAttribute("data-rendered"))
                .isEqualTo("true");
        everyChartIsDescribedAndGivesItsDataAsATable("/minerals/rare-earths");
    }

    @Test
    void theMeasuresTimelineWithItsKeyAndTheAgreementPagesRender() {
        open("/measures?on=2026-11-20");
        assertThat(driver.findElement(By.id("measures")).getText()).contains("suspension ended 2026-11-10");
        assertThat(driver.findElement(By.id("timeline-chart")).getAttribute("data-rendered"))
                .isEqualTo("true");
        List<String> key = strings("var chart = echarts.getInstanceByDom(document.getElementById('timeline-chart'));"
                + "return chart.getOption().legend[0].data;");
        assertThat(key).contains("in effect", "suspended", "last day of suspension", "status date");
        everyChartIsDescribedAndGivesItsDataAsATable("/measures?on=2026-11-20");
        open("/agreements");
        assertThat(driver.findElements(By.cssSelector("#agreements tbody tr")).size())
                .isGreaterThan(5);
        open("/agreements/us-au-framework-2025");
        assertThat(driver.findElement(By.id("scorecard")).getText()).contains("Firm money");
        assertThat(rendered()).isNotEmpty();
    }

    /**
     * The scenario form runs a preset as a job: the page shows it queued while other work holds the server's background
     * threads, then its progress, then opens the result, which draws fan charts whose legends match their lines. 500
     * paths: the fans' bands and legends are drawn the same at any size; the run's size is not what is checked.
     */
    @Test
    void theScenarioPageRunsAPresetShowingItsProgressThenDrawsAFanChart() throws InterruptedException {
        open("/scenarios");
        // what the status line says, kept across the navigation to the result
        script("sessionStorage.removeItem('seen');"
                + "new MutationObserver(function () {"
                + "  var seen = JSON.parse(sessionStorage.getItem('seen') || '[]');"
                + "  seen.push(document.getElementById('run-status').textContent + ' | '"
                + "    + document.getElementById('run-progress').value);"
                + "  sessionStorage.setItem('seen', JSON.stringify(seen));"
                + "}).observe(document.getElementById('run-status'), { childList: true, characterData: true,"
                + "  subtree: true });");
        driver.findElement(By.name("paths")).clear();
        driver.findElement(By.name("paths")).sendKeys("500");
        new org.openqa.selenium.support.ui.Select(driver.findElement(By.name("preset")))
                .selectByValue("china-ree-2025-10-reinstated");
        // the run waits in the queue while other background work holds every thread the server gives it, and the page
        // says so; once the threads are free it runs to its end
        BackgroundBudget budget = fixture.server.background();
        BackgroundBudget.Lease held = budget.acquire(budget.threads());
        try {
            driver.findElement(By.id("run")).click();
            settle().until(d -> d.findElement(By.id("run-status")).getText().matches("Run \\S+ queued: 0 %"));
        } finally {
            held.close();
        }
        settle(Duration.ofSeconds(90))
                .until(d -> d.getCurrentUrl().contains("run=")
                        && "true".equals(d.findElement(By.tagName("body")).getAttribute("data-charts-ready")));
        List<String> seen = strings("return JSON.parse(sessionStorage.getItem('seen') || '[]');");
        assertThat(seen).anySatisfy(s -> assertThat(s).matches("Run \\S+ (queued|running): \\d+ % \\| \\d+"));
        assertThat(seen.get(seen.size() - 1)).endsWith("100 %; opening the result | 100");
        assertThat(driver.getCurrentUrl())
                .contains("preset=china-ree-2025-10-reinstated")
                .contains("paths=500");
        assertThat(driver.findElement(By.tagName("main")).getText())
                .contains("500 paths")
                .contains("dysprosium")
                .contains("terbium");
        assertThat(driver.findElements(By.cssSelector(".fan[data-rendered='true'] canvas")))
                .isNotEmpty();
        assertThat(legendMismatches(".fan")).isEmpty();
    }

    @Test
    void thePlanPageDrawsTheFrontierAndListsThePortfolio() {
        // 500 paths, as every page's check loads it: the frontier and the portfolio are drawn the same at any size
        open("/plans?mineral=dysprosium&budget=5e9&paths=500");
        settle(Duration.ofSeconds(60))
                .until(d -> "true".equals(d.findElement(By.tagName("body")).getAttribute("data-charts-ready")));
        assertThat(driver.findElement(By.tagName("main")).getText())
                .contains("Portfolio")
                .contains("us-dy-reserve")
                .contains("assumed");
        assertThat(driver.findElements(By.cssSelector(".frontier[data-rendered='true'] canvas")))
                .isNotEmpty();
    }

    @Test
    void theCheckPageReturnsVerdictsForAPastedArticle() throws IOException {
        open("/check");
        driver.findElement(By.id("article"))
                .sendKeys("China currently controls approximately 80% of the global"
                        + " supply of rare earth elements. President Donald Trump signed the agreements with Australia and"
                        + " Japan on March 12, 2024.");
        driver.findElement(By.name("published")).sendKeys("11122025");
        driver.findElement(By.id("check")).click();
        settle().until(d -> !d.findElements(By.id("claims")).isEmpty());
        assertThat(driver.findElement(By.id("claims")).getText()).contains("ambiguous");
        assertThat(driver.findElement(By.id("flags")).getText()).contains("Biden");
        screenshot("check-answer");
    }
}
