package lodestone.risk.csv;

import java.util.ArrayList;
import java.util.List;

/**
 * The curated CSV resources: the risk methods' tables ({@link #rows}: {@code #} comment lines, one header line, then
 * rows of cells separated by commas, a cell optionally in double quotes, a doubled quote inside standing for one
 * quote) and the news module's reference tables ({@link #parse}). One tokenizer reads both.
 */
public final class CuratedCsv {
    private CuratedCsv() {}

    /**
     * One data row with its line number in the file.
     *
     * @param line the 1-based line number
     * @param cells the cells, unquoted
     */
    public record Row(int line, List<String> cells) {
        public Row {
            cells = List.copyOf(cells);
        }
    }

    /**
     * @param resource the resource name, for messages
     * @param text the file's text
     * @param width the number of cells every row must have
     * @return the data rows (comments, blank lines and the header skipped)
     * @throws IllegalArgumentException naming the resource and line if a row has another number of cells
     */
    public static List<Row> rows(String resource, String text, int width) {
        List<Row> out = new ArrayList<>();
        int number = 0;
        boolean header = true;
        for (String line : text.split("\\R", -1)) {
            number++;
            if (line.startsWith("#") || line.isBlank()) {
                continue;
            }
            if (header) {
                header = false;
                continue;
            }
            List<String> cells = split(line);
            if (cells.size() != width) {
                throw new IllegalArgumentException(
                        resource + ":" + number + ": expected " + width + " cells, found " + cells.size() + ".");
            }
            out.add(new Row(number, cells));
        }
        return List.copyOf(out);
    }

    /**
     * Reads RFC 4180 CSV: quoted fields may hold commas, line breaks ({@code \n}, {@code \r\n} or {@code \r}) and
     * doubled quotes; a quote inside an unquoted field opens quoting as well.
     *
     * @param text the CSV text
     * @return its records, each a list of fields; blank lines (a record of one empty field) are skipped
     */
    public static List<List<String>> parse(String text) {
        return records(text, true).stream()
                .filter(record -> !(record.size() == 1 && record.get(0).isEmpty()))
                .toList();
    }

    /**
     * @param line one line of CSV (a line break in it is read as an ordinary character)
     * @return its cells, unquoted; one empty cell for an empty line
     */
    public static List<String> split(String line) {
        return records(line, false).get(0);
    }

    /**
     * The one tokenizer of both forms.
     *
     * @param text the text
     * @param lineBreaksEndRecords whether an unquoted line break ends a record (else it is part of the field)
     * @return every record, blank ones included; at least one
     */
    private static List<List<String>> records(String text, boolean lineBreaksEndRecords) {
        List<List<String>> records = new ArrayList<>();
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    cell.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                cells.add(cell.toString());
                cell.setLength(0);
            } else if (lineBreaksEndRecords && (c == '\n' || c == '\r')) {
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                cells.add(cell.toString());
                cell.setLength(0);
                records.add(cells);
                cells = new ArrayList<>();
            } else {
                cell.append(c);
            }
        }
        cells.add(cell.toString());
        records.add(cells);
        return records;
    }
}
