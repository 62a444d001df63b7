package lodestone.sim.backtest;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;
import lodestone.sim.engine.MonteCarloEngine;
import lodestone.sim.scenario.Behaviour;
import lodestone.sim.scenario.Distribution;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The fold step on three hand episodes (a, b, c; 20 paths each) and three candidates whose coverage is set by hand:
 * every episode is held out once, in order; a fold's behaviour is chosen on the other episodes' rows only; the
 * held-out rows are those of the behaviour chosen; the model error's inner folds leave out one training episode at a
 * time.
 *
 * <p>Coverage of the hand rows (two rows per episode; X, Y, Z are grid candidates 0, 72 and 144, which differ in
 * price flexibility only: U(0.2, 0.8), U(0.3, 1.5), U(0.6, 2)):
 *
 * <pre>
 *        a    b    c
 *   X   2/2  0/2  2/2
 *   Y   0/2  2/2  1/2
 *   Z   1/2  1/2  0/2
 * </pre>
 *
 * Without a (b and c, tolerance 1/4): X 2/4, Y 3/4, Z 1/4, so Y and X. Without b: X 4/4, Y 1/4, Z 1/4, so X alone.
 * Without c: 2/4 each, so all three. On every row (tolerance 1/6): X 4/6, Y 3/6, Z 2/6, so X and Y.
 */
class CrossValidationTest {
    private static final int PATHS = 20;
    private static final long SEED = 5;
    private static final LocalDate DAY = LocalDate.of(2026, 12, 4);
    private static final String[] EPISODES = {"a", "a", "b", "b", "c", "c"};
    private static final List<Calibration.Candidate> GRID = Calibration.grid();
    private static final Calibration.Candidate X = GRID.get(0);
    private static final Calibration.Candidate Y = GRID.get(72);
    private static final Calibration.Candidate Z = GRID.get(144);

    private static MonteCarloEngine engine;

    @BeforeAll
    static void start() {
        engine = new MonteCarloEngine(1);
    }

    @AfterAll
    static void stop() {
        engine.close();
    }

    /** The hand episodes a, b and c under a behaviour. */
    private static List<Episode> evidence(Behaviour behaviour) {
        return Stream.of("a", "b", "c")
                .map(id -> HandEpisodes.episode(id, behaviour))
                .toList();
    }

    private static final Function<Behaviour, List<Episode>> EVIDENCE = CrossValidationTest::evidence;

    private static List<Calibration.Evaluated> evaluated(boolean... flipA) {
        boolean flip = flipA.length > 0 && flipA[0];
        return List.of(
                HandEpisodes.evaluated(X, EPISODES, true ^ flip, true ^ flip, false, false, true, true),
                HandEpisodes.evaluated(Y, EPISODES, false ^ flip, false, true, true, true, false),
                HandEpisodes.evaluated(Z, EPISODES, true, false ^ flip, true, false, false, false));
    }

    private static List<Row> run(String episode, Behaviour behaviour, String label) {
        return Backtest.run(
                        EVIDENCE.apply(behaviour).stream()
                                .filter(e -> e.id().equals(episode))
                                .toList(),
                        engine,
                        PATHS,
                        SEED,
                        label)
                .rows();
    }

    private static Distribution flexibility(double low, double high) {
        return Distribution.uniform(low, high);
    }

    @Test
    void eachEpisodeIsHeldOutOnceAndChosenOnTheOthersRowsOnly() {
        List<Calibration.Evaluated> evaluated = evaluated();
        CrossValidation.Result result = CrossValidation.folds(evaluated, EVIDENCE, engine, PATHS, SEED);
        assertThat(result.folds()).extracting(CrossValidation.Fold::heldOut).containsExactly("a", "b", "c");
        assertThat(result.folds()).extracting(f -> f.selection().rows()).containsExactly(4L, 4L, 4L);
        assertThat(result.folds()).extracting(f -> f.selection().members()).containsExactly(2L, 1L, 3L);
        assertThat(result.folds().get(0).selection().merged().flexibility()).isEqualTo(flexibility(0.2, 1.5));
        assertThat(result.folds().get(1).selection().merged()).isEqualTo(X.behaviour());
        assertThat(result.folds().get(2).selection().merged().flexibility()).isEqualTo(flexibility(0.2, 2));
        assertThat(result.all().rows()).isEqualTo(6);
        assertThat(result.all().members()).isEqualTo(2);
        assertThat(result.all().merged().flexibility()).isEqualTo(flexibility(0.2, 1.5));

        // what a's rows say changes nothing in a's own fold, and changes the others'
        CrossValidation.Result flipped = CrossValidation.folds(evaluated(true), EVIDENCE, engine, PATHS, SEED);
        assertThat(flipped.folds().get(0).selection())
                .isEqualTo(result.folds().get(0).selection());
        assertThat(flipped.folds().get(0).heldOutReport())
                .isEqualTo(result.folds().get(0).heldOutReport());
        assertThat(flipped.folds().get(1).selection().merged())
                .isNotEqualTo(result.folds().get(1).selection().merged());
    }

    @Test
    void theHeldOutRowsAreScoredUnderTheBehaviourChosenWithoutThem() {
        CrossValidation.Result result = CrossValidation.folds(evaluated(), EVIDENCE, engine, PATHS, SEED);
        List<Row> pooled = new ArrayList<>();
        List<Row> pooledPrior = new ArrayList<>();
        for (CrossValidation.Fold fold : result.folds()) {
            String held = fold.heldOut();
            assertThat(fold.heldOutReport().label()).isEqualTo("chosen without " + held);
            assertThat(fold.heldOutReport().rows())
                    .isEqualTo(run(held, fold.selection().merged(), "x"))
                    .hasSize(7)
                    .allMatch(r -> r.episode().equals(held));
            assertThat(fold.priorReport().label()).isEqualTo("first look on " + held);
            assertThat(fold.priorReport().rows()).isEqualTo(run(held, Behaviour.PRIOR, "x"));
            pooled.addAll(fold.heldOutReport().rows());
            pooledPrior.addAll(fold.priorReport().rows());
        }
        // fold b chose X alone: its rows are X's own
        assertThat(result.folds().get(1).heldOutReport().rows()).isEqualTo(run("b", X.behaviour(), "x"));
        assertThat(result.pooled().label()).isEqualTo("out of fold");
        assertThat(result.pooled().rows()).isEqualTo(pooled);
        assertThat(result.pooledPrior().label()).isEqualTo("first look, the same rows");
        assertThat(result.pooledPrior().rows()).isEqualTo(pooledPrior);
        assertThat(result.inSample().label()).isEqualTo("chosen on every row");
        assertThat(result.inSample().rows())
                .isEqualTo(Backtest.run(EVIDENCE.apply(result.all().merged()), engine, PATHS, SEED, "x")
                        .rows());
    }

    @Test
    void aRunIsTheGridThenTheFolds() {
        List<Calibration.Candidate> three = List.of(X, Y, Z);
        List<Calibration.Evaluated> ran = Calibration.run(EVIDENCE, three, engine, PATHS, SEED);
        assertThat(ran).extracting(Calibration.Evaluated::candidate).containsExactly(X, Y, Z);
        for (Calibration.Evaluated e : ran) {
            assertThat(e.report().label()).isEqualTo(e.candidate().label());
            assertThat(e.report().rows())
                    .isEqualTo(Backtest.run(EVIDENCE.apply(e.candidate().behaviour()), engine, PATHS, SEED, "x")
                            .rows());
        }
        assertThat(CrossValidation.run(EVIDENCE, three, engine, PATHS, SEED))
                .isEqualTo(CrossValidation.folds(ran, EVIDENCE, engine, PATHS, SEED));
    }

    @Test
    void theGridOnSeveralThreadsIsTheGridOnOneToTheBit() {
        List<Calibration.Candidate> some = GRID.subList(0, 7);
        try (MonteCarloEngine two = new MonteCarloEngine(2)) {
            // seven candidates on two workers, each on an engine of its own: the same reports, in the grid's order
            assertThat(Calibration.run(EVIDENCE, some, two, PATHS, SEED))
                    .isEqualTo(Calibration.run(EVIDENCE, some, engine, PATHS, SEED));
        }
    }

    @Test
    void theModelErrorsInnerFoldsLeaveOutOneTrainingEpisodeAtATime() {
        List<Calibration.Evaluated> evaluated = evaluated();
        CrossValidation.Result validation = CrossValidation.folds(evaluated, EVIDENCE, engine, PATHS, SEED);
        PredictiveBands.Result bands =
                PredictiveBands.crossValidate(evaluated, validation, EVIDENCE, engine, PATHS, SEED, DAY);
        assertThat(bands.folds()).extracting(PredictiveBands.Fold::heldOut).containsExactly("a", "b", "c");

        // without a: b is scored under the choice on c's rows (X 2/2, Y 1/2: X and Y), c under the choice on b's
        // (Y 2/2, Z 1/2: Y and Z)
        List<Row> outOfFold = PredictiveBands.outOfFold(
                evaluated,
                new java.util.LinkedHashSet<>(List.of("b", "c")),
                new EpisodeRuns(EVIDENCE, engine, PATHS, SEED));
        Behaviour onC = Calibration.select(evaluated, Report.episode("c")).merged();
        Behaviour onB = Calibration.select(evaluated, Report.episode("b")).merged();
        assertThat(onC.flexibility()).isEqualTo(flexibility(0.2, 1.5));
        assertThat(onB.flexibility()).isEqualTo(flexibility(0.3, 2));
        List<Row> expected = new ArrayList<>(run("b", onC, "x"));
        expected.addAll(run("c", onB, "x"));
        assertThat(outOfFold).isEqualTo(expected);

        PredictiveBands.Fold withoutA = bands.folds().get(0);
        assertThat(withoutA.error())
                .isEqualTo(ModelError.estimate(expected, DAY, "training rows out of fold, without a"));
        // in sample: b and c under the behaviour chosen on both (X and Y)
        List<Row> inSample =
                new ArrayList<>(run("b", validation.folds().get(0).selection().merged(), "x"));
        inSample.addAll(run("c", validation.folds().get(0).selection().merged(), "x"));
        assertThat(withoutA.inSampleError())
                .isEqualTo(ModelError.estimate(inSample, DAY, "training rows in sample, without a"));
        assertThat(withoutA.error().rows()).isEqualTo(14);
        List<Row> held = validation.folds().get(0).heldOutReport().rows();
        assertThat(withoutA.rows())
                .isEqualTo(held.stream().map(withoutA.error()::apply).toList());
        assertThat(withoutA.inSampleRows())
                .isEqualTo(held.stream().map(withoutA.inSampleError()::apply).toList());

        assertThat(bands.shipped())
                .isEqualTo(ModelError.estimate(validation.pooled().rows(), DAY, ModelError.RULE));
        assertThat(bands.inSample())
                .isEqualTo(ModelError.estimate(validation.inSample().rows(), DAY, "every development row in sample"));
    }
}
