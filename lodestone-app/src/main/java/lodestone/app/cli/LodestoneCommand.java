package lodestone.app.cli;

import picocli.CommandLine.Command;

/** The root command. */
@Command(
        name = "lodestone",
        mixinStandardHelpOptions = true,
        version = "lodestone 0.1.0",
        description = {
            "Critical-mineral supply-chain intelligence: who supplies each mineral at each stage, how concentrated it"
                    + " is, and how dependent the United States is, with the source of every number.",
            "",
            "The knowledge base is an embedded DuckDB file, loaded on first use with the bundled baseline (USGS"
                    + " Mineral Commodity Summaries 2025 and 2026 data releases, EU critical raw materials 2023"
                    + " tables).",
            "",
            "The questions (minerals, mineral, diff, countries, country, lists, sources, measures, measure,"
                    + " agreements, agreement, buffers, outlook, risk, scenarios) answer as the API under /api/v1 does:"
                    + " --format json prints the same document."
        },
        subcommands = {
            ServeCommand.class,
            BaselineCommand.class,
            BacktestCommand.class,
            ReviewCommand.class,
            ScreenCommand.class,
            picocli.CommandLine.HelpCommand.class
        })
final class LodestoneCommand implements Runnable {
    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
