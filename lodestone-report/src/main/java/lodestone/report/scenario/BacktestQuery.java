package lodestone.report.scenario;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;
import lodestone.model.mineral.MineralCatalogue;
import lodestone.report.ClasspathText;
import lodestone.report.Lookup;
import lodestone.report.Query;
import lodestone.report.QueryError;
import lodestone.report.QueryException;
import lodestone.report.ReportContext;
import lodestone.sim.backtest.Backtest;
import lodestone.sim.backtest.Calibration;
import lodestone.sim.backtest.Episode;
import lodestone.sim.backtest.EpisodeReader;
import lodestone.sim.backtest.Episodes;
import lodestone.sim.backtest.Observation;
import lodestone.sim.backtest.Report;
import lodestone.sim.backtest.Row;
import lodestone.sim.engine.MonteCarloEngine;
import lodestone.sim.scenario.Behaviour;
import lodestone.sim.scenario.ScenarioException;

/**
 * The back-test: the shipped episodes of China's export controls (2023-2025) run with the calibrated behaviour, the
 * first look, or both, every observation scored against the model's P10-P90 band and, for prices, the direction of
 * its median. The 2023 episodes calibrated the behaviour; the 2024 and 2025 episodes are out of sample.
 *
 * @param paths paths per scenario (100..200,000), or null for {@link #PATHS}
 * @param seed the seed, or null for {@link #SEED}
 * @param threads worker threads, or null for every core
 * @param behaviour calibrated, prior or both, or null for both
 * @param episodes the episode ids to run, or null (or empty) for all
 * @param observations more observations (YAML or JSON text, each naming its episode), or null
 * @param observationsName where those came from, for errors
 */
public record BacktestQuery(
        Integer paths,
        Long seed,
        Integer threads,
        String behaviour,
        List<String> episodes,
        String observations,
        String observationsName)
        implements Query<BacktestQuery.Result> {
    /** Paths per scenario when none are asked for. */
    public static final int PATHS = 4_000;
    /** The seed when none is given: the one the shipped numbers were measured with. */
    public static final long SEED = 7;

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
     * One behaviour's report. Coverages are shares of observations inside the model's P10-P90 band.
     *
     * @param behaviour which behaviour ran, with paths and seed
     * @param calibrationCoverage share of calibration observations inside
     * @param testCoverage share of test (out-of-sample) observations inside
     * @param coverage share of all observations inside
     * @param priceDirectionRight share of price observations whose direction (up or down from 1) the median gets right
     * @param summaries calibration, test and all: counts, coverage, direction
     * @param episodes per episode: counts and coverage
     * @param rows the scored observations
     */
    public record ReportView(
            String behaviour,
            double calibrationCoverage,
            double testCoverage,
            double coverage,
            double priceDirectionRight,
            List<Score> summaries,
            List<Score> episodes,
            List<RowView> rows) {
        static ReportView of(Report report) {
            List<Score> summaries = new ArrayList<>();
            for (Episode.Role role : Episode.Role.values()) {
                summaries.add(Score.of(report, role.name().toLowerCase(Locale.ROOT), Report.role(role)));
            }
            summaries.add(Score.of(report, "all", row -> true));
            List<Score> episodes = report.rows().stream()
                    .map(Row::episode)
                    .distinct()
                    .map(id -> Score.of(report, id, Report.episode(id)))
                    .toList();
            return new ReportView(
                    report.label(),
                    report.coverage(Report.role(Episode.Role.CALIBRATION)),
                    report.coverage(Report.role(Episode.Role.TEST)),
                    report.coverage(row -> true),
                    report.directionRight(row -> true),
                    summaries,
                    episodes,
                    report.rows().stream().map(RowView::of).toList());
        }
    }

    /**
     * A score over some of a report's observations.
     *
     * @param which calibration, test, all, or an episode id
     * @param observations how many observations
     * @param inside how many lie inside P10-P90
     * @param coverage their share
     * @param priceDirectionRight share of the price observations among them whose direction the median gets right
     */
    public record Score(String which, long observations, long inside, double coverage, double priceDirectionRight) {
        static Score of(Report report, String which, Predicate<Row> filter) {
            long count = report.count(filter);
            double coverage = report.coverage(filter);
            return new Score(which, count, Math.round(coverage * count), coverage, report.directionRight(filter));
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
     * @param baseline what 1 means
     * @param source where the observed value comes from
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
            Boolean directionRight,
            String baseline,
            String source) {
        static RowView of(Row row) {
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
                                    .orElse(""),
                    o.value(),
                    row.p10(),
                    row.p50(),
                    row.p90(),
                    row.inside(),
                    row.directionRight().orElse(null),
                    o.baseline(),
                    o.source());
        }

        private static String window(YearMonth from, YearMonth to) {
            return from.equals(to) ? from.toString() : from + ".." + to;
        }
    }

    /**
     * The calibration grid re-run on the calibration episodes.
     *
     * @param candidates how many candidate behaviours ran
     * @param paths paths per scenario
     * @param seed the seed
     * @param best the ten best, best first
     * @param members how many candidates lie within one calibration observation of the best
     * @param observations the calibration observations
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
     * @param coverage share of calibration observations inside P10-P90
     * @param intervalScore mean interval score (lower is better)
     * @param behaviour the candidate, described
     */
    public record Candidate(double coverage, double intervalScore, String behaviour) {}

    private int checkedPaths() {
        return paths == null ? PATHS : Lookup.within(paths, "paths", 100, 200_000);
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
                reports.add(ReportView.of(Backtest.run(episodes(catalogue, chosen), engine, n, s, label)));
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
                        e.getMessage().replace("scenario " + observationsName, "observations " + observationsName),
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
     * @return the calibration grid's ranking on the calibration episodes and the behaviour it gives
     */
    public CalibrationResult calibrate(ReportContext context) {
        int n = checkedPaths();
        long s = seed == null ? SEED : seed;
        MineralCatalogue catalogue = context.snapshot().minerals();
        try (MonteCarloEngine engine = new MonteCarloEngine(workers())) {
            List<Calibration.Scored> ranked =
                    Calibration.evaluate(BacktestQuery::text, catalogue, Calibration.grid(), engine, n, s);
            long observed = Episodes.load(BacktestQuery::text, catalogue, Behaviour.PRIOR).stream()
                    .filter(e -> e.role() == Episode.Role.CALIBRATION)
                    .mapToLong(e -> e.observations().size())
                    .sum();
            double tolerance = 1.0 / observed;
            long members = ranked.stream()
                    .filter(r -> r.coverage() >= ranked.get(0).coverage() - tolerance - 1e-12)
                    .count();
            Behaviour merged = Calibration.behaviouralSet(ranked, tolerance);
            return new CalibrationResult(
                    ranked.size(),
                    n,
                    s,
                    ranked.stream()
                            .limit(10)
                            .map(r -> new Candidate(
                                    r.coverage(),
                                    r.intervalScore(),
                                    r.candidate().label()))
                            .toList(),
                    members,
                    observed,
                    merged.describe(),
                    merged.equals(Behaviour.CALIBRATED),
                    Behaviour.CALIBRATED.describe());
        }
    }
}
