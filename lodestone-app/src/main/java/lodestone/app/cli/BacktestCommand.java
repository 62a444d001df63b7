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
import lodestone.report.scenario.BacktestDefaults;
import lodestone.report.scenario.BacktestQuery;
import lodestone.report.scenario.ModelErrorView;
import lodestone.report.table.Format;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code lodestone backtest}: the model against what followed China's export controls of 2023-2025. */
@Command(
        name = "backtest",
        mixinStandardHelpOptions = true,
        description = {
            "Run the historical episodes (China's 2023 gallium and germanium licensing, its 2023 graphite licensing, the"
                    + " December 2024 ban on gallium, germanium and antimony exports to the US, the April 2025"
                    + " rare-earth licensing) and print, for every observation, the observed value beside the model's"
                    + " P10, P50 and P90, whether it lies inside, and for prices whether the model's median moves the"
                    + " same way (up or down from 1);"
                    + " then the share inside P10-P90 per episode and for the calibration and test episodes. P10 and"
                    + " P90 are predictive by default: the model's band widened by its own error, a discrepancy per"
                    + " class (prices, other series) estimated by conformal prediction on the development rows scored"
                    + " out of fold (the calibrated behaviour only; --bands model prints the model's own band, which"
                    + " holds parameter uncertainty only).",
            "The calibrated behaviour (the default) was chosen on every episode's rows and blind record 5's"
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
                    + " cn-ree-2025-04.")
    List<String> only;

    @Option(
            names = "--observations",
            paramLabel = "FILE",
            description = "More observations to score, each naming its episode (YAML or JSON).")
    Path observations;

    @Option(
            names = "--calibrate",
            description = "Re-run the calibration grid (108 candidates) on every development row (the four episodes'"
                    + " own rows and blind record 5's), print its ranking and the merged behaviour of the candidates"
                    + " within one row of the best. The shipped default was derived with --paths 1000.")
    boolean calibrate;

    @Option(
            names = "--cross-validate",
            description = "With --calibrate: leave-one-episode-out cross-validation. Each episode is held out in turn,"
                    + " the behaviour is chosen by the same rule on the other three's rows and scored on the held-out"
                    + " rows, beside the first look; prints per fold and pooled the rows inside P10-P90 and the price"
                    + " directions right (table, json or csv), then the calibration on every row; and the model"
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
                paths, seed, threads, behaviour, only, extra, observations == null ? null : observations.toString());
        PrintWriter out = spec.commandLine().getOut();
        if (crossValidate && !calibrate) {
            throw new UserException("--cross-validate cross-validates the calibration.\nMaybe add --calibrate.");
        }
        if (crossValidate) {
            BacktestQuery.CrossValidationResult result = query.crossValidate(store.context());
            switch (store.format) {
                case JSON -> Output.json(out, result);
                case CSV -> foldsCsv(out, result);
                case TABLE -> Output.fitted(out, store, text -> folds(text, result));
            }
            out.flush();
            return 0;
        }
        if (calibrate) {
            BacktestQuery.CalibrationResult calibration = query.calibrate(store.context());
            Output.fitted(out, store, text -> calibration(text, calibration));
            out.flush();
            return 0;
        }
        List<BacktestQuery.ReportView> reports = query.answer(store.context()).reports();
        switch (store.format) {
            case JSON -> Output.json(out, reports);
            case CSV -> csv(out, reports);
            case TABLE -> Output.fitted(out, store, text -> table(text, reports, predictive));
        }
        out.flush();
        return 0;
    }

    private static void calibration(PrintWriter out, BacktestQuery.CalibrationResult result) {
        out.println(String.format(
                Locale.ROOT,
                "%d candidate behaviours on every development row (%,d paths, seed %d), best first:",
                result.candidates(),
                result.paths(),
                result.seed()));
        List<List<String>> rows = new ArrayList<>();
        for (int i = 0; i < result.best().size(); i++) {
            BacktestQuery.Candidate c = result.best().get(i);
            rows.add(List.of(
                    String.valueOf(i + 1),
                    Format.percent(c.coverage()),
                    String.format(Locale.ROOT, "%.3f", c.intervalScore()),
                    c.behaviour()));
        }
        Output.table(out, List.of("RANK", "COVERAGE", "INTERVAL SCORE", "BEHAVIOUR"), rows, 120);
        out.println(result.members() + " candidates cover at most one of the " + result.observations()
                + " rows fewer than the best; merged, they give: " + result.merged() + ".");
        out.println(
                result.isDefault()
                        ? "That is Behaviour.CALIBRATED, the default."
                        : "That differs from Behaviour.CALIBRATED (" + result.shipped() + ").");
    }

    private static void folds(PrintWriter out, BacktestQuery.CrossValidationResult result) {
        out.println(String.format(
                Locale.ROOT,
                "Leave-one-episode-out cross-validation of the calibration (%,d paths, seed %d): each episode's rows"
                        + " scored under the behaviour chosen on the other episodes' rows, beside the first look.",
                result.paths(),
                result.seed()));
        List<List<String>> rows = new ArrayList<>();
        List<BacktestQuery.FoldView> all = new ArrayList<>(result.folds());
        all.add(result.pooled());
        for (BacktestQuery.FoldView f : all) {
            rows.add(List.of(
                    f.heldOut(),
                    f.trainingRows() == 0 ? "" : String.valueOf(f.trainingRows()),
                    f.members() == 0 ? "" : String.valueOf(f.members()),
                    f.heldOutScore().inside() + " / " + f.heldOutScore().observations(),
                    Format.percent(f.heldOutScore().coverage()),
                    Format.percent(f.heldOutScore().priceDirectionRight()),
                    f.priorScore().inside() + " / " + f.priorScore().observations(),
                    Format.percent(f.priorScore().priceDirectionRight())));
        }
        Output.table(
                out,
                List.of(
                        "HELD OUT",
                        "TRAINING ROWS",
                        "SET",
                        "INSIDE",
                        "SHARE",
                        "DIRECTION",
                        "FIRST LOOK INSIDE",
                        "FIRST LOOK DIRECTION"),
                rows,
                40);
        for (BacktestQuery.FoldView f : result.folds()) {
            out.println("Chosen without " + f.heldOut() + ": " + f.chosen() + ".");
        }
        out.println();
        out.println("Model error: the same held-out rows inside the model's own P10-P90 (MODEL) and inside the"
                + " predictive band (PREDICTIVE: the model band widened by the discrepancy d estimated on the other"
                + " episodes' rows, each scored out of fold; P10 and P90 + 0.05 move by a factor e^d). WIDTH is the"
                + " mean P90 - P10 (index units), RATIO the mean (P90 + 0.05) / (P10 + 0.05). IN-SAMPLE VARIANT: d"
                + " estimated on the training rows in sample instead (not shipped).");
        List<List<String>> errors = new ArrayList<>();
        for (BacktestQuery.FoldView f : all) {
            ModelErrorView e = f.modelError();
            long n = f.heldOutScore().observations();
            errors.add(List.of(
                    f.heldOut(),
                    e == null ? "" : number(e.priceDiscrepancy()),
                    e == null ? "" : number(e.quantityDiscrepancy()),
                    f.heldOutScore().inside() + " / " + n,
                    f.predictiveInside() + " / " + n,
                    Format.percent(f.predictiveCoverage()),
                    number(f.meanWidth()),
                    number(f.predictiveMeanWidth()),
                    number(f.meanRatio()),
                    number(f.predictiveMeanRatio()),
                    f.inSampleVariantInside() + " / " + n,
                    number(f.inSampleVariantMeanWidth())));
        }
        Output.table(
                out,
                List.of(
                        "HELD OUT",
                        "d PRICES",
                        "d QUANTITIES",
                        "MODEL INSIDE",
                        "PREDICTIVE INSIDE",
                        "SHARE",
                        "MODEL WIDTH",
                        "PREDICTIVE WIDTH",
                        "MODEL RATIO",
                        "PREDICTIVE RATIO",
                        "IN-SAMPLE VARIANT INSIDE",
                        "VARIANT WIDTH"),
                errors,
                40);
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

    private static String errorLine(String what, ModelErrorView e) {
        return String.format(
                Locale.ROOT,
                "%s: d = %s for prices (%d rows; factor %s), %s for other series (%d rows; factor %s).",
                what,
                number(e.priceDiscrepancy()),
                e.priceRows(),
                number(e.priceFactor()),
                number(e.quantityDiscrepancy()),
                e.quantityRows(),
                number(e.quantityFactor()));
    }

    private static void foldsCsv(PrintWriter out, BacktestQuery.CrossValidationResult result) {
        List<List<Object>> rows = new ArrayList<>();
        List<BacktestQuery.FoldView> all = new ArrayList<>(result.folds());
        all.add(result.pooled());
        for (BacktestQuery.FoldView f : all) {
            rows.add(List.of(
                    f.heldOut(),
                    f.trainingRows(),
                    f.members(),
                    f.heldOutScore().observations(),
                    f.heldOutScore().inside(),
                    f.heldOutScore().coverage(),
                    f.heldOutScore().priceDirectionRight(),
                    f.meanWidth(),
                    f.priorScore().inside(),
                    f.priorScore().coverage(),
                    f.priorScore().priceDirectionRight(),
                    f.priorMeanWidth(),
                    f.chosen(),
                    f.modelError() == null ? "" : f.modelError().priceDiscrepancy(),
                    f.modelError() == null ? "" : f.modelError().quantityDiscrepancy(),
                    f.predictiveInside(),
                    f.predictiveCoverage(),
                    f.predictiveMeanWidth(),
                    f.meanRatio(),
                    f.predictiveMeanRatio(),
                    f.inSampleVariantInside(),
                    f.inSampleVariantMeanWidth()));
        }
        Output.csv(
                out,
                List.of(
                        "held_out",
                        "training_rows",
                        "set_members",
                        "rows",
                        "inside",
                        "coverage",
                        "direction_right",
                        "mean_width",
                        "prior_inside",
                        "prior_coverage",
                        "prior_direction_right",
                        "prior_mean_width",
                        "chosen",
                        "price_discrepancy",
                        "quantity_discrepancy",
                        "predictive_inside",
                        "predictive_coverage",
                        "predictive_mean_width",
                        "mean_ratio",
                        "predictive_mean_ratio",
                        "in_sample_variant_inside",
                        "in_sample_variant_mean_width"),
                rows);
    }

    private static void table(PrintWriter out, List<BacktestQuery.ReportView> reports, boolean predictive) {
        BacktestQuery.ReportView main = reports.get(0);
        out.println("Back-test, " + main.behaviour() + ". Observed values and model bands are indices in the series'"
                + " units (1 = the baseline the row names); IN = inside P10-P90; for prices, whether the model's median"
                + " moves the same way (the sign of its change from 1).");
        ModelErrorView error = main.modelError();
        boolean none = error.priceRows() + error.quantityRows() == 0;
        out.println(
                predictive && !none
                        ? String.format(
                                Locale.ROOT,
                                "P10 and P90 are predictive: the model's band widened by its own error (P10 + 0.05"
                                        + " divided and P90 + 0.05 multiplied by %s for prices, %s for other series,"
                                        + " estimated out of fold on %d development rows); --bands model prints the"
                                        + " model's own band.",
                                number(error.priceFactor()),
                                number(error.quantityFactor()),
                                error.priceRows() + error.quantityRows())
                        : "P10 and P90 are the model's own band (parameter uncertainty only)"
                                + (none ? "; the first look has no model error." : "."));
        String current = "";
        List<List<String>> rows = new ArrayList<>();
        for (BacktestQuery.RowView row : main.rows()) {
            if (!row.episode().equals(current)) {
                flush(out, rows, current, main, predictive);
                current = row.episode();
                out.println();
                out.println(current + " (" + row.role() + ")");
            }
            rows.add(List.of(
                    row.observation(),
                    row.series(),
                    row.months(),
                    number(row.observed()),
                    number(predictive ? row.predictiveP10() : row.p10()),
                    number(row.p50()),
                    number(predictive ? row.predictiveP90() : row.p90()),
                    (predictive ? row.predictiveInside() : row.inside()) ? "yes" : "NO",
                    row.directionRight() == null ? "" : row.directionRight() ? "right" : "WRONG"));
        }
        flush(out, rows, current, main, predictive);
        out.println();
        List<List<String>> summary = new ArrayList<>();
        for (BacktestQuery.ReportView report : reports) {
            for (BacktestQuery.Score score : report.summaries()) {
                summary.add(List.of(
                        report.behaviour(),
                        score.which(),
                        String.valueOf(score.observations()),
                        Format.percent(score.coverage()),
                        Format.percent(score.predictiveCoverage()),
                        Format.percent(score.priceDirectionRight())));
            }
        }
        Output.table(
                out,
                List.of(
                        "BEHAVIOUR",
                        "EPISODES",
                        "OBSERVATIONS",
                        "INSIDE MODEL P10-P90",
                        "INSIDE PREDICTIVE P10-P90",
                        "PRICE DIRECTION RIGHT"),
                summary,
                60);
    }

    private static void flush(
            PrintWriter out,
            List<List<String>> rows,
            String episode,
            BacktestQuery.ReportView report,
            boolean predictive) {
        if (rows.isEmpty()) {
            return;
        }
        Output.table(
                out,
                List.of("OBSERVATION", "SERIES", "MONTHS", "OBSERVED", "P10", "P50", "P90", "IN", "DIRECTION"),
                rows,
                40);
        BacktestQuery.Score score = report.episodes().stream()
                .filter(s -> s.which().equals(episode))
                .findFirst()
                .orElseThrow();
        out.println(String.format(
                Locale.ROOT,
                "%s: %d of %d inside P10-P90 (%s; %s).",
                episode,
                predictive ? score.predictiveInside() : score.inside(),
                score.observations(),
                Format.percent(predictive ? score.predictiveCoverage() : score.coverage()),
                predictive
                        ? "predictive; the model's own band: " + score.inside()
                        : "the model's own band; predictive: " + score.predictiveInside()));
        rows.clear();
    }

    private static void csv(PrintWriter out, List<BacktestQuery.ReportView> reports) {
        List<List<Object>> rows = new ArrayList<>();
        for (BacktestQuery.ReportView report : reports) {
            for (BacktestQuery.RowView v : report.rows()) {
                rows.add(List.of(
                        report.behaviour(),
                        v.episode(),
                        v.role(),
                        v.observation(),
                        v.scenario(),
                        v.market(),
                        v.series(),
                        v.months(),
                        v.observed(),
                        v.p10(),
                        v.p50(),
                        v.p90(),
                        v.inside(),
                        v.directionRight() == null ? "" : v.directionRight(),
                        v.source(),
                        v.predictiveP10(),
                        v.predictiveP90(),
                        v.predictiveInside()));
            }
        }
        Output.csv(
                out,
                List.of(
                        "behaviour",
                        "episode",
                        "role",
                        "observation",
                        "scenario",
                        "market",
                        "series",
                        "months",
                        "observed",
                        "p10",
                        "p50",
                        "p90",
                        "inside",
                        "direction_right",
                        "source",
                        "predictive_p10",
                        "predictive_p90",
                        "predictive_inside"),
                rows);
    }

    private static String number(double value) {
        return Double.isNaN(value) ? "" : String.format(Locale.ROOT, "%.3f", value);
    }
}
