package lodestone.report.table;

import java.util.List;

/**
 * Rows with their columns, ready for the table renderer and the CSV renderer of the command line.
 *
 * @param columns the columns, declared once per row type
 * @param rows the rows
 * @param maxWidth the widest a table cell gets before it wraps, in characters
 * @param <T> the row type
 */
public record Table<T>(List<Column<T>> columns, List<T> rows, int maxWidth) {
    /** The widest cell unless a table asks for another. */
    public static final int DEFAULT_WIDTH = 40;

    public Table {
        columns = List.copyOf(columns);
        rows = List.copyOf(rows);
    }

    /**
     * @param columns the columns
     * @param rows the rows
     * @param <T> the row type
     * @return a table with the default width
     */
    public static <T> Table<T> of(List<Column<T>> columns, List<T> rows) {
        return new Table<>(columns, rows, DEFAULT_WIDTH);
    }

    /** @return the same rows with another widest cell */
    public Table<T> width(int characters) {
        return new Table<>(columns, rows, characters);
    }

    /** @return the CSV header */
    public List<String> csvHeader() {
        return columns.stream().filter(Column::inCsv).map(Column::id).toList();
    }

    /** @return the CSV rows, raw values */
    public List<List<Object>> csvRows() {
        return rows.stream()
                .map(row -> columns.stream()
                        .filter(Column::inCsv)
                        .map(c -> Column.csvValue(c.csv().apply(row)))
                        .toList())
                .toList();
    }

    /** @return the table header */
    public List<String> textHeader() {
        return columns.stream().filter(Column::inTable).map(Column::title).toList();
    }

    /** @return the table rows, formatted text */
    public List<List<String>> textRows() {
        return rows.stream()
                .map(row -> columns.stream()
                        .filter(Column::inTable)
                        .map(c -> c.text().apply(row))
                        .toList())
                .toList();
    }
}
