package lodestone.app.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
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
    void theSweepRanksScenariosByExpectedShortfall() {
        CliTest.Run sweep = CliTest.runDb("sweep", "--paths", "200", "--format", "json");
        assertThat(sweep.code()).as(sweep.err()).isZero();
        JsonNode json = sweep.json();
        JsonNode rows = json.get("rows");
        assertThat(json.get("scenarios").asInt()).isEqualTo(rows.size()).isGreaterThan(500);
        assertThat(rows.get(0).get("rank").asInt()).isEqualTo(1);
        for (int i = 1; i < rows.size(); i++) {
            assertThat(rows.get(i).get("expectedShortfall").asDouble())
                    .isLessThanOrEqualTo(
                            rows.get(i - 1).get("expectedShortfall").asDouble());
        }
        assertThat(rows.get(0).get("severity").asDouble()).isEqualTo(1.0);
        CliTest.Run table = CliTest.runDb("sweep", "--paths", "50", "--top", "5", "--severities", "1");
        assertThat(table.code()).as(table.err()).isZero();
        assertThat(table.out()).contains("one-year disruption scenarios").contains("RANK");
        assertThat(CliTest.runDb("sweep", "--severities", "50").err()).contains("severities value (50.0)");
    }
}
