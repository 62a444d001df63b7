package lodestone.app.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import lodestone.report.dataset.BaselineCheck;
import lodestone.store.importing.ImportReport;
import lodestone.store.reference.ReferenceData;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code lodestone baseline build|check <shared/data>}: regenerate or verify the bundled baseline. */
@Command(
        name = "baseline",
        mixinStandardHelpOptions = true,
        description = {
            "Maintainers: regenerate the bundled baseline from the official datasets (build), or check that importing"
                    + " them reproduces the committed baseline exactly (check).",
            "The baseline is lodestone-store/src/main/resources/lodestone/baseline/*.csv."
        })
final class BaselineCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "ACTION", description = "build or check.")
    String action;

    @Parameters(index = "1", paramLabel = "DATA", description = "The shared/data folder (e.g. ../shared/data).")
    Path data;

    @Option(
            names = "--out",
            paramLabel = "DIR",
            defaultValue = "lodestone-store/src/main/resources/lodestone/baseline",
            description = "Where build writes the files (default: ${DEFAULT-VALUE}).")
    Path outDir;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        ReferenceData reference = ReferenceData.load();
        switch (action) {
            case "build" -> {
                ImportReport report = BaselineCheck.build(data, outDir, reference);
                report.problems().forEach(err::println);
                if (report.hasErrors()) {
                    err.println("error: the datasets have errors; the baseline was not written.");
                    return 1;
                }
                out.println("Wrote the baseline to " + outDir + " (" + report.rowsRead() + " rows read).");
                return 0;
            }
            case "check" -> {
                BaselineCheck check = BaselineCheck.of(data, reference);
                for (BaselineCheck.Outcome dataset : check.datasets()) {
                    if (!dataset.errors().isEmpty()) {
                        dataset.errors().forEach(err::println);
                    } else {
                        out.println(dataset.dataset() + ": "
                                + (dataset.reproduced() ? "reproduced exactly" : "DIFFERS from the bundled baseline"));
                    }
                }
                return check.differences() == 0 ? 0 : 1;
            }
            default -> throw new UserException("action (" + action + ") must be build or check.");
        }
    }
}
