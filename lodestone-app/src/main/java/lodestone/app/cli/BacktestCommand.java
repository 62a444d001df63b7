package lodestone.app.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.function.ToDoubleFunction;
import java.util.function.ToLongFunction;
import lodestone.report.scenario.BacktestDefaults;
import lodestone.report.scenario.BacktestQuery;
import lodestone.report.scenario.BacktestQuery.CalibrationResult;
import lodestone.report.scenario.BacktestQuery.Candidate;
import lodestone.report.scenario.BacktestQuery.CrossValidationResult;
import lodestone.report.scenario.BacktestQuery.FoldView;
import lodestone.report.scenario.BacktestQuery.ReportView;
import lodestone.report.scenario.BacktestQuery.RowView;
import lodestone.report.scenario.BacktestQuery.Score;
import lodestone.report.scenario.ModelErrorView;
import lodestone.report.table.Column;
import lodestone.report.table.Format;
import lodestone.report.table.Table;
import lodestone.report.table.Unit;
import lodestone.sim.backtest.DirectionCall;
import lodestone.sim.backtest.DirectionForecasts;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code lodestone backtest}: the model against what followed export controls (China's and the DRC's of 2023-2025,
 * Indonesia's nickel ore ban of 2020).
 */
@Command(
        name = "backtest",
        mixinStandardHelpOptions = true,
        description = {
            "Run the historical episodes (China's 2023 gallium and germanium licensing, its 2023 graphite licensing, the"
                    + " December 2024 ban on gallium, germanium and antimony exports to the US, the April 2025"
                    + " rare-earth licensing; the ex-ante episodes: China's 2025 minor-metal and rare-earth licensing and the"
                    + " DRC's 2025 cobalt export suspension and Indonesia's ban on nickel ore exports, announced in"
                    + " September 2019 for January 2020) and print, for every observation, the observed value beside the model's"
                    + " P10, P50 and P90, whether it lies inside, and for prices whether the model's median moves the"
                    + " same way (up or down from 1), the probability of a rise (the share of paths above 1) and the"
                    + " direction the paths resolve (CALL: RISE, FALL, or NONE where that share lies within "
                    + DirectionCall.Z
                    + " standard errors of 1/2, the median's side of 1 being Monte Carlo noise at --paths);"
                    + " then the share inside P10-P90 per episode and for the calibration and test episodes. P10 and"
                    + " P90 are predictive by default: the model's band widened by its own error, a discrepancy per"
                    + " group of series (the issuer's home prices, other prices, other series) estimated by conformal"
                    + " prediction on the development rows scored"
                    + " out of fold (the calibrated behaviour only; --bands model prints the model's own band, which"
                    + " holds parameter uncertainty only).",
            "The calibrated behaviour (the default) was chosen on every episode's rows and blind records 5 to 43's"
                    + " (development data); the episodes' roles (2023 calibration, 2024-25 test) are the first"
                    + " calibration's split, kept for comparison. --calibrate --cross-validate gives its out-of-sample"
                    + " figure. --behaviour"
                    + " prior runs the first look (the behaviour chosen before any outcome was compared), calibrated"
                    + " the default, both prints both summaries. --observations adds rows from a YAML/JSON file"
                    + " (observations: [{episode, scenario, market, series, from, to, value, source, ...}]) so that a"
                    + " held-out record is scored the same way. Evidence: docs/research/disruption-evidence.md; method:"
                    + " docs/methods/simulation.md."
        })
final class BacktestCommand implements Callable<Integer> {
    @Mixin
    StoreOptions store;

    @Option(
            names = "--paths",
            paramLabel = "N",
            defaultValue = "" + BacktestDefaults.PATHS,
            description = "Paths per scenario, 100-200000 (default: ${DEFAULT-VALUE}).")
    int paths;

    @Option(
            names = "--seed",
            paramLabel = "S",
            defaultValue = "" + BacktestDefaults.SEED,
            description = "Seed (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--threads", paramLabel = "T", description = "Worker threads (default: every core).")
    @Nullable
    Integer threads;

    @Option(
            names = "--behaviour",
            paramLabel = "WHICH",
            defaultValue = "both",
            description = "calibrated, prior (the first look) or both (default: ${DEFAULT-VALUE}).")
    String behaviour;

    @Option(
            names = "--episode",
            paramLabel = "ID",
            description = "Only this episode (repeatable): cn-ga-ge-2023, cn-graphite-2023, cn-ga-ge-sb-us-ban-2024,"
                    + " cn-ree-2025-04, cn-minor-metals-2025, cn-ree-minor-2025, cd-cobalt-2025, id-nickel-ore-2020,"
                    + " cn-antimony-2024, cn-ree-quota-2010, id-bauxite-2023, id-nickel-ore-2014,"
                    + " mm-tin-2023, ph-nickel-ore-2017, id-tin-2024, gn-bauxite-2025, mm-ree-2024,"
                    + " zw-lithium-2022, id-bauxite-2014, my-bauxite-2016, id-tin-2013, cn-magnesium-2021,"
                    + " mm-ree-2021, ru-aluminium-2018, cd-tin-2025, au-manganese-2024, cn-silicon-2021,"
                    + " nc-nickel-2024, id-copper-2014, pa-copper-2023, mz-graphite-2024, ga-manganese-2023,"
                    + " pe-copper-2023, za-platinum-2014, ru-palladium-2021, ne-uranium-2023, cl-copper-2017,"
                    + " ca-nickel-2009, id-nickel-rkab-2024"
                    + " (the last thirty-five built"
                    + " before their outcomes were seen: they hold no rows of their own; their rows come from separate"
                    + " records, --observations).")
    @Nullable
    List<String> only;

    @Option(
            names = "--observations",
            paramLabel = "FILE",
            description = "More observations to score, each naming its episode (YAML or JSON).")
    @Nullable
    Path observations;

    @Option(
            names = "--calibrate",
            description = "Re-run the calibration grid (864 candidates) on every development row (the four episodes'"
                    + " own rows and blind records 5 to 43's), print its ranking and the merged behaviour of the candidates"
                    + " within one row of the best. The shipped default was derived with --paths 1000.")
    boolean calibrate;

    @Option(
            names = "--cross-validate",
            description = "With --calibrate: leave-one-episode-out cross-validation. Each episode is held out in turn,"
                    + " the behaviour is chosen by the same rule on the other three's rows and scored on the held-out"
                    + " rows, beside the first look; prints per fold and pooled the rows inside P10-P90, the price"
                    + " directions right, the Brier score of the probability of a rise (beside climatology's, the"
                    + " other episodes' share of rises) and the confident rows right (P(RISE) >= 0.7 or <= 0.3), the"
                    + " pooled reliability table (table, json or csv), then the calibration on every row; and the model"
                    + " error's cross-validation: per fold and pooled, the held-out rows inside the model band and"
                    + " inside the predictive band (the discrepancy estimated on the other episodes' rows), the mean"
                    + " widths and P90/P10 ratios of both, and the discrepancy on every row (the shipped one). About"
                    + " 25 s of CPU at --paths 1000.")
    boolean crossValidate;

    @Option(
            names = "--bands",
            paramLabel = "WHICH",
            defaultValue = "predictive",
            description = "Which P10-P90 the table prints and scores: predictive (the model's band widened by its own"
                    + " error as the cross-validated back-test measures it; the calibrated behaviour only, the first"
                    + " look keeps its model band) or model (the model's band alone, parameter uncertainty only)"
                    + " (default: ${DEFAULT-VALUE}). JSON and CSV give both.")
    String bands;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        if (paths < 100 || paths > 200_000) {
            throw new UserException("--paths (" + paths + ") must be within [100, 200000].");
        }
        if (threads != null && (threads < 1 || threads > 1024)) {
            throw new UserException("--threads (" + threads + ") must be within [1, 1024].");
        }
        if (!List.of("calibrated", "prior", "both").contains(behaviour.toLowerCase(Locale.ROOT))) {
            throw new UserException("--behaviour (" + behaviour + ") must be one of calibrated, prior, both.");
        }
        if (!List.of("predictive", "model").contains(bands.toLowerCase(Locale.ROOT))) {
            throw new UserException("--bands (" + bands + ") must be one of predictive, model.");
        }
        boolean predictive = bands.equalsIgnoreCase("predictive");
        if (only != null) {
            for (String id : only) {
                if (!BacktestQuery.ids().contains(id)) {
                    throw new UserException("--episode (" + id + ") is not known.\nMaybe use one of: "
                            + String.join(", ", BacktestQuery.ids()) + ".");
                }
            }
        }
        String extra = null;
        if (observations != null) {
            try {
                extra = Files.readString(observations, StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UserException("cannot read observations file (" + observations + "): " + e.getMessage());
            }
        }
        BacktestQuery query = new BacktestQuery(
                paths, seed, threads, behaviour, only, extra, observations == null ? "" : observations.toString());
        PrintWriter out = spec.commandLine().getOut();
        if (crossValidate && !calibrate) {
            throw new UserException("--cross-validate cross-validates the calibration.\nMaybe add --calibrate.");
        }
        if (crossValidate) {
            crossValidation(out, store, query.crossValidate(store.context()));
            return 0;
        }
        if (calibrate) {
            CalibrationResult calibration = query.calibrate(store.context());
            Output.fitted(out, store, text -> calibration(text, calibration));
            out.flush();
            return 0;
        }
        List<ReportView> reports = query.answer(store.context()).reports();
        switch (store.format) {
            case JSON -> Output.json(out, reports);
            case CSV -> csv(out, reports);
            case TABLE -> Output.fitted(out, store, text -> table(text, reports, predictive, paths));
        }
        out.flush();
        return 0;
    }

    /**
     * Prints a cross-validation in the format asked for.
     *
     * @param out where to
     * @param store the format and, for the table, the width
     * @param result the cross-validation
     */
    static void crossValidation(PrintWriter out, StoreOptions store, CrossValidationResult result) {
        switch (store.format) {
            case JSON -> Output.json(out, result);
            case CSV -> Output.csv(out, Table.of(Folds.CSV, foldsAndPooled(result)));
            case TABLE -> Output.fitted(out, store, text -> folds(text, result));
        }
        out.flush();
    }

    private static void calibration(PrintWriter out, CalibrationResult result) {
        out.println(String.format(
                Locale.ROOT,
                "%d candidate behaviours on every development row (%,d paths, seed %d), best first:",
                result.candidates(),
                result.paths(),
                result.seed()));
        List<Ranked> ranked = new ArrayList<>();
        for (int i = 0; i < result.best().size(); i++) {
            ranked.add(new Ranked(i + 1, result.best().get(i)));
        }
        Output.table(out, Table.of(Tables.CANDIDATES, ranked).width(120));
        out.println(result.members() + " candidates cover at most one of the " + result.observations()
                + " rows fewer than the best; merged, they give: " + result.merged() + ".");
        out.println(
                result.isDefault()
                        ? "That is Behaviour.CALIBRATED, the default."
                        : "That differs from Behaviour.CALIBRATED (" + result.shipped() + ").");
    }

    private static void folds(PrintWriter out, CrossValidationResult result) {
        out.println(String.format(
                Locale.ROOT,
                "Leave-one-episode-out cross-validation of the calibration (%,d paths, seed %d): each episode's rows"
                        + " scored under the behaviour chosen on the other episodes' rows, beside the first look.",
                result.paths(),
                result.seed()));
        Output.table(out, Table.of(Folds.SCORES, foldsAndPooled(result)));
        out.println(directions(
                "Price directions as probabilities, out of fold (BRIER; climatology: each fold's rows forecast at the"
                        + " other episodes' share of rises)",
                result.pooled().heldOutScore()));
        out.println(calls("Out of fold", result.pooled().heldOutScore(), result.paths()));
        out.println(
                directions("The first look on the same rows", result.pooled().priorScore()));
        out.println(calls("The first look", result.pooled().priorScore(), result.paths()));
        out.println("Reliability of the probability of a rise out of fold (ROSE: the share that rose, a row at"
                + " exactly 1 counted half):");
        Output.table(
                out,
                Table.of(
                        Tables.RELIABILITY,
                        result.pooled().heldOutScore().directions().reliability()));
        for (FoldView f : result.folds()) {
            out.println("Chosen without " + f.heldOut() + ": " + f.chosen() + ".");
        }
        out.println();
        out.println("Model error: the same held-out rows inside the model's own P10-P90 (MODEL) and inside the"
                + " predictive band (PREDICTIVE: the model band widened by the discrepancy d estimated on the other"
                + " episodes' rows, each scored out of fold; P10 and P90 + 0.05 move by a factor e^d). WIDTH is the"
                + " mean P90 - P10 (index units), RATIO the mean (P90 + 0.05) / (P10 + 0.05). IN-SAMPLE VARIANT: d"
                + " estimated on the training rows in sample instead (not shipped).");
        Output.table(out, Table.of(Folds.ERRORS, foldsAndPooled(result)));
        out.println(errorLine("Model error on every development row, scored out of fold", result.modelError()));
        out.println(errorLine("In-sample variant (not shipped)", result.inSampleModelError()));
        out.println();
        calibration(out, result.calibration());
        out.println(String.format(
                Locale.ROOT,
                "In sample, on the rows it was chosen on: %d of %d inside (%s).",
                result.inSample().inside(),
                result.inSample().observations(),
                Format.percent(result.inSample().coverage())));
    }

    /**
     * @return the directions the paths resolve in a sentence, beside {@link #directions}: the calls right of the calls
     *     made, and the rows whose median's side of 1 is Monte Carlo noise at the run's path count
     */
    static String calls(String what, Score score, int paths) {
        DirectionForecasts.Score d = score.directions();
        return what + ": directions: " + d.callsRight() + " of " + d.calls() + " calls right ("
                + shareOf(d.callsRight(), d.calls()) + "); " + d.unresolved()
                + String.format(
                        Locale.ROOT,
                        " rows the model does not resolve at %,d paths (CALL NONE: P(RISE) within %.2f standard errors"
                                + " of 1/2, the median's side of 1 is Monte Carlo noise).",
                        paths,
                        DirectionCall.Z);
    }

    /** @return right / of as a percentage ("" for none) */
    private static String shareOf(long right, long of) {
        return Format.percent(of == 0 ? Double.NaN : right / (double) of);
    }

    /** @return a score's direction forecasts in a sentence: Brier scores, the confident rows and all rows */
    static String directions(String what, Score score) {
        DirectionForecasts.Score d = score.directions();
        return String.format(
                Locale.ROOT,
                "%s: Brier %s on %d price rows (climatology %s, a coin %s); confident (P(RISE) >= %.1f or <= %.1f) %d"
                        + " rows, %d right (%s); all %d rows, %d right (%s).",
                what,
                number(d.brier()),
                d.rows(),
                number(d.climatologyBrier()),
                number(d.coinBrier()),
                DirectionForecasts.CONFIDENT,
                1 - DirectionForecasts.CONFIDENT,
                d.confident(),
                d.confidentRight(),
                shareOf(d.confidentRight(), d.confident()),
                d.rows(),
                d.right(),
                shareOf(d.right(), d.rows()));
    }

    private static List<FoldView> foldsAndPooled(CrossValidationResult result) {
        List<FoldView> all = new ArrayList<>(result.folds());
        all.add(result.pooled());
        return all;
    }

    private static String errorLine(String what, ModelErrorView e) {
        return String.format(
                Locale.ROOT,
                "%s: d = %s for home prices (%d rows; factor %s), %s for other prices (%d rows; factor %s), %s for"
                        + " other series (%d rows; factor %s).",
                what,
                number(e.homePriceDiscrepancy()),
                e.homePriceRows(),
                number(e.homePriceFactor()),
                number(e.priceDiscrepancy()),
                e.priceRows(),
                number(e.priceFactor()),
                number(e.quantityDiscrepancy()),
                e.quantityRows(),
                number(e.quantityFactor()));
    }

    private static void table(PrintWriter out, List<ReportView> reports, boolean predictive, int paths) {
        ReportView main = reports.get(0);
        out.println("Back-test, " + main.behaviour() + ". Observed values and model bands are indices in the series'"
                + " units (1 = the baseline the row names); IN = inside P10-P90; for prices, whether the model's median"
                + " moves the same way (the sign of its change from 1) and P(RISE), the share of the model's paths on which"
                + " it rises (a path at exactly 1 counted half); CALL, the direction the paths resolve: RISE, FALL, or"
                + " NONE where P(RISE) lies within " + DirectionCall.Z
                + " standard errors of 1/2 at this run's paths.");
        ModelErrorView error = main.modelError();
        boolean none = error.rows() == 0;
        out.println(
                predictive && !none
                        ? String.format(
                                Locale.ROOT,
                                "P10 and P90 are predictive: the model's band widened by its own error (P10 + 0.05"
                                        + " divided and P90 + 0.05 multiplied by %s for home prices, %s for other"
                                        + " prices, %s for other series, estimated out of fold on %d development"
                                        + " rows); --bands model prints the model's own band.",
                                number(error.homePriceFactor()),
                                number(error.priceFactor()),
                                number(error.quantityFactor()),
                                error.rows())
                        : "P10 and P90 are the model's own band (parameter uncertainty only)"
                                + (none ? "; the first look has no model error." : "."));
        List<Column<RowView>> columns = predictive ? Rows.PREDICTIVE_TABLE : Rows.MODEL_TABLE;
        for (Score score : main.episodes()) {
            List<RowView> rows = main.rows().stream()
                    .filter(row -> row.episode().equals(score.which()))
                    .toList();
            out.println();
            out.println(score.which() + " (" + rows.get(0).role() + ")");
            Output.table(out, Table.of(columns, rows));
            out.println(String.format(
                    Locale.ROOT,
                    "%s: %d of %d inside P10-P90 (%s; %s).",
                    score.which(),
                    predictive ? score.predictiveInside() : score.inside(),
                    score.observations(),
                    Format.percent(predictive ? score.predictiveCoverage() : score.coverage()),
                    predictive
                            ? "predictive; the model's own band: " + score.inside()
                            : "the model's own band; predictive: " + score.predictiveInside()));
        }
        out.println();
        List<Behaved<Score>> summaries = reports.stream()
                .flatMap(r -> r.summaries().stream().map(s -> new Behaved<>(r.behaviour(), s)))
                .toList();
        Output.table(out, Table.of(Tables.SUMMARY, summaries).width(60));
        for (ReportView report : reports) {
            report.summaries().stream()
                    .filter(score -> score.which().equals("all"))
                    .forEach(all -> {
                        out.println(directions(report.behaviour() + ", every price row", all));
                        out.println(calls(report.behaviour(), all, paths));
                    });
        }
    }

    private static void csv(PrintWriter out, List<ReportView> reports) {
        List<Behaved<RowView>> rows = reports.stream()
                .flatMap(r -> r.rows().stream().map(row -> new Behaved<>(r.behaviour(), row)))
                .toList();
        Output.csv(out, Table.of(Rows.CSV, rows));
    }

    /** @return the value with three decimals, or "" for NaN (a mean over no rows) */
    private static String number(double value) {
        return Double.isNaN(value) ? "" : String.format(Locale.ROOT, "%.3f", value);
    }

    private static String outOf(long inside, long rows) {
        return inside + " / " + rows;
    }

    /**
     * A row of one behaviour's report, for the tables that put every behaviour's rows together.
     *
     * @param behaviour the behaviour's label
     * @param row the row
     * @param <T> the row type
     */
    private record Behaved<T>(String behaviour, T row) {}

    /**
     * A candidate behaviour with its place in the calibration's ranking.
     *
     * @param rank 1 for the best
     * @param candidate the candidate
     */
    private record Ranked(int rank, Candidate candidate) {}

    /** The units of the back-test's numbers. */
    private static final class Units {
        static final Unit INDEX = Unit.dimensionless(
                "an index in the series' units, 1 = the baseline its row names (the table's heading says so)");
        static final Unit ROWS = Unit.dimensionless("a number of observation rows");
        static final Unit SHARE = Unit.dimensionless(
                "a share of rows: a percentage with its sign in the table, a fraction 0-1 in CSV and JSON");
        static final Unit DISCREPANCY =
                Unit.dimensionless("the model error's discrepancy d, in log units of (index + 0.05)");
        static final Unit RATIO = Unit.dimensionless("the mean of (P90 + 0.05) / (P10 + 0.05), a ratio");
        static final Unit PROBABILITY = Unit.dimensionless(
                "a probability, a fraction 0-1: the share of the model's paths on which the price rises");
        static final Unit BRIER = Unit.dimensionless(
                "the Brier score: the mean of (probability of a rise - outcome)^2, outcome 1 for a rise, 0 for a fall,"
                        + " 1/2 for no move (0 best; a coin scores 0.25)");
        static final Unit INTERVAL_SCORE =
                Unit.dimensionless("the mean interval score, in index units (lower is better)");

        private Units() {}

        static <T> Column<T> index(String id, @Nullable String title, ToDoubleFunction<T> value, Unit unit) {
            return new Column<T>(
                    id, title, row -> value.applyAsDouble(row), row -> number(value.applyAsDouble(row)), unit);
        }

        static <T> Column<T> share(String id, @Nullable String title, ToDoubleFunction<T> value) {
            return new Column<T>(
                    id, title, row -> value.applyAsDouble(row), row -> Format.percent(value.applyAsDouble(row)), SHARE);
        }

        static <T> Column<T> count(String id, @Nullable String title, ToLongFunction<T> value) {
            return Column.<T>of(id, title, row -> value.applyAsLong(row)).in(ROWS);
        }

        /** @return a Brier score: raw in CSV and JSON, three decimals in the table ("" for NaN, no price rows) */
        static <T> Column<T> brier(String id, @Nullable String title, ToDoubleFunction<T> value) {
            return index(id, title, value, BRIER);
        }

        /** @return the confident price rows whose direction is right, "right / confident" in the table */
        static <T> Column<T> confident(
                String id, @Nullable String title, java.util.function.Function<T, DirectionForecasts.Score> score) {
            return Units.<T>count(id, title, row -> score.apply(row).confidentRight())
                    .shownAs(row -> outOf(
                            score.apply(row).confidentRight(), score.apply(row).confident()));
        }
    }

    /** The columns of the scored observations: the CSV's, and the table's under either band. */
    private static final class Rows {
        static final Column<RowView> OBSERVATION = Column.of("observation", "OBSERVATION", RowView::observation);
        static final Column<RowView> SERIES = Column.of("series", "SERIES", RowView::series);
        static final Column<RowView> MONTHS = Column.of("months", "MONTHS", RowView::months);
        static final Column<RowView> OBSERVED = Units.index("observed", "OBSERVED", RowView::observed, Units.INDEX);
        static final Column<RowView> P10 = Units.index("p10", "P10", RowView::p10, Units.INDEX);
        static final Column<RowView> P50 = Units.index("p50", "P50", RowView::p50, Units.INDEX);
        static final Column<RowView> P90 = Units.index("p90", "P90", RowView::p90, Units.INDEX);
        static final Column<RowView> INSIDE =
                Column.of("inside", "IN", RowView::inside).shownAs(row -> inside(row.inside()));
        static final Column<RowView> DIRECTION = Column.of("direction_right", "DIRECTION", RowView::directionRight)
                .shownAs(row -> row.directionRight() == null ? "" : row.directionRight() ? "right" : "WRONG");
        static final Column<RowView> RISE = new Column<RowView>(
                "rise_probability",
                "P(RISE)",
                RowView::riseProbability,
                row -> Format.fixed(row.riseProbability(), 2),
                Units.PROBABILITY);
        static final Column<RowView> CALL =
                Column.of("call", "CALL", RowView::call).shownAs(row -> row.call() == null ? "" : row.call());
        static final Column<RowView> PREDICTIVE_P10 =
                Units.index("predictive_p10", "P10", RowView::predictiveP10, Units.INDEX);
        static final Column<RowView> PREDICTIVE_P90 =
                Units.index("predictive_p90", "P90", RowView::predictiveP90, Units.INDEX);
        static final Column<RowView> PREDICTIVE_INSIDE = Column.of("predictive_inside", "IN", RowView::predictiveInside)
                .shownAs(row -> inside(row.predictiveInside()));

        /** The table under the model's own band (--bands model). */
        static final List<Column<RowView>> MODEL_TABLE =
                List.of(OBSERVATION, SERIES, MONTHS, OBSERVED, P10, P50, P90, INSIDE, DIRECTION, RISE, CALL);
        /** The table under the predictive band (the default). */
        static final List<Column<RowView>> PREDICTIVE_TABLE = List.of(
                OBSERVATION,
                SERIES,
                MONTHS,
                OBSERVED,
                PREDICTIVE_P10,
                P50,
                PREDICTIVE_P90,
                PREDICTIVE_INSIDE,
                DIRECTION,
                RISE,
                CALL);
        /** The CSV: every behaviour's rows, both bands. */
        static final List<Column<Behaved<RowView>>> CSV = Tables.behaved(List.of(
                Column.of("episode", null, RowView::episode),
                Column.of("role", null, RowView::role),
                OBSERVATION,
                Column.of("scenario", null, RowView::scenario),
                Column.of("market", null, RowView::market),
                SERIES,
                MONTHS,
                OBSERVED,
                P10,
                P50,
                P90,
                INSIDE,
                DIRECTION,
                RISE,
                Column.of("source", null, RowView::source),
                PREDICTIVE_P10,
                PREDICTIVE_P90,
                PREDICTIVE_INSIDE,
                CALL));

        private Rows() {}

        private static String inside(boolean inside) {
            return inside ? "yes" : "NO";
        }
    }

    /** The columns of the cross-validation's folds: its CSV and its two tables (scores, model error). */
    private static final class Folds {
        static final Column<FoldView> HELD_OUT = Column.of("held_out", "HELD OUT", FoldView::heldOut);
        static final Column<FoldView> TRAINING_ROWS = Units.<FoldView>count(
                        "training_rows", "TRAINING ROWS", FoldView::trainingRows)
                .shownAs(f -> blankIfZero(f.trainingRows()));
        static final Column<FoldView> MEMBERS =
                Units.<FoldView>count("set_members", "SET", FoldView::members).shownAs(f -> blankIfZero(f.members()));
        static final Column<FoldView> INSIDE = Units.<FoldView>count(
                        "inside", "INSIDE", f -> f.heldOutScore().inside())
                .shownAs(f -> outOf(f.heldOutScore().inside(), f.heldOutScore().observations()));
        static final Column<FoldView> COVERAGE =
                Units.<FoldView>share("coverage", "SHARE", f -> f.heldOutScore().coverage());
        static final Column<FoldView> DIRECTION = Units.<FoldView>share(
                "direction_right", "DIRECTION", f -> f.heldOutScore().priceDirectionRight());
        static final Column<FoldView> BRIER = Units.<FoldView>brier(
                "brier", "BRIER", f -> f.heldOutScore().directions().brier());
        static final Column<FoldView> CLIMATOLOGY_BRIER = Units.<FoldView>brier(
                "climatology_brier",
                "CLIMATOLOGY",
                f -> f.heldOutScore().directions().climatologyBrier());
        static final Column<FoldView> CONFIDENT = Units.<FoldView>confident(
                "confident_right", "CONFIDENT", f -> f.heldOutScore().directions());
        static final Column<FoldView> MEAN_WIDTH =
                Units.<FoldView>index("mean_width", "MODEL WIDTH", FoldView::meanWidth, Units.INDEX);
        static final Column<FoldView> PRIOR_INSIDE = Units.<FoldView>count(
                        "prior_inside", "FIRST LOOK INSIDE", f -> f.priorScore().inside())
                .shownAs(f -> outOf(f.priorScore().inside(), f.priorScore().observations()));
        static final Column<FoldView> PRIOR_DIRECTION = Units.<FoldView>share(
                "prior_direction_right",
                "FIRST LOOK DIRECTION",
                f -> f.priorScore().priceDirectionRight());
        static final Column<FoldView> HOME_PRICE_DISCREPANCY =
                discrepancy("home_price_discrepancy", "d HOME PRICES", ModelErrorView::homePriceDiscrepancy);
        static final Column<FoldView> PRIOR_BRIER = Units.<FoldView>brier(
                "prior_brier",
                "FIRST LOOK BRIER",
                f -> f.priorScore().directions().brier());
        static final Column<FoldView> PRICE_DISCREPANCY =
                discrepancy("price_discrepancy", "d PRICES", ModelErrorView::priceDiscrepancy);
        static final Column<FoldView> QUANTITY_DISCREPANCY =
                discrepancy("quantity_discrepancy", "d QUANTITIES", ModelErrorView::quantityDiscrepancy);
        static final Column<FoldView> PREDICTIVE_INSIDE = Units.<FoldView>count(
                        "predictive_inside", "PREDICTIVE INSIDE", FoldView::predictiveInside)
                .shownAs(f -> outOf(f.predictiveInside(), f.heldOutScore().observations()));
        static final Column<FoldView> PREDICTIVE_COVERAGE =
                Units.<FoldView>share("predictive_coverage", "SHARE", FoldView::predictiveCoverage);
        static final Column<FoldView> PREDICTIVE_MEAN_WIDTH = Units.<FoldView>index(
                "predictive_mean_width", "PREDICTIVE WIDTH", FoldView::predictiveMeanWidth, Units.INDEX);
        static final Column<FoldView> MEAN_RATIO =
                Units.<FoldView>index("mean_ratio", "MODEL RATIO", FoldView::meanRatio, Units.RATIO);
        static final Column<FoldView> PREDICTIVE_MEAN_RATIO = Units.<FoldView>index(
                "predictive_mean_ratio", "PREDICTIVE RATIO", FoldView::predictiveMeanRatio, Units.RATIO);
        static final Column<FoldView> VARIANT_INSIDE = Units.<FoldView>count(
                        "in_sample_variant_inside", "IN-SAMPLE VARIANT INSIDE", FoldView::inSampleVariantInside)
                .shownAs(f -> outOf(f.inSampleVariantInside(), f.heldOutScore().observations()));
        static final Column<FoldView> VARIANT_MEAN_WIDTH = Units.<FoldView>index(
                "in_sample_variant_mean_width", "VARIANT WIDTH", FoldView::inSampleVariantMeanWidth, Units.INDEX);

        /**
         * The held-out rows' scores beside the first look's: the directions' Brier scores beside the shares right;
         * climatology's and the confident rows, per fold in the CSV and JSON, pooled in the sentence after the table.
         */
        static final List<Column<FoldView>> SCORES = List.of(
                HELD_OUT,
                TRAINING_ROWS,
                MEMBERS,
                INSIDE,
                COVERAGE,
                DIRECTION,
                BRIER,
                PRIOR_INSIDE,
                PRIOR_DIRECTION,
                PRIOR_BRIER);
        /** The model error: the held-out rows inside the model band and inside the predictive band. */
        static final List<Column<FoldView>> ERRORS = List.of(
                HELD_OUT,
                HOME_PRICE_DISCREPANCY,
                PRICE_DISCREPANCY,
                QUANTITY_DISCREPANCY,
                INSIDE.titled("MODEL INSIDE"),
                PREDICTIVE_INSIDE,
                PREDICTIVE_COVERAGE,
                MEAN_WIDTH,
                PREDICTIVE_MEAN_WIDTH,
                MEAN_RATIO,
                PREDICTIVE_MEAN_RATIO,
                VARIANT_INSIDE,
                VARIANT_MEAN_WIDTH);
        /** The CSV: every figure of a fold. */
        static final List<Column<FoldView>> CSV = List.of(
                HELD_OUT,
                TRAINING_ROWS,
                MEMBERS,
                Units.<FoldView>count("rows", null, f -> f.heldOutScore().observations()),
                INSIDE,
                COVERAGE,
                DIRECTION,
                BRIER,
                CLIMATOLOGY_BRIER,
                Units.<FoldView>count(
                        "confident", null, f -> f.heldOutScore().directions().confident()),
                CONFIDENT,
                MEAN_WIDTH,
                PRIOR_INSIDE,
                Units.<FoldView>share(
                        "prior_coverage", null, f -> f.priorScore().coverage()),
                PRIOR_DIRECTION,
                PRIOR_BRIER,
                Units.<FoldView>index("prior_mean_width", null, FoldView::priorMeanWidth, Units.INDEX),
                Column.of("chosen", null, FoldView::chosen),
                HOME_PRICE_DISCREPANCY,
                PRICE_DISCREPANCY,
                QUANTITY_DISCREPANCY,
                PREDICTIVE_INSIDE,
                PREDICTIVE_COVERAGE,
                PREDICTIVE_MEAN_WIDTH,
                MEAN_RATIO,
                PREDICTIVE_MEAN_RATIO,
                VARIANT_INSIDE,
                VARIANT_MEAN_WIDTH);

        private Folds() {}

        /** The pooled row applies each fold's own model error: its discrepancy cells are empty. */
        private static Column<FoldView> discrepancy(String id, String title, ToDoubleFunction<ModelErrorView> value) {
            return new Column<>(
                    id,
                    title,
                    f -> f.modelError() == null ? null : value.applyAsDouble(f.modelError()),
                    f -> f.modelError() == null ? "" : number(value.applyAsDouble(f.modelError())),
                    Units.DISCREPANCY);
        }

        private static String blankIfZero(long count) {
            return count == 0 ? "" : String.valueOf(count);
        }
    }

    /** The columns of the tables that put every behaviour together, and of the calibration's ranking. */
    private static final class Tables {
        /** Per behaviour: the calibration, test and all episodes' counts and shares. */
        static final List<Column<Behaved<Score>>> SUMMARY = behaved(List.of(
                Column.of("which", "EPISODES", Score::which),
                Units.count("observations", "OBSERVATIONS", Score::observations),
                Units.share("coverage", "INSIDE MODEL P10-P90", Score::coverage),
                Units.share("predictive_coverage", "INSIDE PREDICTIVE P10-P90", Score::predictiveCoverage),
                Units.share("price_direction_right", "PRICE DIRECTION RIGHT", Score::priceDirectionRight),
                Units.brier("brier", "BRIER", s -> s.directions().brier()),
                Units.confident("confident_right", "CONFIDENT RIGHT", Score::directions)));
        /** The reliability table of the probability of a rise. */
        static final List<Column<DirectionForecasts.Bin>> RELIABILITY = List.of(
                Column.<DirectionForecasts.Bin>of(
                                "bin", "P(RISE)", b -> String.format(Locale.ROOT, "%.1f-%.1f", b.lower(), b.upper()))
                        .in(Units.PROBABILITY),
                Units.<DirectionForecasts.Bin>count("rows", "ROWS", DirectionForecasts.Bin::rows),
                Units.<DirectionForecasts.Bin>index(
                        "mean_forecast", "MEAN FORECAST", DirectionForecasts.Bin::meanForecast, Units.PROBABILITY),
                Units.<DirectionForecasts.Bin>index(
                        "observed_share", "ROSE", DirectionForecasts.Bin::observedShare, Units.PROBABILITY));
        /** The calibration's ten best candidates. */
        static final List<Column<Ranked>> CANDIDATES = List.of(
                Column.<Ranked>of("rank", "RANK", Ranked::rank).in(Unit.RANK),
                Units.share("coverage", "COVERAGE", r -> r.candidate().coverage()),
                new Column<Ranked>(
                        "interval_score",
                        "INTERVAL SCORE",
                        r -> r.candidate().intervalScore(),
                        r -> Format.fixed(r.candidate().intervalScore(), 3),
                        Units.INTERVAL_SCORE),
                Column.of("behaviour", "BEHAVIOUR", r -> r.candidate().behaviour()));

        private Tables() {}

        /** @return a leading BEHAVIOUR column, then the rows' own columns */
        static <T> List<Column<Behaved<T>>> behaved(List<Column<T>> columns) {
            List<Column<Behaved<T>>> all = new ArrayList<>();
            all.add(Column.of("behaviour", "BEHAVIOUR", Behaved::behaviour));
            columns.forEach(c -> all.add(c.through(Behaved::row)));
            return List.copyOf(all);
        }
    }
}
