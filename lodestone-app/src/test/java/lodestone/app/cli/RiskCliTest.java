package lodestone.app.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The risk command against the bundled baseline and curated records, on a fixed date. */
class RiskCliTest {
    private static final String ON = "2026-11-20";

    @TempDir
    static Path dir;

    private static JsonNode ranking;
    private static JsonNode eu;

    private static CliTest.Run run(String... args) {
        List<String> all = new ArrayList<>(List.of(args));
        all.add("--db");
        all.add(dir.resolve("risk.duckdb").toString());
        return CliTest.run(all.toArray(String[]::new));
    }

    private static JsonNode json(String... args) {
        CliTest.Run run = run(args);
        assertThat(run.code()).as(run.err()).isZero();
        return run.json();
    }

    @BeforeAll
    static void runOnce() {
        ranking = json("risk", "--on", ON, "--format", "json");
        eu = json("risk", "--method", "eu-2017", "--on", ON, "--format", "json");
    }

    private static JsonNode find(JsonNode array, String field, String value) {
        for (JsonNode node : array) {
            if (node.get(field).asText().equals(value)) {
                return node;
            }
        }
        throw new AssertionError("no " + field + " = " + value + " in " + array);
    }

    @Test
    void ranksEveryMineralWithSupplySharesWithNamedComponentsInputsAndSources() {
        JsonNode rows = ranking.get("ranking");
        assertThat(rows.size()).isGreaterThan(100);
        assertThat(ranking.get("perspective").asText()).isEqualTo("US");
        Set<String> sourceIds = new HashSet<>();
        ranking.get("sources").forEach(s -> sourceIds.add(s.get("id").asText()));
        assertThat(sourceIds).contains("usgs-mcs-2026-data", "eu-crm-2023-study", "world-bank-wgi-2024");
        double previous = Double.MAX_VALUE;
        for (int i = 0; i < rows.size(); i++) {
            JsonNode row = rows.get(i);
            assertThat(row.get("rank").asInt()).isEqualTo(i + 1);
            double score = row.get("score").asDouble();
            assertThat(score).isBetween(0.0, 100.0).isLessThanOrEqualTo(previous);
            previous = score;
            List<String> names = new ArrayList<>();
            row.get("components").forEach(c -> names.add(c.get("name").asText()));
            assertThat(names).containsExactly("concentration", "dependency", "measures", "partner-supply");
            // the score can be recomputed by hand from the component values
            double c = row.get("components").get(0).get("value").asDouble();
            double d = row.get("components").get(1).get("value").asDouble();
            double m = row.get("components").get(2).get("value").asDouble();
            double a = row.get("components").get(3).get("value").asDouble();
            assertThat(100 * c * (1 + d) / 2 * (2 + m) / 3 * (1 - a / 4)).isCloseTo(score, within(1e-9));
            JsonNode concentration = row.get("components").get(0);
            assertThat(concentration.get("inputs")).isNotEmpty();
            for (JsonNode input : concentration.get("inputs")) {
                assertThat(input.get("source").asText()).isNotBlank();
            }
        }
        List<String> ids = new ArrayList<>();
        rows.forEach(r -> ids.add(r.get("mineral").asText()));
        assertThat(ids).contains("rare-earths", "gallium", "germanium", "graphite", "cobalt", "lithium");
        assertThat(ids).doesNotContain("country-governance");
    }

    @Test
    void rareEarthsForTheUsShowMiningAndProcessingSharesRelianceMeasuresAndLookThrough() {
        JsonNode json = json("risk", "rare-earths", "--perspective", "US", "--on", ON, "--format", "json");
        JsonNode mining = find(json.get("concentration"), "mineral", "rare-earths");
        assertThat(mining.get("stage").asText()).isEqualTo("mining");
        assertThat(mining.get("period").asText()).isEqualTo("2025");
        assertThat(mining.get("chosenCountry").asText()).isEqualTo("CN");
        assertThat(mining.get("chosenCountryShare").asDouble()).isCloseTo(0.69, within(0.005));
        assertThat(mining.get("sources").get(0).asText()).isEqualTo("usgs-mcs-2026-data");
        assertThat(mining.get("remainderTreatment").asText()).isEqualTo("excluded-from-indices");
        boolean dysprosiumProcessing = false;
        for (JsonNode set : json.get("concentration")) {
            if (set.get("mineral").asText().equals("dysprosium")
                    && set.get("stage").asText().equals("processing")) {
                dysprosiumProcessing = true;
                assertThat(set.get("chosenCountryShare").asDouble()).isEqualTo(1.0);
                assertThat(set.get("sources").get(0).asText()).isEqualTo("eu-crm-2023-study");
            }
        }
        assertThat(dysprosiumProcessing).isTrue();
        JsonNode dependency = json.get("dependency");
        // USGS MCS 2026: net import reliance 67 % in 2025, China 71 % of imports 2021-24, 270 of 390 kt mined in 2025
        assertThat(dependency.get("netImportReliance").asDouble()).isEqualTo(0.67);
        assertThat(dependency.get("nirPeriod").asText()).isEqualTo("2025");
        JsonNode china = find(dependency.get("exposures"), "country", "CN");
        assertThat(china.get("direct").asDouble()).isCloseTo(0.67 * 0.71, within(1e-9));
        assertThat(china.get("lookThrough").asDouble()).isCloseTo(0.67 * (0.71 + 0.29 * 270.0 / 390.0), within(1e-3));
        assertThat(find(dependency.get("imports"), "country", "MY").get("share").asDouble())
                .isEqualTo(0.13);
        JsonNode licensing = find(json.get("measures"), "id", "cn-ree-medium-heavy-2025");
        assertThat(licensing.get("binds").asBoolean()).isTrue();
        assertThat(licensing.get("status").asText()).startsWith("in force since 2025-04-04");
        assertThat(json.get("score").asDouble()).isPositive();
        assertThat(json.get("formula").asText()).startsWith("100 · C");
    }

    @Test
    void theOctoberPackageIsInForceBeforeItsSuspension() {
        JsonNode json = json("risk", "dysprosium", "--on", "2025-11-01", "--format", "json");
        List<String> ids = new ArrayList<>();
        json.get("measures").forEach(m -> ids.add(m.get("id").asText()));
        assertThat(ids).contains("cn-ree-medium-heavy-2025");
        assertThat(json.get("dependency").get("note").asText()).contains("group rare-earths");
    }

    @Test
    void theEuModuleReproducesListMembershipFromPublishedValues() {
        JsonNode lists = eu.get("lists");
        assertThat(lists.get(0).get("year").asInt()).isEqualTo(2017);
        assertThat(lists.get(0).get("critical").asInt()).isEqualTo(26);
        assertThat(lists.get(1).get("critical").asInt()).isEqualTo(30);
        assertThat(lists.get(2).get("critical").asInt()).isEqualTo(32);
        assertThat(lists.get(2).get("strategicAdditions").toString()).isEqualTo("[\"copper\",\"nickel\"]");
        assertThat(lists.get(2).get("total").asInt()).isEqualTo(34);
    }

    @Test
    void theEuModuleReportsItsRecomputationErrorHonestly() {
        JsonNode all = eu.get("recomputation").get("vs-published-stage-sr");
        assertThat(all.get("n").asInt()).isEqualTo(78);
        assertThat(all.get("meanAbsoluteError").asDouble()).isCloseTo(0.169, within(0.001));
        assertThat(all.get("within005").asInt()).isEqualTo(44);
        assertThat(all.get("spearman").asDouble()).isCloseTo(0.977, within(0.001));
        JsonNode trusted = eu.get("recomputation").get("vs-published-stage-sr-without-suspect-rows");
        assertThat(trusted.get("n").asInt()).isEqualTo(75);
        assertThat(trusted.get("meanAbsoluteError").asDouble()).isCloseTo(0.108, within(0.001));
        JsonNode annex = eu.get("recomputation").get("vs-annex-4-sr");
        assertThat(annex.get("n").asInt()).isEqualTo(59);
        assertThat(annex.get("meanAbsoluteError").asDouble()).isCloseTo(0.105, within(0.001));
        assertThat(annex.get("spearman").asDouble()).isCloseTo(0.968, within(0.001));
        JsonNode germanium = find(eu.get("ranking"), "mineral", "germanium");
        assertThat(germanium.get("inputStatus").asText()).isEqualTo("third-party-suspect");
    }

    @Test
    void policyAdjustedTReflectsChinasLicensingOfDysprosium() {
        JsonNode dysprosium = find(eu.get("ranking"), "mineral", "dysprosium");
        assertThat(dysprosium.get("supplyRisk").asDouble()).isCloseTo(5.6, within(0.05));
        assertThat(dysprosium.get("publishedStageSupplyRisk").asDouble()).isEqualTo(5.6);
        JsonNode china = find(dysprosium.get("globalPolicyAdjusted").get("terms"), "country", "CN");
        assertThat(china.get("tPublished").asDouble()).isEqualTo(1.0);
        assertThat(china.get("t").asDouble()).isEqualTo(1.2);
        assertThat(china.get("tRaisedBy").asText()).contains("cn-ree-medium-heavy-2025 (licensing)");
        assertThat(dysprosium.get("policyAdjustedSupplyRisk").asDouble())
                .isCloseTo(dysprosium.get("supplyRisk").asDouble() * 1.2, within(1e-6));
        assertThat(eu.get("tByMeasureKind").get("ban").asDouble()).isEqualTo(1.5);
        JsonNode before = json("risk", "--method", "eu-2017", "--on", "2023-01-01", "--format", "json");
        JsonNode earlier = find(before.get("ranking"), "mineral", "dysprosium");
        assertThat(earlier.get("policyAdjustedSupplyRisk").asDouble())
                .isCloseTo(earlier.get("supplyRisk").asDouble(), within(1e-9));
    }

    @Test
    void anotherPerspectiveHasUnknownDependencyAssumedAndSaysSo() {
        JsonNode json = json("risk", "gallium", "--perspective", "DE", "--on", ON, "--format", "json");
        JsonNode dependency = json.get("components").get(1);
        assertThat(dependency.get("assumed").asBoolean()).isTrue();
        assertThat(dependency.get("value").asDouble()).isEqualTo(0.5);
        assertThat(dependency.get("formula").asText()).contains("no import statistics for DE");
    }

    @Test
    void tableAndCsvFormatsAndTheEuBreakdown() {
        CliTest.Run table = run("risk", "--on", ON);
        assertThat(table.code()).as(table.err()).isZero();
        assertThat(table.out())
                .contains("Lodestone supply-risk index for United States")
                .contains("rare-earths");
        CliTest.Run csv = run("risk", "--on", ON, "--format", "csv");
        assertThat(csv.out()).startsWith("rank,mineral,score,concentration,dependency,measures,partner_supply");
        CliTest.Run breakdown = run("risk", "rare-earths", "--on", ON);
        assertThat(breakdown.out())
                .contains("net import reliance 67.0 %")
                .contains("cn-ree-medium-heavy-2025")
                .contains("LOOK-THROUGH");
        CliTest.Run gallium = run("risk", "gallium", "--method", "eu-2017", "--on", ON);
        assertThat(gallium.code()).as(gallium.err()).isZero();
        assertThat(gallium.out()).contains("SR = [").contains("CN");
        CliTest.Run euCsv = run("risk", "--method", "eu-2017", "--on", ON, "--format", "csv");
        assertThat(euCsv.out()).startsWith("rank,mineral,stage,scope,sr_recomputed,sr_policy_adjusted");
    }

    @Test
    void userErrorsExitWithOne() {
        assertThat(run("risk", "--method", "magic").code()).isEqualTo(1);
        assertThat(run("risk", "unobtainium").code()).isEqualTo(1);
        assertThat(run("risk", "--perspective", "XX").code()).isEqualTo(1);
        assertThat(run("risk", "coking-coal", "--method", "eu-2017").code()).isEqualTo(1);
    }
}
