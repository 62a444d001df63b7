package lodestone.app.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import lodestone.store.db.LodestoneStore;
import lodestone.store.importing.Datasets;
import lodestone.store.importing.ImportProgress;
import lodestone.store.importing.ImportedDataset;
import lodestone.store.importing.Problem;
import lodestone.store.reference.ReferenceData;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code lodestone import usgs-mcs|eu-crm <dir>}: import an official dataset, all or nothing. */
@Command(
        name = "import",
        mixinStandardHelpOptions = true,
        description = {
            "Import an official dataset into the knowledge base, replacing an earlier load of the same dataset.",
            "The whole dataset is read and checked first; if any file has an error, nothing is written and every"
                    + " problem is listed with its file, line, field and value (exit code 1).",
            "Datasets: usgs-mcs (a USGS Mineral Commodity Summaries data release folder, either layout: MCS 2025's"
                    + " world_data/, salient_commodity/ and industry_trends/, or MCS 2026's MCS2026_Commodities_Data.csv"
                    + " with its figure and table files; the edition is read from the files and kept beside the other"
                    + " editions), usgs-mcs-<year> (the same, refused if the files are of another edition), eu-crm (the"
                    + " folder of EU CRM 2023 CSV tables), wgi (the folder with the World Bank WGI wgi.csv)."
        })
final class ImportCommand implements Callable<Integer> {
    @Mixin
    StoreOptions store;

    @Parameters(
            index = "0",
            paramLabel = "DATASET",
            description = "usgs-mcs, usgs-mcs-<year> (e.g. usgs-mcs-2026), eu-crm or wgi.")
    String dataset;

    @Parameters(index = "1", paramLabel = "DIR", description = "The dataset's folder.")
    Path dir;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    /**
     * @param dataset the dataset name
     * @param imported true if written
     * @param rowsRead data rows read
     * @param observations observations produced
     * @param errors the errors
     * @param warnings the warnings
     */
    record Result(
            String dataset,
            boolean imported,
            int rowsRead,
            int observations,
            List<Problem> errors,
            List<Problem> warnings) {}

    @Override
    public Integer call() {
        if (!Datasets.isOfficial(dataset)) {
            throw new UserException("dataset (" + dataset + ") must be usgs-mcs, usgs-mcs-<year>, eu-crm or wgi.");
        }
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        ReferenceData reference = ReferenceData.load();
        ImportedDataset result;
        try (Bar bar = new Bar(store.format == OutputFormat.TABLE && Output.console())) {
            result = Datasets.read(dataset, dir, reference, bar);
        }
        boolean ok = !result.report().hasErrors();
        if (ok) {
            try (LodestoneStore opened = LodestoneStore.open(store.path(), reference)) {
                opened.importDataset(result, dir.toAbsolutePath().toString());
            }
        }
        Result summary = new Result(
                dataset,
                ok,
                result.report().rowsRead(),
                result.observations().size(),
                result.report().errors(),
                result.report().warnings());
        switch (store.format) {
            case JSON -> Output.json(out, summary);
            case CSV ->
                Output.csv(
                        out,
                        List.of("severity", "file", "line", "field", "value", "message"),
                        result.report().problems().stream()
                                .map(p -> List.<Object>of(
                                        p.severity(), p.file(), p.line(), p.field(), p.value(), p.message()))
                                .toList());
            case TABLE -> {
                summary.warnings().forEach(p -> err.println(p));
                summary.errors().forEach(p -> err.println(p));
                if (ok) {
                    out.println(
                            "Imported " + result.name() + " from " + dir + ": " + summary.rowsRead() + " rows read, "
                                    + summary.observations() + " observations, "
                                    + summary.warnings().size()
                                    + " warnings. Database: " + store.path());
                }
            }
        }
        if (!ok) {
            err.println("error: " + summary.errors().size() + " errors in " + dataset + " at " + dir
                    + "; nothing was imported and the database is unchanged.");
            return 1;
        }
        return 0;
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
