package lodestone.report.scenario;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.List;
import lodestone.report.table.Column;
import lodestone.report.table.Table;
import lodestone.report.table.Tabular;

/**
 * The shipped scenarios. Its JSON form is the list of rows.
 *
 * @param rows one per preset, in the order they are listed
 */
public record PresetListing(List<Row> rows) implements Tabular {
    public PresetListing {
        rows = List.copyOf(rows);
    }

    /**
     * @param id the preset id
     * @param title its title
     * @param horizonMonths months it simulates
     * @param minerals the minerals it covers
     */
    public record Row(String id, String title, int horizonMonths, List<String> minerals) {}

    /** The columns of a preset. */
    public static final List<Column<Row>> COLUMNS = List.of(
            Column.of("id", "ID", Row::id),
            Column.of("title", "TITLE", Row::title),
            Column.of("horizon_months", "MONTHS", Row::horizonMonths),
            Column.of("minerals", "MINERALS", Row::minerals));

    /** @return the rows, as the JSON document */
    @JsonValue
    public List<Row> json() {
        return rows;
    }

    @Override
    public Table<Row> table() {
        return Table.of(COLUMNS, rows).width(60);
    }
}
