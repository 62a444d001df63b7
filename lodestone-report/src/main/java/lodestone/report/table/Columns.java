package lodestone.report.table;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/** Columns derived from a record's components, in declaration order, shaped by {@link Cell} where given. */
public final class Columns {
    private Columns() {}

    /**
     * @param type a record type
     * @param <R> the record type
     * @return one column per component
     */
    public static <R extends Record> List<Column<R>> of(Class<R> type) {
        List<Column<R>> columns = new ArrayList<>();
        for (RecordComponent component : type.getRecordComponents()) {
            Cell cell = component.getAnnotation(Cell.class);
            String name = component.getName();
            String id = cell == null || cell.csv().isEmpty()
                    ? name.replaceAll("([a-z0-9])([A-Z])", "$1_$2").toLowerCase(Locale.ROOT)
                    : cell.csv();
            String title = cell == null || cell.value().isEmpty()
                    ? name.replaceAll("([a-z0-9])([A-Z])", "$1 $2").toUpperCase(Locale.ROOT)
                    : cell.value();
            Function<R, Object> value = row -> read(component, row);
            Cell.Style style = cell == null ? Cell.Style.TEXT : cell.style();
            Column<R> column = new Column<>(id, title, value, row -> text(style, value.apply(row)));
            columns.add(cell == null || cell.table() ? column : column.csvOnly());
        }
        return List.copyOf(columns);
    }

    private static Object read(RecordComponent component, Object row) {
        try {
            return component.getAccessor().invoke(row);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException(
                    "cannot read " + component.getName() + " of "
                            + row.getClass().getSimpleName(),
                    e);
        }
    }

    private static String text(Cell.Style style, Object value) {
        return switch (style) {
            case TEXT -> Column.text(value);
            case PERCENT -> Format.percent((Double) value);
            case QUANTITY -> Format.number(value == null ? null : ((Number) value).doubleValue());
            case TWO_DECIMALS -> Format.fixed(value == null ? null : ((Number) value).doubleValue(), 2);
        };
    }
}
