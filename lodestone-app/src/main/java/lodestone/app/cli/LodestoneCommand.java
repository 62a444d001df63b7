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
                    + " Mineral Commodity Summaries 2025 data release, EU critical raw materials 2023 tables)."
        },
        subcommands = {
            ServeCommand.class,
            MineralsCommand.class,
            MineralCommand.class,
            CountryCommand.class,
            SourcesCommand.class,
            MeasuresCommand.class,
            RiskCommand.class,
            MeasureCommand.class,
            AgreementsCommand.class,
            AgreementCommand.class,
            OutlookCommand.class,
            SimulateCommand.class,
            SweepCommand.class,
            BacktestCommand.class,
            ImportCommand.class,
            BaselineCommand.class,
            ExtractCommand.class,
            CheckCommand.class,
            IngestCommand.class,
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
