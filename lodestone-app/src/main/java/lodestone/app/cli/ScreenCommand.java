package lodestone.app.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.concurrent.Callable;
import java.util.function.Function;
import lodestone.model.knowledge.KnowledgeSnapshot;
import lodestone.report.screen.LocalScreenEngine;
import lodestone.report.screen.ScreenJobs;
import lodestone.report.screen.ScreenResultsQuery;
import lodestone.report.table.Column;
import lodestone.report.table.Format;
import lodestone.report.table.Table;
import lodestone.screen.ScreenSpec;
import lodestone.screen.cell.CellResult;
import lodestone.screen.job.ScreenJob;
import lodestone.screen.run.EngineOptions;
import lodestone.screen.run.RunListener;
import lodestone.screen.run.RunReport;
import lodestone.screen.run.ScreenEngine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code lodestone screen}: a screen of many disruption scenarios (and plans) on one machine or on Spark, checkpointed
 * to Parquet, then ranked.
 */
@Command(
        name = "screen",
        mixinStandardHelpOptions = true,
        description = {
            "Run a screen: every perspective x mineral x its largest suppliers x severity x duration x response of the"
                    + " spec, each cell a Monte Carlo disruption scenario (and a plan, if the spec asks for one), then"
                    + " rank the cells by expected shortfall. The spec's format is in docs/methods/screening.md.",
            "Results go to --out as Parquet, batch by batch (readable by DuckDB and Spark; schema in docs/scale.md). A"
                    + " screen that was interrupted resumes where it stopped: run the same command again and only the"
                    + " missing cells are computed; a finished screen is only ranked.",
            "--engine spark runs the cells on Apache Spark (--master local[2], spark://host:7077, yarn, ...). Spark is"
                    + " not part of the default build: build it once with"
                    + " 'mvn -B -Pspark package -DskipTests -pl lodestone-spark -am' (the ./lodestone launcher then adds"
                    + " it); see docs/scale.md. Both engines give identical results, cell by cell."
        })
final class ScreenCommand implements Callable<Integer> {
    @Mixin
    StoreOptions store;

    @Parameters(index = "0", paramLabel = "SPEC", description = "The screen spec (YAML or JSON).")
    Path specFile;

    @Option(
            names = "--engine",
            paramLabel = "ENGINE",
            defaultValue = "local",
            description = "local (threads of this machine) or spark (default: ${DEFAULT-VALUE}).")
    String engine;

    @Option(
            names = "--master",
            paramLabel = "URL",
            description = "Spark master, e.g. local[2] or spark://host:7077 (default for --engine spark: local[*]).")
    Optional<String> master;

    @Option(
            names = "--out",
            paramLabel = "DIR",
            description = "Results directory (default: screens/<spec id> in the current directory).")
    Optional<Path> resultsDir;

    @Option(names = "--threads", paramLabel = "T", description = "Worker threads in local mode (default: every core).")
    Optional<Integer> threads;

    @Option(
            names = "--batch",
            paramLabel = "CELLS",
            description = "Cells per committed batch, the checkpoint's grain (default: 20000).")
    Optional<Integer> batch;

    @Option(
            names = "--top",
            paramLabel = "N",
            defaultValue = "20",
            description = "Cells shown in the ranking (default: ${DEFAULT-VALUE}).")
    int top;

    @Option(
            names = "--prepare",
            paramLabel = "FILE",
            description = "Only write the job (spec, supply shares, option catalogues) as JSON to FILE, for"
                    + " spark-submit on a cluster (docs/scale.md); compute nothing.")
    Optional<Path> prepare;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        ScreenSpec screen = ScreenJobs.spec(read(specFile), specFile.toString());
        KnowledgeSnapshot snapshot = store.snapshot();
        ScreenJob job = ScreenJobs.job(screen, snapshot);
        PrintWriter out = spec.commandLine().getOut();
        if (prepare.isPresent()) {
            write(prepare.get(), ScreenJobs.json(job));
            out.println(String.format(
                    Locale.ROOT,
                    "Wrote the job of screen %s (%,d cells: %d markets x %d treatments) to %s.",
                    screen.id(),
                    job.cellCount(),
                    job.markets().size(),
                    screen.treatmentsPerMarket(),
                    prepare.get()));
            return 0;
        }
        ScreenEngine chosen = engine(engine);
        Path results = resultsDir.orElse(Path.of("screens", screen.id()));
        EngineOptions options = new EngineOptions(
                threads.orElseGet(Runtime.getRuntime()::availableProcessors),
                batch.orElse(EngineOptions.DEFAULT_BATCH_CELLS),
                chosen.name().equals(LocalScreenEngine.NAME) ? master : Optional.of(master.orElse("local[*]")),
                LocalDateTime.now(Clocks.SYSTEM).format(DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss")));
        RunReport report;
        try (Actions.Bar bar = new Actions.Bar("screen", job.cellCount(), store.format == OutputFormat.TABLE)) {
            report = chosen.run(job, results.toString(), options, new RunListener() {
                @Override
                public void computed(int cells) {
                    bar.advance(cells);
                }
            });
        }
        ScreenResultsQuery.Ranking ranking =
                new ScreenResultsQuery.Ranking(report.results(), ScreenResultsQuery.ranked(results, top));
        print(out, job, report, ranking);
        return 0;
    }

    private static ScreenEngine engine(String name) {
        if (name.equals(LocalScreenEngine.NAME)) {
            return new LocalScreenEngine();
        }
        List<String> found = new ArrayList<>();
        for (ScreenEngine candidate : ServiceLoader.load(ScreenEngine.class)) {
            if (candidate.name().equals(name)) {
                return candidate;
            }
            found.add(candidate.name());
        }
        if (name.equals("spark")) {
            throw new UserException("the Spark engine is not on the class path.\nMaybe build it once with 'mvn -B"
                    + " -Pspark package -DskipTests -pl lodestone-spark -am' and run ./lodestone again (the launcher"
                    + " adds it when --engine spark is asked for); see docs/scale.md.");
        }
        found.add(0, LocalScreenEngine.NAME);
        throw new UserException("--engine (" + name + ") must be one of: " + String.join(", ", found)
                + (found.contains("spark") ? "" : ", spark (when built)") + ".");
    }

    private void print(PrintWriter out, ScreenJob job, RunReport report, ScreenResultsQuery.Ranking ranking) {
        switch (store.format) {
            case JSON -> Output.json(out, ScreenResultsQuery.RunDocument.of(job, report, ranking));
            case CSV -> Output.csv(out, ranking.columns(), ranking.csvRows());
            case TABLE -> Output.fitted(out, store, text -> table(text, job, report, ranking.top()));
        }
    }

    private static void table(PrintWriter out, ScreenJob job, RunReport report, List<CellResult> ranked) {
        out.println(String.format(
                Locale.ROOT,
                "Screen %s: %,d cells (%d markets x %d treatments); %,d already done, %,d computed in %.1f s"
                        + " (%.1f cells/s, %s engine, %d batches). Results (Parquet): %s",
                job.spec().id(),
                report.cells(),
                job.markets().size(),
                job.spec().treatmentsPerMarket(),
                report.alreadyDone(),
                report.computed(),
                report.seconds(),
                report.cellsPerSecond(),
                report.engine(),
                report.batches(),
                report.results()));
        List<Ranked> rows = new ArrayList<>();
        for (int i = 0; i < ranked.size(); i++) {
            rows.add(new Ranked(i + 1, ranked.get(i)));
        }
        Output.table(out, Table.of(rankingColumns(job), rows));
        if (!job.leftOut().isEmpty()) {
            out.println("Left out: " + String.join("; ", job.leftOut()) + ".");
        }
    }

    /** A cell of the ranking with its place in it, 1 first. */
    private record Ranked(int rank, CellResult result) {}

    /** @return the ranking's columns: the cell, its outcome and, if the spec plans, the plan's effect */
    private static List<Column<Ranked>> rankingColumns(ScreenJob job) {
        List<Column<Ranked>> columns = new ArrayList<>(List.of(
                cell("RANK", r -> String.valueOf(r.rank())),
                cell(
                        "MARKET",
                        r -> r.result().cell().key().perspective() + "/"
                                + r.result().cell().key().mineral() + "/"
                                + r.result().cell().key().supplier()),
                cell("SHARE", r -> Format.percent(r.result().cell().supplierShare())),
                cell("SEVERITY", r -> Format.percent(r.result().cell().key().severity())),
                cell("MONTHS", r -> fmt(r.result().cell().key().durationMonths())),
                cell("RESPONSE", r -> r.result().cell().key().response()),
                cell("EXPECTED SHORTFALL (MONTHS)", r -> twoDecimals(r.result().expectedShortfallMonths())),
                cell("P95 (MONTHS)", r -> twoDecimals(r.result().cumulativeP95Months())),
                cell(
                        "P(MONTH > " + Format.percent(job.spec().market().threshold()) + ")",
                        r -> Format.percent(r.result().probabilityAboveThreshold())),
                cell("PEAK P50 PRICE", r -> twoDecimals(r.result().peakMedianPrice()))));
        if (job.spec().plan().isPresent()) {
            columns.add(cell(
                    "PLAN: TAIL BEFORE -> AFTER (MONTHS), SPENT",
                    r -> r.result()
                            .plan()
                            .map(p -> String.format(
                                    Locale.ROOT,
                                    "%.2f -> %.2f, US$%,.0f m",
                                    p.unmitigatedTailMonths(),
                                    p.plannedTailMonths(),
                                    p.spentUsd() / 1e6))
                            .orElse(r.result().planNote())));
        }
        return columns;
    }

    /** @return a column of the table only (the CSV prints the results' own schema) */
    private static Column<Ranked> cell(String title, Function<Ranked, String> text) {
        return new Column<>(null, title, text::apply, text);
    }

    private static String twoDecimals(double value) {
        return String.format(Locale.ROOT, "%.2f", value);
    }

    private static String fmt(double months) {
        return months == Math.rint(months) ? String.valueOf((long) months) : String.valueOf(months);
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UserException("cannot read the screen spec (" + file + "): " + e.getMessage()
                    + "\nMaybe check the path; examples are in docs/methods/screening.md.");
        }
    }

    private static void write(Path file, String text) {
        try {
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            Files.writeString(file, text + "\n", StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UserException("cannot write the job (" + file + "): " + e.getMessage());
        }
    }
}
