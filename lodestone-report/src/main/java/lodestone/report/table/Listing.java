package lodestone.report.table;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.List;

/**
 * Rows of one type with their columns, as a listing answers: its JSON form is the list of rows, its table and CSV
 * forms the columns over the rows.
 *
 * @param rows the rows
 * @param columns their columns: a record's components ({@link #of(List, Class)}), or declared by the query
 * @param <T> the row type
 */
public record Listing<T>(List<T> rows, List<Column<T>> columns) implements Tabular {
    public Listing {
        rows = List.copyOf(rows);
        columns = List.copyOf(columns);
    }

    /**
     * @param rows the rows
     * @param type their record type, whose components are the columns ({@link Columns#of})
     * @param <R> the row type
     * @return the listing
     */
    public static <R extends Record> Listing<R> of(List<R> rows, Class<R> type) {
        return new Listing<>(rows, Columns.of(type));
    }

    /** @return the rows, as the JSON document */
    @JsonValue
    public List<T> json() {
        return rows;
    }

    @Override
    public Table<T> table() {
        return Table.of(columns, rows);
    }
}
