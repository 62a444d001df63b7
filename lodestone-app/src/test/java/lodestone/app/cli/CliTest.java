package lodestone.app.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import lodestone.app.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Runs the command line in-process against a temporary database loaded with the bundled baseline. */
class CliTest {
    record Run(int code, String out, String err) {
        JsonNode json() {
            try {
                return Output.JSON.readTree(out);
            } catch (IOException e) {
                throw new AssertionError("not JSON: " + out, e);
            }
        }
    }

    static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
        return new Run(code, out.toString(), err.toString());
    }

    /**
     * Runs a command against the database every command-line test class shares: created once per test run (loading
     * the bundled baseline takes a second or two), in a folder removed when the JVM exits.
     */
    static Run runDb(String... args) {
        List<String> all = new ArrayList<>(List.of(args));
        all.add("--db");
        all.add(TestDatabase.PATH.toString());
        return run(all.toArray(String[]::new));
    }

    private static JsonNode preferredSet(JsonNode report, String stage) {
        for (JsonNode s : report.get("stages")) {
            if (s.get("stage").asText().equals(stage)) {
                for (JsonNode set : s.get("supply")) {
                    if (set.get("preferred").asBoolean()
                            && set.get("mineral")
                                    .asText()
                                    .equals(report.get("mineral").get("id").asText())) {
                        return set;
                    }
                }
            }
        }
        throw new AssertionError("no preferred " + stage + " set");
    }

    private static JsonNode share(JsonNode set, String country) {
        for (JsonNode share : set.get("shares")) {
            if (share.get("country").asText().equals(country)) {
                return share;
            }
        }
        throw new AssertionError("no share for " + country);
    }

    @Test
    void rareEarthsShowChinasMiningShareQuotaReservesDependencyAndEuProcessing() {
        Run run = runDb("mineral", "rare-earths", "--format", "json");
        assertThat(run.code()).as(run.err()).isZero();
        JsonNode report = run.json();
        JsonNode mining = preferredSet(report, "mining");
        assertThat(mining.get("worldTotal").asDouble()).isEqualTo(390_000);
        JsonNode china = share(mining, "CN");
        assertThat(china.get("quantity").asDouble()).isEqualTo(270_000);
        assertThat(china.get("share").asDouble()).isCloseTo(270.0 / 390, within(1e-9));
        assertThat(china.get("year").asInt()).isEqualTo(2024);
        assertThat(china.get("stage").asText()).isEqualTo("mining");
        assertThat(china.get("flags").toString()).contains("quota");
        assertThat(china.get("source").get("publisher").asText()).contains("U.S. Geological Survey");
        assertThat(china.get("source").get("title").asText()).contains("Mineral Commodity Summaries 2025");
        assertThat(report.get("reserves").toString()).contains("44000000");

        JsonNode dependency = report.get("dependency");
        assertThat(dependency.get("relianceHistory").get(0).get("value").asDouble())
                .isCloseTo(0.80, within(1e-9));
        List<String> ranked = new ArrayList<>();
        List<Double> shares = new ArrayList<>();
        for (JsonNode source : dependency.get("importSources")) {
            if (!source.get("rank").isNull()) {
                ranked.add(source.get("country").asText());
            } else if (!source.get("country").asText().equals("OTHER")) {
                shares.add(source.get("share").asDouble());
            }
        }
        assertThat(ranked).containsExactly("CN", "MY", "JP", "EE");
        assertThat(shares).containsExactly(0.70, 0.13, 0.06, 0.05);

        String processing = report.get("stages").toString();
        assertThat(processing).contains("EU CRM 2023 global supply").contains("eu-crm-2023-study");
        JsonNode dysprosium = null;
        for (JsonNode s : report.get("stages")) {
            for (JsonNode set : s.get("supply")) {
                if (s.get("stage").asText().equals("processing")
                        && set.get("mineral").asText().equals("dysprosium")) {
                    dysprosium = set;
                }
            }
        }
        assertThat(dysprosium).isNotNull();
        assertThat(share(dysprosium, "CN").get("share").asDouble()).isEqualTo(1.0);
        assertThat(report.get("lists").toString()).contains("usgs-2025").contains("eu-2023");
    }

    @Test
    void galliumIsAlmostAChineseMonopoly() {
        Run run = runDb("mineral", "gallium", "--format", "json");
        assertThat(run.code()).as(run.err()).isZero();
        JsonNode set = preferredSet(run.json(), "processing");
        assertThat(share(set, "CN").get("share").asDouble()).isGreaterThan(0.98);
        assertThat(set.get("hhi").asDouble()).isGreaterThan(9_500);
    }

    @Test
    void tablesAndCsvRender() {
        Run table = runDb("mineral", "rare-earths");
        assertThat(table.code()).isZero();
        assertThat(table.out())
                .contains("China (CN)")
                .contains("69.2 %")
                .contains("quota")
                .contains("[preferred]");
        Run csv = runDb("mineral", "gallium", "--format", "csv");
        assertThat(csv.out().lines().findFirst().orElseThrow()).startsWith("mineral,stage,series,period");
        Run country = runDb("country", "CN", "--format", "json");
        assertThat(country.code()).isZero();
        assertThat(country.json().get("production").toString())
                .contains("rare-earths")
                .contains("gallium");
        Run sources = runDb("sources", "--format", "json");
        assertThat(sources.json().toString()).contains("usgs-mcs-2025-data").contains("eu-crm-2023-study");
        Run list = runDb("minerals", "--list", "usgs-2025", "--format", "json");
        assertThat(list.json().get("count").asInt()).isEqualTo(60);
        assertThat(list.json().get("minerals").toString()).contains("copper").contains("silver");
        Run catalogue = runDb("minerals", "--format", "json");
        assertThat(catalogue.json().get("minerals").toString())
                .contains("\"gallium\"")
                .doesNotContain("country-governance");
    }

    @Test
    void errorsGoToStandardErrorWithNonZeroExitCodes() {
        Run unknown = runDb("mineral", "unobtainium");
        assertThat(unknown.code()).isEqualTo(1);
        assertThat(unknown.err()).contains("mineral (unobtainium) is not in the catalogue");
        assertThat(unknown.out()).isEmpty();
        Run badFormat = runDb("mineral", "gallium", "--format", "yaml");
        assertThat(badFormat.code()).isEqualTo(2);
        assertThat(badFormat.err()).contains("yaml");
        Run badList = runDb("minerals", "--list", "usgs-1999");
        assertThat(badList.code()).isEqualTo(1);
        assertThat(badList.err()).contains("usgs-1999");
    }

    @ParameterizedTest
    @ValueSource(strings = {"minerals", "mineral", "country", "sources", "import", "baseline"})
    void everyCommandExplainsItsOptions(String command) {
        Run help = run(command, "--help");
        assertThat(help.code()).isZero();
        assertThat(help.out()).contains("Usage: lodestone " + command);
        Run root = run("--help");
        assertThat(root.out()).contains(command);
    }

    @Test
    void aMalformedImportFailsWithEveryProblemAndLeavesTheDatabaseUnchanged(@TempDir Path data) throws IOException {
        runDb("sources");
        Run before = runDb("mineral", "gallium", "--format", "json");
        Files.createDirectories(data.resolve("world_data"));
        Files.writeString(
                data.resolve("world_data/MCS2025_World_Data.csv"),
                "SOURCE,COMMODITY,COUNTRY,TYPE,UNIT_MEAS,PROD_2023,PROD_EST_ 2024\n"
                        + "MCS2025,Gallium ,China,Primary production,kilograms,621000,lots\n"
                        + "MCS2025,Gallium ,Atlantis,Primary production,kilograms,1,1\n");
        Run run = runDb("import", "usgs-mcs", data.toString());
        assertThat(run.code()).isEqualTo(1);
        assertThat(run.err())
                .contains("world_data/MCS2025_World_Data.csv:2 field PROD_EST_2024 value \"lots\"")
                .contains("world_data/MCS2025_World_Data.csv:3 field COUNTRY value \"Atlantis\"")
                .contains("nothing was imported and the database is unchanged");
        Run after = runDb("mineral", "gallium", "--format", "json");
        assertThat(after.out()).isEqualTo(before.out());
    }
}
