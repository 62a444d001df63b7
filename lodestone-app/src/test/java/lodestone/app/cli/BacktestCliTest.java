package lodestone.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import lodestone.app.TestDatabase;
import lodestone.report.scenario.BacktestQuery.CrossValidationResult;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** `lodestone backtest` against the bundled knowledge base's mineral catalogue. */
class BacktestCliTest {
    @TempDir
    static Path dir;

    @BeforeAll
    static void database() {
        TestDatabase.copyTo(dir.resolve("backtest.duckdb"));
    }

    private static CliTest.Run run(String... args) {
        List<String> all = new ArrayList<>(List.of(args));
        all.add("--db");
        all.add(dir.resolve("backtest.duckdb").toString());
        return CliTest.run(all.toArray(String[]::new));
    }

    @Test
    void everyObservationIsPrintedBesideTheModelsBandsWithTheCoverage() {
        CliTest.Run table = run("backtest", "--paths", "300", "--behaviour", "both", "--wide");
        assertThat(table.code()).as(table.err()).isZero();
        assertThat(table.out())
                .contains("cn-ga-ge-2023 (calibration)")
                .contains("cn-ree-2025-04 (test)")
                .contains("OBSERVED")
                .contains("ga-rotterdam-aug-2023")
                .contains("inside P10-P90")
                .contains("first look (Behaviour.PRIOR)")
                .contains("tuned (Behaviour.CALIBRATED)")
                .contains("P10 and P90 are predictive")
                .contains("INSIDE PREDICTIVE P10-P90")
                .contains("P(RISE)")
                .contains("CONFIDENT")
                .contains("tuned (Behaviour.CALIBRATED), 300 paths, seed 7, every price row: Brier ")
                .contains("CALL")
                .contains("tuned (Behaviour.CALIBRATED), 300 paths, seed 7: directions: ")
                .contains(" rows the model does not resolve at 300 paths");
        // the README tour's `backtest` (at its default 4,000 paths there), checked as ReadmeTourTest checks the tour's
        // tables: nothing on standard error, and a table that fits the terminal with the characters of the wide one
        assertThat(table.err()).isEmpty();
        ReadmeTourTest.assertFitsAndMatchesWide(
                "backtest --paths 300 --behaviour both",
                run("backtest", "--paths", "300", "--behaviour", "both"),
                table);
        CliTest.Run model = run(
                "backtest",
                "--paths",
                "300",
                "--behaviour",
                "calibrated",
                "--episode",
                "cn-graphite-2023",
                "--bands",
                "model");
        assertThat(model.code()).as(model.err()).isZero();
        assertThat(model.out()).contains("P10 and P90 are the model's own band");
        assertThat(run("backtest", "--bands", "wide").err()).contains("--bands (wide) must be one of");
        CliTest.Run json = run("backtest", "--paths", "300", "--behaviour", "calibrated", "--format", "json");
        assertThat(json.code()).as(json.err()).isZero();
        JsonNode report = json.json().get(0);
        assertThat(report.get("rows")).hasSize(84);
        assertThat(report.get("testCoverage").asDouble()).isBetween(0.0, 1.0);
        JsonNode row = report.get("rows").get(0);
        assertThat(row.get("p10").asDouble()).isLessThanOrEqualTo(row.get("p90").asDouble());
        // the shipped model error's groups: 85 home prices, 428 other prices
        // (docs/research/backtest-studies/model-error-by-months-since-the-measure.md, "Model error by months since
        // the measure")
        assertThat(report.get("modelError").get("homePriceRows").asInt()).isEqualTo(85);
        assertThat(report.get("modelError").get("priceRows").asInt()).isEqualTo(428);
        long widened = 0;
        for (JsonNode r : report.get("rows")) {
            assertThat(r.get("predictiveP10").asDouble())
                    .isLessThanOrEqualTo(r.get("p10").asDouble());
            assertThat(r.get("predictiveP90").asDouble())
                    .isGreaterThanOrEqualTo(r.get("p90").asDouble());
            assertThat(r.get("predictiveInside").asBoolean() || !r.get("inside").asBoolean())
                    .isTrue();
            widened += r.get("predictiveP90").asDouble() > r.get("p90").asDouble() ? 1 : 0;
        }
        assertThat(widened).isPositive();
        // the probability of a rise: a fraction for every price row, absent for other series; the summary scores it.
        // The call: RISE where P(RISE) exceeds 1/2 by more than 1.96 x 0.5 / sqrt(300) = 0.0566, FALL below, NONE
        // between, absent for other series
        long prices = 0;
        long calls = 0;
        long unresolved = 0;
        for (JsonNode r : report.get("rows")) {
            boolean price = r.get("directionRight").isBoolean();
            assertThat(r.get("riseProbability").isNumber()).isEqualTo(price);
            assertThat(r.get("call").isTextual()).isEqualTo(price);
            if (price) {
                prices++;
                double p = r.get("riseProbability").asDouble();
                assertThat(p).isBetween(0.0, 1.0);
                String call = p > 0.5 + 0.0566 ? "RISE" : p < 0.5 - 0.0566 ? "FALL" : "NONE";
                assertThat(r.get("call").asText())
                        .as(r.get("observation").asText())
                        .isEqualTo(call);
                calls += call.equals("NONE") ? 0 : 1;
                unresolved += call.equals("NONE") ? 1 : 0;
            }
        }
        JsonNode all = report.get("summaries").get(2).get("directions");
        assertThat(all.get("rows").asLong()).isEqualTo(prices).isPositive();
        assertThat(all.get("calls").asLong()).isEqualTo(calls).isPositive();
        assertThat(all.get("unresolved").asLong()).isEqualTo(unresolved);
        assertThat(all.get("callsRight").asLong()).isLessThanOrEqualTo(calls);
        assertThat(all.get("brier").asDouble()).isBetween(0.0, 1.0);
        assertThat(all.get("reliability")).hasSize(10);
        assertThat(row.get("source").asText()).startsWith("https://");
    }

    @Test
    void heldOutObservationsAreScoredAndBadOnesRefused() throws IOException {
        Path file = dir.resolve("held-out.yaml");
        Files.writeString(file, """
                observations:
                  - {id: dy-europe-jul, episode: cn-ree-2025-04, scenario: ree-2025-world, market: dysprosium,
                     series: priceOutside, from: 2025-07, value: 3.0, source: held-out}
                """);
        CliTest.Run csv = run(
                "backtest",
                "--paths",
                "200",
                "--behaviour",
                "calibrated",
                "--episode",
                "cn-ree-2025-04",
                "--observations",
                file.toString(),
                "--format",
                "csv");
        assertThat(csv.code()).as(csv.err()).isZero();
        assertThat(csv.out().lines()).hasSize(1 + 42);
        // the call is the CSV's last column, after the columns earlier predictions files have
        assertThat(csv.out().lines().findFirst().orElseThrow())
                .endsWith(",predictive_p10,predictive_p90,predictive_inside,call");
        assertThat(csv.out().lines().filter(line -> line.contains("dy-europe-jul")))
                .singleElement()
                .asString()
                .matches(".*,(RISE|FALL|NONE)$");
        assertThat(csv.out()).contains("dy-europe-jul");
        Path bad = dir.resolve("bad.yaml");
        Files.writeString(
                bad,
                "observations:\n  - {id: x, episode: nope, market: gallium, series: exports,"
                        + " from: 2023-08, value: 1, source: s}\n");
        CliTest.Run refused = run("backtest", "--paths", "200", "--observations", bad.toString());
        assertThat(refused.code()).isEqualTo(1);
        assertThat(refused.err()).contains("observations[x].episode (nope)");
        assertThat(run("backtest", "--episode", "cn-nothing").err()).contains("--episode (cn-nothing)");
    }

    @Test
    void crossValidationHoldsOutEachEpisodeAndPoolsTheHeldOutRows() throws IOException {
        CliTest.Run json = run("backtest", "--calibrate", "--cross-validate", "--paths", "100", "--format", "json");
        assertThat(json.code()).as(json.err()).isZero();
        JsonNode result = json.json();
        JsonNode folds = result.get("folds");
        assertThat(folds).hasSize(38);
        long inside = 0;
        for (JsonNode fold : folds) {
            long held = fold.get("heldOutScore").get("observations").asLong();
            assertThat(fold.get("trainingRows").asLong() + held).isEqualTo(827);
            assertThat(fold.get("priorScore").get("observations").asLong()).isEqualTo(held);
            inside += fold.get("heldOutScore").get("inside").asLong();
        }
        assertThat(result.get("pooled").get("heldOutScore").get("observations").asLong())
                .isEqualTo(827);
        assertThat(result.get("pooled").get("heldOutScore").get("inside").asLong())
                .isEqualTo(inside);
        assertThat(result.get("calibration").get("observations").asLong()).isEqualTo(827);
        JsonNode pooled = result.get("pooled");
        assertThat(pooled.get("predictiveInside").asLong())
                .isGreaterThanOrEqualTo(pooled.get("heldOutScore").get("inside").asLong());
        assertThat(pooled.get("predictiveMeanWidth").asDouble())
                .isGreaterThanOrEqualTo(pooled.get("meanWidth").asDouble());
        assertThat(result.get("modelError").get("homePriceRows").asInt()
                        + result.get("modelError").get("priceRows").asInt()
                        + result.get("modelError").get("quantityRows").asInt())
                .isEqualTo(827);
        // the direction as a probability: every fold's price rows scored, climatology from the other folds' rows
        JsonNode directions = pooled.get("heldOutScore").get("directions");
        assertThat(directions.get("rows").asLong()).isEqualTo(513);
        long priceRows = 0;
        for (JsonNode fold : folds) {
            priceRows += fold.get("heldOutScore").get("directions").get("rows").asLong();
        }
        assertThat(priceRows).isEqualTo(513);
        assertThat(directions.get("brier").asDouble()).isBetween(0.0, 0.25);
        assertThat(directions.get("climatologyBrier").asDouble()).isBetween(0.0, 0.25);
        assertThat(directions.get("confidentRight").asLong())
                .isLessThanOrEqualTo(directions.get("confident").asLong());
        assertThat(directions.get("calls").asLong()
                        + directions.get("unresolved").asLong())
                .isEqualTo(513);
        assertThat(directions.get("callsRight").asLong())
                .isLessThanOrEqualTo(directions.get("calls").asLong());

        // The CSV and the table of the same cross-validation (about 30 s of CPU at 100 paths, the fewest the command
        // takes): the command prints one format per run, so the other two are printed by its own printer from the
        // result the JSON holds, read back; printed as JSON again it must be the command's output to the byte.
        CrossValidationResult read = Output.JSON.readValue(json.out(), CrossValidationResult.class);
        assertThat(printed(read, OutputFormat.JSON)).isEqualTo(json.out());
        String csv = printed(read, OutputFormat.CSV);
        assertThat(csv.lines()).hasSize(1 + 39).first().asString().startsWith("held_out,training_rows");
        assertThat(csv.lines().findFirst().orElseThrow())
                .contains(",brier,climatology_brier,confident,confident_right,");
        assertThat(csv.lines().skip(1).map(line -> line.substring(0, line.indexOf(','))))
                .containsExactlyElementsOf(heldOut(folds));
        String table = printed(read, OutputFormat.TABLE);
        assertThat(table)
                .startsWith("Leave-one-episode-out cross-validation of the calibration (100 paths, seed")
                .contains("Model error on every development row, scored out of fold: d = ")
                .contains("Price directions as probabilities, out of fold")
                .contains("Out of fold: directions: ")
                .contains(" rows the model does not resolve at 100 paths")
                .contains("Reliability of the probability of a rise out of fold")
                .contains(
                        read.calibration().isDefault()
                                ? "That is Behaviour.CALIBRATED, the default."
                                : "That differs from Behaviour.CALIBRATED");
        assertThat(table.lines().filter(line -> line.startsWith("Chosen without ")))
                .hasSameSizeAs(folds);

        CliTest.Run alone = run("backtest", "--cross-validate", "--paths", "100");
        assertThat(alone.code()).isEqualTo(1);
        assertThat(alone.err()).contains("Maybe add --calibrate");
    }

    /** @return the cross-validation as {@code backtest --calibrate --cross-validate --wide --format FORMAT} prints it */
    private static String printed(CrossValidationResult result, OutputFormat format) {
        StoreOptions store = new StoreOptions();
        store.format = format;
        store.wide = true;
        StringWriter text = new StringWriter();
        BacktestCommand.crossValidation(new PrintWriter(text, true), store, result);
        return text.toString();
    }

    /** @return each fold's held-out episode, then "pooled" */
    private static List<String> heldOut(JsonNode folds) {
        List<String> ids = new ArrayList<>();
        folds.forEach(fold -> ids.add(fold.get("heldOut").asText()));
        ids.add("pooled");
        return ids;
    }
}
