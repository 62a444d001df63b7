package lodestone.store.importing;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.TreeMap;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/** Reads the CSV tables of the official datasets with Apache Commons CSV, keeping each record's line number. */
public final class CsvFiles {
    private CsvFiles() {}

    /**
     * A data row with its header-keyed cells.
     *
     * @param line the 1-based line on which the record starts
     * @param cells cell text by normalised header name (whitespace removed), in column order
     */
    public record Row(long line, Map<String, String> cells) {
        /** @return the cell, or "" when the column is absent or the row is short */
        public String get(String column) {
            return cells.getOrDefault(column, "");
        }

        /** @return true if every cell is blank */
        public boolean isBlank() {
            return cells.values().stream().allMatch(String::isBlank);
        }

        /**
         * Reads a year cell.
         *
         * @param file the file name used in messages
         * @param column the column holding the year
         * @param report receives an error showing the cell if it is not a whole number
         * @return the year, or empty (with the error reported)
         */
        public OptionalInt year(String file, String column, ImportReport report) {
            try {
                return OptionalInt.of(Integer.parseInt(get(column).trim()));
            } catch (NumberFormatException e) {
                report.error(file, line, column, get(column), "not a year");
                return OptionalInt.empty();
            }
        }
    }

    /**
     * A parsed table.
     *
     * @param header the normalised header names, in order
     * @param rows the data rows
     */
    public record Table(List<String> header, List<Row> rows) {
        /**
         * Reports, as an error on line 1, every column the header lacks.
         *
         * @param file the file name used in messages
         * @param report receives an error per missing column, naming the header read
         * @param columns the columns required
         * @return true if the header has them all
         */
        public boolean requireColumns(String file, ImportReport report, List<String> columns) {
            boolean ok = true;
            for (String column : columns) {
                if (!header.contains(column)) {
                    report.error(file, 1, column, "", "required column is missing; the header has " + header);
                    ok = false;
                }
            }
            return ok;
        }

        /**
         * The rows to read: blank rows left out, every other row counted in the report's rows read.
         *
         * @param report counts each data row
         * @return the non-blank rows, in order
         */
        public List<Row> dataRows(ImportReport report) {
            List<Row> out = new ArrayList<>();
            for (Row row : rows) {
                if (!row.isBlank()) {
                    report.countRow();
                    out.add(row);
                }
            }
            return out;
        }
    }

    /**
     * Reads a whole CSV file with a header row. A UTF-8 byte-order mark is skipped; header names lose all whitespace
     * ("PROD_EST_ 2024" becomes "PROD_EST_2024").
     *
     * @param file the file
     * @param label the file name used in messages
     * @param charset the file's encoding (the EU CRM tables are Windows-1252)
     * @return the table
     * @throws DataFileException if the file cannot be read or is not valid CSV
     */
    public static Table read(Path file, String label, Charset charset) {
        try (Reader reader = Files.newBufferedReader(file, charset);
                CSVParser parser = CSVParser.builder()
                        .setReader(reader)
                        .setFormat(CSVFormat.DEFAULT.builder().get())
                        .get()) {
            List<String> header = new ArrayList<>();
            List<Row> rows = new ArrayList<>();
            long nextLine = 1;
            for (CSVRecord record : parser) {
                long line = nextLine;
                nextLine = parser.getCurrentLineNumber() + 1;
                if (header.isEmpty()) {
                    for (String name : record) {
                        header.add(normaliseHeader(name));
                    }
                    continue;
                }
                Map<String, String> cells = new TreeMap<>();
                for (int i = 0; i < header.size() && i < record.size(); i++) {
                    cells.putIfAbsent(header.get(i), record.get(i));
                }
                rows.add(new Row(line, cells));
            }
            if (header.isEmpty()) {
                throw new DataFileException(label, 1, "the file is empty; a header row is expected", null);
            }
            return new Table(List.copyOf(header), List.copyOf(rows));
        } catch (IOException | java.io.UncheckedIOException | IllegalStateException e) {
            throw new DataFileException(label, 0, e.getMessage(), e);
        }
    }

    /** Reads a UTF-8 CSV file. */
    public static Table readUtf8(Path file, String label) {
        return read(file, label, StandardCharsets.UTF_8);
    }

    /**
     * @param name a header cell
     * @return the name without a byte-order mark and without any whitespace
     */
    public static String normaliseHeader(String name) {
        return name.replace("\ufeff", "").replaceAll("\\s+", "");
    }
}
