package lodestone.store.dataset;

import java.nio.file.Path;
import lodestone.store.importing.ImportProgress;
import lodestone.store.importing.ImportedDataset;
import lodestone.store.reference.ReferenceData;

/**
 * One importable dataset, declared once in {@link Datasets#OFFICIAL}.
 *
 * @param id the id users type ({@code lodestone import ID DIR}, {@code POST /api/v1/import/ID})
 * @param description what it is and which folder to pass, for help texts, the OpenAPI document and the docs
 * @param sharedFolder its folder under {@code shared/data}, where the baseline is built from
 * @param source the id of the source the whole dataset cites
 * @param reader reads a folder into observations and a report, writing nothing
 */
public record Dataset(String id, String description, String sharedFolder, String source, Reader reader) {
    /** Reads one dataset's folder. */
    @FunctionalInterface
    public interface Reader {
        /**
         * @param root the dataset's folder
         * @param reference the reference data ids are resolved against
         * @param progress receives progress steps
         * @return the dataset with its report; check the report for errors before writing it
         */
        ImportedDataset read(Path root, ReferenceData reference, ImportProgress progress);
    }

    /**
     * @param root the dataset's folder
     * @param reference the reference data
     * @param progress receives progress steps
     * @return the dataset with its report; check the report for errors before writing it
     */
    public ImportedDataset read(Path root, ReferenceData reference, ImportProgress progress) {
        return reader.read(root, reference, progress);
    }
}
