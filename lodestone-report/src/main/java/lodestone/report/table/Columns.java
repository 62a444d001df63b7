package lodestone.report.table;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/** Columns derived from a record's components, in declaration order, shaped by {@link Cell} where given. */
public final class Columns {
    private Columns() {}

    /**
     * @param type a record type
     * @param <R> the record type
     * @return one column per component
     * @throws IllegalArgumentException if a numeric component declares neither a unit nor why it needs none
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
            Column<R> column =
                    new Column<>(id, title, value, row -> text(style, value.apply(row)), unit(type, component));
            columns.add(cell == null || cell.table() ? column : column.csvOnly());
        }
        return List.copyOf(columns);
    }

    /**
     * @param component a record component
     * @return true if it holds a number
     */
    static boolean numeric(RecordComponent component) {
        Class<?> type = component.getType();
        return Number.class.isAssignableFrom(type)
                || (type.isPrimitive() && type != boolean.class && type != char.class);
    }

    private static @Nullable Unit unit(Class<?> type, RecordComponent component) {
        Cell cell = component.getAnnotation(Cell.class);
        if (cell != null && !cell.unit().isEmpty()) {
            return new Unit(cell.unit(), cell.unit());
        }
        if (cell != null && !cell.dimensionless().isEmpty()) {
            return Unit.dimensionless(cell.dimensionless());
        }
        if (cell != null && cell.style() == Cell.Style.PERCENT) {
            return Unit.PERCENT;
        }
        if (numeric(component)) {
            throw new IllegalArgumentException(type.getSimpleName() + "." + component.getName()
                    + " is a number without a unit: declare @Cell(unit = \"...\") or @Cell(dimensionless = \"why\").");
        }
        return null;
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
