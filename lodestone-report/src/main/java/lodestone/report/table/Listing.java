package lodestone.report.table;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.List;
import java.util.Objects;

/**
 * Rows of one record type, as a listing answers: its JSON form is the list of rows, its columns the record's
 * components ({@link Columns#of}).
 *
 * @param rows the rows
 * @param type their record type
 * @param <T> the row type
 */
public record Listing<T extends Record>(List<T> rows, Class<T> type) implements Tabular {
    public Listing {
        rows = List.copyOf(rows);
        Objects.requireNonNull(type, "type");
    }

    /** @return the rows, as the JSON document */
    @JsonValue
    public List<T> json() {
        return rows;
    }

    @Override
    public Table<T> table() {
        return Table.of(Columns.of(type), rows);
    }
}
