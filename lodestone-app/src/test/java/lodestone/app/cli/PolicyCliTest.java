package lodestone.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

/** The measures, agreements and outlook commands against the bundled curated records. */
class PolicyCliTest {
    private static JsonNode measure(JsonNode measures, String id) {
        for (JsonNode measure : measures.get("measures")) {
            if (measure.get("id").asText().equals(id)) {
                return measure;
            }
        }
        throw new AssertionError("no measure " + id + " in " + measures);
    }

    @Test
    void onFirstNovember2026AprilLicensingBindsAndTheOctoberPackageIsSuspended() {
        CliTest.Run run =
                CliTest.runDb("measures", "--on", "2026-11-01", "--mineral", "dysprosium", "--format", "json");
        assertThat(run.code()).as(run.err()).isZero();
        JsonNode json = run.json();
        JsonNode april = measure(json, "cn-ree-medium-heavy-2025");
        assertThat(april.get("status").get("state").asText()).isEqualTo("in-force");
        assertThat(april.get("status").get("binds").asBoolean()).isTrue();
        JsonNode october = measure(json, "cn-ree-extraterritorial-2025-61");
        assertThat(october.get("status").get("state").asText()).isEqualTo("suspended");
        assertThat(october.get("status").get("until").asText()).isEqualTo("2026-11-10");
        assertThat(october.get("sources")).isNotEmpty();
        assertThat(october.get("sources").get(0).get("publisher").asText()).isNotBlank();
    }

    @Test
    void onTwentiethNovember2026TheSuspensionHasEndedWithNoLaterRecord() {
        JsonNode json = CliTest.runDb("measures", "--on", "2026-11-20", "--mineral", "dysprosium", "--format", "json")
                .json();
        JsonNode october = measure(json, "cn-ree-extraterritorial-2025-61");
        assertThat(october.get("status").get("state").asText()).isEqualTo("suspension-ended");
        assertThat(october.get("status").get("description").asText())
                .isEqualTo("suspension ended 2026-11-10; no later record");
        assertThat(measure(json, "cn-ree-medium-heavy-2025")
                        .get("status")
                        .get("state")
                        .asText())
                .isEqualTo("in-force");
    }

    @Test
    void theDecember2024BanToTheUsStaysInForceForMilitaryUsersWhileClause2IsSuspendedInJune2026() {
        JsonNode json = CliTest.runDb(
                        "measures", "--on", "2026-06-01", "--mineral", "gallium", "--target", "US", "--format", "json")
                .json();
        JsonNode status = measure(json, "cn-us-dual-use-ban-2024").get("status");
        assertThat(status.get("state").asText())
                .as("No. 72 of 2025 suspended clause 2 only; the ban on U.S. military users (clause 1) binds")
                .isEqualTo("in-force");
        assertThat(status.get("description").asText())
                .contains("suspended since 2025-11-09 until 2026-11-27 for: all dual-use items related to gallium")
                .contains("for: all dual-use items to US military users/uses (clause 1)");
        assertThat(json.toString()).doesNotContain("cn-dual-use-japan-2026");
    }

    @Test
    void theUsAustraliaFrameworkShowsTitleDateCommitmentsProjectsScorecardAndSources() {
        CliTest.Run run = CliTest.runDb("agreement", "us-au-framework-2025", "--on", "2026-11-30", "--format", "json");
        assertThat(run.code()).as(run.err()).isZero();
        JsonNode agreement = run.json().get("agreement");
        assertThat(agreement.get("title").asText())
                .isEqualTo("United States-Australia Framework for Securing of Supply in the Mining and Processing of"
                        + " Critical Minerals and Rare Earths");
        assertThat(agreement.get("signed").asText()).isEqualTo("2025-10-20");
        assertThat(agreement.get("money").toString())
                .contains("1.0E9")
                .contains("8.5E9")
                .contains("commitment")
                .contains("pipeline");
        assertThat(agreement.get("commitments").toString()).contains("2026-04-20");
        assertThat(agreement.get("projects").toString())
                .contains("arafura-nolans")
                .contains("alcoa-sojitz");
        JsonNode scorecard = agreement.get("scorecard");
        assertThat(scorecard.get("maxPoints").asInt()).isEqualTo(11);
        assertThat(scorecard.get("criteria"))
                .allSatisfy(c -> assertThat(c.get("reason").asText()).isNotBlank());
        assertThat(agreement.get("sources")).isNotEmpty();
        assertThat(run.json().get("outlooks").toString()).contains("gallium");

        CliTest.Run table = CliTest.runDb("agreement", "us-au-framework-2025", "--on", "2026-11-30", "--wide");
        assertThat(table.out()).contains("CONCRETENESS SCORE").contains("deadline 2026-04-20, passed");
    }

    @Test
    void pressOnlyFiguresAreMarkedInOutput() {
        JsonNode agreement = CliTest.runDb("agreement", "us-uz-c5plus1-2025", "--format", "json")
                .json()
                .get("agreement");
        assertThat(agreement.get("money")).anySatisfy(m -> {
            assertThat(m.get("amount").asDouble()).isEqualTo(4e8);
            assertThat(m.get("pressOnly").asBoolean()).isTrue();
        });
    }

    @Test
    void theGalliumOutlookLowersChinasShareOnlyWithinItsRange() {
        CliTest.Run run = CliTest.runDb("outlook", "gallium", "--from", "2026", "--to", "2035", "--format", "json");
        assertThat(run.code()).as(run.err()).isZero();
        JsonNode outlook = run.json();
        assertThat(outlook.get("baselineWorldTonnes").asDouble())
                .as("world primary gallium of 2025 (USGS MCS 2026), 900,000 kg")
                .isEqualTo(900);
        JsonNode last = outlook.get("years").get(outlook.get("years").size() - 1);
        assertThat(last.get("expectedTonnesPerYear").asDouble()).isPositive();
        assertThat(last.get("chinaShareExpected").asDouble())
                .isLessThan(last.get("chinaShareBaseline").asDouble());
        assertThat(last.get("chinaShareLow").asDouble())
                .isLessThanOrEqualTo(last.get("chinaShareExpected").asDouble());
    }

    @Test
    void unknownIdsAreErrors() {
        assertThat(CliTest.runDb("measure", "no-such-measure").code()).isEqualTo(1);
        assertThat(CliTest.runDb("agreement", "no-such-agreement").err())
                .contains("agreement (no-such-agreement) is unknown");
        assertThat(CliTest.runDb("measures", "--on", "2026-13-45").code()).isEqualTo(2);
    }

    @Test
    void aBadOptionValueIsOneLineNamingTheOptionAndTheValueWithoutUsageOrStackTrace() {
        CliTest.Run badDate = CliTest.runDb("measures", "--on", "2026-13-45");
        assertThat(badDate.code()).isEqualTo(2);
        assertThat(badDate.out()).isEmpty();
        assertThat(badDate.err().lines().toList())
                .containsExactly("error: Invalid value for option '--on': '2026-13-45' is not a date (Invalid value for"
                        + " MonthOfYear (valid values 1 - 12): 13); write YYYY-MM-DD, e.g. 2026-01-01. See `lodestone"
                        + " measures --help`.");
        CliTest.Run badYear = CliTest.runDb("mineral", "gallium", "--year", "twenty");
        assertThat(badYear.code()).isEqualTo(2);
        assertThat(badYear.err().lines()).hasSize(1);
        assertThat(badYear.err())
                .contains("--year")
                .contains("twenty")
                .doesNotContain("Exception")
                .doesNotContain("Usage");
    }
}
