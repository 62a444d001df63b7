package lodestone.store.usgs;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import lodestone.model.chain.Stage;
import lodestone.model.mineral.Mineral;
import lodestone.model.observation.Metric;
import lodestone.store.importing.CsvFiles;
import lodestone.store.importing.ImportReport;
import lodestone.store.reference.ReferenceData;

/**
 * What every reader of the data release does with a row: count it, check its edition, resolve its names, read the
 * stage a production figure is of.
 */
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
        for (CsvFiles.Row row : table.dataRows(report)) {
            if (sourceColumn.isEmpty()
                    || McsRelease.checkSourceColumn(
                            file, row.line(), sourceColumn, row.get(sourceColumn), release, report)) {
                out.add(row);
            }
        }
        return out;
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

    /**
     * The stage a U.S. production figure is of, read from the words of its series (a salient column name, a world
     * table's statistics detail): recycling for secondary or scrap, mining for mine or concentrate output, processing
     * for refinery, smelter or compounds output.
     *
     * @param metric the figure's metric
     * @param series the words that describe it
     * @return the stage, or empty for another metric or words that name none
     */
    static Optional<Stage> productionStage(Metric metric, String series) {
        if (metric != Metric.PRODUCTION) {
            return Optional.empty();
        }
        String lower = series.toLowerCase(Locale.ROOT);
        if (lower.contains("secondary") || lower.contains("scrap") || lower.contains("recycl")) {
            return Optional.of(Stage.RECYCLING);
        }
        if (lower.contains("mine") || lower.contains("concentrate")) {
            return Optional.of(Stage.MINING);
        }
        if (lower.contains("refin") || lower.contains("smelter") || lower.contains("compounds")) {
            return Optional.of(Stage.PROCESSING);
        }
        return Optional.empty();
    }
}
