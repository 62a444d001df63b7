package lodestone.report.dataset;

import java.nio.file.Files;
import java.nio.file.Path;
import lodestone.report.QueryError;
import lodestone.report.QueryException;
import lodestone.store.dataset.Dataset;
import lodestone.store.dataset.Datasets;
import lodestone.store.importing.ImportProgress;
import lodestone.store.importing.ImportedDataset;
import lodestone.store.reference.ReferenceData;

/**
 * Reads an official dataset named by its registry id ({@link Datasets#OFFICIAL}), whole and checked, for the faces to
 * write all or nothing.
 */
public final class DatasetImport {
    private DatasetImport() {}

    /**
     * @param id a dataset id
     * @return the registry's declaration
     * @throws QueryException naming the known ids if there is none
     */
    public static Dataset dataset(String id) {
        return Datasets.find(id)
                .orElseThrow(() -> new QueryException(
                        QueryError.UNKNOWN_DATASET,
                        "dataset",
                        "dataset (" + id + ") must be one of " + String.join(", ", Datasets.ids()) + "."));
    }

    /**
     * @param id a dataset id
     * @param folder its folder
     * @param reference the reference data
     * @param progress receives progress steps
     * @return the dataset with its report; written by the caller only if the report has no errors
     * @throws QueryException if the id is unknown or the folder does not exist
     */
    public static ImportedDataset read(String id, Path folder, ReferenceData reference, ImportProgress progress) {
        Dataset dataset = dataset(id);
        if (!Files.isDirectory(folder)) {
            throw QueryException.badParameter("path", "path (" + folder + ") is not a folder.");
        }
        return dataset.read(folder, reference, progress);
    }
}
