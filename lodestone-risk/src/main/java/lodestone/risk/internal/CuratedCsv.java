package lodestone.risk.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * The curated CSV resources of the risk methods: {@code #} comment lines, one header line, then rows of cells
 * separated by commas, a cell optionally in double quotes (a doubled quote inside stands for one quote).
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
     * @param line one line of CSV
     * @return its cells, unquoted
     */
    public static List<String> split(String line) {
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
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
            } else {
                cell.append(c);
            }
        }
        cells.add(cell.toString());
        return cells;
    }
}
