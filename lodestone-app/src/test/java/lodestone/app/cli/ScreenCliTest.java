package lodestone.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import lodestone.report.screen.ParquetResults;
import lodestone.report.screen.ScreenJobs;
import lodestone.screen.ScreenReader;
import lodestone.screen.cell.CellResult;
import lodestone.screen.job.JobCodec;
import lodestone.screen.job.ScreenJob;
import lodestone.screen.run.LocalRunner;
import lodestone.screen.run.ResultSchema;
import lodestone.screen.run.RunListener;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** `lodestone screen` in local mode against the bundled knowledge base: run, resume, rank, prepare, refuse. */
class ScreenCliTest {
    static final String SPEC = """
            id: cli-screen
            perspectives: [US, DE]
            minerals: [gallium, dysprosium]
            suppliers: {top: 2}
            severities: [0.5, 1.0]
            durations: [6]
            horizonMonths: 12
            paths: 200
            plan: {budgetUsd: 5.0e8, paths: 100}
            """;

    @TempDir
    static Path dir;

    private static Path spec;
    private static CliTest.Run first;

    private static CliTest.Run run(String... args) {
        List<String> all = new ArrayList<>(List.of(args));
        all.add("--db");
        all.add(dir.resolve("screen.duckdb").toString());
        return CliTest.run(all.toArray(String[]::new));
    }

    @BeforeAll
    static void runTheScreen() throws IOException {
        spec = dir.resolve("screen.yaml");
        Files.writeString(spec, SPEC, StandardCharsets.UTF_8);
        first = run(
                "screen", spec.toString(), "--out", dir.resolve("out").toString(), "--format", "json", "--top", "100");
    }

    @Test
    void theScreenRunsEveryCellAndRanksThem() {
        assertThat(first.code()).as(first.err()).isZero();
        JsonNode json = first.json();
        // 2 minerals x 2 suppliers for the US; Germany has no supply mix in the knowledge base
        assertThat(json.get("cells").asLong()).isEqualTo(4 * 2);
        assertThat(json.get("computed").asLong()).isEqualTo(8);
        assertThat(json.get("alreadyDone").asLong()).isZero();
        assertThat(json.get("leftOut").toString()).contains("DE/gallium: no supply mix in the knowledge base");
        JsonNode top = json.get("top");
        assertThat(top).hasSize(8);
        for (int i = 1; i < top.size(); i++) {
            assertThat(top.get(i).get("expected_shortfall_months").asDouble())
                    .isLessThanOrEqualTo(
                            top.get(i - 1).get("expected_shortfall_months").asDouble());
        }
        int cut = 0;
        for (JsonNode row : top) {
            if (row.get("mineral").asText().equals("dysprosium")) {
                // the shipped catalogue gives every dysprosium cell a plan, which never worsens its tail
                assertThat(row.get("plan_tail_months").asDouble())
                        .isLessThanOrEqualTo(
                                row.get("plan_unmitigated_tail_months").asDouble());
                cut += row.get("plan_tail_months").asDouble()
                                < row.get("plan_unmitigated_tail_months").asDouble()
                        ? 1
                        : 0;
                assertThat(row.get("plan_spent_usd").asDouble()).isLessThanOrEqualTo(5.0e8 * (1 + 1e-9));
            } else {
                assertThat(row.get("plan_tail_months").isNull()).isTrue();
                assertThat(row.get("plan_note").asText()).isEqualTo("no option catalogue for gallium and US");
            }
        }
        assertThat(cut).as("dysprosium cells whose tail the plan cuts").isPositive();
    }

    @Test
    void aSecondRunComputesNothingAndTheParquetHoldsExactlyWhatTheCellsGive() {
        CliTest.Run again =
                run("screen", spec.toString(), "--out", dir.resolve("out").toString(), "--format", "json");
        assertThat(again.code()).as(again.err()).isZero();
        assertThat(again.json().get("computed").asLong()).isZero();
        assertThat(again.json().get("alreadyDone").asLong()).isEqualTo(8);
        ScreenJob job = job();
        List<CellResult> expected;
        try (LocalRunner runner = new LocalRunner(job, 1)) {
            expected = runner.compute(job.cells(), RunListener.NONE);
        }
        List<CellResult> written = new ParquetResults(dir.resolve("out")).readAll();
        assertThat(written).hasSameSizeAs(expected);
        expected.sort(java.util.Comparator.comparing(r -> r.cell().key().id()));
        for (int i = 0; i < expected.size(); i++) {
            assertThat(ResultSchema.canonical(written.get(i))).isEqualTo(ResultSchema.canonical(expected.get(i)));
        }
    }

    @Test
    void prepareWritesTheJobForSparkSubmit() throws IOException {
        Path file = dir.resolve("job.json");
        CliTest.Run prepared = run("screen", spec.toString(), "--prepare", file.toString());
        assertThat(prepared.code()).as(prepared.err()).isZero();
        assertThat(prepared.out()).contains("Wrote the job of screen cli-screen (8 cells: 4 markets x 2 treatments)");
        ScreenJob job = JobCodec.read(Files.readString(file, StandardCharsets.UTF_8), file.toString());
        assertThat(job).isEqualTo(job());
        assertThat(job.catalogues()).containsOnlyKeys("US/dysprosium");
    }

    @Test
    void theSparkEngineOutsideTheClassPathIsExplained() {
        CliTest.Run spark =
                run("screen", spec.toString(), "--out", dir.resolve("spark").toString(), "--engine", "spark");
        assertThat(spark.code()).isEqualTo(1);
        assertThat(spark.err())
                .contains("the Spark engine is not on the class path")
                .contains("Maybe build it once with 'mvn -B -Pspark package -DskipTests -pl lodestone-spark -am'");
        CliTest.Run unknown = run("screen", spec.toString(), "--engine", "flink");
        assertThat(unknown.code()).isEqualTo(1);
        assertThat(unknown.err()).contains("--engine (flink) must be one of: local");
    }

    @Test
    void resultsOfAnotherScreenAreNeverMixed() throws IOException {
        Path other = dir.resolve("other.yaml");
        Files.writeString(other, SPEC.replace("paths: 200", "paths: 201"), StandardCharsets.UTF_8);
        CliTest.Run refused =
                run("screen", other.toString(), "--out", dir.resolve("out").toString());
        assertThat(refused.code()).isEqualTo(1);
        assertThat(refused.err())
                .contains("belong to another job of screen cli-screen")
                .contains("Maybe the spec or the knowledge base changed");
    }

    @Test
    void aBadSpecNamesEveryProblem() throws IOException {
        Path bad = dir.resolve("bad.yaml");
        Files.writeString(bad, SPEC.replace("severities: [0.5, 1.0]", "severities: [50]"), StandardCharsets.UTF_8);
        CliTest.Run refused = run("screen", bad.toString());
        assertThat(refused.code()).isEqualTo(1);
        assertThat(refused.err())
                .contains("severities[0] (50) must be a number within [0, 1]")
                .contains("Maybe");
    }

    private static ScreenJob job() {
        StoreOptions options = new StoreOptions();
        options.db = dir.resolve("screen.duckdb");
        return ScreenJobs.job(ScreenReader.read(SPEC, "spec"), options.snapshot());
    }
}
