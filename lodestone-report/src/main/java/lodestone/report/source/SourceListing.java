package lodestone.report.source;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.ArrayList;
import java.util.List;
import lodestone.report.table.Column;
import lodestone.report.table.Table;
import lodestone.report.table.Tabular;
import lodestone.report.table.Unit;

/**
 * Every source with its attribution and how many observations cite it. Its JSON form is the list of rows.
 *
 * @param rows one per source, in id order
 */
public record SourceListing(List<Row> rows) implements Tabular {
    public SourceListing {
        rows = List.copyOf(rows);
    }

    /**
     * @param source the source
     * @param observations how many observations cite it
     */
    public record Row(SourceView source, long observations) {}

    /** @return the rows, as the JSON document */
    @JsonValue
    public List<Row> json() {
        return rows;
    }

    @Override
    public Table<Row> table() {
        List<Column<Row>> columns = new ArrayList<>();
        SourceView.COLUMNS.forEach(c -> columns.add(c.through(Row::source)));
        columns.add(Column.of("observations", null, Row::observations).in(Unit.COUNT));
        return Table.of(columns, rows);
    }
}
