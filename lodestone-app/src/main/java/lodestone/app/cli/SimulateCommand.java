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
import lodestone.app.view.SimulationView;
import lodestone.model.knowledge.KnowledgeSnapshot;
import lodestone.sim.engine.Band;
import lodestone.sim.engine.MarketResult;
import lodestone.sim.engine.MonteCarloEngine;
import lodestone.sim.engine.MonthStatistics;
import lodestone.sim.engine.Progress;
import lodestone.sim.engine.RunOptions;
import lodestone.sim.engine.ScenarioResult;
import lodestone.sim.engine.Series;
import lodestone.sim.engine.SimulationTooLargeException;
import lodestone.sim.scenario.Assumption;
import lodestone.sim.scenario.Presets;
import lodestone.sim.scenario.ScenarioReader;
import lodestone.sim.scenario.ScenarioSpec;
import lodestone.sim.scenario.SnapshotSupply;
import lodestone.store.db.LodestoneStore;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code lodestone simulate <preset|file>}: a seeded Monte Carlo disruption scenario. */
@Command(
        name = "simulate",
        mixinStandardHelpOptions = true,
        description = {
            "Run a disruption scenario: a shipped preset or a YAML/JSON spec file. For each market, prints month by"
                    + " month the shortfall (fraction of demand), the issuer's exports (index), the issuer's home price"
                    + " and the outside spot and realised prices (indices, 1 before the announcement), each as"
                    + " P10/P50/P90 (JSON and CSV also P5/P95 and means), the share of demand held by buyers that had"
                    + " to stop, and the cumulative shortfall, months to recovery and the probability of a stop.",
            "Presets: china-ree-2025-04, china-ree-2025-10-reinstated, china-ga-ge-sb-us-ban,"
                    + " china-graphite-licensing. Supply mixes marked supplyFrom and project partners are filled from"
                    + " the knowledge base. A seed gives identical numbers on any number of threads.",
            "Model, assumptions and back-test: docs/methods/simulation.md."
        })
final class SimulateCommand implements Callable<Integer> {
    @Mixin
    StoreOptions store;

    @Parameters(index = "0", paramLabel = "SCENARIO", description = "A preset id or the path of a spec file.")
    String scenario;

    @Option(
            names = "--paths",
            paramLabel = "N",
            defaultValue = "10000",
            description = "Monte Carlo paths (default: ${DEFAULT-VALUE}).")
    int paths;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "0", description = "Seed (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--horizon", paramLabel = "MONTHS", description = "Months to simulate (default: the scenario's).")
    Integer horizon;

    @Option(
            names = "--threads",
            paramLabel = "T",
            description = "Worker threads (default: every core). Does not change the numbers.")
    Integer threads;

    @Option(names = "--assumptions", description = "Also list the scenario's written assumptions (table format).")
    boolean assumptions;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        KnowledgeSnapshot snapshot;
        try (LodestoneStore opened = store.open()) {
            snapshot = opened.snapshot();
        }
        ScenarioSpec parsed = SnapshotSupply.resolve(load(scenario, snapshot), snapshot);
        RunOptions options = options(paths, seed, horizon, threads);
        int months = horizon == null ? parsed.horizonMonths() : horizon;
        ScenarioResult result;
        try (MonteCarloEngine engine = new MonteCarloEngine(options.threads());
                Bar bar = new Bar(
                        "simulate", (long) paths * parsed.markets().size(), store.format == OutputFormat.TABLE)) {
            result = engine.simulate(parsed, options, bar);
        } catch (SimulationTooLargeException e) {
            throw new UserException(
                    e.getMessage().replace("lower the paths or the horizon", "lower --paths or --horizon"));
        }
        PrintWriter out = spec.commandLine().getOut();
        SimulationView.View view = SimulationView.View.of(parsed, result);
        switch (store.format) {
            case JSON -> Output.json(out, view);
            case CSV -> Output.csv(out, columns(), rows(result));
            case TABLE -> table(out, parsed, result, months);
        }
        return 0;
    }

    static ScenarioSpec load(String scenario, KnowledgeSnapshot snapshot) {
        Path file = Path.of(scenario);
        if (Files.isRegularFile(file)) {
            try {
                return ScenarioReader.read(
                        Files.readString(file, StandardCharsets.UTF_8), file.toString(), snapshot.minerals());
            } catch (IOException e) {
                throw new UserException("cannot read scenario file (" + file + "): " + e.getMessage());
            }
        }
        if (Presets.text(scenario).isPresent()) {
            return Presets.load(scenario, snapshot.minerals());
        }
        throw new UserException("scenario (" + scenario + ") is neither a preset nor a file.\nMaybe use one of: "
                + String.join(", ", Presets.IDS) + ".");
    }

    static RunOptions options(int paths, long seed, Integer horizon, Integer threads) {
        if (paths < 1 || paths > 10_000_000) {
            throw new UserException("--paths (" + paths + ") must be within [1, 10000000].");
        }
        if (horizon != null && (horizon < 1 || horizon > 600)) {
            throw new UserException("--horizon (" + horizon + ") must be within [1, 600] months.");
        }
        if (threads != null && (threads < 1 || threads > 1024)) {
            throw new UserException("--threads (" + threads + ") must be within [1, 1024].");
        }
        RunOptions options = RunOptions.of(paths, seed);
        options = threads == null ? options : options.withThreads(threads);
        return horizon == null ? options : options.withHorizon(horizon);
    }

    /**
     * The CSV columns: the earlier ones first (price means the outside spot price), then every series as P10/P50/P90
     * with its unit in the name ({@code index} is 1 before the announcement; {@code share} a fraction).
     */
    static List<String> columns() {
        List<String> columns = new ArrayList<>(List.of(
                "mineral",
                "month",
                "shortfall_p5",
                "shortfall_p50",
                "shortfall_p95",
                "shortfall_mean",
                "price_p5",
                "price_p50",
                "price_p95",
                "probability_above_threshold",
                "shortfall_share_p10",
                "shortfall_share_p90"));
        for (Series series : CSV_SERIES) {
            for (String q : List.of("p10", "p50", "p90")) {
                columns.add(snake(series) + "_index_" + q);
            }
        }
        columns.add("stopped_share");
        return columns;
    }

    private static final List<Series> CSV_SERIES = List.of(
            Series.EXPORTS,
            Series.EXPORTS_TO_PERSPECTIVE,
            Series.RECEIPTS,
            Series.PRICE_INSIDE,
            Series.PRICE_OUTSIDE,
            Series.PRICE_REALISED);

    private static String snake(Series series) {
        return series.id().replaceAll("([A-Z])", "_$1").toLowerCase(Locale.ROOT);
    }

    private static List<List<Object>> rows(ScenarioResult result) {
        List<List<Object>> rows = new ArrayList<>();
        for (MarketResult market : result.markets()) {
            for (MonthStatistics m : market.months()) {
                List<Object> row = new ArrayList<>(List.of(
                        market.mineral().value(),
                        m.month().toString(),
                        m.shortfallP5(),
                        m.shortfallP50(),
                        m.shortfallP95(),
                        m.shortfallMean(),
                        m.priceP5(),
                        m.priceP50(),
                        m.priceP95(),
                        m.probabilityAboveThreshold(),
                        m.band(Series.SHORTFALL).p10(),
                        m.band(Series.SHORTFALL).p90()));
                for (Series series : CSV_SERIES) {
                    Band band = m.band(series);
                    row.add(band.p10());
                    row.add(band.p50());
                    row.add(band.p90());
                }
                row.add(m.stoppedShare());
                rows.add(row);
            }
        }
        return rows;
    }

    private void table(PrintWriter out, ScenarioSpec parsed, ScenarioResult result, int months) {
        out.println(parsed.title());
        out.println(String.format(
                Locale.ROOT,
                "Scenario %s from %s, %d months, perspective %s, issuer %s; %,d paths, seed %d.",
                parsed.id(),
                parsed.start(),
                months,
                parsed.perspective(),
                parsed.disruption().issuer(),
                result.paths(),
                result.seed()));
        out.println("Shortfall and stopped: share of the perspective's demand. Exports: index, 1 = the issuer's exports"
                + " before the announcement. Prices: indices, 1 before the announcement; inside = the issuer's home"
                + " market, outside = the marginal spot price elsewhere, realised = what the perspective pays on"
                + " average. Bands are P10 / P50 / P90 across paths.");
        for (MarketResult market : result.markets()) {
            out.println();
            Band cum = market.cumulativeShortfall();
            Band rec = market.monthsToRecovery();
            out.println(String.format(
                    Locale.ROOT,
                    "%s%s: issuer share %s. Cumulative shortfall P50 %.2f months of demand (P5 %.2f, P95 %.2f, mean"
                            + " %.2f); P(shortfall > %s in some month) %s; P(some buyers stop) %s; months to recovery"
                            + " P50 %.0f (P95 %.0f), not recovered by the horizon on %s of paths.",
                    market.mineral(),
                    market.product().map(p -> " (" + p + ")").orElse(""),
                    Output.percent(market.issuerShare()),
                    cum.p50(),
                    cum.p5(),
                    cum.p95(),
                    cum.mean(),
                    Output.percent(result.threshold()),
                    Output.percent(market.probabilityAboveThreshold()),
                    Output.percent(market.probabilityOfStop()),
                    rec.p50(),
                    rec.p95(),
                    Output.percent(market.notRecovered())));
            List<List<String>> rows = new ArrayList<>();
            for (MonthStatistics m : market.months()) {
                Band shortfall = m.band(Series.SHORTFALL);
                Band outside = m.band(Series.PRICE_OUTSIDE);
                rows.add(List.of(
                        m.month().toString(),
                        Output.percent(shortfall.p10()) + " / " + Output.percent(shortfall.p50()) + " / "
                                + Output.percent(shortfall.p90()),
                        Output.percent(m.stoppedShare()),
                        index(m.band(Series.EXPORTS).p50()),
                        index(m.band(Series.PRICE_INSIDE).p50()),
                        index(outside.p10()) + " / " + index(outside.p50()) + " / " + index(outside.p90()),
                        index(m.band(Series.PRICE_REALISED).p50()),
                        Output.percent(m.probabilityAboveThreshold())));
            }
            Output.table(
                    out,
                    List.of(
                            "MONTH",
                            "SHORTFALL P10/P50/P90",
                            "STOPPED",
                            "EXPORTS P50",
                            "INSIDE P50",
                            "OUTSIDE P10/P50/P90",
                            "REALISED P50",
                            "P(>" + Output.percent(result.threshold()).replace(" ", "") + ")"),
                    rows,
                    30);
        }
        out.println();
        long assumed =
                parsed.assumptions().stream().filter(Assumption::isAssumption).count();
        out.println(parsed.assumptions().size() + " written notes on parameters (" + assumed
                + " marked ASSUMPTION); " + parsed.sources().size() + " sources."
                + (assumptions ? "" : " Use --assumptions to list them, --format json for all numbers."));
        if (assumptions) {
            for (Assumption note : parsed.assumptions()) {
                out.println("- " + note.parameter() + " = " + note.value() + ": " + note.basis());
            }
            parsed.sources().forEach(source -> out.println("  source: " + source));
        }
        out.flush();
    }

    private static String index(double value) {
        return String.format(Locale.ROOT, "%.2f", value);
    }

    /** A progress bar on the console (ASCII, standard error); silent without a console or for JSON/CSV. */
    static final class Bar implements Progress, AutoCloseable {
        private final ProgressBar bar;

        Bar(String task, long total, boolean table) {
            bar = table && Output.console()
                    ? new ProgressBarBuilder()
                            .setTaskName(task)
                            .setInitialMax(total)
                            .setStyle(ProgressBarStyle.ASCII)
                            .build()
                    : null;
        }

        @Override
        public void advance(int steps) {
            if (bar != null) {
                bar.stepBy(steps);
            }
        }

        @Override
        public void close() {
            if (bar != null) {
                bar.close();
            }
        }
    }
}
