package lodestone.sim.backtest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import lodestone.sim.Fixtures;
import lodestone.sim.engine.MonteCarloEngine;
import lodestone.sim.engine.Progress;
import lodestone.sim.engine.RunOptions;
import lodestone.sim.engine.ScenarioResult;
import lodestone.sim.engine.Series;
import lodestone.sim.scenario.Behaviour;
import lodestone.sim.scenario.ScenarioSpec;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * The measurement behind "Direction calls the Monte Carlo can resolve"
 * (docs/research/backtest-studies/direction-calls-the-monte-carlo-can-resolve.md): the out-of-fold price rows of {@code
 * CalibrationTest} scored at several path counts, seed 7, with each row's {@link DirectionCall}. Every fold's rule
 * chooses {@link Behaviour#CALIBRATED} on main (the selection at 1,000 paths, as registered), so the held-out rows are
 * that behaviour's run on every development episode; the 1,000-path run must give {@code CalibrationTest}'s pinned
 * figures. Each row is also run with the background walks off (its explained median, as {@code DirectionsDiagnosis}).
 * Writes one line per price row to {@code target/direction-calls-seedN.tsv}. Run on demand only: {@code
 * -Dtest=DirectionCallsDiagnosis -Dlodestone.directioncalls=true} (paths {@code -Dlodestone.directioncalls.paths=1000,4000}).
 */
@Tag("slow")
@EnabledIfSystemProperty(named = "lodestone.directioncalls", matches = "true")
class DirectionCallsDiagnosis {
    /** The seed: 7 as registered; another ({@code -Dlodestone.directioncalls.seed=8}) for an independent sample. */
    private static final long SEED = Long.getLong("lodestone.directioncalls.seed", 7);

    @Test
    void scoresTheOutOfFoldPriceRowsAtSeveralPathCountsWithTheirCalls() throws IOException {
        int[] counts = Arrays.stream(System.getProperty("lodestone.directioncalls.paths", "1000,4000,16000")
                        .split(","))
                .mapToInt(Integer::parseInt)
                .toArray();
        try (MonteCarloEngine engine = new MonteCarloEngine(2)) {
            Function<Behaviour, List<Episode>> evidence = Calibration.development(Fixtures::text, Fixtures.catalogue());
            nestedPaths(evidence.apply(Behaviour.CALIBRATED), engine);
            List<Report> reports = new ArrayList<>();
            for (int paths : counts) {
                long start = System.nanoTime();
                Report report = Backtest.run(evidence.apply(Behaviour.CALIBRATED), engine, paths, SEED, "calibrated");
                DirectionForecasts.Score score = report.directions(r -> true);
                System.out.printf(
                        Locale.ROOT,
                        "%d paths (%.0f s): %d rows, directions %d of %d, Brier %.6f, confident %d right %d%n",
                        paths,
                        (System.nanoTime() - start) / 1e9,
                        report.rows().size(),
                        score.right(),
                        score.rows(),
                        score.brier(),
                        score.confident(),
                        score.confidentRight());
                if (paths == 1000 && SEED == 7) {
                    assertThat(score.right())
                            .as("CalibrationTest's pinned figure")
                            .isEqualTo(311);
                    assertThat(score.brier()).isCloseTo(0.184853, within(1e-6));
                }
                reports.add(report);
            }
            Report explained = Backtest.run(
                    evidence.apply(DirectionsDiagnosis.explained(Behaviour.CALIBRATED)),
                    engine,
                    1000,
                    SEED,
                    "walks off");
            StringBuilder out = new StringBuilder("id\tepisode\trecord\tseries\tkind\tobserved\texplained");
            for (int paths : counts) {
                out.append(String.format(Locale.ROOT, "\tp50_%d\tp_%d\tk_%d\tcall_%d", paths, paths, paths, paths));
            }
            out.append('\n');
            for (int i = 0; i < reports.get(0).rows().size(); i++) {
                Row first = reports.get(0).rows().get(i);
                if (first.riseProbability().isEmpty()) {
                    continue;
                }
                assertThat(explained.rows().get(i).observation()).isEqualTo(first.observation());
                out.append(String.format(
                        Locale.ROOT,
                        "%s\t%s\t%s\t%s\t%s\t%.6f\t%.6f",
                        first.observation().id(),
                        first.episode(),
                        CalibrationTest.record(first),
                        first.observation().series(),
                        ModelError.Kind.of(first.observation().series()),
                        first.observation().value(),
                        explained.rows().get(i).p50()));
                for (Report report : reports) {
                    Row row = report.rows().get(i);
                    assertThat(row.observation()).isEqualTo(first.observation());
                    double p = row.riseProbability().orElseThrow();
                    out.append(String.format(
                            Locale.ROOT,
                            "\t%.6f\t%.6f\t%d\t%s",
                            row.p50(),
                            p,
                            row.paths(),
                            DirectionCall.of(p, row.paths())));
                }
                out.append('\n');
            }
            Path file = Path.of("target", "direction-calls-seed" + SEED + ".tsv");
            Files.writeString(file, out, StandardCharsets.UTF_8);
            System.out.println("wrote " + file.toAbsolutePath());
        }
    }

    /** Whether a run's first 1,000 paths are a 4,000-path run's first 1,000 (the engine's blocks in order). */
    private static void nestedPaths(List<Episode> episodes, MonteCarloEngine engine) {
        ScenarioSpec scenario = episodes.get(0).scenarios().get(0);
        ScenarioResult small = engine.simulate(
                scenario, new RunOptions(1000, SEED, java.util.OptionalInt.empty(), 1).pathsAlone(), Progress.NONE);
        ScenarioResult large = engine.simulate(
                scenario, new RunOptions(4000, SEED, java.util.OptionalInt.empty(), 1).pathsAlone(), Progress.NONE);
        boolean same = true;
        for (int p = 0; p < 1000 && same; p++) {
            same = small.markets().get(0).paths().orElseThrow().value(Series.PRICE_OUTSIDE, p, 6)
                    == large.markets().get(0).paths().orElseThrow().value(Series.PRICE_OUTSIDE, p, 6);
        }
        System.out.println("the first 1,000 paths of a 4,000-path run are the 1,000-path run's: " + same);
    }
}
