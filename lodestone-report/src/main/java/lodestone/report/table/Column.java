package lodestone.report.table;

import java.util.Collection;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * One column of a result's rows, declared once for the table people read and the CSV programs read: the CSV header is
 * {@code id} and carries the raw value (fractions as fractions, numbers unformatted, lists joined by {@code ;}); the
 * table header is {@code title} and carries the formatted text (percentages, thousands separators, lists joined by
 * {@code , }). A column may appear in only one of the two.
 *
 * @param id the CSV header, snake_case, or null if the column is for the table only
 * @param title the table header, or null if the column is for CSV only
 * @param csv the raw value of a row (null for an empty cell)
 * @param text the text of a row's cell in the table
 * @param unit the unit of a numeric column (shown in the table header), or null for a column of text
 * @param <T> the row type
 */
public record Column<T>(
        @Nullable String id,
        @Nullable String title,
        Function<T, Object> csv,
        Function<T, String> text,
        @Nullable Unit unit) {
    public Column {
        if (id == null && title == null) {
            throw new IllegalArgumentException("a column needs an id (CSV) or a title (table), or both.");
        }
        Objects.requireNonNull(csv, "csv");
        Objects.requireNonNull(text, "text");
    }

    /**
     * A column of text (no unit).
     *
     * @param id the CSV header
     * @param title the table header
     * @param csv the raw value of a row
     * @param text the text of a row's cell
     */
    public Column(@Nullable String id, @Nullable String title, Function<T, Object> csv, Function<T, String> text) {
        this(id, title, csv, text, null);
    }

    /**
     * @param unit the unit of the column's numbers
     * @return this column with that unit
     */
    public Column<T> in(Unit unit) {
        return new Column<>(id, title, csv, text, Objects.requireNonNull(unit, "unit"));
    }

    /** @return the table header: the title with the unit, e.g. {@code SHARE (%)} */
    public String header() {
        String shown = title == null ? "" : title;
        return unit == null ? shown : unit.label(shown);
    }

    /**
     * A numeric column must state its unit: a programming error otherwise, caught (as an assertion) by the tests that
     * render tables.
     *
     * @param value a cell's raw value
     * @return true, or an exception naming the column
     */
    boolean declares(@Nullable Object value) {
        if (unit == null && value instanceof Number) {
            throw new IllegalStateException("column " + (id != null ? id : title) + " holds a number (" + value
                    + ") but declares no unit; declare one with in(Unit).");
        }
        return true;
    }

    /**
     * A column shown as it is: text as text, lists joined.
     *
     * @param id the CSV header
     * @param title the table header
     * @param value the value of a row
     * @param <T> the row type
     * @return the column
     */
    public static <T> Column<T> of(@Nullable String id, @Nullable String title, Function<T, ?> value) {
        return new Column<>(id, title, row -> value.apply(row), row -> text(value.apply(row)));
    }

    /**
     * A fraction: raw in CSV, a percentage with one decimal in the table.
     *
     * @param id the CSV header
     * @param title the table header
     * @param value the fraction of a row, or null
     * @param <T> the row type
     * @return the column
     */
    public static <T> Column<T> percent(@Nullable String id, @Nullable String title, Function<T, Double> value) {
        return new Column<>(id, title, row -> value.apply(row), row -> Format.percent(value.apply(row)), Unit.PERCENT);
    }

    /**
     * A quantity: raw in CSV, with thousands separators and three significant digits below 100 in the table.
     *
     * @param id the CSV header
     * @param title the table header
     * @param value the number of a row, or null
     * @param unit its unit
     * @param <T> the row type
     * @return the column
     */
    public static <T> Column<T> quantity(
            @Nullable String id, @Nullable String title, Function<T, Double> value, Unit unit) {
        return new Column<>(id, title, row -> value.apply(row), row -> Format.number(value.apply(row)), unit);
    }

    /**
     * A number with a fixed number of decimals in both forms (rounded in CSV).
     *
     * @param id the CSV header
     * @param title the table header
     * @param value the number of a row, or null
     * @param digits decimals
     * @param unit its unit
     * @param <T> the row type
     * @return the column
     */
    public static <T> Column<T> fixed(
            @Nullable String id, @Nullable String title, Function<T, Double> value, int digits, Unit unit) {
        return new Column<>(
                id,
                title,
                row -> Format.round(value.apply(row), digits),
                row -> Format.fixed(value.apply(row), digits),
                unit);
    }

    /**
     * @param text how the table shows a row's cell instead
     * @return this column with another table text
     */
    public Column<T> shownAs(Function<T, String> text) {
        return new Column<>(id, title, csv, text, unit);
    }

    /**
     * @param part the part of a wider row this column shows
     * @param <R> the wider row type
     * @return this column over the wider rows
     */
    public <R> Column<R> through(Function<R, T> part) {
        return new Column<>(id, title, row -> csv.apply(part.apply(row)), row -> text.apply(part.apply(row)), unit);
    }

    /**
     * @param title another table header
     * @return the same column under that header (a figure two tables of the same rows show under different names)
     */
    public Column<T> titled(String title) {
        return new Column<>(id, title, csv, text, unit);
    }

    /** @return this column in the CSV only */
    public Column<T> csvOnly() {
        return new Column<>(id, null, csv, text, unit);
    }

    /** @return this column in the table only */
    public Column<T> tableOnly() {
        return new Column<>(null, title, csv, text, unit);
    }

    /** @return true if the CSV has this column */
    public boolean inCsv() {
        return id != null;
    }

    /** @return true if the table has this column */
    public boolean inTable() {
        return title != null;
    }

    /**
     * @param value a cell's value
     * @return it as table text: "" for null, a collection joined by ", "
     */
    static String text(@Nullable Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof Collection<?> list) {
            return list.stream().map(String::valueOf).collect(Collectors.joining(", "));
        }
        return String.valueOf(value);
    }

    /**
     * @param value a cell's value
     * @return it as a CSV value: "" for null, a collection joined by ";"
     */
    static Object csvValue(@Nullable Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof Collection<?> list) {
            return list.stream().map(String::valueOf).collect(Collectors.joining(";"));
        }
        return value;
    }
}
