package lodestone.sim.backtest;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import lodestone.sim.engine.MonteCarloEngine;
import lodestone.sim.scenario.Behaviour;

/**
 * The leave-one-episode-out cross-validation of the model-error rule ({@link ModelError}). For each held-out episode
 * the discrepancy is estimated on the other episodes' rows, each scored under the behaviour the calibration's rule
 * chooses without that row's episode (an inner leave-one-episode-out among the training episodes), and applied to the
 * held-out rows scored under the behaviour chosen on all the training episodes (the calibration's own fold). The
 * shipped discrepancy is estimated on every row scored out of fold. A variant that estimates it on in-sample scores
 * (the training rows under the behaviour chosen on them) is computed beside it, to show what scoring out of fold
 * changes.
 */
public final class PredictiveBands {
    private PredictiveBands() {}

    /**
     * One fold.
     *
     * @param heldOut the held-out episode's id
     * @param training the training rows, each scored under the behaviour chosen without its episode (and without the
     *     held-out one): what {@code error} was estimated on
     * @param error the discrepancy estimated on the training rows scored out of fold
     * @param inSampleError the discrepancy estimated on the training rows under the behaviour chosen on them
     * @param rows the held-out rows with the predictive band of {@code error}
     * @param inSampleRows the same rows with the predictive band of {@code inSampleError}
     */
    public record Fold(
            String heldOut,
            List<Row> training,
            ModelError error,
            ModelError inSampleError,
            List<PredictiveRow> rows,
            List<PredictiveRow> inSampleRows) {
        public Fold {
            training = List.copyOf(training);
            rows = List.copyOf(rows);
            inSampleRows = List.copyOf(inSampleRows);
        }
    }

    /**
     * The outcome.
     *
     * @param folds one per episode, in the cross-validation's order
     * @param shipped the discrepancy on every row scored out of fold: the one to ship
     * @param inSample the discrepancy on every row under the behaviour chosen on all of them (the variant)
     */
    public record Result(List<Fold> folds, ModelError shipped, ModelError inSample) {
        public Result {
            folds = List.copyOf(folds);
        }
    }

    /**
     * @param evaluated every candidate's report on all the evidence (as the cross-validation used)
     * @param validation the calibration's cross-validation on those candidates
     * @param evidence the episodes for a behaviour
     * @param engine the engine
     * @param paths paths per scenario
     * @param seed the seed the candidates ran with
     * @param on the day, for the discrepancies' provenance
     * @return per fold the held-out rows with both predictive bands, and the discrepancies on every row
     */
    public static Result crossValidate(
            List<Calibration.Evaluated> evaluated,
            CrossValidation.Result validation,
            Function<Behaviour, List<Episode>> evidence,
            MonteCarloEngine engine,
            int paths,
            long seed,
            LocalDate on) {
        // the cross-validation's own runs (each fold's choice on its held-out episode, the choice on every row on all)
        // are on the same evidence with the same paths and seed: they are not run again
        EpisodeRuns runs = new EpisodeRuns(evidence, engine, paths, seed);
        Calibration.Table table = new Calibration.Table(evaluated);
        validation.folds().forEach(f -> runs.keep(f.selection().merged(), f.heldOutReport()));
        runs.keep(validation.all().merged(), validation.inSample());
        List<Fold> folds = new ArrayList<>();
        Set<String> episodes = new LinkedHashSet<>();
        validation.folds().forEach(f -> episodes.add(f.heldOut()));
        for (CrossValidation.Fold fold : validation.folds()) {
            Set<String> training = new LinkedHashSet<>(episodes);
            training.remove(fold.heldOut());
            List<Row> outOfFold = outOfFold(table, training, runs);
            ModelError error =
                    ModelError.estimate(outOfFold, on, "training rows out of fold, without " + fold.heldOut());
            ModelError inSampleError = ModelError.estimate(
                    runs.run(fold.selection().merged(), training::contains, "in sample without " + fold.heldOut())
                            .rows(),
                    on,
                    "training rows in sample, without " + fold.heldOut());
            List<Row> held = fold.heldOutReport().rows();
            folds.add(new Fold(
                    fold.heldOut(),
                    outOfFold,
                    error,
                    inSampleError,
                    held.stream().map(error::apply).toList(),
                    held.stream().map(inSampleError::apply).toList()));
        }
        return new Result(
                folds,
                ModelError.estimate(validation.pooled().rows(), on, ModelError.RULE),
                ModelError.estimate(validation.inSample().rows(), on, "every development row in sample"));
    }

    /**
     * Scores each row of some episodes under the behaviour the calibration's rule chooses on the others of them.
     *
     * @param evaluated every candidate's report on all the evidence
     * @param episodes the episodes among which to leave one out (at least two)
     * @param runs the runs of the evidence (each behaviour run once on each episode)
     * @return the rows of every one of those episodes, each scored out of fold
     */
    static List<Row> outOfFold(List<Calibration.Evaluated> evaluated, Set<String> episodes, EpisodeRuns runs) {
        return outOfFold(new Calibration.Table(evaluated), episodes, runs);
    }

    /** {@link #outOfFold(List, Set, EpisodeRuns)} on candidates already read for selections. */
    private static List<Row> outOfFold(Calibration.Table table, Set<String> episodes, EpisodeRuns runs) {
        List<Row> rows = new ArrayList<>();
        for (String left : episodes) {
            Predicate<String> training = id -> episodes.contains(id) && !id.equals(left);
            rows.addAll(
                    CrossValidation.heldOutReport(table, training, left, runs).rows());
        }
        return rows;
    }
}
