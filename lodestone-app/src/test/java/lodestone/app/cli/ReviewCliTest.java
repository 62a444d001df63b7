package lodestone.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import lodestone.app.TestDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The review workflow end to end: an article is ingested, one of its events is promoted into a draft measure, and
 * {@code lodestone measures} shows the draft, marked as unverified, next to the curated records. Also the 2026 records
 * and the newest-source line of {@code measures} and {@code agreements --since}.
 */
class ReviewCliTest {
    /** A short article written for this test (not a real news text). */
    private static final String ARTICLE = """
            Beijing curbs gallium exports again

            BEIJING, November 28, 2026 - China's Ministry of Commerce announced new export controls on gallium and \
            germanium on Friday, requiring licences for all shipments to the United States.
            """;

    @TempDir
    Path dir;

    /** A database of this test's own (it writes), loaded with the bundled baseline. */
    @BeforeEach
    void database() {
        TestDatabase.copyTo(dir.resolve("review.duckdb"));
    }

    private CliTest.Run run(String... args) {
        List<String> all = new ArrayList<>(List.of(args));
        all.add("--db");
        all.add(dir.resolve("review.duckdb").toString());
        return CliTest.run(all.toArray(String[]::new));
    }

    @Test
    void anIngestedEventPromotedIntoADraftShowsInMeasuresMarkedAsADraft() throws IOException {
        Path article = Files.writeString(dir.resolve("beijing.txt"), ARTICLE);
        CliTest.Run ingest = run("ingest", article.toString(), "--published", "2026-11-28", "--wide");
        assertThat(ingest.code()).as(ingest.err()).isZero();

        CliTest.Run list = run("review", "--format", "json");
        assertThat(list.code()).as(list.err()).isZero();
        String ref = null;
        for (JsonNode row : list.json().get("unverified")) {
            if (row.get("type").asText().equals("export_control")
                    && row.get("evidence").asText().contains("Ministry of Commerce")) {
                ref = row.get("record").asText();
            }
        }
        assertThat(ref).as("the export-control event in " + list.out()).isNotNull();

        CliTest.Run refused = run("review", "promote", ref, "--wide");
        assertThat(refused.code()).isEqualTo(1);
        assertThat(refused.err()).contains("Maybe pass");

        CliTest.Run promote = run(
                "review",
                "promote",
                ref,
                "--kind",
                "licensing",
                "--issuer",
                "CN",
                "--target",
                "US",
                "--mineral",
                "gallium",
                "--source-url",
                "https://news.example.org/2026/11/28/beijing-gallium",
                "--wide");
        assertThat(promote.code()).as(promote.err()).isZero();
        assertThat(promote.out()).contains("Promoted news record").contains("kind: \"licensing\"");

        CliTest.Run table = run("measures", "--on", "2026-12-02", "--mineral", "gallium", "--wide");
        assertThat(table.code()).as(table.err()).isZero();
        assertThat(table.out())
                .contains("DRAFT (unverified news): announced")
                .contains("[DRAFT, unverified: news article")
                .contains("cn-ga-ge-licensing-2023");

        JsonNode measures = run("measures", "--on", "2026-12-02", "--mineral", "gallium", "--format", "json")
                .json();
        List<JsonNode> drafts = new ArrayList<>();
        measures.get("measures").forEach(m -> {
            if (!m.get("draft").isNull()) {
                drafts.add(m);
            }
        });
        assertThat(drafts).singleElement().satisfies(d -> {
            assertThat(d.get("draft").asText()).startsWith("DRAFT, unverified: news article");
            assertThat(d.get("status").get("state").asText()).isEqualTo("announced");
            assertThat(d.get("targets").toString()).contains("US");
            assertThat(d.get("sources").get(0).get("tier").asText()).isEqualTo("news");
            assertThat(d.get("sources").get(0).get("url").asText())
                    .isEqualTo("https://news.example.org/2026/11/28/beijing-gallium");
        });
        assertThat(measures.get("measures"))
                .filteredOn(m -> m.get("id").asText().equals("cn-ga-ge-licensing-2023"))
                .singleElement()
                .satisfies(m -> assertThat(m.get("draft").isNull()).isTrue());

        CliTest.Run after = run("review", "--format", "json");
        assertThat(after.json().get("decisions"))
                .singleElement()
                .satisfies(d -> assertThat(d.get("action").asText()).isEqualTo("promoted"));
        assertThat(after.json().get("unverified").toString()).doesNotContain(ref + "\"");
    }

    @Test
    void linkingRemovesARecordFromTheReviewListAndAnUnknownRecordIsAnError() throws IOException {
        Path article = Files.writeString(dir.resolve("beijing.txt"), ARTICLE);
        assertThat(run("ingest", article.toString(), "--published", "2026-11-28")
                        .code())
                .isZero();
        JsonNode unverified = run("review", "--format", "json").json().get("unverified");
        int before = unverified.size();
        String ref = unverified.get(0).get("record").asText();
        CliTest.Run bad = run("review", "link", ref, "no-such-record");
        assertThat(bad.code()).isEqualTo(1);
        assertThat(bad.err()).contains("record (no-such-record) is not a measure");
        CliTest.Run link = run("review", "link", ref, "cn-ga-ge-licensing-2023");
        assertThat(link.code()).as(link.err()).isZero();
        assertThat(link.out()).contains("to cn-ga-ge-licensing-2023.");
        assertThat(run("review", "--format", "json").json().get("unverified")).hasSize(before - 1);
        assertThat(run("review", "link", "nonsense", "x").err()).contains("must be ARTICLE:SEQ");
    }

    @Test
    void measuresOnTheSecondOfDecember2026ListThe2026RecordsWithSourcesAndTheNewestSource() {
        CliTest.Run table = run("measures", "--on", "2026-12-02", "--wide");
        assertThat(table.code()).as(table.err()).isZero();
        assertThat(table.out())
                .contains("id-nickel-rkab-quota-2026", "kontan-2026-01-16-nickel")
                .contains("cn-dual-use-japan-2026", "kyodo-2026-01-10-japan-contracts")
                .contains("zw-lithium-concentrate-ban-2026")
                .contains("suspension ended 2026-11-10")
                .contains("Newest source in the record: ");
        JsonNode json =
                run("measures", "--on", "2026-12-02", "--format", "json").json();
        assertThat(json.get("newestSource").get("newest").asText()).isGreaterThanOrEqualTo("2026-03-06");
    }

    @Test
    void agreementsSinceTheFirstOf2026ListOnly2026AgreementsWithTheirSourcesAndTheNewestSource() {
        CliTest.Run table = run("agreements", "--since", "2026-01-01");
        assertThat(table.code()).as(table.err()).isZero();
        assertThat(table.out())
                .contains("us-eu-action-plan-2026", "expeditors-2026-04-ustr-eu")
                .contains("forge-2026", "us-mx-action-plan-2026", "us-ar-ministerial-framework-2026")
                .doesNotContain("us-au-framework-2025")
                .contains("Newest source in the record: 2026-04-24");
        JsonNode json =
                run("agreements", "--since", "2026-01-01", "--format", "json").json();
        assertThat(json.get("agreements"))
                .allSatisfy(a -> assertThat(a.get("signed").asText()).isGreaterThanOrEqualTo("2026-01-01"));
        assertThat(json.get("newestSource").get("source").get("id").asText()).isNotBlank();
    }

    @Test
    void buffersShowVaultFundedNotInForceTheMpFloorInForceAndTheWithoutSwitch() {
        JsonNode json = run("buffers", "neodymium", "--on", "2026-12-02", "--format", "json")
                .json();
        assertThat(json.get("buffers"))
                .anySatisfy(b -> {
                    assertThat(b.get("id").asText()).isEqualTo("us-project-vault-2026");
                    assertThat(b.get("inForce").asBoolean()).isFalse();
                    assertThat(b.get("state").asText()).startsWith("funded 2026-02-02");
                })
                .anySatisfy(b -> {
                    assertThat(b.get("id").asText()).isEqualTo("us-dod-mp-ndpr-floor-2025");
                    assertThat(b.get("inForce").asBoolean()).isTrue();
                    assertThat(b.get("terms").asText()).startsWith("floor 110 USD/kg");
                });
        JsonNode without = run(
                        "buffers", "neodymium", "--on", "2026-12-02", "--without", "mp-floor", "--format", "json")
                .json();
        assertThat(without.get("buffers"))
                .filteredOn(b -> b.get("key").asText().equals("mp-floor"))
                .singleElement()
                .satisfies(b -> assertThat(b.get("inForce").asBoolean()).isFalse());
        CliTest.Run unknown = run("buffers", "neodymium", "--without", "vualt");
        assertThat(unknown.code()).isEqualTo(1);
        assertThat(unknown.err()).contains("--without (vualt)").contains("Maybe one of");
    }
}
