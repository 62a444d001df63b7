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
import lodestone.report.scenario.BacktestQuery;
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
                    + " then the share inside P10-P90 per episode and for the calibration and test episodes.",
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
            defaultValue = "" + BacktestQuery.PATHS,
            description = "Paths per scenario, 100-200000 (default: ${DEFAULT-VALUE}).")
    int paths;

    @Option(
            names = "--seed",
            paramLabel = "S",
            defaultValue = "" + BacktestQuery.SEED,
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
                    + " directions right (table, json or csv), then the calibration on every row. About 20 s of CPU"
                    + " at --paths 1000.")
    boolean crossValidate;

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
            case TABLE -> Output.fitted(out, store, text -> table(text, reports));
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
        calibration(out, result.calibration());
        out.println(String.format(
                Locale.ROOT,
                "In sample, on the rows it was chosen on: %d of %d inside (%s).",
                result.inSample().inside(),
                result.inSample().observations(),
                Format.percent(result.inSample().coverage())));
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
                    f.chosen()));
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
                        "chosen"),
                rows);
    }

    private static void table(PrintWriter out, List<BacktestQuery.ReportView> reports) {
        BacktestQuery.ReportView main = reports.get(0);
        out.println("Back-test, " + main.behaviour() + ". Observed values and model bands are indices in the series'"
                + " units (1 = the baseline the row names); IN = inside P10-P90; for prices, whether the model's median"
                + " moves the same way (the sign of its change from 1).");
        String current = "";
        List<List<String>> rows = new ArrayList<>();
        for (BacktestQuery.RowView row : main.rows()) {
            if (!row.episode().equals(current)) {
                flush(out, rows, current, main);
                current = row.episode();
                out.println();
                out.println(current + " (" + row.role() + ")");
            }
            rows.add(List.of(
                    row.observation(),
                    row.series(),
                    row.months(),
                    number(row.observed()),
                    number(row.p10()),
                    number(row.p50()),
                    number(row.p90()),
                    row.inside() ? "yes" : "NO",
                    row.directionRight() == null ? "" : row.directionRight() ? "right" : "WRONG"));
        }
        flush(out, rows, current, main);
        out.println();
        List<List<String>> summary = new ArrayList<>();
        for (BacktestQuery.ReportView report : reports) {
            for (BacktestQuery.Score score : report.summaries()) {
                summary.add(List.of(
                        report.behaviour(),
                        score.which(),
                        String.valueOf(score.observations()),
                        Format.percent(score.coverage()),
                        Format.percent(score.priceDirectionRight())));
            }
        }
        Output.table(
                out,
                List.of("BEHAVIOUR", "EPISODES", "OBSERVATIONS", "INSIDE P10-P90", "PRICE DIRECTION RIGHT"),
                summary,
                60);
    }

    private static void flush(
            PrintWriter out, List<List<String>> rows, String episode, BacktestQuery.ReportView report) {
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
                "%s: %d of %d inside P10-P90 (%s).",
                episode,
                score.inside(),
                score.observations(),
                Format.percent(score.coverage())));
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
                        v.source()));
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
                        "source"),
                rows);
    }

    private static String number(double value) {
        return Double.isNaN(value) ? "" : String.format(Locale.ROOT, "%.3f", value);
    }
}
