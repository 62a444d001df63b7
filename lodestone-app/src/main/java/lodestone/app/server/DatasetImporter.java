package lodestone.app.server;

import java.nio.file.Path;
import lodestone.store.importing.ImportedDataset;

/** Imports an official dataset into the store, all or nothing, for the import endpoint. */
@FunctionalInterface
public interface DatasetImporter {
    /**
     * @param dataset the id of an official dataset ({@code Datasets.OFFICIAL})
     * @param folder the dataset's folder on the server
     * @return the dataset with its report; written only if the report has no errors
     */
    ImportedDataset importDataset(String dataset, Path folder);
}
