package lodestone.app.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import lodestone.model.mineral.MineralCatalogue;
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
            "The 2023 episodes calibrated the behaviour; the 2024 and 2025 episodes are out of sample. --behaviour"
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
            defaultValue = "4000",
            description = "Paths per scenario (default: ${DEFAULT-VALUE}).")
    int paths;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "7", description = "Seed (default: ${DEFAULT-VALUE}).")
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
            description = "Re-run the calibration grid on the calibration episodes, print its ranking and the merged"
                    + " behaviour of the candidates within one observation of the best.")
    boolean calibrate;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        if (paths < 100 || paths > 200_000) {
            throw new UserException("--paths (" + paths + ") must be within [100, 200000].");
        }
        int workers = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
        if (workers < 1 || workers > 1024) {
            throw new UserException("--threads (" + workers + ") must be within [1, 1024].");
        }
        List<String> which = switch (behaviour.toLowerCase(Locale.ROOT)) {
            case "calibrated" -> List.of("calibrated");
            case "prior" -> List.of("prior");
            case "both" -> List.of("calibrated", "prior");
            default ->
                throw new UserException("--behaviour (" + behaviour + ") must be one of calibrated, prior, both.");
        };
        if (only != null) {
            for (String id : only) {
                if (!Episodes.IDS.contains(id)) {
                    throw new UserException("--episode (" + id + ") is not known.\nMaybe use one of: "
                            + String.join(", ", Episodes.IDS) + ".");
                }
            }
        }
        MineralCatalogue catalogue = store.snapshot().minerals();
        PrintWriter out = spec.commandLine().getOut();
        try (MonteCarloEngine engine = new MonteCarloEngine(workers)) {
            if (calibrate) {
                calibrate(out, catalogue, engine);
                return 0;
            }
            List<Report> reports = new ArrayList<>();
            for (String name : which) {
                Behaviour chosen = name.equals("prior") ? Behaviour.PRIOR : Behaviour.CALIBRATED;
                List<Episode> episodes = episodes(catalogue, chosen);
                String label = (name.equals("prior") ? "first look (Behaviour.PRIOR)" : "tuned (Behaviour.CALIBRATED)")
                        + String.format(Locale.ROOT, ", %,d paths, seed %d", paths, seed);
                reports.add(Backtest.run(episodes, engine, paths, seed, label));
            }
            switch (store.format) {
                case JSON ->
                    Output.json(out, reports.stream().map(ReportView::of).toList());
                case CSV -> csv(out, reports);
                case TABLE -> table(out, reports);
            }
        }
        out.flush();
        return 0;
    }

    private List<Episode> episodes(MineralCatalogue catalogue, Behaviour chosen) {
        List<Episode> all = Episodes.load(catalogue, chosen);
        if (observations != null) {
            String text;
            try {
                text = Files.readString(observations, StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UserException("cannot read observations file (" + observations + "): " + e.getMessage());
            }
            Map<String, List<Observation>> extra;
            try {
                extra = EpisodeReader.readExtra(text, observations.toString(), all);
            } catch (ScenarioException e) {
                throw new UserException(
                        e.getMessage().replace("scenario " + observations, "observations " + observations));
            }
            all = all.stream()
                    .map(e -> e.withMoreObservations(extra.getOrDefault(e.id(), List.of())))
                    .toList();
        }
        return only == null
                ? all
                : all.stream().filter(e -> only.contains(e.id())).toList();
    }

    private void calibrate(PrintWriter out, MineralCatalogue catalogue, MonteCarloEngine engine) {
        List<Calibration.Scored> ranked = Calibration.evaluate(catalogue, Calibration.grid(), engine, paths, seed);
        out.println(String.format(
                Locale.ROOT,
                "%d candidate behaviours on the calibration episodes (%,d paths, seed %d), best first:",
                ranked.size(),
                paths,
                seed));
        List<List<String>> rows = new ArrayList<>();
        for (int i = 0; i < Math.min(10, ranked.size()); i++) {
            Calibration.Scored s = ranked.get(i);
            rows.add(List.of(
                    String.valueOf(i + 1),
                    Output.percent(s.coverage()),
                    String.format(Locale.ROOT, "%.3f", s.intervalScore()),
                    s.candidate().label()));
        }
        Output.table(out, List.of("RANK", "COVERAGE", "INTERVAL SCORE", "BEHAVIOUR"), rows, 120);
        long observations = Episodes.load(catalogue, Behaviour.PRIOR).stream()
                .filter(e -> e.role() == Episode.Role.CALIBRATION)
                .mapToLong(e -> e.observations().size())
                .sum();
        double tolerance = 1.0 / observations;
        long members = ranked.stream()
                .filter(s -> s.coverage() >= ranked.get(0).coverage() - tolerance - 1e-12)
                .count();
        Behaviour merged = Calibration.behaviouralSet(ranked, tolerance);
        out.println(members + " candidates cover at most one of the " + observations
                + " calibration observations fewer than the best; merged, they give: " + merged.describe() + ".");
        out.println(
                merged.equals(Behaviour.CALIBRATED)
                        ? "That is Behaviour.CALIBRATED, the default."
                        : "That differs from Behaviour.CALIBRATED (" + Behaviour.CALIBRATED.describe() + ").");
    }

    private static void table(PrintWriter out, List<Report> reports) {
        Report main = reports.get(0);
        out.println("Back-test, " + main.label() + ". Observed values and model bands are indices in the series' units"
                + " (1 = the baseline the row names); IN = inside P10-P90; for prices, whether the model's median moves"
                + " the same way (the sign of its change from 1).");
        String current = "";
        List<List<String>> rows = new ArrayList<>();
        for (Row row : main.rows()) {
            if (!row.episode().equals(current)) {
                flush(out, rows, current, main);
                current = row.episode();
                out.println();
                out.println(current + " (" + (row.role() == Episode.Role.CALIBRATION ? "calibration" : "test") + ")");
            }
            Observation o = row.observation();
            rows.add(List.of(
                    o.id(),
                    o.series().id(),
                    window(o.from(), o.to())
                            + o.relativeFrom()
                                    .map(f -> " / " + window(f, o.relativeTo().orElseThrow()))
                                    .orElse(""),
                    number(o.value()),
                    number(row.p10()),
                    number(row.p50()),
                    number(row.p90()),
                    row.inside() ? "yes" : "NO",
                    row.directionRight().map(ok -> ok ? "right" : "WRONG").orElse("")));
        }
        flush(out, rows, current, main);
        out.println();
        List<List<String>> summary = new ArrayList<>();
        for (Report report : reports) {
            for (Episode.Role role : Episode.Role.values()) {
                summary.add(summaryRow(report, role.name().toLowerCase(Locale.ROOT), Report.role(role)));
            }
            summary.add(summaryRow(report, "all", row -> true));
        }
        Output.table(
                out,
                List.of("BEHAVIOUR", "EPISODES", "OBSERVATIONS", "INSIDE P10-P90", "PRICE DIRECTION RIGHT"),
                summary,
                60);
    }

    private static List<String> summaryRow(Report report, String which, java.util.function.Predicate<Row> filter) {
        return List.of(
                report.label(),
                which,
                String.valueOf(report.count(filter)),
                Output.percent(report.coverage(filter)),
                Output.percent(report.directionRight(filter)));
    }

    private static void flush(PrintWriter out, List<List<String>> rows, String episode, Report report) {
        if (rows.isEmpty()) {
            return;
        }
        Output.table(
                out,
                List.of("OBSERVATION", "SERIES", "MONTHS", "OBSERVED", "P10", "P50", "P90", "IN", "DIRECTION"),
                rows,
                40);
        out.println(String.format(
                Locale.ROOT,
                "%s: %d of %d inside P10-P90 (%s).",
                episode,
                Math.round(report.coverage(Report.episode(episode)) * report.count(Report.episode(episode))),
                report.count(Report.episode(episode)),
                Output.percent(report.coverage(Report.episode(episode)))));
        rows.clear();
    }

    private static void csv(PrintWriter out, List<Report> reports) {
        List<List<Object>> rows = new ArrayList<>();
        for (Report report : reports) {
            for (Row row : report.rows()) {
                RowView v = RowView.of(row);
                rows.add(List.of(
                        report.label(),
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

    private static String window(YearMonth from, YearMonth to) {
        return from.equals(to) ? from.toString() : from + ".." + to;
    }

    private static String number(double value) {
        return Double.isNaN(value) ? "" : String.format(Locale.ROOT, "%.3f", value);
    }

    /**
     * One report in the JSON form.
     *
     * @param behaviour which behaviour ran
     * @param calibrationCoverage share of calibration observations inside P10-P90
     * @param testCoverage share of test observations inside P10-P90
     * @param coverage share of all observations inside
     * @param priceDirectionRight share of price observations whose direction the model's median gets right
     * @param rows the rows
     */
    record ReportView(
            String behaviour,
            double calibrationCoverage,
            double testCoverage,
            double coverage,
            double priceDirectionRight,
            List<RowView> rows) {
        static ReportView of(Report report) {
            return new ReportView(
                    report.label(),
                    report.coverage(Report.role(Episode.Role.CALIBRATION)),
                    report.coverage(Report.role(Episode.Role.TEST)),
                    report.coverage(row -> true),
                    report.directionRight(row -> true),
                    report.rows().stream().map(RowView::of).toList());
        }
    }

    /** One scored observation in the JSON and CSV forms; units as in the series (see simulate's JSON). */
    record RowView(
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
    }
}
