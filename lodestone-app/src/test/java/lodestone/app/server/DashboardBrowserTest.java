package lodestone.app.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Drives the real pages in Debian's headless Chromium (installed by .ci/run). Outside CI, without Chromium, the test
 * is skipped with a message. Screenshots go to target/screenshots, or to the folder named by the system property
 * {@code lodestone.screenshots} (docs/screenshots when refreshing the committed ones).
 */
class DashboardBrowserTest {
    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

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
        fixture = new ServerFixture(dir.resolve("browser.duckdb"), Optional.empty());
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
                "--user-data-dir=" + dir.resolve("chrome-profile"),
                "--window-size=1300,1700");
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort()
                .build();
        driver = new ChromeDriver(service, options);
        screenshots = Path.of(System.getProperty("lodestone.screenshots", "target/screenshots"));
        Files.createDirectories(screenshots);
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
        driver.get(fixture.base() + path);
        new WebDriverWait(driver, Duration.ofSeconds(30))
                .until(d -> "true".equals(d.findElement(By.tagName("body")).getAttribute("data-charts-ready")));
    }

    private static void screenshot(String name) throws IOException {
        byte[] png = ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES);
        Files.write(screenshots.resolve(name + ".png"), png);
    }

    private static List<WebElement> rendered() {
        return driver.findElements(By.cssSelector("[data-rendered='true'] canvas"));
    }

    @Test
    void theOverviewLoadsWithARankedTableAndAChart() throws IOException {
        open("/");
        assertThat(driver.findElements(By.cssSelector("#ranking tbody tr")).size())
                .isGreaterThan(10);
        assertThat(driver.findElement(By.id("stage-share-chart")).getAttribute("data-rendered"))
                .isEqualTo("true");
        assertThat(rendered()).isNotEmpty();
        screenshot("overview");
    }

    @Test
    void theRareEarthsPageShowsChinasSharesAMapAndStageBars() throws IOException {
        open("/minerals/rare-earths");
        String text = driver.findElement(By.tagName("main")).getText();
        assertThat(text)
                .contains("China")
                .contains("69.2 %")
                .contains("100.0 %")
                .contains("Net import reliance");
        assertThat(driver.findElement(By.id("risk")).getText())
                .contains("Supply risk for the United States")
                .contains("of 100 (not on the USGS 2025 list the overview ranks)");
        assertThat(driver.findElement(By.id("map-chart")).getAttribute("data-rendered"))
                .isEqualTo("true");
        assertThat(driver.findElement(By.id("stage-chart")).getAttribute("data-rendered"))
                .isEqualTo("true");
        screenshot("mineral-rare-earths");
    }

    @Test
    void theMeasuresTimelineAndTheAgreementPagesRender() throws IOException {
        open("/measures?on=2026-11-20");
        assertThat(driver.findElement(By.id("measures")).getText()).contains("suspension ended 2026-11-10");
        assertThat(driver.findElement(By.id("timeline-chart")).getAttribute("data-rendered"))
                .isEqualTo("true");
        screenshot("measures");
        open("/agreements");
        assertThat(driver.findElements(By.cssSelector("#agreements tbody tr")).size())
                .isGreaterThan(5);
        screenshot("agreements");
        open("/agreements/us-au-framework-2025");
        assertThat(driver.findElement(By.id("scorecard")).getText()).contains("Firm money");
        assertThat(rendered()).isNotEmpty();
        screenshot("agreement-us-au");
        open("/countries/CN");
        assertThat(driver.findElement(By.id("production")).getText()).contains("rare-earths");
        screenshot("country-cn");
    }

    @Test
    void theScenarioPageRunsAPresetAndDrawsAFanChart() throws IOException {
        open("/scenarios");
        driver.findElement(By.name("paths")).clear();
        driver.findElement(By.name("paths")).sendKeys("2000");
        new org.openqa.selenium.support.ui.Select(driver.findElement(By.name("preset")))
                .selectByValue("china-ree-2025-10-reinstated");
        driver.findElement(By.id("run")).click();
        new WebDriverWait(driver, Duration.ofSeconds(60))
                .until(d -> d.getCurrentUrl().contains("china-ree-2025-10-reinstated")
                        && "true".equals(d.findElement(By.tagName("body")).getAttribute("data-charts-ready")));
        assertThat(driver.findElement(By.tagName("main")).getText())
                .contains("dysprosium")
                .contains("terbium");
        assertThat(driver.findElements(By.cssSelector(".fan[data-rendered='true'] canvas")))
                .isNotEmpty();
        screenshot("scenario");
    }

    @Test
    void thePlanPageDrawsTheFrontierAndListsThePortfolio() throws IOException {
        open("/plans?mineral=dysprosium&budget=5e9&paths=2000");
        new WebDriverWait(driver, Duration.ofSeconds(60))
                .until(d -> "true".equals(d.findElement(By.tagName("body")).getAttribute("data-charts-ready")));
        assertThat(driver.findElement(By.tagName("main")).getText())
                .contains("Portfolio")
                .contains("us-dy-reserve")
                .contains("assumed");
        assertThat(driver.findElements(By.cssSelector(".frontier[data-rendered='true'] canvas")))
                .isNotEmpty();
        screenshot("plan");
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
        new WebDriverWait(driver, Duration.ofSeconds(30))
                .until(d -> !d.findElements(By.id("claims")).isEmpty());
        assertThat(driver.findElement(By.id("claims")).getText()).contains("ambiguous");
        assertThat(driver.findElement(By.id("flags")).getText()).contains("Biden");
        screenshot("check");
    }
}
