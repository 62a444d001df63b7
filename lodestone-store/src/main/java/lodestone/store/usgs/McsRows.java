package lodestone.store.usgs;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import lodestone.model.mineral.Mineral;
import lodestone.store.importing.CsvFiles;
import lodestone.store.importing.ImportReport;
import lodestone.store.reference.AreaNames;
import lodestone.store.reference.ReferenceData;

/** What every reader of the data release does with a row: count it, check its edition, resolve its names. */
final class McsRows {
    private McsRows() {}

    /**
     * @param file the file, for messages
     * @param table the table
     * @param sourceColumn the column that names the edition ("Source", "DataSource"), or "" if the file has none
     * @param release the edition being read
     * @param report counts each data row and receives an error for a row of another edition
     * @return the data rows of the edition, blank rows and rows of another edition left out
     */
    static List<CsvFiles.Row> dataRows(
            String file, CsvFiles.Table table, String sourceColumn, McsRelease.Detected release, ImportReport report) {
        List<CsvFiles.Row> out = new ArrayList<>();
        for (CsvFiles.Row row : table.rows()) {
            if (row.isBlank()) {
                continue;
            }
            report.countRow();
            if (sourceColumn.isEmpty()
                    || McsRelease.checkSourceColumn(
                            file, row.line(), sourceColumn, row.get(sourceColumn), release, report)) {
                out.add(row);
            }
        }
        return out;
    }

    /**
     * @param areas the country names
     * @param file the file, for messages
     * @param row the row
     * @param field the column holding the country
     * @param report receives an error if the name is unknown
     * @return the area
     */
    static Optional<AreaNames.Resolved> area(
            AreaNames areas, String file, CsvFiles.Row row, String field, ImportReport report) {
        Optional<AreaNames.Resolved> area = areas.resolve(row.get(field));
        if (area.isEmpty()) {
            report.error(
                    file,
                    row.line(),
                    field,
                    row.get(field),
                    "unknown country; add the name as an alias in countries.yaml");
        }
        return area;
    }

    /**
     * @param reference the mineral catalogue
     * @param file the file, for messages
     * @param line the line
     * @param field the column holding the name
     * @param name the name, cleaned
     * @param report receives an error if the name is unknown
     * @return the mineral
     */
    static Optional<Mineral> mineral(
            ReferenceData reference, String file, long line, String field, String name, ImportReport report) {
        Optional<Mineral> mineral = reference.minerals().resolve(name);
        if (mineral.isEmpty()) {
            report.error(file, line, field, name, "unknown commodity; add the name as an alias in minerals.yaml");
        }
        return mineral;
    }
}
