package lodestone.report.table;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Predicate;

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

    /**
     * Rows of a part of a result, the CSV form led by a column naming the whole (the measure of an event, the country
     * of a production row), the same on every row.
     *
     * @param id the CSV header of the leading column
     * @param whole its value
     * @param columns the rows' own columns
     * @param rows the rows
     * @param <T> the row type
     * @return the table with the default width
     */
    public static <T> Table<T> of(String id, Object whole, List<Column<T>> columns, List<T> rows) {
        List<Column<T>> all = new ArrayList<>();
        all.add(Column.of(id, null, row -> whole));
        all.addAll(columns);
        return of(all, rows);
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
        return cells(Column::inCsv, (c, row) -> {
            Object value = c.csv().apply(row);
            assert c.declares(value);
            return Column.csvValue(value);
        });
    }

    /** @return the table header */
    public List<String> textHeader() {
        return columns.stream().filter(Column::inTable).map(Column::header).toList();
    }

    /** @return the table rows, formatted text */
    public List<List<String>> textRows() {
        return cells(Column::inTable, (c, row) -> {
            assert c.declares(c.csv().apply(row));
            return c.text().apply(row);
        });
    }

    private <V> List<List<V>> cells(Predicate<Column<T>> shown, BiFunction<Column<T>, T, V> cell) {
        List<Column<T>> chosen = columns.stream().filter(shown).toList();
        return rows.stream()
                .map(row -> chosen.stream().map(c -> cell.apply(c, row)).toList())
                .toList();
    }
}
