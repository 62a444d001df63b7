package lodestone.app.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The simulate and sweep commands against the bundled knowledge base. */
class SimulationCliTest {
    @TempDir
    static Path dir;

    @Test
    void theReinstatedPresetGivesMonthlyBandsPerMineralAndTheSameNumbersOnOneThread() {
        String run = "simulate china-ree-2025-10-reinstated --paths 2000 --seed 7 --format json --threads ";
        CliTest.Run many = CliTest.runDb((run + "3").split(" ", -1));
        assertThat(many.code()).as(many.err()).isZero();
        CliTest.Run one = CliTest.runDb((run + "1").split(" ", -1));
        assertThat(one.out()).isEqualTo(many.out());
        JsonNode json = many.json();
        assertThat(json.get("seed").asLong()).isEqualTo(7);
        assertThat(json.get("horizonMonths").asInt()).isEqualTo(24);
        assertThat(json.get("markets")).hasSize(12);
        JsonNode dysprosium = json.get("markets").get(0);
        assertThat(dysprosium.get("mineral").asText()).isEqualTo("dysprosium");
        // the knowledge base's mix (USGS MCS 2026): net import reliance 0.67 (2025) x China's 71 % of US rare-earth
        // imports (2021-24)
        assertThat(dysprosium.get("issuerShare").asDouble()).isCloseTo(0.67 * 0.71, within(1e-9));
        JsonNode month = dysprosium.get("months").get(3);
        assertThat(month.get("month").asText()).isEqualTo("2027-02");
        assertThat(month.get("shortfall").get("p5").asDouble())
                .isLessThanOrEqualTo(month.get("shortfall").get("p50").asDouble());
        assertThat(month.get("shortfall").get("p95").asDouble()).isBetween(0.0, 0.67 * 0.71);
        assertThat(month.get("price").get("p95").asDouble()).isBetween(1.0, 3.3);
        assertThat(dysprosium.get("cumulativeShortfall").get("mean").asDouble()).isPositive();
        assertThat(dysprosium.get("probabilityAboveThreshold").asDouble()).isBetween(0.0, 1.0);
        assertThat(json.get("assumptions")).isNotEmpty();
    }

    @Test
    void projectPartnersComeFromTheKnowledgeBase() {
        CliTest.Run run = CliTest.runDb("simulate", "china-ga-ge-sb-us-ban", "--paths", "500", "--format", "json");
        assertThat(run.code()).as(run.err()).isZero();
        JsonNode markets = run.json().get("markets");
        assertThat(markets).hasSize(3);
        assertThat(markets.get(0).get("mineral").asText()).isEqualTo("gallium");
        // the Wagerup project (start 2027, one-year ramp-up, probability 0.6) softens gallium, not germanium
        double gallium = markets.get(0).get("cumulativeShortfall").get("mean").asDouble();
        double germanium = markets.get(1).get("cumulativeShortfall").get("mean").asDouble();
        assertThat(gallium).isPositive().isLessThan(germanium);
    }

    @Test
    void aSpecFileRunsAndIsShownAsATableOrCsv() throws IOException {
        Path file = dir.resolve("gallium.yaml");
        Files.writeString(file, """
                id: gallium-test
                start: 2027-01
                horizonMonths: 6
                disruption:
                  issuer: CN
                  phases: [{months: 6, severity: 1}]
                markets:
                  - mineral: gallium
                    supply: {CN: 0.5, OTHER: 0.5}
                """);
        CliTest.Run table = CliTest.runDb("simulate", file.toString(), "--paths", "100");
        assertThat(table.code()).as(table.err()).isZero();
        assertThat(table.out())
                .contains("gallium: issuer share 50.0 %")
                .contains("2027-06")
                .contains("50.0 %");
        CliTest.Run csv =
                CliTest.runDb("simulate", file.toString(), "--paths", "100", "--horizon", "3", "--format", "csv");
        assertThat(csv.out().lines()).hasSize(4);
        assertThat(csv.out()).startsWith("mineral,month,shortfall_p5");
        assertThat(csv.out()).contains("gallium,2027-01,0.5,0.5,0.5,0.5");
    }

    @Test
    void badSpecsAndOptionsAreRefused() throws IOException {
        Path file = dir.resolve("bad.yaml");
        Files.writeString(file, """
                id: bad
                start: 2027-01
                disruption:
                  issuer: CN
                  phases: [{months: 6, severity: -0.5}]
                markets:
                  - mineral: unobtainium
                    supply: {CN: 1.3}
                """);
        CliTest.Run bad = CliTest.runDb("simulate", file.toString(), "--paths", "10");
        assertThat(bad.code()).isEqualTo(1);
        assertThat(bad.err())
                .contains("disruption.phases[0].severity (-0.5)")
                .contains("markets[0].mineral (unobtainium)")
                .contains("markets[0].supply.CN (1.3)");
        CliTest.Run unknown = CliTest.runDb("simulate", "china-nothing", "--paths", "10");
        assertThat(unknown.code()).isEqualTo(1);
        assertThat(unknown.err()).contains("scenario (china-nothing) is neither a preset nor a file");
        assertThat(CliTest.runDb("simulate", "china-ree-2025-04", "--paths", "0")
                        .err())
                .contains("paths (0)");
        assertThat(CliTest.runDb("simulate", "china-ree-2025-04", "--paths", "many")
                        .code())
                .isEqualTo(2);
    }

    @Test
    void theSweepRanksScenariosByStopsOrByTheTailAndShowsTheMeanRank() {
        CliTest.Run sweep = CliTest.runDb("sweep", "--paths", "50", "--format", "json");
        assertThat(sweep.code()).as(sweep.err()).isZero();
        JsonNode json = sweep.json();
        JsonNode rows = json.get("rows");
        assertThat(json.get("scenarios").asInt()).isEqualTo(rows.size()).isGreaterThan(500);
        assertThat(json.get("rankedBy").asText()).isEqualTo("stop");
        assertThat(json.get("kendallTauWithMean").asDouble()).isBetween(-1.0, 0.999);
        assertThat(rows.get(0).get("rank").asInt()).isEqualTo(1);
        for (int i = 1; i < rows.size(); i++) {
            assertThat(rows.get(i).get("probabilityOfStop").asDouble())
                    .isLessThanOrEqualTo(
                            rows.get(i - 1).get("probabilityOfStop").asDouble());
        }
        CliTest.Run mean = CliTest.runDb(
                "sweep", "--paths", "100", "--rank-by", "mean", "--severities", "1,0.5", "--format", "csv");
        assertThat(mean.code()).as(mean.err()).isZero();
        assertThat(mean.out()).startsWith("rank,mineral,supplier").contains("probability_of_stop,rank_by_mean");
        List<String> lines = mean.out().lines().skip(1).toList();
        for (String line : lines) {
            String[] cells = line.split(",", -1);
            assertThat(cells[0]).as(line).isEqualTo(cells[11]);
        }
        CliTest.Run table = CliTest.runDb(
                "sweep", "--paths", "50", "--top", "5", "--severities", "1", "--rank-by", "p95", "--wide");
        assertThat(table.code()).as(table.err()).isZero();
        assertThat(table.out())
                .contains("disruption scenarios")
                .contains("95th percentile of the cumulative shortfall")
                .contains("BY MEAN")
                .contains("P(STOP)")
                .contains("Partner supply credited")
                .contains("gallium: ");
        assertThat(CliTest.runDb("sweep", "--severities", "50", "--wide").err()).contains("severities value (50.0)");
        assertThat(CliTest.runDb("sweep", "--rank-by", "median", "--wide").err())
                .contains("rank-by (median)");
    }

    @Test
    void theSweepsTopIsHonouredInEveryFormat() {
        CliTest.Run json =
                CliTest.runDb("sweep", "--paths", "50", "--severities", "1", "--top", "3", "--format", "json");
        assertThat(json.code()).as(json.err()).isZero();
        assertThat(json.json().get("rows").size()).isEqualTo(3);
        assertThat(json.json().get("scenarios").asInt())
                .as("the count still describes the whole sweep")
                .isGreaterThan(3);
        CliTest.Run csv = CliTest.runDb("sweep", "--paths", "50", "--severities", "1", "--top", "3", "--format", "csv");
        assertThat(csv.code()).as(csv.err()).isZero();
        assertThat(csv.out().lines().skip(1).map(line -> line.split(",", -1)[0]))
                .containsExactly("1", "2", "3");
    }

    @Test
    void simulateShowsTheHomeAndOutsidePricesWithUnits() {
        CliTest.Run json =
                CliTest.runDb("simulate", "china-ree-2025-04", "--paths", "500", "--seed", "3", "--format", "json");
        assertThat(json.code()).as(json.err()).isZero();
        JsonNode month = json.json().get("markets").get(0).get("months").get(2);
        assertThat(json.json().get("units").asText()).contains("priceInside").contains("priceOutside");
        for (String series : List.of("priceInside", "priceOutside", "priceRealised", "exports", "receipts")) {
            assertThat(month.get(series).get("p10").asDouble())
                    .as(series)
                    .isLessThanOrEqualTo(month.get(series).get("p90").asDouble());
        }
        // licensed exports withheld: the outside spot price rises, the home price does not
        assertThat(month.get("priceOutside").get("p50").asDouble()).isGreaterThan(1);
        assertThat(month.get("priceInside").get("p50").asDouble()).isLessThan(1);
        assertThat(month.get("price")).isEqualTo(month.get("priceOutside"));
        // the predictive bands hold the model's and are wider where the model's error is not zero
        JsonNode error = json.json().get("modelError");
        assertThat(error.get("homePriceRows").asInt()
                        + error.get("priceRows").asInt()
                        + error.get("quantityRows").asInt())
                .isEqualTo(827);
        for (String series : List.of("priceInside", "priceOutside", "priceRealised", "exports", "receipts")) {
            JsonNode predictive = month.get("predictive").get(series);
            assertThat(predictive.get("p10").asDouble())
                    .as(series)
                    .isLessThanOrEqualTo(month.get(series).get("p10").asDouble());
            assertThat(predictive.get("p90").asDouble())
                    .as(series)
                    .isGreaterThanOrEqualTo(month.get(series).get("p90").asDouble());
        }
        assertThat(month.get("predictive").get("priceOutside").get("p90").asDouble())
                .isEqualTo(
                        (month.get("priceOutside").get("p90").asDouble() + 0.05)
                                        * error.get("priceFactor").asDouble()
                                - 0.05,
                        within(1e-9));
        CliTest.Run csv = CliTest.runDb("simulate", "china-ree-2025-04", "--paths", "100", "--format", "csv");
        assertThat(csv.out().lines().findFirst().orElseThrow())
                .contains("price_inside_index_p50")
                .contains("price_outside_index_p90")
                .contains("price_realised_index_p10")
                .contains("exports_to_perspective_index_p50")
                .contains("stopped_share")
                .contains("price_outside_predictive_p90");
        CliTest.Run table = CliTest.runDb("simulate", "china-ree-2025-04", "--paths", "100", "--wide");
        assertThat(table.out())
                .contains("INSIDE P50")
                .contains("OUTSIDE P10/P50/P90")
                .contains("OUTSIDE PREDICTIVE P10-P90")
                .contains("STOPPED");
    }

    @Test
    void aRunTooLargeForMemoryIsRefusedWithTheLimitAndTheLargestSizeThatFits() {
        CliTest.Run huge = CliTest.runDb("simulate", "china-ree-2025-04", "--paths", "10000000", "--horizon", "600");
        assertThat(huge.code()).isEqualTo(1);
        assertThat(huge.err())
                .contains("10,000,000 paths x 600 months need about")
                .contains("its limit, -Xmx, is")
                .contains("At 600 months at most")
                .contains("Maybe lower --paths or --horizon")
                .doesNotContain("Exception")
                .doesNotContain("\tat ");
    }

    @Test
    void helpTextsFormatWithoutPicocliWarnings() {
        // picocli formats descriptions with String.format: a bare '%' makes it print a warning to System.err and
        // fall back to the raw text
        PrintStream original = System.err;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        try {
            System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
            for (String command : List.of("simulate", "sweep", "backtest")) {
                assertThat(CliTest.runDb(command, "--help").code()).isZero();
            }
        } finally {
            System.setErr(original);
        }
        assertThat(captured.toString(StandardCharsets.UTF_8)).doesNotContain("picocli WARN");
        assertThat(CliTest.runDb("sweep", "--help").out()).contains("0-30 %,").doesNotContain("%%");
    }
}
