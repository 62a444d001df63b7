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
import lodestone.report.table.Column;
import lodestone.report.table.Format;
import lodestone.report.table.Table;
import lodestone.report.table.Unit;
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

    /** An index of the row's series, 1 meaning the baseline the row names. */
    private static final Unit INDEX = Unit.dimensionless("an index of the row's series, 1 the baseline the row names");
    /** A count of back-test rows (the headers name what they count). */
    private static final Unit ROWS = Unit.dimensionless("a count of back-test rows");
    /** A share of rows: a percentage in the table, a fraction 0-1 in CSV (the headers name what they share). */
    private static final Unit SHARE = Unit.dimensionless("a share of rows, percent in the table, a fraction in CSV");

    /** The columns of a back-test row, in the episode tables and (after the behaviour) the CSV. */
    private static final List<Column<BacktestQuery.RowView>> ROW_COLUMNS = List.of(
            Column.<BacktestQuery.RowView>of("episode", null, BacktestQuery.RowView::episode),
            Column.<BacktestQuery.RowView>of("role", null, BacktestQuery.RowView::role),
            Column.of("observation", "OBSERVATION", BacktestQuery.RowView::observation),
            Column.<BacktestQuery.RowView>of("scenario", null, BacktestQuery.RowView::scenario),
            Column.<BacktestQuery.RowView>of("market", null, BacktestQuery.RowView::market),
            Column.of("series", "SERIES", BacktestQuery.RowView::series),
            Column.of("months", "MONTHS", BacktestQuery.RowView::months),
            index("observed", "OBSERVED", BacktestQuery.RowView::observed),
            index("p10", "P10", BacktestQuery.RowView::p10),
            index("p50", "P50", BacktestQuery.RowView::p50),
            index("p90", "P90", BacktestQuery.RowView::p90),
            new Column<>("inside", "IN", BacktestQuery.RowView::inside, row -> row.inside() ? "yes" : "NO"),
            new Column<>(
                    "direction_right",
                    "DIRECTION",
                    BacktestQuery.RowView::directionRight,
                    row -> row.directionRight() == null ? "" : row.directionRight() ? "right" : "WRONG"),
            Column.<BacktestQuery.RowView>of("source", null, BacktestQuery.RowView::source));

    /** The columns of a cross-validation fold (and the pooled row), in the table and the CSV. */
    private static final List<Column<BacktestQuery.FoldView>> FOLD_COLUMNS = List.of(
            Column.of("held_out", "HELD OUT", BacktestQuery.FoldView::heldOut),
            count("training_rows", "TRAINING ROWS", BacktestQuery.FoldView::trainingRows),
            count("set_members", "SET", BacktestQuery.FoldView::members),
            Column.<BacktestQuery.FoldView>of(
                            "rows", null, f -> f.heldOutScore().observations())
                    .in(ROWS),
            inside("inside", "INSIDE", BacktestQuery.FoldView::heldOutScore),
            share("coverage", "SHARE", f -> f.heldOutScore().coverage()),
            share("direction_right", "DIRECTION", f -> f.heldOutScore().priceDirectionRight()),
            Column.<BacktestQuery.FoldView>of("mean_width", null, BacktestQuery.FoldView::meanWidth)
                    .in(INDEX),
            inside("prior_inside", "FIRST LOOK INSIDE", BacktestQuery.FoldView::priorScore),
            share("prior_coverage", null, f -> f.priorScore().coverage()),
            share(
                    "prior_direction_right",
                    "FIRST LOOK DIRECTION",
                    f -> f.priorScore().priceDirectionRight()),
            Column.<BacktestQuery.FoldView>of("prior_mean_width", null, BacktestQuery.FoldView::priorMeanWidth)
                    .in(INDEX),
            Column.<BacktestQuery.FoldView>of("chosen", null, BacktestQuery.FoldView::chosen));

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
                case CSV -> Output.csv(out, foldTable(result));
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
        Output.table(out, foldTable(result));
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

    /** @return one row per fold and the pooled row last, under {@link #FOLD_COLUMNS} */
    private static Table<BacktestQuery.FoldView> foldTable(BacktestQuery.CrossValidationResult result) {
        List<BacktestQuery.FoldView> all = new ArrayList<>(result.folds());
        all.add(result.pooled());
        return Table.of(FOLD_COLUMNS, all);
    }

    private static void table(PrintWriter out, List<BacktestQuery.ReportView> reports) {
        BacktestQuery.ReportView main = reports.get(0);
        out.println("Back-test, " + main.behaviour() + ". Observed values and model bands are indices in the series'"
                + " units (1 = the baseline the row names); IN = inside P10-P90; for prices, whether the model's median"
                + " moves the same way (the sign of its change from 1).");
        String current = "";
        List<BacktestQuery.RowView> rows = new ArrayList<>();
        for (BacktestQuery.RowView row : main.rows()) {
            if (!row.episode().equals(current)) {
                flush(out, rows, current, main);
                current = row.episode();
                out.println();
                out.println(current + " (" + row.role() + ")");
            }
            rows.add(row);
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
            PrintWriter out, List<BacktestQuery.RowView> rows, String episode, BacktestQuery.ReportView report) {
        if (rows.isEmpty()) {
            return;
        }
        Output.table(out, Table.of(ROW_COLUMNS, rows));
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

    /** Every report's rows under one header, each led by the behaviour that made it. */
    private static void csv(PrintWriter out, List<BacktestQuery.ReportView> reports) {
        List<Table<BacktestQuery.RowView>> tables = reports.stream()
                .map(report -> Table.of("behaviour", report.behaviour(), ROW_COLUMNS, report.rows()))
                .toList();
        Output.csv(
                out,
                tables.get(0).csvHeader(),
                tables.stream().flatMap(t -> t.csvRows().stream()).toList());
    }

    /** An index column: raw in CSV, three decimals (blank for none) in the table. */
    private static Column<BacktestQuery.RowView> index(
            String id, String title, java.util.function.ToDoubleFunction<BacktestQuery.RowView> value) {
        return new Column<>(id, title, row -> value.applyAsDouble(row), row -> number(value.applyAsDouble(row)), INDEX);
    }

    /** A count of rows: blank in the table where there is none (the pooled row has no training set). */
    private static Column<BacktestQuery.FoldView> count(
            String id, String title, java.util.function.ToLongFunction<BacktestQuery.FoldView> value) {
        return new Column<>(
                id,
                title,
                f -> value.applyAsLong(f),
                f -> value.applyAsLong(f) == 0 ? "" : String.valueOf(value.applyAsLong(f)),
                ROWS);
    }

    /** The rows inside P10-P90: the count in CSV, "inside / rows" in the table. */
    private static Column<BacktestQuery.FoldView> inside(
            String id, String title, java.util.function.Function<BacktestQuery.FoldView, BacktestQuery.Score> score) {
        return new Column<>(
                id,
                title,
                f -> score.apply(f).inside(),
                f -> score.apply(f).inside() + " / " + score.apply(f).observations(),
                ROWS);
    }

    /** A share of rows: the fraction in CSV, a percentage in the table. */
    private static Column<BacktestQuery.FoldView> share(
            String id, String title, java.util.function.ToDoubleFunction<BacktestQuery.FoldView> value) {
        return new Column<>(id, title, f -> value.applyAsDouble(f), f -> Format.percent(value.applyAsDouble(f)), SHARE);
    }

    private static String number(double value) {
        return Double.isNaN(value) ? "" : String.format(Locale.ROOT, "%.3f", value);
    }
}
