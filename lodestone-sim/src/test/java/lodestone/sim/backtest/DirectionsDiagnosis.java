package lodestone.sim.backtest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import lodestone.sim.Fixtures;
import lodestone.sim.engine.MarketResult;
import lodestone.sim.engine.MonteCarloEngine;
import lodestone.sim.engine.ScenarioResult;
import lodestone.sim.engine.Series;
import lodestone.sim.scenario.Behaviour;
import lodestone.sim.scenario.Distribution;
import lodestone.sim.scenario.ScenarioSpec;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * The measurement behind "Where price directions are lost"
 * (docs/research/backtest-studies/where-price-directions-are-lost.md): the cross-validation of {@code CalibrationTest}
 * (every fold, 1,000 paths, seed 7), then for every out-of-fold price row whose median moves the wrong way, which term
 * of the model set the median's sign. Each wrong row's episode is run again under its fold's behaviour with the
 * background walks off (volatility 0): the medians of that run are the measure's explained part, for the row's own
 * series and for the two other prices over the same window, so that a realised price can be read against the home and
 * outside prices it mixes. It also lists every out-of-fold price row, right or wrong, so that a change's before and
 * after can be compared row by row. Run on demand only (it repeats the whole grid): {@code -Dtest=DirectionsDiagnosis
 * -Dlodestone.directions=true}.
 */
@Tag("slow")
@EnabledIfSystemProperty(named = "lodestone.directions", matches = "true")
class DirectionsDiagnosis {
    @Test
    void listsTheWrongPriceDirectionsOutOfFoldWithTheTermThatSetTheirSign() throws java.io.IOException {
        try (MonteCarloEngine engine = new MonteCarloEngine(2)) {
            Function<Behaviour, List<Episode>> evidence = Calibration.development(Fixtures::text, Fixtures.catalogue());
            // the recorded grid's contenders (CalibrationTest's run): every selection is the whole grid's
            List<Calibration.Evaluated> evaluated = CalibrationTest.grid(evidence, engine);
            CrossValidation.Result result = CrossValidation.folds(evaluated, evidence, engine, 1000, 7);
            PredictiveBands.Result bands = PredictiveBands.crossValidate(
                    evaluated, result, evidence, engine, 1000, 7, java.time.LocalDate.of(2026, 12, 6));
            StringBuilder out = new StringBuilder();
            out.append("records (model band, fold and shipped predictive bands, directions):\n");
            for (String record : java.util.stream.Stream.concat(
                            CalibrationTest.records(result).stream(), java.util.stream.Stream.of("all"))
                    .toList()) {
                out.append("  ")
                        .append(record)
                        .append(": ")
                        .append(CalibrationTest.tally(
                                bands,
                                r -> record.equals("all")
                                        || CalibrationTest.record(r).equals(record)))
                        .append('\n');
            }
            out.append("shipped error ").append(bands.shipped()).append('\n');
            out.append("chosen on every row: ")
                    .append(result.all().merged().describe())
                    .append(result.all().merged().equals(Behaviour.CALIBRATED) ? " (the shipped CALIBRATED)" : "")
                    .append('\n');
            for (CrossValidation.Fold fold : result.folds()) {
                out.append("  fold ")
                        .append(fold.heldOut())
                        .append(": ")
                        .append(fold.selection().merged().describe())
                        .append('\n');
            }
            bands.folds()
                    .forEach(f -> out.append("  error without ")
                            .append(f.heldOut())
                            .append(": ")
                            .append(String.format(
                                    Locale.ROOT,
                                    "%.3f / %.3f",
                                    f.error().priceDiscrepancy(),
                                    f.error().quantityDiscrepancy()))
                            .append("; inside ")
                            .append(f.rows().stream()
                                    .filter(PredictiveRow::inside)
                                    .count())
                            .append(" of ")
                            .append(f.rows().size())
                            .append('\n'));
            bands.folds().stream()
                    .flatMap(f -> f.rows().stream())
                    .filter(r -> r.row().observation().id().startsWith("be15-"))
                    .forEach(r -> out.append(CalibrationTest.line(r)).append('\n'));
            // every out-of-fold price row, right or wrong: the before and after of a change, row by row
            out.append("out-of-fold price rows (right | id | series | observed | P10/P50/P90):\n");
            result.folds().stream()
                    .flatMap(f -> f.heldOutReport().rows().stream())
                    .filter(r -> r.directionRight().isPresent())
                    .forEach(r -> out.append(String.format(
                            Locale.ROOT,
                            "  %s | %s | %s | %.3f | %.3f/%.3f/%.3f%n",
                            r.directionRight().get() ? "right" : "WRONG",
                            r.observation().id(),
                            r.observation().series().id(),
                            r.observation().value(),
                            r.p10(),
                            r.p50(),
                            r.p90())));
            int wrong = 0;
            out.append(
                    "wrong price directions (episode | record | id | series | window | month since the measure | side"
                            + " | observed | P10/P50/P90 | explained medians inside/outside/realised):\n");
            for (int i = 0; i < result.folds().size(); i++) {
                CrossValidation.Fold fold = result.folds().get(i);
                List<Row> misses = fold.heldOutReport().rows().stream()
                        .filter(r -> r.directionRight().isPresent()
                                && !r.directionRight().get())
                        .toList();
                if (misses.isEmpty()) {
                    continue;
                }
                Episode episode = evidence.apply(explained(fold.selection().merged())).stream()
                        .filter(e -> e.id().equals(fold.heldOut()))
                        .findFirst()
                        .orElseThrow();
                Map<String, ScenarioResult> results = Backtest.simulate(episode, engine, 1000, 7);
                for (Row row : misses) {
                    wrong++;
                    Observation o = row.observation();
                    ScenarioSpec scenario = episode.scenario(o.scenario()).orElseThrow();
                    ScenarioResult run = results.get(scenario.id());
                    MarketResult market =
                            run.markets().get(Markets.find(scenario, o.market()).orElseThrow());
                    List<String> explained = new ArrayList<>();
                    for (Series series : List.of(Series.PRICE_INSIDE, Series.PRICE_OUTSIDE, Series.PRICE_REALISED)) {
                        explained.add(String.format(
                                Locale.ROOT,
                                "%.3f",
                                Backtest.score(episode, as(o, series), run, market)
                                        .p50()));
                    }
                    long month = java.time.temporal.ChronoUnit.MONTHS.between(scenario.start(), o.to());
                    String side = row.p50() > 1
                            ? "model up, observed " + (o.value() < 1 ? "fell" : "flat")
                            : row.p50() < 1
                                    ? "model down, observed " + (o.value() > 1 ? "rose" : "flat")
                                    : "model flat, observed " + (o.value() > 1 ? "rose" : "fell");
                    out.append(String.format(
                            Locale.ROOT,
                            "  %s | %s | %s | %s | %s..%s%s | %d | %s | %.3f | %.3f/%.3f/%.3f | %s%n",
                            fold.heldOut(),
                            CalibrationTest.record(row),
                            o.id(),
                            o.series().id(),
                            o.from(),
                            o.to(),
                            o.relativeFrom().map(f -> " vs " + f).orElse(""),
                            month,
                            side,
                            o.value(),
                            row.p10(),
                            row.p50(),
                            row.p90(),
                            String.join(" / ", explained)));
                }
            }
            out.append("wrong: ").append(wrong).append('\n');
            System.out.println(out);
            assertThat(wrong).isPositive();
        }
    }

    /** The behaviour with its background walks off: the medians are the measure's explained part. */
    static Behaviour explained(Behaviour b) {
        return new Behaviour(
                b.precautionMonths(),
                b.restockMonths(),
                b.maxOrder(),
                b.flexibility(),
                b.issuerFlexibility(),
                b.issuerAbsorption(),
                Distribution.fixed(0),
                b.stockLevel(),
                b.forwardMonths(),
                b.issuerSurplusMonths(),
                b.contractMonths(),
                b.pendingNetting(),
                b.lastingPrecaution(),
                b.deadlineStocking(),
                b.homeLanding());
    }

    private static Observation as(Observation o, Series series) {
        return ObservationFields.copy(o, f -> {
            f.series = series;
            // a downstream product's price is an outside price only: the other two are read at the market's stage
            f.stage = series == Series.PRICE_OUTSIDE ? o.stage() : Stage.MARKET;
        });
    }
}
