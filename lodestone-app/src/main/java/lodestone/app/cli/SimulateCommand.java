package lodestone.app.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import lodestone.report.scenario.ScenarioDefaults;
import lodestone.report.scenario.ScenarioQuery;
import lodestone.report.scenario.SimulationView;
import lodestone.report.table.Format;
import lodestone.sim.engine.Progress;
import lodestone.sim.engine.Summary;
import lodestone.sim.scenario.Assumption;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code lodestone simulate <preset|file>}: a seeded Monte Carlo disruption scenario. */
@Command(
        name = "simulate",
        mixinStandardHelpOptions = true,
        description = {
            "Run a disruption scenario: a shipped preset or a YAML/JSON spec file. For each mineral, prints the monthly"
                    + " P5/P50/P95 of the shortfall (fraction of demand) and of the price index, the cumulative"
                    + " shortfall (months of demand), months to recovery and the probability of a shortfall above the"
                    + " scenario's threshold.",
            "Presets (`lodestone scenarios`): china-ree-2025-04, china-ree-2025-10-reinstated, china-ga-ge-sb-us-ban,"
                    + " china-graphite-licensing. Supply mixes marked supplyFrom come from the dependency query and"
                    + " project partners from the knowledge base. A seed gives identical numbers on any number of"
                    + " threads.",
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
            defaultValue = "" + ScenarioDefaults.PATHS,
            description = "Monte Carlo paths (default: ${DEFAULT-VALUE}).")
    int paths;

    @Option(
            names = "--seed",
            paramLabel = "S",
            defaultValue = "" + ScenarioDefaults.SEED,
            description = "Seed (default: ${DEFAULT-VALUE}).")
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
    CommandSpec spec;

    @Override
    public Integer call() {
        ScenarioQuery query = new ScenarioQuery(
                scenario, specText(scenario), paths, seed, horizon, threads, ScenarioDefaults.MAX_PATHS);
        ScenarioQuery.Prepared prepared = query.prepare(store.context());
        SimulationView.View view;
        try (Bar bar = new Bar("simulate", prepared.steps(), store.format == OutputFormat.TABLE)) {
            view = prepared.run(bar);
        }
        Output.render(spec.commandLine().getOut(), store.format, view, this::table);
        return 0;
    }

    /** @return the text of the spec file the argument names, or null if it names none (a preset) */
    static String specText(String scenario) {
        Path file = Path.of(scenario);
        if (!Files.isRegularFile(file)) {
            return null;
        }
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UserException("cannot read scenario file (" + file + "): " + e.getMessage());
        }
    }

    private void table(PrintWriter out, SimulationView.View view) {
        out.println(view.title());
        out.println(String.format(
                Locale.ROOT,
                "Scenario %s from %s, %d months, perspective %s, issuer %s; %,d paths, seed %d.",
                view.scenario(),
                view.start(),
                view.horizonMonths(),
                view.perspective(),
                view.issuer(),
                view.paths(),
                view.seed()));
        for (SimulationView.MarketView market : view.markets()) {
            out.println();
            Summary cum = market.cumulativeShortfall();
            Summary rec = market.monthsToRecovery();
            out.println(String.format(
                    Locale.ROOT,
                    "%s: issuer share %s. Cumulative shortfall P50 %.2f months of demand (P5 %.2f, P95 %.2f, mean"
                            + " %.2f); P(shortfall > %s in some month) %s; months to recovery P50 %.0f (P95 %.0f),"
                            + " not recovered by the horizon on %s of paths.",
                    market.mineral(),
                    Format.percent(market.issuerShare()),
                    cum.p50(),
                    cum.p5(),
                    cum.p95(),
                    cum.mean(),
                    Format.percent(view.threshold()),
                    Format.percent(market.probabilityAboveThreshold()),
                    rec.p50(),
                    rec.p95(),
                    Format.percent(market.notRecovered())));
            Output.table(out, view.table(market));
        }
        out.println();
        long assumed =
                view.assumptions().stream().filter(Assumption::isAssumption).count();
        out.println(view.assumptions().size() + " written notes on parameters (" + assumed
                + " marked ASSUMPTION); " + view.sources().size() + " sources."
                + (assumptions ? "" : " Use --assumptions to list them, --format json for all numbers."));
        if (assumptions) {
            for (Assumption note : view.assumptions()) {
                out.println("- " + note.parameter() + " = " + note.value() + ": " + note.basis());
            }
            view.sources().forEach(source -> out.println("  source: " + source));
        }
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
