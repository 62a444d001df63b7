package lodestone.app.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.concurrent.Callable;
import lodestone.report.dataset.DatasetImport;
import lodestone.report.dataset.ImportResult;
import lodestone.store.dataset.Datasets;
import lodestone.store.db.LodestoneStore;
import lodestone.store.importing.ImportProgress;
import lodestone.store.importing.ImportedDataset;
import lodestone.store.reference.ReferenceData;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code lodestone import DATASET DIR}: import an official dataset, all or nothing. */
@Command(
        name = "import",
        mixinStandardHelpOptions = true,
        description = {
            "Import an official dataset into the knowledge base, replacing an earlier load of the same dataset.",
            "The whole dataset is read and checked first; if any file has an error, nothing is written and every"
                    + " problem is listed with its file, line, field and value (exit code 1).",
            "The datasets are listed below."
        })
final class ImportCommand implements Callable<Integer> {
    @Mixin
    StoreOptions store;

    @Parameters(
            index = "0",
            paramLabel = "DATASET",
            completionCandidates = DatasetIds.class,
            description = "One of: ${COMPLETION-CANDIDATES}.")
    String dataset;

    @Parameters(index = "1", paramLabel = "DIR", description = "The dataset's folder.")
    Path dir;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        ReferenceData reference = ReferenceData.load();
        ImportedDataset read;
        try (Bar bar = new Bar(store.format == OutputFormat.TABLE && Output.console())) {
            read = DatasetImport.read(dataset, dir, reference, bar);
        }
        ImportResult result = ImportResult.of(read);
        if (result.imported()) {
            try (LodestoneStore opened = LodestoneStore.open(store.path(), reference)) {
                opened.importDataset(read, dir.toAbsolutePath().toString());
            }
        }
        Output.render(out, store.format, result, (o, r) -> {
            r.warnings().forEach(err::println);
            r.errors().forEach(err::println);
            if (r.imported()) {
                o.println("Imported " + dataset + " from " + dir + ": " + r.rowsRead() + " rows read, "
                        + r.observations() + " observations, " + r.warnings().size() + " warnings. Database: "
                        + store.path());
            }
        });
        if (!result.imported()) {
            err.println("error: " + result.errors().size() + " errors in " + dataset + " at " + dir
                    + "; nothing was imported and the database is unchanged.");
            return 1;
        }
        return 0;
    }

    /** The dataset ids, for the help text. */
    static final class DatasetIds implements Iterable<String> {
        @Override
        public Iterator<String> iterator() {
            return Datasets.ids().iterator();
        }
    }

    /** @return one help line per dataset: its id and what folder to pass */
    static String[] datasetHelp() {
        return Datasets.OFFICIAL.stream()
                .map(d -> "  " + d.id() + ": " + d.description() + ".")
                .toArray(String[]::new);
    }

    /** A progress bar on the console (ASCII, standard error); silent when there is no console or for JSON/CSV. */
    private static final class Bar implements ImportProgress, AutoCloseable {
        private final boolean visible;
        private ProgressBar bar;

        Bar(boolean visible) {
            this.visible = visible;
        }

        @Override
        public void total(int steps) {
            if (visible) {
                bar = new ProgressBarBuilder()
                        .setTaskName("import")
                        .setInitialMax(steps)
                        .setStyle(ProgressBarStyle.ASCII)
                        .build();
            }
        }

        @Override
        public void step(String label) {
            if (bar != null) {
                bar.step();
                bar.setExtraMessage(label);
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
