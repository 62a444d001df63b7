package lodestone.sim.backtest;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import lodestone.sim.engine.MonteCarloEngine;
import lodestone.sim.scenario.Behaviour;

/**
 * Leave-one-episode-out cross-validation of the calibration: for each episode, the selection rule ({@link
 * Calibration#select}) chooses a behaviour on the other episodes' rows, and that behaviour is scored on the held-out
 * episode's rows. Every candidate runs once on all the evidence (a fold only chooses among rows already scored), so the
 * cost is one grid run plus one run per fold, and a behaviour two folds choose is run once on each episode ({@link
 * EpisodeRuns}). The pooled held-out rows are the calibration's out-of-sample figure; the
 * selection on every row is the behaviour to ship, whose score on those rows is in sample.
 */
public final class CrossValidation {
    private CrossValidation() {}

    /**
     * One fold.
     *
     * @param heldOut the held-out episode's id
     * @param selection what the rule chose on the other episodes' rows
     * @param heldOutReport the chosen behaviour on the held-out episode's rows
     * @param priorReport the first look ({@link Behaviour#PRIOR}) on the same rows, for comparison
     */
    public record Fold(String heldOut, Calibration.Selection selection, Report heldOutReport, Report priorReport) {}

    /**
     * The cross-validation's outcome.
     *
     * @param folds one per episode, in the evidence's order
     * @param pooled every fold's held-out rows together: the out-of-sample score
     * @param pooledPrior the first look on the same rows
     * @param all the selection on every row: the behaviour to ship
     * @param inSample that behaviour on every row (in sample)
     */
    public record Result(
            List<Fold> folds, Report pooled, Report pooledPrior, Calibration.Selection all, Report inSample) {
        public Result {
            folds = List.copyOf(folds);
        }
    }

    /**
     * @param evidence the episodes, with every row to score, built with a given behaviour
     * @param candidates the grid
     * @param engine the engine
     * @param paths paths per scenario
     * @param seed the seed, the same for every run (common random numbers)
     * @return the folds, the pooled out-of-fold score and the selection on every row
     */
    public static Result run(
            Function<Behaviour, List<Episode>> evidence,
            List<Calibration.Candidate> candidates,
            MonteCarloEngine engine,
            int paths,
            long seed) {
        return folds(Calibration.run(evidence, candidates, engine, paths, seed), evidence, engine, paths, seed);
    }

    /**
     * The folds on candidates already run.
     *
     * @param evaluated every candidate's report on all the evidence
     * @param evidence the episodes for a behaviour (the same evidence the candidates ran on)
     * @param engine the engine
     * @param paths paths per scenario
     * @param seed the seed the candidates ran with
     * @return the folds, the pooled out-of-fold score and the selection on every row
     */
    public static Result folds(
            List<Calibration.Evaluated> evaluated,
            Function<Behaviour, List<Episode>> evidence,
            MonteCarloEngine engine,
            int paths,
            long seed) {
        EpisodeRuns runs = new EpisodeRuns(evidence, engine, paths, seed);
        Calibration.Table table = new Calibration.Table(evaluated);
        Report prior = runs.run(Behaviour.PRIOR, id -> true, "first look");
        Set<String> episodes = new LinkedHashSet<>();
        evaluated.get(0).report().rows().forEach(r -> episodes.add(r.episode()));
        List<Fold> folds = new ArrayList<>();
        List<Row> pooled = new ArrayList<>();
        List<Row> pooledPrior = new ArrayList<>();
        for (String heldOut : episodes) {
            Predicate<Row> held = Report.episode(heldOut);
            Step step = step(table, id -> !id.equals(heldOut), heldOut, runs);
            Calibration.Selection selection = step.selection();
            Report scored = step.report();
            Report priorRows = new Report(
                    "first look on " + heldOut,
                    prior.rows().stream().filter(held).toList());
            folds.add(new Fold(heldOut, selection, scored, priorRows));
            pooled.addAll(scored.rows());
            pooledPrior.addAll(priorRows.rows());
        }
        Calibration.Selection all = table.select(id -> true);
        Report inSample = runs.run(all.merged(), id -> true, "chosen on every row");
        return new Result(
                folds,
                new Report("out of fold", pooled),
                new Report("first look, the same rows", pooledPrior),
                all,
                inSample);
    }

    /**
     * One fold step: the selection rule on some training rows, and the behaviour it chose run on one episode.
     *
     * @param selection what the rule chose on the training rows
     * @param report the held-out episode's rows under that behaviour, titled "chosen without" it
     */
    record Step(Calibration.Selection selection, Report report) {}

    /**
     * Chooses a behaviour on the training rows, keeps the held-out episode and scores it under that behaviour. The
     * cross-validation's folds and the model error's inner folds ({@link PredictiveBands}) both take this step.
     *
     * @param table every candidate's report on all the evidence, read for selections
     * @param training which episodes' rows choose, by id
     * @param heldOut the episode to score
     * @param runs the runs of the evidence (each behaviour run once on each episode)
     * @return the selection and the held-out episode's report
     */
    static Step step(Calibration.Table table, Predicate<String> training, String heldOut, EpisodeRuns runs) {
        Calibration.Selection selection = table.select(training);
        return new Step(selection, runs.run(selection.merged(), heldOut::equals, "chosen without " + heldOut));
    }

    /**
     * {@link #step}'s report alone: the behaviour the rule chooses on the training rows ({@link
     * Calibration.Table#merged}, without ranking every candidate) run on the held-out episode, for the model error's
     * inner folds, which read nothing else of the selection.
     *
     * @return {@code step(table, training, heldOut, runs).report()}
     */
    static Report heldOutReport(Calibration.Table table, Predicate<String> training, String heldOut, EpisodeRuns runs) {
        return runs.run(table.merged(training), heldOut::equals, "chosen without " + heldOut);
    }
}
