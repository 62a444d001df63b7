package lodestone.report.mineral;

import java.util.List;
import java.util.Locale;
import lodestone.report.table.Column;
import lodestone.report.table.Format;
import lodestone.report.table.Table;
import lodestone.report.table.Tabular;
import lodestone.report.table.Unit;
import org.jspecify.annotations.Nullable;

/**
 * A mineral's figures by data year across the editions in the store ({@link MineralHistoryQuery}), one row per figure
 * and year, each with the edition and source it is shown from.
 *
 * @param mineral the mineral id
 * @param name the mineral's name
 * @param rows by metric, stage, basis, data year and series
 */
public record MineralHistory(String mineral, String name, List<MineralHistory.Row> rows) implements Tabular {
    public MineralHistory {
        rows = List.copyOf(rows);
    }

    /**
     * One figure of one data year, as the newest edition that gives it publishes it.
     *
     * @param metric metric id: {@code production} (world), {@code net-import-reliance} (United States) or {@code price}
     * @param stage supply-chain stage id, or null where the figure has none (reliance, prices)
     * @param year data year
     * @param value the value in {@code unit} (fractions for reliance: 0.67 is 67 %)
     * @param unit unit symbol ("" for fractions)
     * @param estimated whether the edition marks the value estimated (USGS "e")
     * @param flags every qualifier the edition gives (estimated, rounded, greater-than ...)
     * @param raw the cell exactly as the edition wrote it
     * @param key what the value measures, the same in every edition ({@link SeriesKey#id()}), e.g. {@code
     *     mica|net-import-reliance|share|scrap-and-flake}: the rows of one key are one series
     * @param product the product or form the series is of, in the label's words ("" for the whole commodity)
     * @param series the edition's own label of the series, as printed in the table the value is from
     * @param area where: {@code WORLD} for production, {@code US} for reliance, the market for prices
     * @param edition the edition the value is shown from, e.g. {@code mcs-2026}
     * @param source the source id within it
     * @param locator where in the source
     * @param previousEdition the newest older edition that gives the same figure, or null
     * @param previousValue its value in {@code unit}, or null
     * @param previousSeries the older edition's own label of the series, or null
     * @param revised whether the two editions' values differ
     */
    public record Row(
            String metric,
            @Nullable String stage,
            int year,
            double value,
            String unit,
            boolean estimated,
            List<String> flags,
            String raw,
            String key,
            String product,
            String series,
            String area,
            String edition,
            String source,
            String locator,
            @Nullable String previousEdition,
            @Nullable Double previousValue,
            @Nullable String previousSeries,
            boolean revised) {
        public Row {
            flags = List.copyOf(flags);
        }

        /** @return the metric and stage in words, e.g. "world production (mining)" */
        public String what() {
            return switch (metric) {
                case "production" -> "world production" + (stage == null ? "" : " (" + stage + ")");
                case "net-import-reliance" -> "U.S. net import reliance" + (product.isEmpty() ? "" : ": " + product);
                default ->
                    metric.replace('-', ' ')
                            + (stage == null ? "" : " (" + stage + ")")
                            + (product.isEmpty() ? "" : ": " + product);
            };
        }
    }

    /** The columns: value and unit separate in CSV, one figure with its unit in the terminal. */
    public static final List<Column<Row>> COLUMNS = List.of(
            Column.of("metric", null, Row::metric),
            Column.of("stage", null, Row::stage),
            Column.<Row>of(null, "WHAT", Row::what),
            Column.of("year", "YEAR", Row::year).in(Unit.CALENDAR_YEAR),
            Column.<Row>quantity("value", null, Row::value, Unit.ROW_UNIT),
            Column.of("unit", null, Row::unit),
            Column.<Row>of(null, "VALUE", r -> shown(r, r.value())),
            Column.of("estimated", null, Row::estimated),
            Column.<Row>of("flags", "FLAGS", Row::flags),
            Column.of("raw", null, Row::raw),
            Column.of("key", null, Row::key),
            Column.of("product", null, Row::product),
            Column.of("series", null, Row::series),
            Column.of("area", null, Row::area),
            Column.of("edition", "EDITION", Row::edition),
            Column.of("source", null, Row::source),
            Column.of("locator", "SOURCE", Row::locator),
            Column.of("previous_edition", null, Row::previousEdition),
            Column.<Row>quantity("previous_value", null, Row::previousValue, Unit.ROW_UNIT),
            Column.of("previous_series", null, Row::previousSeries),
            Column.of("revised", null, Row::revised),
            Column.<Row>of(null, "REVISED", MineralHistory::revision));

    @Override
    public Table<Row> table() {
        return Table.of("mineral", mineral, COLUMNS, rows).width(50);
    }

    private static String shown(Row r, @Nullable Double value) {
        return r.unit().isEmpty() ? Format.percent(value) : Format.number(value) + " " + r.unit();
    }

    /** @return "from VALUE in EDITION" where revised, "" otherwise */
    private static String revision(Row r) {
        return r.revised()
                ? String.format(Locale.ROOT, "from %s (%s)", shown(r, r.previousValue()), r.previousEdition())
                : "";
    }
}
