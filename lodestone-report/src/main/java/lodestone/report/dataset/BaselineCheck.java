package lodestone.report.dataset;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import lodestone.store.baseline.Baseline;
import lodestone.store.importing.ImportReport;
import lodestone.store.importing.ImportedDataset;
import lodestone.store.importing.Problem;
import lodestone.store.reference.ReferenceData;

/**
 * The bundled baseline against the official datasets it is built from ({@code lodestone baseline build|check}): whether
 * importing each dataset again reproduces its bundled file exactly.
 *
 * @param datasets one outcome per dataset of the baseline, in the baseline's order
 */
public record BaselineCheck(List<Outcome> datasets) {
    public BaselineCheck {
        datasets = List.copyOf(datasets);
    }

    /**
     * @param dataset the dataset's name
     * @param errors the import's errors; when there are any, nothing was compared
     * @param reproduced true if the import renders exactly the bundled text
     */
    public record Outcome(String dataset, List<Problem> errors, boolean reproduced) {
        public Outcome {
            errors = List.copyOf(errors);
        }
    }

    /** @return the number of datasets that failed to import or differ from the bundled baseline */
    public int differences() {
        return (int) datasets.stream().filter(d -> !d.reproduced()).count();
    }

    /**
     * @param sharedData the {@code shared/data} folder
     * @param reference the reference data
     * @return every dataset of the baseline imported again and compared with its bundled text
     */
    public static BaselineCheck of(Path sharedData, ReferenceData reference) {
        List<Outcome> outcomes = new ArrayList<>();
        for (String name : Baseline.DATASETS) {
            ImportedDataset dataset = Baseline.importFrom(sharedData, name, reference);
            if (dataset.report().hasErrors()) {
                outcomes.add(new Outcome(name, dataset.report().errors(), false));
            } else {
                boolean same = Baseline.render(dataset.observations()).equals(Baseline.bundledText(name));
                outcomes.add(new Outcome(name, List.of(), same));
            }
        }
        return new BaselineCheck(outcomes);
    }

    /**
     * @param sharedData the {@code shared/data} folder
     * @param target the folder to write the baseline's {@code <dataset>.csv} files into
     * @param reference the reference data
     * @return the combined import report; nothing is written if it has errors
     */
    public static ImportReport build(Path sharedData, Path target, ReferenceData reference) {
        return Baseline.build(sharedData, target, reference);
    }
}
