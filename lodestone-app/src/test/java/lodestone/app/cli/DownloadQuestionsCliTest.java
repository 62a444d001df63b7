package lodestone.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The questions added so that every table of the dashboard has a download (#16) give the rows of the answers the pages
 * show them from: an agreement's outlook and money, a country's reserves and projects, the comparison's scores.
 */
class DownloadQuestionsCliTest {
    private static final String AGREEMENT = "us-au-framework-2025";

    @Test
    void anAgreementsOutlookOfAMineralIsTheOneItsReportGives() {
        JsonNode agreement = CliTest.runDb("agreement", AGREEMENT, "--on", "2026-11-30", "--format", "json")
                .json();
        JsonNode fromReport = null;
        for (JsonNode outlook : agreement.get("outlooks")) {
            if (outlook.get("mineral").asText().equals("gallium")) {
                fromReport = outlook;
            }
        }
        assertThat(fromReport).as("the agreement's outlooks include gallium").isNotNull();
        JsonNode asked = CliTest.runDb(
                        "outlook", "gallium", "--from", "2026", "--agreement", AGREEMENT, "--format", "json")
                .json();
        assertThat(asked).isEqualTo(fromReport);
        // every project on record adds at least what the agreement's projects add
        JsonNode all = CliTest.runDb("outlook", "gallium", "--from", "2026", "--format", "json")
                .json();
        JsonNode lastOfAll = all.get("years").get(all.get("years").size() - 1);
        JsonNode lastOfAgreement = asked.get("years").get(asked.get("years").size() - 1);
        assertThat(lastOfAll.get("expectedTonnesPerYear").asDouble())
                .isGreaterThanOrEqualTo(
                        lastOfAgreement.get("expectedTonnesPerYear").asDouble());
    }

    @Test
    void anAgreementsMoneyIsItsReportsMoneyAmountByAmount() {
        JsonNode agreement = CliTest.runDb("agreement", AGREEMENT, "--on", "2026-11-30", "--format", "json")
                .json();
        JsonNode money = CliTest.runDb("money", "--agreement", AGREEMENT, "--format", "json")
                .json();
        List<JsonNode> amounts = new ArrayList<>();
        money.forEach(row -> {
            assertThat(row.get("agreement").asText()).isEqualTo(AGREEMENT);
            amounts.add(row.get("money"));
        });
        assertThat(amounts)
                .isNotEmpty()
                .containsExactlyElementsOf(agreement.get("agreement").get("money"));
        String csv = CliTest.runDb("money", "--agreement", AGREEMENT, "--format", "csv")
                .out();
        assertThat(csv.lines().findFirst().orElseThrow())
                .isEqualTo("agreement,amount,currency,qualifier,purpose,payer,press_only,source,note");
        assertThat(csv.lines().count()).isEqualTo(amounts.size() + 1);
    }

    @Test
    void aCountrysReservesAreItsReportsReservesWithChinasRareEarths() {
        JsonNode report = CliTest.runDb("country", "CN", "--format", "json").json();
        JsonNode reserves = CliTest.runDb("reserves", "--country", "China", "--format", "json")
                .json();
        assertThat(reserves.get("country").asText()).isEqualTo("CN");
        assertThat(reserves.get("reserves")).isEqualTo(report.get("reserves"));
        String csv = CliTest.runDb("reserves", "rare-earths", "--country", "CN", "--format", "csv")
                .out();
        assertThat(csv)
                .as("USGS MCS 2026: China's rare-earth reserves 44,000,000 t REO")
                .startsWith("country,mineral,quantity,unit,raw,year,source\n")
                .contains("CN,rare-earths,")
                .contains("44,000,000");
        CliTest.Run neither = CliTest.runDb("reserves");
        assertThat(neither.code()).isNotZero();
        assertThat(neither.err()).contains("reserves needs a mineral or a country");
    }

    @Test
    void aCountrysProjectsAreThoseLocatedThereWithTheAgreementsThatLinkThem() {
        JsonNode projects =
                CliTest.runDb("projects", "--country", "AU", "--format", "json").json();
        assertThat(projects)
                .isNotEmpty()
                .allSatisfy(p -> assertThat(p.get("country").asText()).isEqualTo("AU"));
        JsonNode nolans = null;
        for (JsonNode p : projects) {
            if (p.get("id").asText().equals("arafura-nolans")) {
                nolans = p;
            }
        }
        assertThat(nolans).as("Arafura's Nolans project is in Australia").isNotNull();
        assertThat(nolans.get("agreements").toString()).contains(AGREEMENT);
        JsonNode gallium = CliTest.runDb("projects", "--mineral", "gallium", "--format", "json")
                .json();
        assertThat(gallium)
                .isNotEmpty()
                .allSatisfy(p -> assertThat(p.toString()).contains("gallium"));
    }

    @Test
    void theComparisonsScoresAreEachMineralsRiskBreakdown() {
        JsonNode comparison = CliTest.runDb(
                        "compare", "gallium,Ge", "--on", "2026-11-20", "--perspective", "JP", "--format", "json")
                .json();
        assertThat(comparison.get("minerals").toString()).isEqualTo("[\"gallium\",\"germanium\"]");
        for (JsonNode column : comparison.get("columns")) {
            JsonNode risk = CliTest.runDb(
                            "risk",
                            column.get("id").asText(),
                            "--on",
                            "2026-11-20",
                            "--perspective",
                            "JP",
                            "--format",
                            "json")
                    .json();
            assertThat(column.get("risk")).isEqualTo(risk);
        }
        String csv = CliTest.runDb("compare", "gallium,germanium", "--on", "2026-11-20", "--format", "csv")
                .out();
        assertThat(csv).startsWith("mineral,figure,stage,value,unit,text\n").contains("gallium,score,,");
        CliTest.Run one = CliTest.runDb("compare", "gallium");
        assertThat(one.code()).isNotZero();
        assertThat(one.err()).contains("must name 2 to 4 minerals");
    }
}
