package lodestone.app.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import lodestone.report.scenario.ScenarioDefaults;
import lodestone.report.scenario.SweepQuery;
import lodestone.report.scenario.SweepResult;
import lodestone.report.table.Table;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code lodestone sweep}: the USGS-style screen of one-year disruptions, ranked by expected shortfall. */
@Command(
        name = "sweep",
        mixinStandardHelpOptions = true,
        description = {
            "Screen one-year trade disruptions for the United States: every mineral of a critical-mineral list x its"
                    + " largest supplier countries x severities, ranked by expected shortfall (mean cumulative"
                    + " shortfall, months of demand). The default grid is the USGS 2025 list x 5 suppliers x 5"
                    + " severities.",
            "Suppliers and shares come from the dependency query: a supplier's share of US supply is net import"
                    + " reliance x its import-source share where the knowledge base has import sources, else net import"
                    + " reliance x its share of world supply without the US (an assumption: imports mirror world"
                    + " supply). Only foreign suppliers are disrupted. Minerals without a net import reliance are left"
                    + " out; an element without figures of its own takes its group's (rare-earths for dysprosium)."
                    + " Shared assumptions: stocks of 1.5-3 months, no leakage, demand elasticity -0.1, supply"
                    + " elasticity 0.05, price cap 4 (docs/methods/simulation.md)."
        })
final class SweepCommand implements Callable<Integer> {
    @Mixin
    StoreOptions store;

    @Option(
            names = "--paths",
            paramLabel = "N",
            defaultValue = "" + ScenarioDefaults.PATHS,
            description = "Paths per scenario (default: ${DEFAULT-VALUE}).")
    int paths;

    @Option(
            names = "--seed",
            paramLabel = "S",
            defaultValue = "" + ScenarioDefaults.SEED,
            description = "Seed, shared by every scenario (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--threads", paramLabel = "T", description = "Worker threads (default: every core).")
    Integer threads;

    @Option(
            names = "--list",
            paramLabel = "ID",
            defaultValue = ScenarioDefaults.SWEEP_LIST,
            description = "Critical-mineral list whose minerals are screened (default: ${DEFAULT-VALUE}).")
    String list;

    @Option(
            names = "--suppliers",
            paramLabel = "N",
            defaultValue = "" + ScenarioDefaults.SWEEP_SUPPLIERS,
            description = "Largest suppliers per mineral (default: ${DEFAULT-VALUE}).")
    int suppliers;

    @Option(
            names = "--severities",
            paramLabel = "S",
            split = ",",
            defaultValue = ScenarioDefaults.SWEEP_SEVERITIES,
            description = "Severities, fractions (default: ${DEFAULT-VALUE}).")
    List<Double> severities;

    @Option(
            names = "--top",
            paramLabel = "N",
            defaultValue = "25",
            description = "Rows shown in the table (default: ${DEFAULT-VALUE}); JSON and CSV give all.")
    int top;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        SweepQuery.Prepared prepared =
                new SweepQuery(list, suppliers, severities, paths, seed, threads).prepare(store.context());
        long started = System.nanoTime();
        SweepResult result;
        try (SimulateCommand.Bar bar =
                new SimulateCommand.Bar("sweep", prepared.cells().size(), store.format == OutputFormat.TABLE)) {
            result = prepared.run(bar);
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        Output.render(spec.commandLine().getOut(), store.format, result, (out, r) -> table(out, r, seconds));
        return 0;
    }

    private void table(PrintWriter out, SweepResult result, double seconds) {
        out.println(String.format(
                Locale.ROOT,
                "%,d one-year disruption scenarios (%d minerals of %s x up to %d suppliers x %d severities),"
                        + " %,d paths each, seed %d, in %.1f s. Top %d by expected shortfall:",
                result.scenarios(),
                result.minerals(),
                result.list(),
                suppliers,
                severities.size(),
                result.paths(),
                result.seed(),
                seconds,
                Math.min(top, result.rows().size())));
        Table<SweepResult.Row> table = result.table();
        Output.table(
                out,
                new Table<>(
                        table.columns(),
                        result.rows().subList(0, Math.min(top, result.rows().size())),
                        table.maxWidth()));
        if (!result.leftOut().isEmpty()) {
            out.println("Left out (no US net import reliance or no supplier shares in the knowledge base): "
                    + String.join(", ", result.leftOut()) + ".");
        }
    }
}
