package lodestone.report.country;

import java.util.List;
import lodestone.report.table.Column;
import lodestone.report.table.Table;
import lodestone.report.table.Tabular;
import lodestone.report.table.Unit;

/**
 * A country's reserves of every mineral the store has reserves of (the latest year of each mineral's reserves), the
 * rows its country report shows under "Reserves".
 *
 * @param country alpha-2 code
 * @param name the country's name
 * @param reserves one row per mineral, in catalogue order
 */
public record CountryReserves(String country, String name, List<CountryReport.ReserveRow> reserves) implements Tabular {
    public CountryReserves {
        reserves = List.copyOf(reserves);
    }

    /**
     * The CSV columns of a reserves row: the quantity in the unit the source gives, the published text where there is
     * no number.
     */
    public static final List<Column<CountryReport.ReserveRow>> COLUMNS = List.of(
            Column.of("mineral", null, CountryReport.ReserveRow::mineral),
            Column.<CountryReport.ReserveRow>quantity(
                    "quantity", null, CountryReport.ReserveRow::quantity, Unit.ROW_UNIT),
            Column.of("unit", null, CountryReport.ReserveRow::unit),
            Column.of("raw", null, CountryReport.ReserveRow::raw),
            Column.of("year", null, CountryReport.ReserveRow::year).in(Unit.CALENDAR_YEAR),
            Column.of("source", null, CountryReport.ReserveRow::source));

    @Override
    public Table<CountryReport.ReserveRow> table() {
        List<Column<CountryReport.ReserveRow>> columns = new java.util.ArrayList<>(COLUMNS);
        columns.addAll(CountryReport.RESERVE_COLUMNS);
        return Table.of("country", country, columns, reserves).width(45);
    }
}
