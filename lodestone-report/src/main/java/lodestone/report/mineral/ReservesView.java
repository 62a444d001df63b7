package lodestone.report.mineral;

import java.util.List;
import lodestone.report.table.Column;
import lodestone.report.table.Format;
import lodestone.report.table.Table;
import lodestone.report.table.Tabular;
import lodestone.report.table.Unit;

/**
 * A mineral's reserves by country, each row with its quantity (in the unit the source gives), flags and source.
 *
 * @param mineral the mineral id
 * @param name the mineral's name
 * @param reserves one row per country, as the mineral report lists them
 */
public record ReservesView(String mineral, String name, List<MineralReport.ReserveView> reserves) implements Tabular {
    public ReservesView {
        reserves = List.copyOf(reserves);
    }

    /** The columns of a reserve: raw quantity and unit in CSV, the published text where there is no number. */
    public static final List<Column<MineralReport.ReserveView>> COLUMNS = List.of(
            Column.of("country", null, MineralReport.ReserveView::country),
            Column.of("name", "COUNTRY", MineralReport.ReserveView::name),
            Column.<MineralReport.ReserveView>quantity(
                    "quantity", null, MineralReport.ReserveView::quantity, Unit.ROW_UNIT),
            Column.<MineralReport.ReserveView>of(
                            null, "RESERVES", r -> r.quantity() == null ? r.raw() : Format.number(r.quantity()))
                    .in(Unit.ROW_UNIT),
            Column.of("unit", "UNIT", MineralReport.ReserveView::unit),
            Column.of("flags", "FLAGS", MineralReport.ReserveView::flags),
            Column.of("raw", null, MineralReport.ReserveView::raw),
            Column.of("year", "YEAR", MineralReport.ReserveView::year).in(Unit.CALENDAR_YEAR),
            Column.of("series", null, MineralReport.ReserveView::series),
            Column.of("source", "SOURCE", MineralReport.ReserveView::source),
            Column.of("note", "NOTE", MineralReport.ReserveView::note));

    @Override
    public Table<MineralReport.ReserveView> table() {
        return Table.of("mineral", mineral, COLUMNS, reserves).width(50);
    }
}
