package lodestone.report.table;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every numeric column of every result type states its unit, or says why it has none. */
class ColumnUnitsTest {
    /** Words in a column's CSV id or table title that name a number. */
    private static final Set<String> NUMERIC_WORDS = Set.of(
            "share",
            "rank",
            "price",
            "months",
            "year",
            "score",
            "quantity",
            "hhi",
            "count",
            "probability",
            "cost",
            "usd",
            "points",
            "level",
            "index",
            "p5",
            "p10",
            "p50",
            "p90",
            "p95",
            "mean",
            "sr",
            "observations",
            "producers",
            "projects",
            "stopped",
            "expected",
            "top-3",
            "#");

    /** Columns whose name holds such a word but whose cells are text: the word describes the text. */
    private static final Set<String> TEXT = Set.of("share_basis");

    private static final Pattern WORD = Pattern.compile("[ _/()]+");

    @Test
    void everyDeclaredColumnThatNamesANumberHasAUnit() throws Exception {
        List<String> missing = new ArrayList<>();
        List<Declared> declared = declaredColumns();
        assertThat(declared).as("the walk finds the result types' columns").hasSizeGreaterThan(150);
        for (Declared d : declared) {
            Column<?> c = d.column();
            if (c.unit() == null && namesANumber(c)) {
                missing.add(d.where() + ": " + (c.id() != null ? c.id() : c.title()));
            }
            if (c.unit() != null) {
                assertThat(c.unit().meaning()).as(d.where()).isNotBlank();
            }
        }
        assertThat(missing).as("numeric columns without a unit").isEmpty();
    }

    @Test
    void theSimulatorsPriceColumnsAreIndicesOfThePreShockPrice() {
        List<String> headers = lodestone.report.scenario.SimulationView.View.COLUMNS.stream()
                .filter(Column::inTable)
                .map(Column::header)
                .toList();
        assertThat(headers)
                .contains(
                        "INSIDE P50 (x pre-shock)",
                        "OUTSIDE P10/P50/P90 (x pre-shock)",
                        "REALISED P50 (x pre-shock)",
                        "SHORTFALL P10/P50/P90 (%)");
    }

    @Test
    void theTableHeaderCarriesTheUnitAndTheCsvHeaderStaysTheId() {
        record Row(String id, double share, double tonnes) {}
        Table<Row> table = Table.of(
                List.of(
                        Column.of("id", "ID", Row::id),
                        Column.percent("share", "SHARE", Row::share),
                        Column.quantity("quantity_t", "QUANTITY", Row::tonnes, Unit.TONNES),
                        Column.<Row>of("rank", "RANK", r -> 1).in(Unit.RANK)),
                List.of(new Row("a", 0.5, 1200)));
        assertThat(table.textHeader()).containsExactly("ID", "SHARE (%)", "QUANTITY (t)", "RANK");
        assertThat(table.csvHeader()).containsExactly("id", "share", "quantity_t", "rank");
    }

    @Test
    void aNumberInAColumnWithoutAUnitFailsWhereTablesAreRendered() {
        record Row(int n) {}
        Table<Row> table = Table.of(List.of(Column.of("n", "N", Row::n)), List.of(new Row(3)));
        assertThatThrownBy(table::csvRows)
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("column n holds a number (3) but declares no unit");
    }

    @Test
    void aRecordWithANumericComponentWithoutAUnitIsRefused() {
        record Bare(String name, double tonnes) {}
        record WithUnits(
                String name,
                @Cell(unit = "t") double tonnes,
                @Cell(dimensionless = "1 first") int rank) {}
        assertThatThrownBy(() -> Columns.of(Bare.class))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Bare.tonnes is a number without a unit");
        assertThat(Columns.of(WithUnits.class).stream().map(Column::header))
                .containsExactly("NAME", "TONNES (t)", "RANK");
    }

    private static boolean namesANumber(Column<?> c) {
        if (c.id() != null && TEXT.contains(c.id())) {
            return false;
        }
        String name =
                ((c.id() == null ? "" : c.id()) + " " + (c.title() == null ? "" : c.title())).toLowerCase(Locale.ROOT);
        return Stream.of(WORD.split(name)).anyMatch(NUMERIC_WORDS::contains);
    }

    private record Declared(String where, Column<?> column) {}

    /** The row type of a query answered by a {@link Listing} (its columns are made when it is rendered). */
    @SuppressWarnings("unchecked")
    private static List<Class<? extends Record>> listingRows(Class<?> type) {
        List<Class<? extends Record>> rows = new ArrayList<>();
        for (java.lang.reflect.Type face : type.getGenericInterfaces()) {
            if (face instanceof java.lang.reflect.ParameterizedType query
                    && query.getActualTypeArguments()[0] instanceof java.lang.reflect.ParameterizedType answer
                    && answer.getRawType() == Listing.class
                    && answer.getActualTypeArguments()[0] instanceof Class<?> row
                    && row.isRecord()) {
                rows.add((Class<? extends Record>) row);
            }
        }
        return rows;
    }

    /** Every column held by a static field (a column or a list of them) of a class of the report layer. */
    private static List<Declared> declaredColumns()
            throws IOException, URISyntaxException, ReflectiveOperationException {
        Path root = Path.of(
                Column.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        List<String> names;
        try (Stream<Path> files = Files.walk(root)) {
            names = files.filter(f -> f.toString().endsWith(".class"))
                    .map(f -> root.relativize(f).toString())
                    .map(n -> n.substring(0, n.length() - ".class".length()).replace('/', '.'))
                    .filter(n -> n.startsWith("lodestone.report."))
                    .sorted()
                    .toList();
        }
        List<Declared> found = new ArrayList<>();
        for (String name : names) {
            Class<?> type = Class.forName(name, true, ColumnUnitsTest.class.getClassLoader());
            listingRows(type)
                    .forEach(row -> Columns.of(row)
                            .forEach(c -> found.add(new Declared(type.getSimpleName() + " (listing)", c))));
            for (Field field : type.getDeclaredFields()) {
                if (!Modifier.isStatic(field.getModifiers()) || field.isSynthetic()) {
                    continue;
                }
                if (!List.class.isAssignableFrom(field.getType()) && field.getType() != Column.class) {
                    continue;
                }
                field.setAccessible(true);
                Object value = field.get(null);
                String where = type.getSimpleName() + "." + field.getName();
                if (value instanceof Column<?> column) {
                    found.add(new Declared(where, column));
                } else if (value instanceof List<?> list) {
                    list.stream()
                            .filter(Column.class::isInstance)
                            .forEach(c -> found.add(new Declared(where, (Column<?>) c)));
                }
            }
        }
        return found;
    }
}
