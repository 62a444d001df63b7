package lodestone.report.country;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.List;
import lodestone.report.table.Column;
import lodestone.report.table.Table;
import lodestone.report.table.Tabular;

/**
 * Countries with production or supply shares on record. Its JSON form is the list of rows.
 *
 * @param rows one per country, by code
 */
public record CountryListing(List<Row> rows) implements Tabular {
    public CountryListing {
        rows = List.copyOf(rows);
    }

    /**
     * @param country ISO alpha-2
     * @param name name
     * @param minerals how many minerals it has production or supply shares of
     */
    public record Row(String country, String name, int minerals) {}

    /** The columns of a row. */
    public static final List<Column<Row>> COLUMNS = List.of(
            Column.of("country", "COUNTRY", Row::country),
            Column.of("name", "NAME", Row::name),
            Column.of("minerals", "MINERALS", Row::minerals));

    /** @return the rows, as the JSON document */
    @JsonValue
    public List<Row> json() {
        return rows;
    }

    @Override
    public Table<Row> table() {
        return Table.of(COLUMNS, rows);
    }
}
