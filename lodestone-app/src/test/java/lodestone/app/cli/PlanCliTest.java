package lodestone.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** `lodestone plan` against the bundled knowledge base and the shipped dysprosium catalogue. */
class PlanCliTest {
    @TempDir
    static Path dir;

    private static CliTest.Run dysprosium;

    private static CliTest.Run run(String... args) {
        List<String> all = new ArrayList<>(List.of(args));
        all.add("--db");
        all.add(dir.resolve("plan.duckdb").toString());
        return CliTest.run(all.toArray(String[]::new));
    }

    @BeforeAll
    static void planDysprosium() {
        dysprosium = run(
                "plan", "dysprosium", "--perspective", "US", "--budget", "5e9", "--paths", "2000", "--format", "json");
    }

    @Test
    void dysprosiumForTheUsCutsTheResimulatedP95AndEveryOptionShowsItsBasis() {
        assertThat(dysprosium.code()).as(dysprosium.err()).isZero();
        JsonNode json = dysprosium.json();
        assertThat(json.get("scenario").asText()).isEqualTo("china-ree-2025-10-reinstated");
        assertThat(json.get("horizonMonths").asInt()).isEqualTo(60);
        assertThat(json.get("converged").asBoolean()).isTrue();
        assertThat(json.get("spentUsd").asDouble()).isLessThanOrEqualTo(5e9);
        JsonNode resimulation = json.get("resimulation");
        assertThat(resimulation.get("after").get("p95").asDouble())
                .isLessThan(resimulation.get("before").get("p95").asDouble());
        assertThat(json.get("plannedTail").asDouble())
                .isLessThan(json.get("unmitigatedTail").asDouble());
        int chosen = 0;
        for (JsonNode option : json.get("options")) {
            for (JsonNode figure : option.get("figures")) {
                String provenance = figure.get("provenance").asText();
                assertThat(provenance).isIn("sourced", "assumed");
                assertThat(figure.get("basis").asText()).isNotBlank();
                if (provenance.equals("sourced")) {
                    assertThat(figure.get("source").asText()).isNotBlank();
                }
            }
            chosen += option.get("level").asDouble() > 0 ? 1 : 0;
        }
        assertThat(chosen).isPositive();
        assertThat(json.get("frontier").size()).isBetween(5, 10);
        // project records give the Nolans option its start year, ramp-up and probability
        assertThat(json.get("options").toString()).contains("project arafura-nolans: first output 2029");
        // candidate new sources come from the rare-earth reserves on record, never from the issuer
        assertThat(json.get("options").toString()).contains("new-source-br").doesNotContain("new-source-cn");
    }

    @Test
    void theTableNamesTheBasisOfEveryChosenOption() {
        CliTest.Run table = run("plan", "dysprosium", "--budget", "5e9", "--paths", "500");
        assertThat(table.code()).as(table.err()).isZero();
        assertThat(table.out())
                .contains("Plan for dysprosium, perspective US")
                .contains("Basis of each chosen option's figures:")
                .contains("Frontier (optimal tail shortfall by budget):")
                .contains("Re-simulated on an independent sample");
    }

    @Test
    void refusalsNameWhatIsMissing() {
        CliTest.Run gallium = run("plan", "gallium", "--perspective", "US", "--budget", "1e9", "--paths", "100");
        assertThat(gallium.code()).isEqualTo(1);
        assertThat(gallium.err())
                .contains("no option catalogue is shipped for gallium and US")
                .contains("--options");
        CliTest.Run japan = run("plan", "dysprosium", "--perspective", "JP", "--budget", "1e9", "--paths", "100");
        assertThat(japan.code()).isEqualTo(1);
        assertThat(japan.err()).contains("is written for perspective US, not JP");
        CliTest.Run many = run("plan", "china-ree-2025-10-reinstated", "--budget", "1e9", "--paths", "100");
        assertThat(many.code()).isEqualTo(1);
        assertThat(many.err()).contains("has 12 markets").contains("--mineral");
    }

    @Test
    void committedOptionsBeyondTheBudgetAreReportedAsInfeasible() throws IOException {
        Path file = dir.resolve("committed.yaml");
        Files.writeString(file, """
                mineral: dysprosium
                perspective: US
                demand: {value: 300, unit: t/yr, assumed: true, basis: test}
                options:
                  - id: committed-reserve
                    kind: stockpile
                    title: A reserve already promised
                    cover: {value: 6, assumed: true, basis: test}
                    release: {value: 0.5, assumed: true, basis: test}
                    cost: {value: 2.0e9, assumed: true, basis: test}
                    minLevel: 1
                """);
        CliTest.Run run = run("plan", "dysprosium", "--budget", "1e9", "--paths", "100", "--options", file.toString());
        assertThat(run.code()).isEqualTo(1);
        assertThat(run.err())
                .contains("budget (US$1,000,000,000) would have to grow by US$1,000,000,000")
                .contains("minimum level of option committed-reserve (1.00, US$2,000,000,000)");
    }
}
