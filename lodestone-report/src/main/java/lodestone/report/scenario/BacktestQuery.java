package lodestone.report.scenario;

import static lodestone.report.scenario.BacktestDefaults.PATHS;
import static lodestone.report.scenario.BacktestDefaults.SEED;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.ToDoubleFunction;
import lodestone.model.mineral.MineralCatalogue;
import lodestone.report.ClasspathText;
import lodestone.report.Lookup;
import lodestone.report.Query;
import lodestone.report.QueryError;
import lodestone.report.QueryException;
import lodestone.report.ReportContext;
import lodestone.sim.backtest.Backtest;
import lodestone.sim.backtest.Calibration;
import lodestone.sim.backtest.CrossValidation;
import lodestone.sim.backtest.DirectionForecasts;
import lodestone.sim.backtest.Episode;
import lodestone.sim.backtest.EpisodeReader;
import lodestone.sim.backtest.Episodes;
import lodestone.sim.backtest.ModelError;
import lodestone.sim.backtest.Observation;
import lodestone.sim.backtest.PredictiveBands;
import lodestone.sim.backtest.PredictiveRow;
import lodestone.sim.backtest.Report;
import lodestone.sim.backtest.Row;
import lodestone.sim.engine.MonteCarloEngine;
import lodestone.sim.scenario.Behaviour;
import lodestone.sim.scenario.ScenarioException;
import org.jspecify.annotations.Nullable;

/**
 * The back-test: the shipped episodes of export measures (China's of 2010 and 2023-2025, the DRC's cobalt suspension of
 * 2025, Indonesia's ore bans of 2014, 2020 and 2023, Wa State's suspension of Myanmar's tin mining of 2023, the
 * Philippines' mine closure orders of 2017, Indonesia's tin halted by its mining work plans of 2024;
 * {@code Episodes.IDS}) run with the calibrated behaviour, the
 * first look, or both, every observation scored against the model's P10-P90 band and, for prices, the direction of its
 * median. The calibrated behaviour was chosen on every episode's rows and blind records 5 to 20's; its out-of-sample
 * figure is the leave-one-episode-out cross-validation ({@link #crossValidate}). The episodes' roles (2023
 * calibration, 2024-25 test) are the split of the first calibration, kept to compare with earlier figures.
 *
 * @param paths paths per scenario (100..200,000), or null for {@link BacktestDefaults#PATHS}
 * @param seed the seed, or null for {@link BacktestDefaults#SEED}
 * @param threads worker threads, or null for every core
 * @param behaviour calibrated, prior or both, or null for both
 * @param episodes the episode ids to run, or null (or empty) for all
 * @param observations more observations (YAML or JSON text, each naming its episode), or null
 * @param observationsName where those came from, for errors
 */
public record BacktestQuery(
        @Nullable Integer paths,
        @Nullable Long seed,
        @Nullable Integer threads,
        @Nullable String behaviour,
        @Nullable List<String> episodes,
        @Nullable String observations,
        String observationsName)
        implements Query<BacktestQuery.Result> {
    /** @return the shipped episode ids, oldest first */
    public static List<String> ids() {
        return Episodes.IDS;
    }

    /**
     * The back-test's answer: one report per behaviour run, the calibrated first.
     *
     * @param reports the reports
     */
    public record Result(List<ReportView> reports) {
        public Result {
            reports = List.copyOf(reports);
        }
    }

    /**
     * One behaviour's report. Coverages are shares of observations inside the model's P10-P90 band; the predictive
     * ones inside the band widened by the model's error ({@link ModelError#SHIPPED} for the calibrated behaviour, none
     * for the first look, whose predictive band is its model band).
     *
     * @param behaviour which behaviour ran, with paths and seed
     * @param calibrationCoverage share of calibration observations inside
     * @param testCoverage share of test (out-of-sample) observations inside
     * @param coverage share of all observations inside
     * @param priceDirectionRight share of price observations whose direction (up or down from 1) the median gets right
     * @param summaries calibration, test and all: counts, coverage, direction
     * @param episodes per episode: counts and coverage
     * @param rows the scored observations
     * @param modelError the model's error the predictive bands add
     */
    public record ReportView(
            String behaviour,
            double calibrationCoverage,
            double testCoverage,
            double coverage,
            double priceDirectionRight,
            List<Score> summaries,
            List<Score> episodes,
            List<RowView> rows,
            ModelErrorView modelError) {
        static ReportView of(Report report, ModelError error) {
            List<Score> summaries = new ArrayList<>();
            for (Episode.Role role : Episode.Role.values()) {
                summaries.add(Score.of(report, error, role.name().toLowerCase(Locale.ROOT), Report.role(role)));
            }
            summaries.add(Score.of(report, error, "all", row -> true));
            List<Score> episodes = report.rows().stream()
                    .map(Row::episode)
                    .distinct()
                    .map(id -> Score.of(report, error, id, Report.episode(id)))
                    .toList();
            return new ReportView(
                    report.label(),
                    report.coverage(Report.role(Episode.Role.CALIBRATION)),
                    report.coverage(Report.role(Episode.Role.TEST)),
                    report.coverage(row -> true),
                    report.directionRight(row -> true),
                    summaries,
                    episodes,
                    report.rows().stream().map(r -> RowView.of(error.apply(r))).toList(),
                    ModelErrorView.of(error));
        }
    }

    /**
     * A score over some of a report's observations.
     *
     * @param which calibration, test, all, or an episode id
     * @param observations how many observations
     * @param inside how many lie inside the model's P10-P90
     * @param coverage their share
     * @param priceDirectionRight share of the price observations among them whose direction the median gets right
     * @param predictiveInside how many lie inside the predictive P10-P90 (the model's error added)
     * @param predictiveCoverage their share
     * @param directions the price rows' probabilities of a rise scored: Brier scores (the model's, climatology's
     *     estimated on the other episodes' rows, a coin's), the confident rows and the reliability table
     */
    public record Score(
            String which,
            long observations,
            long inside,
            double coverage,
            double priceDirectionRight,
            long predictiveInside,
            double predictiveCoverage,
            DirectionForecasts.Score directions) {
        /** @param reference the rows climatology is estimated on (for each row, those of the other episodes) */
        static Score of(Report report, String which, Predicate<Row> filter, List<Row> reference) {
            return of(report, ModelError.NONE, which, filter, reference);
        }

        static Score of(Report report, ModelError error, String which, Predicate<Row> filter) {
            return of(report, error, which, filter, report.rows());
        }

        private static Score of(
                Report report, ModelError error, String which, Predicate<Row> filter, List<Row> reference) {
            long count = report.count(filter);
            double coverage = report.coverage(filter);
            long predictive = report.rows().stream()
                    .filter(filter)
                    .map(error::apply)
                    .filter(PredictiveRow::inside)
                    .count();
            return new Score(
                    which,
                    count,
                    Math.round(coverage * count),
                    coverage,
                    report.directionRight(filter),
                    predictive,
                    count == 0 ? Double.NaN : predictive / (double) count,
                    DirectionForecasts.score(
                            report.rows().stream().filter(filter).toList(), reference));
        }
    }

    /**
     * One scored observation; values are indices in the series' units (see the simulate command's units), 1 = the
     * baseline the row names.
     *
     * @param episode the episode
     * @param role calibration or test
     * @param observation the observation's id
     * @param scenario the episode's scenario it is compared with
     * @param market the market
     * @param series the series
     * @param months the months observed (and the months it is relative to)
     * @param observed the observed value
     * @param p10 the model's 10th percentile
     * @param p50 the model's median
     * @param p90 the model's 90th percentile
     * @param inside whether the observed value lies within P10-P90
     * @param directionRight for prices, whether the median moves the same way; null otherwise
     * @param riseProbability for prices, the model's probability of a rise: the share of paths above 1, a path at
     *     exactly 1 counted half (a fraction); null otherwise
     * @param baseline what 1 means
     * @param source where the observed value comes from
     * @param predictiveP10 the predictive 10th percentile (the model's error added)
     * @param predictiveP90 the predictive 90th percentile
     * @param predictiveInside whether the observed value lies within the predictive P10-P90
     * @param call for prices, the direction the model's paths resolve: RISE, FALL, or NONE where the median's side of 1
     *     is Monte Carlo noise at the run's path count (the share of paths above 1 within 1.96 standard errors of 1/2;
     *     {@link lodestone.sim.backtest.DirectionCall}); null otherwise
     */
    public record RowView(
            String episode,
            String role,
            String observation,
            String scenario,
            String market,
            String series,
            String months,
            double observed,
            double p10,
            double p50,
            double p90,
            boolean inside,
            @Nullable Boolean directionRight,
            @Nullable Double riseProbability,
            String baseline,
            String source,
            double predictiveP10,
            double predictiveP90,
            boolean predictiveInside,
            @Nullable String call) {
        static RowView of(PredictiveRow predictive) {
            Row row = predictive.row();
            Observation o = row.observation();
            return new RowView(
                    row.episode(),
                    row.role().name().toLowerCase(Locale.ROOT),
                    o.id(),
                    o.scenario(),
                    o.market(),
                    o.series().id(),
                    window(o.from(), o.to())
                            + o.relativeFrom()
                                    .map(f -> " / " + window(f, o.relativeTo().orElseThrow()))
                                    .orElse("")
                            + departed(o),
                    o.value(),
                    row.p10(),
                    row.p50(),
                    row.p90(),
                    row.inside(),
                    row.directionRight().orElse(null),
                    row.riseProbability().isPresent() ? row.riseProbability().getAsDouble() : null,
                    o.baseline(),
                    o.source(),
                    predictive.p10(),
                    predictive.p90(),
                    predictive.inside(),
                    row.call().map(Enum::name).orElse(null));
        }

        private static String window(YearMonth from, YearMonth to) {
            return from.equals(to) ? from.toString() : from + ".." + to;
        }

        /** @return for a row recorded on arrival at the destination, the model's months its cargo left in */
        private static String departed(Observation o) {
            if (!o.transit().shifts()) {
                return "";
            }
            return " (arrivals; left "
                    + window(
                            o.from().minusMonths(o.transit().maxMonths()),
                            o.to().minusMonths(o.transit().minMonths()))
                    + ")";
        }
    }

    /**
     * The calibration grid re-run on every development row of the four episodes (their own rows and the development
     * records').
     *
     * @param candidates how many candidate behaviours ran
     * @param paths paths per scenario
     * @param seed the seed
     * @param best the ten best, best first
     * @param members how many candidates lie within one row of the best
     * @param observations the rows chosen on
     * @param merged the merged behaviour of those candidates, described
     * @param isDefault whether it equals the shipped calibrated behaviour
     * @param shipped the shipped calibrated behaviour, described
     */
    public record CalibrationResult(
            int candidates,
            int paths,
            long seed,
            List<Candidate> best,
            long members,
            long observations,
            String merged,
            boolean isDefault,
            String shipped) {}

    /**
     * One candidate behaviour's score.
     *
     * @param coverage share of the rows chosen on inside P10-P90
     * @param intervalScore mean interval score (lower is better)
     * @param behaviour the candidate, described
     */
    public record Candidate(double coverage, double intervalScore, String behaviour) {}

    private int checkedPaths() {
        return Lookup.within(paths, PATHS, "paths", 100, 200_000);
    }

    private int workers() {
        Lookup.within(threads, "threads", 1, ScenarioDefaults.MAX_THREADS);
        return threads == null ? Runtime.getRuntime().availableProcessors() : threads;
    }

    private static String text(String resource) {
        return ClasspathText.read(Episodes.class, resource);
    }

    @Override
    public Result answer(ReportContext context) {
        int n = checkedPaths();
        long s = seed == null ? SEED : seed;
        List<String> which = switch (behaviour == null ? "both" : behaviour.toLowerCase(Locale.ROOT)) {
            case "calibrated" -> List.of("calibrated");
            case "prior" -> List.of("prior");
            case "both" -> List.of("calibrated", "prior");
            default ->
                throw QueryException.badParameter(
                        "behaviour", "behaviour (" + behaviour + ") must be one of calibrated, prior, both.");
        };
        if (episodes != null) {
            for (String id : episodes) {
                if (!Episodes.IDS.contains(id)) {
                    throw QueryException.badParameter(
                            "episode",
                            "episode (" + id + ") is not known.\nMaybe use one of: " + String.join(", ", Episodes.IDS)
                                    + ".");
                }
            }
        }
        MineralCatalogue catalogue = context.snapshot().minerals();
        List<ReportView> reports = new ArrayList<>();
        try (MonteCarloEngine engine = new MonteCarloEngine(workers())) {
            for (String name : which) {
                Behaviour chosen = name.equals("prior") ? Behaviour.PRIOR : Behaviour.CALIBRATED;
                String label = (name.equals("prior") ? "first look (Behaviour.PRIOR)" : "tuned (Behaviour.CALIBRATED)")
                        + String.format(Locale.ROOT, ", %,d paths, seed %d", n, s);
                reports.add(ReportView.of(
                        Backtest.run(episodes(catalogue, chosen), engine, n, s, label),
                        name.equals("prior") ? ModelError.NONE : ModelError.SHIPPED));
            }
        }
        return new Result(reports);
    }

    private List<Episode> episodes(MineralCatalogue catalogue, Behaviour chosen) {
        List<Episode> all = Episodes.load(BacktestQuery::text, catalogue, chosen);
        if (observations != null) {
            Map<String, List<Observation>> extra;
            try {
                extra = EpisodeReader.readExtra(observations, observationsName, all);
            } catch (ScenarioException e) {
                throw new QueryException(
                        QueryError.BAD_SCENARIO,
                        "observations",
                        String.valueOf(e.getMessage())
                                .replace("scenario " + observationsName, "observations " + observationsName),
                        e.problems());
            }
            all = all.stream()
                    .map(e -> e.withMoreObservations(extra.getOrDefault(e.id(), List.of())))
                    .toList();
        }
        return episodes == null || episodes.isEmpty()
                ? all
                : all.stream().filter(e -> episodes.contains(e.id())).toList();
    }

    /**
     * @param context the knowledge (its mineral catalogue)
     * @return the calibration grid's ranking on every development row of the four episodes and the behaviour it gives
     */
    public CalibrationResult calibrate(ReportContext context) {
        int n = checkedPaths();
        long s = seed == null ? SEED : seed;
        MineralCatalogue catalogue = context.snapshot().minerals();
        try (MonteCarloEngine engine = new MonteCarloEngine(workers())) {
            Calibration.Selection selection = Calibration.select(
                    Calibration.run(
                            Calibration.development(BacktestQuery::text, catalogue), Calibration.grid(), engine, n, s),
                    row -> true);
            return calibrationResult(selection, n, s);
        }
    }

    private static CalibrationResult calibrationResult(Calibration.Selection selection, int n, long s) {
        return new CalibrationResult(
                selection.ranked().size(),
                n,
                s,
                selection.ranked().stream()
                        .limit(10)
                        .map(r -> new Candidate(
                                r.coverage(), r.intervalScore(), r.candidate().label()))
                        .toList(),
                selection.members(),
                selection.rows(),
                selection.merged().describe(),
                selection.merged().equals(Behaviour.CALIBRATED),
                Behaviour.CALIBRATED.describe());
    }

    /**
     * Leave-one-episode-out cross-validation of the calibration on the development evidence.
     *
     * @param context the knowledge (its mineral catalogue)
     * @return per fold and pooled, the held-out rows' score under the behaviour chosen without them, beside the first
     *     look's; and the calibration on every row
     */
    public CrossValidationResult crossValidate(ReportContext context) {
        int n = checkedPaths();
        long s = seed == null ? SEED : seed;
        MineralCatalogue catalogue = context.snapshot().minerals();
        try (MonteCarloEngine engine = new MonteCarloEngine(workers())) {
            Function<Behaviour, List<Episode>> evidence = Calibration.development(BacktestQuery::text, catalogue);
            List<Calibration.Evaluated> evaluated = Calibration.run(evidence, Calibration.grid(), engine, n, s);
            CrossValidation.Result result = CrossValidation.folds(evaluated, evidence, engine, n, s);
            PredictiveBands.Result bands =
                    PredictiveBands.crossValidate(evaluated, result, evidence, engine, n, s, context.today());
            List<FoldView> folds = new ArrayList<>();
            List<PredictiveRow> pooledRows = new ArrayList<>();
            List<PredictiveRow> pooledVariant = new ArrayList<>();
            for (int i = 0; i < result.folds().size(); i++) {
                CrossValidation.Fold fold = result.folds().get(i);
                PredictiveBands.Fold band = bands.folds().get(i);
                folds.add(FoldView.of(
                        fold.heldOut(),
                        fold.selection().rows(),
                        fold.selection().members(),
                        fold.selection().merged().describe(),
                        fold.heldOutReport(),
                        fold.priorReport(),
                        result,
                        band.rows(),
                        band.inSampleRows(),
                        ModelErrorView.of(band.error())));
                pooledRows.addAll(band.rows());
                pooledVariant.addAll(band.inSampleRows());
            }
            FoldView pooled = FoldView.of(
                    "pooled", 0, 0, "", result.pooled(), result.pooledPrior(), result, pooledRows, pooledVariant, null);
            return new CrossValidationResult(
                    n,
                    s,
                    folds,
                    pooled,
                    calibrationResult(result.all(), n, s),
                    Score.of(
                            result.inSample(),
                            "in sample",
                            row -> true,
                            result.inSample().rows()),
                    ModelErrorView.of(bands.shipped()),
                    ModelErrorView.of(bands.inSample()));
        }
    }

    /**
     * The cross-validation's answer.
     *
     * @param paths paths per scenario
     * @param seed the seed
     * @param folds one per held-out episode
     * @param pooled every fold's held-out rows together (its training rows, members and chosen behaviour are empty)
     * @param calibration the calibration on every row: the behaviour to ship
     * @param inSample that behaviour's score on every row (in sample)
     * @param modelError the model's error estimated on every row scored out of fold: the discrepancy to ship
     * @param inSampleModelError the variant estimated on every row under the behaviour chosen on all of them
     */
    public record CrossValidationResult(
            int paths,
            long seed,
            List<FoldView> folds,
            FoldView pooled,
            CalibrationResult calibration,
            Score inSample,
            ModelErrorView modelError,
            ModelErrorView inSampleModelError) {
        public CrossValidationResult {
            folds = List.copyOf(folds);
        }
    }

    /**
     * One fold of the cross-validation. Widths are means over the held-out rows of P90 − P10 (index units); ratios are
     * means of (P90 + 0.05) / (P10 + 0.05), the band's spread on the model error's log scale.
     *
     * @param heldOut the held-out episode (or "pooled")
     * @param trainingRows rows the behaviour was chosen on
     * @param members candidates in the behavioural set
     * @param chosen the chosen behaviour, described
     * @param heldOutScore the chosen behaviour on the held-out rows (its model band)
     * @param priorScore the first look on the same rows
     * @param meanWidth mean P10-P90 width of the held-out rows (index units) under the chosen behaviour
     * @param priorMeanWidth the same under the first look
     * @param predictiveInside held-out rows inside the predictive band (the model band widened by the model error
     *     estimated on the training rows scored out of fold)
     * @param predictiveCoverage their share
     * @param predictiveMeanWidth the predictive band's mean width
     * @param meanRatio the model band's mean ratio
     * @param predictiveMeanRatio the predictive band's mean ratio
     * @param inSampleVariantInside held-out rows inside the band widened by the variant (the model error estimated on
     *     the training rows in sample)
     * @param inSampleVariantMeanWidth that band's mean width
     * @param modelError the model error applied (null for the pooled row, where each fold applies its own)
     */
    public record FoldView(
            String heldOut,
            long trainingRows,
            long members,
            String chosen,
            Score heldOutScore,
            Score priorScore,
            double meanWidth,
            double priorMeanWidth,
            long predictiveInside,
            double predictiveCoverage,
            double predictiveMeanWidth,
            double meanRatio,
            double predictiveMeanRatio,
            long inSampleVariantInside,
            double inSampleVariantMeanWidth,
            @Nullable ModelErrorView modelError) {
        static FoldView of(
                String heldOut,
                long training,
                long members,
                String chosen,
                Report held,
                Report prior,
                CrossValidation.Result pooled,
                List<PredictiveRow> predictive,
                List<PredictiveRow> variant,
                @Nullable ModelErrorView error) {
            long inside = predictive.stream().filter(PredictiveRow::inside).count();
            return new FoldView(
                    heldOut,
                    training,
                    members,
                    chosen,
                    Score.of(held, heldOut, row -> true, pooled.pooled().rows()),
                    Score.of(prior, heldOut, row -> true, pooled.pooledPrior().rows()),
                    meanWidth(held),
                    meanWidth(prior),
                    inside,
                    predictive.isEmpty() ? Double.NaN : inside / (double) predictive.size(),
                    mean(predictive, p -> p.p90() - p.p10()),
                    mean(predictive, p -> ratio(p.row().p10(), p.row().p90())),
                    mean(predictive, p -> ratio(p.p10(), p.p90())),
                    variant.stream().filter(PredictiveRow::inside).count(),
                    mean(variant, p -> p.p90() - p.p10()),
                    error);
        }

        private static double meanWidth(Report report) {
            return report.rows().stream()
                    .mapToDouble(r -> r.p90() - r.p10())
                    .average()
                    .orElse(Double.NaN);
        }

        private static double mean(List<PredictiveRow> rows, ToDoubleFunction<PredictiveRow> value) {
            return rows.stream().mapToDouble(value).average().orElse(Double.NaN);
        }
    }

    /** @return (P90 + 0.05) / (P10 + 0.05): how many times the band's top is its bottom on the model error's scale */
    static double ratio(double p10, double p90) {
        return (p90 + ModelError.OFFSET) / (p10 + ModelError.OFFSET);
    }
}
