package lodestone.app.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The risk command against the bundled baseline and curated records, on a fixed date. */
class RiskCliTest {
    private static final String ON = "2026-11-20";

    private static JsonNode ranking;
    private static JsonNode eu;

    private static JsonNode json(String... args) {
        CliTest.Run run = CliTest.runDb(args);
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
    void ranksTheMineralsOfTheUsgs2025ListWithNamedComponentsInputsAndSources() {
        JsonNode rows = ranking.get("ranking");
        assertThat(ranking.get("list").asText()).isEqualTo("usgs-2025");
        // 60 on the list; cesium, rubidium and uranium have no supply shares in the store
        assertThat(rows.size()).isEqualTo(57);
        assertThat(ranking.get("unscored").toString()).isEqualTo("[\"cesium\",\"rubidium\",\"uranium\"]");
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
            assertThat(names)
                    .containsExactly(
                            "concentration", "dependency", "economic-importance", "measures", "partner-supply");
            // the score can be recomputed by hand from the component values
            double c = row.get("components").get(0).get("value").asDouble();
            double d = row.get("components").get(1).get("value").asDouble();
            double e = row.get("components").get(2).get("value").asDouble();
            double m = row.get("components").get(3).get("value").asDouble();
            double a = row.get("components").get(4).get("value").asDouble();
            assertThat(100 * c * (1 + d) / 2 * (1 + e) / 2 * (2 + m) / 3 * (1 - a / 4))
                    .isCloseTo(score, within(1e-9));
            JsonNode concentration = row.get("components").get(0);
            assertThat(concentration.get("inputs")).isNotEmpty();
            for (JsonNode input : concentration.get("inputs")) {
                assertThat(input.get("source").asText()).isNotBlank();
            }
        }
        List<String> ids = new ArrayList<>();
        rows.forEach(r -> ids.add(r.get("mineral").asText()));
        assertThat(ids).contains("dysprosium", "gallium", "germanium", "graphite", "cobalt", "lithium");
        assertThat(ids).doesNotContain("country-governance", "rare-earths", "natural-teak-wood", "natural-cork");
    }

    @Test
    void noNonMineralUnlessEveryEntryIsAskedFor() {
        for (String list : List.of("usgs-2025", "usgs-2022", "eu-2023")) {
            JsonNode rows =
                    json("risk", "--list", list, "--on", ON, "--format", "json").get("ranking");
            List<String> ids = new ArrayList<>();
            rows.forEach(r -> ids.add(r.get("mineral").asText()));
            assertThat(ids)
                    .as(list)
                    .doesNotContain("natural-teak-wood", "sapele-wood", "natural-cork", "natural-rubber");
        }
        JsonNode all = json("risk", "--list", "all", "--on", ON, "--format", "json");
        List<String> ids = new ArrayList<>();
        all.get("ranking").forEach(r -> ids.add(r.get("mineral").asText()));
        assertThat(ids).contains("natural-teak-wood", "rare-earths").doesNotContain("country-governance");
        assertThat(all.get("ranking").size()).isGreaterThan(100);
    }

    @Test
    void aYearWithoutDataIsAnErrorNamingTheYearsAvailable() {
        CliTest.Run run = CliTest.runDb("risk", "--year", "2019", "--on", ON);
        assertThat(run.code()).isEqualTo(1);
        assertThat(run.err())
                .contains("year (2019) has no supply shares in the store; years available: 2020, 2023, 2024, 2025.");
        assertThat(CliTest.runDb("risk", "--year", "2023", "--on", ON).code()).isZero();
    }

    @Test
    void economicImportanceRecomputedByHandFromTheJsonForThreeMinerals() {
        // gallium 19 t × 580 USD/kg, cobalt 9,600 t × 46.30 USD/kg, potash 5.9 Mt × 1.20 USD/kg (2025, MCS 2026)
        for (String id : List.of("gallium", "cobalt", "potash")) {
            JsonNode row = find(ranking.get("ranking"), "mineral", id);
            JsonNode e = find(row.get("components"), "name", "economic-importance");
            assertThat(e.get("assumed").asBoolean()).as(id).isFalse();
            double tonnes = Double.NaN;
            double price = Double.NaN;
            for (JsonNode input : e.get("inputs")) {
                assertThat(input.get("source").asText()).isNotBlank();
                if (input.get("name").asText().startsWith("apparent consumption")) {
                    tonnes = input.get("value").asDouble();
                    assertThat(input.get("locator").asText()).startsWith("MCS2026_Commodities_Data.csv:");
                } else if (input.get("name").asText().startsWith("price")) {
                    price = input.get("value").asDouble();
                }
            }
            double value = tonnes * price * 1000;
            double byHand = Math.max(0, Math.min(1, Math.log10(value / 1e6) / 5));
            assertThat(e.get("value").asDouble()).as(id).isCloseTo(byHand, within(1e-12));
        }
        assertThat(find(
                                find(ranking.get("ranking"), "mineral", "gallium")
                                        .get("components"),
                                "name",
                                "economic-importance")
                        .get("value")
                        .asDouble())
                .isCloseTo(Math.log10(19 * 580 * 1000 / 1e6) / 5, within(1e-9));
        assertThat(find(
                                find(ranking.get("ranking"), "mineral", "potash")
                                        .get("components"),
                                "name",
                                "economic-importance")
                        .get("value")
                        .asDouble())
                .isCloseTo(Math.log10(5.9e6 * 1.2 * 1000 / 1e6) / 5, within(1e-9));
    }

    @Test
    void aLapsedSuspensionCountsAtHalfWeightAndSaysSo() {
        // erbium: the October 2025 package (licensing, 0.5) covers it; its suspension ended on 2026-11-10
        JsonNode erbium = find(ranking.get("ranking"), "mineral", "erbium");
        JsonNode m = find(erbium.get("components"), "name", "measures");
        assertThat(m.get("value").asDouble()).isCloseTo(0.5 * 0.5 * 1.0, within(1e-9));
        List<String> notes = new ArrayList<>();
        m.get("inputs").forEach(i -> notes.add(i.get("note").asText()));
        assertThat(notes).anyMatch(n -> n.startsWith("lapsed, status unknown, weight 0.5; licensing (severity 0.5)"));
        JsonNode breakdown = json("risk", "erbium", "--on", ON, "--format", "json");
        boolean lapsed = false;
        for (JsonNode line : breakdown.get("measures")) {
            if (line.get("status").asText().startsWith("lapsed, status unknown (suspension ended 2026-11-10")) {
                lapsed = true;
                assertThat(line.get("binds").asBoolean()).isFalse();
                assertThat(line.get("state").asText()).isEqualTo("suspension-ended");
            }
        }
        assertThat(lapsed).isTrue();
        // before the suspension ended the package was suspended and counted nothing (the 2023 technology control,
        // 0.25 · 1.0, was in force on both dates)
        JsonNode before = json("risk", "erbium", "--on", "2026-11-01", "--format", "json");
        List<String> earlier = new ArrayList<>();
        find(before.get("components"), "name", "measures")
                .get("inputs")
                .forEach(i -> earlier.add(i.get("note").asText()));
        assertThat(earlier).isNotEmpty().noneMatch(n -> n.startsWith("lapsed"));
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
        // the look-through of non-producing sources only (a second figure, not D): at least direct, at most NIR
        assertThat(china.get("throughNonProducers").asDouble())
                .isBetween(china.get("direct").asDouble(), 0.67)
                .isLessThanOrEqualTo(china.get("lookThrough").asDouble());
        assertThat(find(dependency.get("importSources"), "country", "MY")
                        .get("share")
                        .asDouble())
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
        assertThat(dependency.get("formula").asText()).contains("no net import reliance for DE");
        assertThat(find(dependency.get("inputs"), "name", "basis").get("note").asText())
                .isEqualTo("unknown");
        JsonNode importance = json.get("components").get(2);
        assertThat(importance.get("assumed").asBoolean()).isTrue();
        assertThat(importance.get("formula").asText()).contains("no apparent consumption or price for DE");
    }

    @Test
    void theEuBreakdownShowsTheDependencyItsRankingScoresWithItsBasis() {
        JsonNode json = json("risk", "gallium", "--perspective", "EU", "--on", ON, "--format", "json");
        JsonNode component = json.get("components").get(1);
        JsonNode dependency = json.get("dependency");
        // EU CRM 2023, Appendix 7, EU sourcing of gallium (processing): China 69 %
        assertThat(dependency.get("dependency").asDouble())
                .isEqualTo(component.get("value").asDouble());
        assertThat(dependency.get("dependency").asDouble()).isCloseTo(0.69, within(1e-9));
        assertThat(dependency.get("basis").asText()).isEqualTo("measured");
        assertThat(dependency.get("largestSupplier").asText()).isEqualTo("CN");
        assertThat(find(dependency.get("parts"), "part", "import shares")
                        .get("basis")
                        .asText())
                .isEqualTo("measured");
        assertThat(find(dependency.get("parts"), "part", "import shares")
                        .get("sources")
                        .get(0)
                        .asText())
                .isEqualTo("eu-crm-2023-study");
        CliTest.Run table = CliTest.runDb("risk", "gallium", "--perspective", "EU", "--on", ON);
        assertThat(table.out())
                .contains("D = 69.0 % to CN, basis measured")
                .doesNotContain("net import reliance unknown");
    }

    @Test
    void tableAndCsvFormatsAndTheEuBreakdown() {
        CliTest.Run table = CliTest.runDb("risk", "--on", ON, "--wide");
        assertThat(table.code()).as(table.err()).isZero();
        assertThat(table.out())
                .contains("Lodestone supply-risk index for United States")
                .contains("dysprosium");
        CliTest.Run csv = CliTest.runDb("risk", "--on", ON, "--format", "csv");
        assertThat(csv.out())
                .startsWith("rank,mineral,score,concentration,dependency,economic_importance,measures,partner_supply");
        CliTest.Run breakdown = CliTest.runDb("risk", "rare-earths", "--on", ON, "--wide");
        assertThat(breakdown.out())
                .contains("net import reliance 67.0 %")
                .contains("cn-ree-medium-heavy-2025")
                .contains("LOOK-THROUGH")
                .contains("VIA NON-PRODUCERS");
        CliTest.Run gallium = CliTest.runDb("risk", "gallium", "--method", "eu-2017", "--on", ON, "--wide");
        assertThat(gallium.code()).as(gallium.err()).isZero();
        assertThat(gallium.out()).contains("SR = [").contains("CN");
        CliTest.Run euCsv = CliTest.runDb("risk", "--method", "eu-2017", "--on", ON, "--format", "csv");
        assertThat(euCsv.out()).startsWith("rank,mineral,stage,scope,sr_recomputed,sr_policy_adjusted");
    }

    @Test
    void theUsgs2021MethodShowsEveryInputWithItsSourceAndItsArithmetic() {
        JsonNode usgs = json("risk", "--method", "usgs-2021", "--format", "json");
        assertThat(usgs.get("threshold").asDouble()).isEqualTo(0.40);
        assertThat(usgs.get("window").asInt()).isEqualTo(4);
        JsonNode rows = usgs.get("ranking");
        // non-regression: 52 of the 60 on the 2025 list are assessed, 34 reach 0.40
        assertThat(rows.size()).isEqualTo(52);
        assertThat(usgs.get("aboveThreshold").asInt()).isEqualTo(34);
        for (JsonNode row : rows) {
            double sr = 0;
            for (JsonNode y : row.get("years")) {
                sr += y.get("weight").asDouble()
                        * Math.cbrt(y.get("disruptionPotential").asDouble()
                                * y.get("tradeExposure").asDouble()
                                * y.get("economicVulnerability").asDouble());
            }
            assertThat(row.get("supplyRisk").asDouble())
                    .as(row.get("mineral").asText())
                    .isCloseTo(sr, within(1e-9));
            for (JsonNode component : row.get("components")) {
                for (JsonNode input : component.get("inputs")) {
                    assertThat(input.get("source").asText()).isNotBlank();
                }
            }
        }
        JsonNode dysprosium = find(rows, "mineral", "dysprosium");
        // DP 0.558 (China alone processes it), TE the heavy rare earths' NIR (100 % in MCS 2026's new heavy rare
        // earths chapter, 2022-2025), EV 0.5 assumed; the weights 0.1, 0.2, 0.3, 0.4 sum to 1
        assertThat(dysprosium.get("years")).hasSize(4);
        assertThat(dysprosium.get("supplyRisk").asDouble()).isCloseTo(Math.cbrt(0.558 * 1.0 * 0.5), within(0.001));
        assertThat(dysprosium.get("assumed").asBoolean()).isTrue();
        JsonNode boron = find(rows, "mineral", "boron");
        assertThat(boron.get("supplyRisk").asDouble()).isZero();
        List<String> notAssessed = new ArrayList<>();
        usgs.get("notAssessed").forEach(n -> notAssessed.add(n.get("mineral").asText()));
        assertThat(notAssessed).contains("rhodium", "uranium");
        Set<String> sourceIds = new HashSet<>();
        usgs.get("sources").forEach(x -> sourceIds.add(x.get("id").asText()));
        assertThat(sourceIds).contains("usgs-mcs-2026-data", "eu-crm-2023-study");
        JsonNode list2022 = json("risk", "--method", "usgs-2021", "--list", "usgs-2022", "--format", "json");
        // non-regression: of the 2022 list, 44 are assessed and 33 reach 0.40 (the 2021 review: 36 of 54 evaluated)
        assertThat(list2022.get("ranking").size()).isEqualTo(44);
        assertThat(list2022.get("aboveThreshold").asInt()).isEqualTo(33);
        CliTest.Run table = CliTest.runDb("risk", "gallium", "--method", "usgs-2021");
        assertThat(table.code()).as(table.err()).isZero();
        assertThat(table.out()).contains("USGS 2021 supply risk").contains("economic-vulnerability");
    }

    @Test
    void diagnosticsCompareWithThePublishedRecordWithoutFittingToIt() {
        JsonNode lodestone = json("risk", "--diagnostics", "--on", ON, "--format", "json");
        JsonNode eu = lodestone.get("diagnostics").get("euSupplyRisk2023");
        assertThat(eu.get("n").asInt()).isEqualTo(66);
        assertThat(eu.get("spearman").asDouble()).isCloseTo(0.604, within(0.001));
        JsonNode usgs2025 = find(lodestone.get("diagnostics").get("lists"), "list", "usgs-2025");
        assertThat(usgs2025.get("auc").asDouble()).isCloseTo(0.843, within(0.001));
        JsonNode usgs = json("risk", "--method", "usgs-2021", "--diagnostics", "--format", "json");
        assertThat(usgs.get("diagnostics")
                        .get("euSupplyRisk2023")
                        .get("spearman")
                        .asDouble())
                .isCloseTo(0.497, within(0.001));
        assertThat(find(usgs.get("diagnostics").get("lists"), "list", "usgs-2022")
                        .get("auc")
                        .asDouble())
                .isCloseTo(0.903, within(0.001));
    }

    @Test
    void userErrorsExitWithOne() {
        assertThat(CliTest.runDb("risk", "--method", "magic").code()).isEqualTo(1);
        assertThat(CliTest.runDb("risk", "unobtainium").code()).isEqualTo(1);
        assertThat(CliTest.runDb("risk", "--perspective", "XX").code()).isEqualTo(1);
        assertThat(CliTest.runDb("risk", "coking-coal", "--method", "eu-2017").code())
                .isEqualTo(1);
        CliTest.Run list = CliTest.runDb("risk", "--list", "usgs-2030");
        assertThat(list.code()).isEqualTo(1);
        assertThat(list.err()).contains("list (usgs-2030) must be one of usgs-2022, usgs-2025, eu-2023, all.");
        assertThat(CliTest.runDb("risk", "--method", "usgs-2021", "--perspective", "JP")
                        .code())
                .isEqualTo(1);
        assertThat(CliTest.runDb("risk", "--method", "usgs-2021", "--year", "2024")
                        .code())
                .isEqualTo(1);
    }

    /**
     * An option the chosen method or form would ignore is refused, naming it, never dropped silently: a usage error in
     * one line with its hint, exit code 2.
     */
    @Test
    void optionsTheMethodWouldIgnoreAreRefused() {
        CliTest.Run eu = CliTest.runDb("risk", "--method", "eu-2017", "--perspective", "JP");
        assertThat(eu.code()).isEqualTo(ParameterErrors.USAGE);
        assertThat(eu.err())
                .isEqualTo("error: perspective is not used by a ranking of method eu-2017; it would be ignored. Maybe"
                        + " leave it out, or use method lodestone, which takes it." + System.lineSeparator());
        CliTest.Run ranking = CliTest.runDb("risk", "--country", "AU", "--format", "csv");
        assertThat(ranking.code()).isEqualTo(ParameterErrors.USAGE);
        assertThat(ranking.err()).contains("country is not used by a ranking of method lodestone");
        CliTest.Run breakdown = CliTest.runDb("risk", "gallium", "--list", "eu-2023", "--format", "json");
        assertThat(breakdown.code()).isEqualTo(ParameterErrors.USAGE);
        assertThat(breakdown.err()).contains("list is not used by a breakdown of method lodestone");
        CliTest.Run usgs = CliTest.runDb("risk", "--method", "usgs-2021", "--on", ON);
        assertThat(usgs.code()).isEqualTo(ParameterErrors.USAGE);
        assertThat(usgs.err()).contains("on is not used by a ranking of method usgs-2021");
    }
}
