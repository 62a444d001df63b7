package lodestone.sim.backtest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import lodestone.sim.Fixtures;
import lodestone.sim.engine.MonteCarloEngine;
import lodestone.sim.scenario.Behaviour;
import lodestone.sim.scenario.ScenarioSpec;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * The measurement behind "Where the predictive band is missed"
 * (docs/research/backtest-studies/where-the-predictive-band-is-missed.md): the cross-validation of {@code
 * CalibrationTest} (the recorded grid's contenders, 1,000 paths, seed 7), then every row with its out-of-fold model
 * band, its fold's discrepancy and predictive band, its series, its month since the measure took effect and its record,
 * written as a table ({@code target/predictive-misses.tsv}), and beside it every training row each fold's discrepancy
 * was estimated on ({@code kind = inner}), so that another form of the model error can be fitted out of fold on exactly
 * the rows the shipped form is; then the price rows' model medians against the observed values by months since the
 * measure ({@link EarlyPrices}). Run on demand only: {@code -Dtest=PredictiveMisses -Dlodestone.misses=true}.
 */
@Tag("slow")
@EnabledIfSystemProperty(named = "lodestone.misses", matches = "true")
class PredictiveMisses {
    private static final int PATHS = 1000;
    private static final long SEED = 7;

    @Test
    void writesEveryRowOutOfFoldWithItsBandsSeriesMonthAndRecord() throws IOException {
        try (MonteCarloEngine engine = new MonteCarloEngine(2)) {
            Function<Behaviour, List<Episode>> evidence = Calibration.development(Fixtures::text, Fixtures.catalogue());
            List<Calibration.Evaluated> evaluated = CalibrationTest.grid(evidence, engine);
            CrossValidation.Result result = CrossValidation.folds(evaluated, evidence, engine, PATHS, SEED);
            PredictiveBands.Result bands = PredictiveBands.crossValidate(
                    evaluated, result, evidence, engine, PATHS, SEED, LocalDate.of(2026, 12, 6));
            Map<String, Episode> episodes =
                    evidence.apply(Behaviour.PRIOR).stream().collect(Collectors.toMap(Episode::id, e -> e));
            List<String> lines = new ArrayList<>();
            lines.add("kind\tfold\tepisode\trecord\tid\tseries\tfrom\tto\tmonth\tannounced_lead_months\tobserved\tp10"
                    + "\tp50\tp90\td\tpredictive_p10\tpredictive_p90\tinside_model\tinside_predictive\tdirection");
            int inside = 0;
            for (PredictiveBands.Fold fold : bands.folds()) {
                for (PredictiveRow r : fold.rows()) {
                    lines.add(line("outer", fold.heldOut(), r.row(), episodes, r));
                    inside += r.inside() ? 1 : 0;
                }
            }
            // the training rows of each fold's discrepancy, each scored out of fold (as PredictiveBands does)
            EpisodeRuns runs = new EpisodeRuns(evidence, engine, PATHS, SEED);
            result.folds().forEach(f -> runs.keep(f.selection().merged(), f.heldOutReport()));
            runs.keep(result.all().merged(), result.inSample());
            Set<String> all = new LinkedHashSet<>();
            result.folds().forEach(f -> all.add(f.heldOut()));
            Map<String, List<Row>> innerRows = new java.util.LinkedHashMap<>();
            for (PredictiveBands.Fold fold : bands.folds()) {
                Set<String> training = new LinkedHashSet<>(all);
                training.remove(fold.heldOut());
                List<Row> inner = PredictiveBands.outOfFold(evaluated, training, runs);
                // the dump is the rows the fold's discrepancy rests on: refitting it gives the fold's value
                assertThat(ModelError.estimate(
                                inner, fold.error().estimatedOn(), fold.error().rule()))
                        .isEqualTo(fold.error());
                for (Row r : inner) {
                    lines.add(line("inner", fold.heldOut(), r, episodes, null));
                }
                innerRows.put(fold.heldOut(), inner);
            }
            Forms forms = new Forms(bands, innerRows, row -> month(row, episodes));
            System.out.println(forms.report());
            // the shipped form, refitted here, is the fold predictive band the cross-validation gives
            assertThat(forms.inside(Forms.SHIPPED_GROUPS, m -> 1, Forms.Quantile.ROWS))
                    .isEqualTo(inside);
            Path out = Path.of("target", "predictive-misses.tsv");
            Files.write(out, lines, StandardCharsets.UTF_8);
            System.out.println("wrote " + out.toAbsolutePath() + ": out of fold, " + inside + " of "
                    + result.pooled().rows().size() + " inside the fold predictive band");
            assertThat(result.pooled().rows()).hasSize(827);
            printEarlyPrices(result.pooled().rows(), episodes);
        }
    }

    /** The table of "The first price shock's size": the out-of-fold price rows by months since the measure. */
    private static void printEarlyPrices(List<Row> rows, Map<String, Episode> episodes) {
        List<Function<Row, String>> groupings = List.of(
                r -> "all",
                r -> r.observation().series().id(),
                r -> episodes.get(r.episode())
                                .scenario(r.observation().scenario())
                                .orElseThrow()
                                .disruption()
                                .issuer()
                                .equals("CN")
                        ? "China the issuer"
                        : "another issuer",
                CalibrationTest::record,
                Row::episode);
        System.out.println("group | months since the measure | rows | median ln((P50 + 0.05)/(y + 0.05)) | mean"
                + " | below P10 | above P90 | median further | median less far | direction wrong");
        for (Function<Row, String> grouping : groupings) {
            EarlyPrices.table(rows, r -> month(r, episodes), grouping)
                    .forEach(line -> System.out.println(line.format()));
        }
    }

    private static long month(Row row, Map<String, Episode> episodes) {
        Observation o = row.observation();
        YearMonth start =
                episodes.get(row.episode()).scenario(o.scenario()).orElseThrow().start();
        return ChronoUnit.MONTHS.between(start, o.to());
    }

    private static String line(
            String kind, String fold, Row row, Map<String, Episode> episodes, PredictiveRow predictive) {
        Observation o = row.observation();
        ScenarioSpec scenario =
                episodes.get(row.episode()).scenario(o.scenario()).orElseThrow();
        YearMonth start = scenario.start();
        String lead = scenario.disruption()
                .announced()
                .map(a -> String.format(Locale.ROOT, "%.2f", ChronoUnit.DAYS.between(a, start.atDay(1)) / 30.44))
                .orElse("");
        return String.join(
                "\t",
                kind,
                fold,
                row.episode(),
                CalibrationTest.record(row),
                o.id(),
                o.series().id(),
                o.from().toString(),
                o.to().toString(),
                Long.toString(month(row, episodes)),
                lead,
                num(o.value()),
                num(row.p10()),
                num(row.p50()),
                num(row.p90()),
                predictive == null ? "" : num(predictive.discrepancy()),
                predictive == null ? "" : num(predictive.p10()),
                predictive == null ? "" : num(predictive.p90()),
                Boolean.toString(row.inside()),
                predictive == null ? "" : Boolean.toString(predictive.inside()),
                row.directionRight().map(d -> d ? "right" : "wrong").orElse(""));
    }

    private static String num(double v) {
        return String.format(Locale.ROOT, "%.6g", v);
    }
}
