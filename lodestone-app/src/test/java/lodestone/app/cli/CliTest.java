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
import java.util.Map;
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
    void rareEarthsShowThe2025DataOfMcs2026WithTheEditionNamedAndMcs2025OnRequest() {
        Run run = runDb("mineral", "rare-earths", "--format", "json");
        assertThat(run.code()).as(run.err()).isZero();
        JsonNode report = run.json();
        JsonNode mining = preferredSet(report, "mining");
        assertThat(mining.get("worldTotal").asDouble()).isEqualTo(390_000);
        assertThat(mining.get("worldFlags").toString()).contains("rounded");
        assertThat(mining.get("totalBasis").asText()).isEqualTo("published world total, rounded");
        JsonNode china = share(mining, "CN");
        assertThat(china.get("quantity").asDouble()).isEqualTo(270_000);
        assertThat(china.get("share").asDouble()).isCloseTo(270.0 / 390, within(1e-9));
        assertThat(china.get("year").asInt()).isEqualTo(2025);
        assertThat(china.get("stage").asText()).isEqualTo("mining");
        assertThat(china.get("source").get("publisher").asText()).contains("U.S. Geological Survey");
        assertThat(china.get("source").get("title").asText()).contains("Mineral Commodity Summaries 2026");
        assertThat(china.get("source").get("edition").asText()).isEqualTo("mcs-2026");
        assertThat(share(mining, "US").get("quantity").asDouble()).isEqualTo(51_000);
        assertThat(report.get("reserves").toString())
                .as("China's reserves, MCS 2026: 44,000,000 t")
                .contains("\"raw\":\"44,000,000\"");
        JsonNode dependency = report.get("dependency");
        assertThat(dependency.get("relianceHistory").get(0).get("value").asDouble())
                .as("MCS 2026, Fig. 2: 67 % in 2025")
                .isCloseTo(0.67, within(1e-9));
        assertThat(importSources(dependency, true)).containsExactly("CN", "MY", "EE", "JP");
        assertThat(importShares(dependency)).containsExactly(0.71, 0.13, 0.05, 0.05);

        Run older = runDb("mineral", "rare-earths", "--edition", "mcs-2025", "--format", "json");
        assertThat(older.code()).as(older.err()).isZero();
        JsonNode mining2024 = preferredSet(older.json(), "mining");
        JsonNode china2024 = share(mining2024, "CN");
        assertThat(mining2024.get("worldTotal").asDouble()).isEqualTo(390_000);
        assertThat(china2024.get("year").asInt()).isEqualTo(2024);
        assertThat(china2024.get("flags").toString()).contains("quota");
        assertThat(china2024.get("source").get("title").asText()).contains("Mineral Commodity Summaries 2025");
        assertThat(share(mining2024, "AU").get("quantity").asDouble())
                .as("before its revision")
                .isEqualTo(13_000);
        JsonNode dependency2024 = older.json().get("dependency");
        assertThat(dependency2024.get("relianceHistory").get(0).get("value").asDouble())
                .isCloseTo(0.80, within(1e-9));
        assertThat(importSources(dependency2024, true)).containsExactly("CN", "MY", "JP", "EE");
        assertThat(importShares(dependency2024)).containsExactly(0.70, 0.13, 0.06, 0.05);
        JsonNode report2024 = older.json();

        String processing = report2024.get("stages").toString();
        assertThat(processing).contains("EU CRM 2023 global supply").contains("eu-crm-2023-study");
        assertThat(report.get("coverage").toString())
                .contains("\"stage\":\"processing\",\"sources\":\"eu-crm-2023-study 2016-2020 (by member)\"");
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

    private static List<String> importSources(JsonNode dependency, boolean ranked) {
        List<String> out = new ArrayList<>();
        for (JsonNode source : dependency.get("importSources")) {
            if (ranked != source.get("rank").isNull()) {
                out.add(source.get("country").asText());
            }
        }
        return out;
    }

    private static List<Double> importShares(JsonNode dependency) {
        List<Double> out = new ArrayList<>();
        for (JsonNode source : dependency.get("importSources")) {
            if (source.get("rank").isNull() && !source.get("country").asText().equals("OTHER")) {
                out.add(source.get("share").asDouble());
            }
        }
        return out;
    }

    @Test
    void antimonyGivesChinasShareOfThePublishedWorldTotal() {
        JsonNode report = runDb("mineral", "antimony", "--format", "json").json();
        JsonNode mining = preferredSet(report, "mining");
        assertThat(mining.get("period").asText()).isEqualTo("2025");
        assertThat(mining.get("worldTotal").asDouble()).isEqualTo(110_000);
        assertThat(share(mining, "CN").get("share").asDouble())
                .as("40,000 of the published 110,000 t, as USGS's Table 7 says (36 %)")
                .isCloseTo(40.0 / 110, within(1e-9));
        assertThat(mining.get("totalComputed").asBoolean()).isFalse();
        JsonNode mining2024 = preferredSet(
                runDb("mineral", "antimony", "--edition", "mcs-2025", "--format", "json")
                        .json(),
                "mining");
        assertThat(share(mining2024, "CN").get("share").asDouble())
                .as("60,000 of the published 100,000 t (USGS: 60 %), not of the 103,960 t the countries add up to")
                .isCloseTo(0.60, within(1e-9));
        Run table = runDb("mineral", "antimony", "--edition", "mcs-2025");
        assertThat(table.out())
                .contains("world 100,000 t (estimated, rounded)")
                .doesNotContain("world total not published");
    }

    @Test
    void graphiteProcessingSaysNoSource() {
        Run table = runDb("mineral", "graphite");
        assertThat(table.out()).contains("== STAGE COVERAGE ==").contains("processing: no source");
    }

    @Test
    void theDiffListsTheRevisedRareEarthProductionOf2024WithBothSources() {
        Run diff = runDb("diff", "mcs-2025", "mcs-2026", "--mineral", "rare-earths", "--format", "json");
        assertThat(diff.code()).as(diff.err()).isZero();
        Map<String, JsonNode> production = new java.util.TreeMap<>();
        for (JsonNode revision : diff.json().get("revisions")) {
            if (revision.get("kind").asText().equals("value")
                    && revision.get("metric").asText().equals("production")
                    && "mining".equals(revision.get("stage").asText())
                    && revision.get("period").asText().equals("2024")) {
                production.put(revision.get("area").asText(), revision);
            }
        }
        assertThat(production).containsKeys("AU", "BR", "MM", "MG", "NG");
        assertThat(production.get("AU").get("before").asDouble()).isEqualTo(13_000);
        assertThat(production.get("AU").get("after").asDouble()).isEqualTo(29_000);
        assertThat(production.get("AU").get("sourceBefore").asText()).isEqualTo("usgs-mcs-2025-data");
        assertThat(production.get("AU").get("sourceAfter").asText()).isEqualTo("usgs-mcs-2026-data");
        assertThat(production.get("AU").get("locatorAfter").asText()).startsWith("MCS2026_Commodities_Data.csv:");
        assertThat(production.get("NG").get("after").asDouble()).isEqualTo(1_500);
        assertThat(production).as("300 t in both releases").doesNotContainKey("VN");
        Run table = runDb("diff", "mcs-2025", "mcs-2026", "--mineral", "rare-earths", "--wide");
        assertThat(table.out()).contains("share of world").contains("revisions among");
        Run missing = runDb("diff", "mcs-2024", "mcs-2026");
        assertThat(missing.code()).isEqualTo(1);
        assertThat(missing.err()).contains("edition (mcs-2024) is not in the knowledge base");
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
                .contains("Editions: ")
                .contains("mcs-2026 (latest edition of each data year)")
                .contains("China (CN)")
                .contains("69.2 %")
                .contains("[preferred]");
        assertThat(runDb("mineral", "rare-earths", "--edition", "mcs-2025").out())
                .contains("(edition mcs-2025)")
                .contains("quota");
        Run csv = runDb("mineral", "gallium", "--format", "csv");
        assertThat(csv.out().lines().findFirst().orElseThrow()).startsWith("mineral,stage,series,period");
        Run country = runDb("country", "CN", "--format", "json");
        assertThat(country.code()).isZero();
        assertThat(country.json().get("production").toString())
                .contains("rare-earths")
                .contains("gallium");
        Run sources = runDb("sources", "--format", "json");
        assertThat(sources.json().toString())
                .contains("usgs-mcs-2025-data")
                .contains("usgs-mcs-2026-data")
                .contains("eu-crm-2023-study");
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

    @Test
    void namesAsUsersWriteThemResolveAndATypoGetsOneLine() {
        Run typo = runDb("mineral", "galium");
        assertThat(typo.code()).isEqualTo(1);
        assertThat(typo.err())
                .isEqualTo("error: mineral (galium) is not in the catalogue; did you mean gallium?"
                        + System.lineSeparator());
        assertThat(typo.out()).isEmpty();
        assertThat(runDb("mineral", "rare earth", "--format", "json")
                        .json()
                        .at("/mineral/id")
                        .asText())
                .isEqualTo("rare-earths");
        assertThat(runDb("mineral", "platinum group metals", "--format", "json")
                        .json()
                        .at("/mineral/id")
                        .asText())
                .isEqualTo("platinum-group-metals");
        JsonNode dysprosium = runDb("mineral", "Dy", "--format", "json").json();
        assertThat(dysprosium.at("/mineral/id").asText()).isEqualTo("dysprosium");
        // dysprosium has no U.S. import data of its own: the page shows its rare-earth group's, and says so
        assertThat(dysprosium.at("/dependency/dataFrom").asText()).isIn("rare-earths", "heavy-rare-earths");
        Run congo = runDb("country", "Congo");
        assertThat(congo.code()).isEqualTo(1);
        assertThat(congo.err()).contains("did you mean Congo (Kinshasa) (CD) or Congo (Brazzaville) (CG)?");
    }

    /**
     * A name that is not the id says on standard error, above the table, how it resolved; JSON (the API's document
     * too) carries the same basis as {@code resolved}; an id given exactly prints nothing.
     */
    @Test
    void theBasisOfANameIsShownAboveTheTableAndInTheJson() {
        String nl = System.lineSeparator();
        assertThat(runDb("mineral", "Dy").err()).isEqualTo("Dy: element symbol of dysprosium" + nl);
        assertThat(runDb("mineral", "rare earth").err())
                .isEqualTo("rare earth: rare-earths, matched as the plural" + nl);
        assertThat(runDb("mineral", "REE").err()).isEqualTo("REE: a name the sources use for rare-earths" + nl);
        assertThat(runDb("mineral", "Rare-Earths").err())
                .isEqualTo("Rare-Earths: rare-earths, matched ignoring case, spacing and punctuation" + nl);
        assertThat(runDb("mineral", "NdPr").err())
                .startsWith("NdPr: curated alias of light-rare-earths: NdPr (neodymium-praseodymium");
        assertThat(runDb("country", "PRC").err()).startsWith("PRC: curated alias of China (CN): PRC, the People's");
        assertThat(runDb("reserves", "Li").err()).isEqualTo("Li: element symbol of lithium" + nl);
        Run exact = runDb("mineral", "rare-earths");
        assertThat(exact.code()).isZero();
        assertThat(exact.err()).as("nothing to explain for an id").isEmpty();

        Run json = runDb("mineral", "Dy", "--format", "json");
        assertThat(json.err()).as("JSON carries the basis itself").isEmpty();
        assertThat(json.json().get("resolved").toString())
                .isEqualTo("{\"query\":\"Dy\",\"id\":\"dysprosium\",\"exact\":false,"
                        + "\"basis\":\"element symbol of dysprosium\"}");
        assertThat(runDb("mineral", "rare-earths", "--format", "json")
                        .json()
                        .at("/resolved/exact")
                        .asBoolean())
                .isTrue();
        assertThat(runDb("mineral", "Dy", "--format", "csv").err()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"minerals", "mineral", "country", "sources", "import", "baseline", "diff"})
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

    @Test
    void importingTheOlderReleaseAsThe2026ReleaseFailsWithTheFileAndTheMismatch() {
        Path mcs2025 = lodestone.testkit.SharedData.usgsMcs2025();
        Run run = runDb("import", "usgs-mcs-2026", mcs2025.toString());
        assertThat(run.code()).isEqualTo(1);
        assertThat(run.err())
                .contains("industry_trends/MCS2025_")
                .contains("the files are of edition mcs-2025, not of the declared edition mcs-2026")
                .contains("nothing was imported");
    }
}
