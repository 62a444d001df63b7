package lodestone.report.dataset;

import java.util.ArrayList;
import java.util.List;
import lodestone.report.table.Column;
import lodestone.report.table.Table;
import lodestone.report.table.Tabular;
import lodestone.report.table.Unit;
import lodestone.store.importing.ImportedDataset;
import lodestone.store.importing.Problem;

/**
 * What an import did. Its CSV form is the list of problems.
 *
 * @param dataset the dataset id
 * @param imported true if it was written (no errors)
 * @param rowsRead data rows read
 * @param observations observations produced
 * @param errors the errors, each with file, line, field and value
 * @param warnings the warnings
 */
public record ImportResult(
        String dataset, boolean imported, int rowsRead, int observations, List<Problem> errors, List<Problem> warnings)
        implements Tabular {
    public ImportResult {
        errors = List.copyOf(errors);
        warnings = List.copyOf(warnings);
    }

    /** The columns of a problem (declared here: the store's record cannot carry the report layer's units). */
    public static final List<Column<Problem>> COLUMNS = List.of(
            Column.of("severity", "SEVERITY", Problem::severity),
            Column.of("file", "FILE", Problem::file),
            Column.of("line", "LINE", Problem::line)
                    .in(Unit.dimensionless("a 1-based line number, 0 when the problem concerns the whole file")),
            Column.of("field", "FIELD", Problem::field),
            Column.of("value", "VALUE", Problem::value),
            Column.of("message", "MESSAGE", Problem::message));

    /**
     * @param dataset the dataset read
     * @return its result, imported if its report has no errors
     */
    public static ImportResult of(ImportedDataset dataset) {
        return new ImportResult(
                dataset.name(),
                !dataset.report().hasErrors(),
                dataset.report().rowsRead(),
                dataset.observations().size(),
                dataset.report().errors(),
                dataset.report().warnings());
    }

    @Override
    public Table<Problem> table() {
        List<Problem> all = new ArrayList<>(warnings);
        all.addAll(errors);
        return Table.of(COLUMNS, all).width(60);
    }
}
