package lodestone.app.resource;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;
import lodestone.report.table.Table;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * The CSV form of a result's rows, one writer for both faces: {@code lodestone COMMAND --format csv} and
 * {@code GET PATH?format=csv} (the dashboard's "CSV" links) print the same text. Columns and raw values come from the
 * result's {@link Table}; RFC 4180 quoting (Commons CSV's default format), records separated by a line feed.
 */
public final class Csv {
    private Csv() {}

    /**
     * @param table the rows with their columns
     * @return the header line and one line per row
     */
    public static String of(Table<?> table) {
        return of(table.csvHeader(), table.csvRows());
    }

    /**
     * @param header the column ids
     * @param rows the raw values, one list per row (null for an empty cell)
     * @return the header line and one line per row
     */
    public static String of(List<String> header, List<? extends List<?>> rows) {
        StringWriter out = new StringWriter();
        try (CSVPrinter printer = new CSVPrinter(
                out,
                CSVFormat.DEFAULT
                        .builder()
                        .setHeader(header.toArray(String[]::new))
                        .setRecordSeparator('\n')
                        .get())) {
            for (List<?> row : rows) {
                printer.printRecord(row);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }
}
