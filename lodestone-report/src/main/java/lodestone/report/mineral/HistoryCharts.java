package lodestone.report.mineral;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Collectors;
import lodestone.report.table.Codes;
import lodestone.report.table.Format;
import org.jspecify.annotations.Nullable;

/**
 * A mineral's history ({@code lodestone history}) as the mineral page draws it: line charts over data years, one chart
 * per metric and unit (world production in t, the U.S. net import reliance as a share of apparent consumption, prices in
 * USD/kg), one line per stage or series. The page renders these records as they are (its chart script reads {@link
 * Data} as JSON).
 *
 * @param years the distinct data years of the rows, ascending
 * @param charts production, reliance, prices (each unit apart); none when the history has fewer than two years
 */
public record HistoryCharts(List<Integer> years, List<Chart> charts) {
    /** Prices that span more than this factor are drawn on a logarithmic axis (rare-earth oxides: 1 to 1,346 USD/kg). */
    public static final double LOG_SPAN = 100;

    public HistoryCharts {
        years = List.copyOf(years);
        charts = List.copyOf(charts);
    }

    /**
     * One chart of the history section.
     *
     * @param id the chart element's id, e.g. {@code history-production}
     * @param description what it shows, for screen readers (its figures are in the section's table)
     * @param data what the chart draws
     */
    public record Chart(String id, String description, Data data) {}

    /**
     * What one chart draws, in the order and with the names the page's chart script reads.
     *
     * @param kind always {@code history}: the chart script's kind of chart
     * @param title the chart's title
     * @param percent true if the values are shares, shown as percentages
     * @param log true if the axis is logarithmic (prices spanning more than {@link HistoryCharts#LOG_SPAN})
     * @param years every data year of the history, the axis
     * @param estimatedYears the years with an estimated value in this chart
     * @param lines one line per stage or series
     */
    public record Data(
            String kind,
            String title,
            boolean percent,
            boolean log,
            List<Integer> years,
            List<Integer> estimatedYears,
            List<Line> lines) {}

    /**
     * @param name the legend name
     * @param points its values, one per row
     */
    public record Line(String name, List<Point> points) {}

    /**
     * @param year the data year
     * @param value the value, in the chart's unit
     * @param label the value as the page prints it, with "e" where estimated
     * @param estimated true for an estimate
     * @param edition the edition that gives it
     * @param revision "revised from VALUE (EDITION)" where a newer edition revised the figure, else ""
     */
    public record Point(int year, double value, String label, boolean estimated, String edition, String revision) {}

    /**
     * @param history a mineral's figures by data year
     * @return its charts and data years
     */
    public static HistoryCharts of(MineralHistory history) {
        List<Integer> years = years(history.rows());
        List<Chart> charts = new ArrayList<>();
        if (years.size() < 2) {
            return new HistoryCharts(years, charts);
        }
        Map<String, List<MineralHistory.Row>> byChart = history.rows().stream()
                .collect(Collectors.groupingBy(
                        r -> r.metric() + "|" + r.unit(), LinkedHashMap::new, Collectors.toList()));
        for (String metric : List.of("production", "net-import-reliance", "price")) {
            byChart.forEach((key, rows) -> {
                if (key.startsWith(metric + "|")) {
                    long before = charts.stream()
                            .filter(c -> c.id().startsWith("history-" + metric))
                            .count();
                    charts.add(chart(history.name(), metric, rows, years, (int) before));
                }
            });
        }
        return new HistoryCharts(years, charts);
    }

    private static List<Integer> years(List<MineralHistory.Row> rows) {
        return List.copyOf(rows.stream().map(MineralHistory.Row::year).collect(Collectors.toCollection(TreeSet::new)));
    }

    private static Chart chart(String name, String metric, List<MineralHistory.Row> rows, List<Integer> years, int n) {
        String unit = rows.get(0).unit();
        String what = switch (metric) {
            case "production" -> "World production of " + name + " (" + unit + ")";
            case "net-import-reliance" -> "U.S. net import reliance, " + name + " (share of apparent consumption)";
            default -> "Prices of " + name + " (" + unit + ")";
        };
        Map<String, List<MineralHistory.Row>> lines = lines(metric, rows);
        boolean log = metric.equals("price") && logarithmic(rows);
        List<Line> drawn = new ArrayList<>();
        lines.forEach((line, points) -> drawn.add(new Line(line, points(points))));
        List<Integer> estimated = rows.stream()
                .filter(MineralHistory.Row::estimated)
                .map(MineralHistory.Row::year)
                .distinct()
                .sorted()
                .toList();
        String id = "history-" + metric + (n == 0 ? "" : "-" + n);
        String description = "Line chart: " + what + " by data year, " + years.get(0) + " to "
                + years.get(years.size() - 1) + ", " + lines.size() + " line" + (lines.size() == 1 ? "" : "s")
                + (log ? " on a logarithmic scale" : "")
                + "; estimated values (USGS \"e\") are hollow points labelled e; every value, with its edition and"
                + " any revision, is in the table below";
        return new Chart(
                id,
                description,
                new Data(
                        "history",
                        what + (log ? ", logarithmic scale" : ""),
                        unit.isEmpty(),
                        log,
                        years,
                        estimated,
                        List.copyOf(drawn)));
    }

    /**
     * One line per series: per key ({@link MineralHistory.Row#key()}), whatever label each edition gives it, named by
     * its stage (production), or else by its product ("Scrap and flake", "Mischmetal, 65% cerium, 35% lanthanum"); where
     * an edition's tables give a series two values in one year, one line per label.
     */
    private static Map<String, List<MineralHistory.Row>> lines(String metric, List<MineralHistory.Row> rows) {
        Map<String, List<MineralHistory.Row>> byKey = rows.stream()
                .collect(Collectors.groupingBy(MineralHistory.Row::key, LinkedHashMap::new, Collectors.toList()));
        Map<String, List<MineralHistory.Row>> lines = new LinkedHashMap<>();
        byKey.values().forEach(points -> {
            String line = lineName(metric, points.get(points.size() - 1));
            boolean single =
                    points.stream().map(MineralHistory.Row::year).distinct().count() == points.size();
            if (single) {
                lines.computeIfAbsent(line, k -> new ArrayList<>()).addAll(points);
            } else {
                points.forEach(
                        p -> lines.computeIfAbsent(line + ": " + Codes.seriesShort(p.series()), k -> new ArrayList<>())
                                .add(p));
            }
        });
        return lines;
    }

    /** @return the legend name of a series: its stage and product, its product, or the metric for a whole commodity */
    private static String lineName(String metric, MineralHistory.Row row) {
        String product = row.product();
        return switch (metric) {
            case "production" ->
                (row.stage() == null ? "world" : row.stage()) + (product.isEmpty() ? "" : ": " + product);
            case "net-import-reliance" -> product.isEmpty() ? "U.S. net import reliance" : product;
            default -> product.isEmpty() ? "price" : product;
        };
    }

    private static boolean logarithmic(List<MineralHistory.Row> rows) {
        double min = rows.stream().mapToDouble(MineralHistory.Row::value).min().orElse(0);
        double max = rows.stream().mapToDouble(MineralHistory.Row::value).max().orElse(0);
        return min > 0 && max / min > LOG_SPAN;
    }

    private static List<Point> points(List<MineralHistory.Row> rows) {
        List<Point> points = new ArrayList<>();
        for (MineralHistory.Row r : rows) {
            points.add(new Point(
                    r.year(),
                    r.value(),
                    shown(r) + (r.estimated() ? " e" : ""),
                    r.estimated(),
                    r.edition(),
                    r.revised()
                            ? "revised from " + shown(r, r.previousValue()) + " (" + r.previousEdition() + ")"
                            : ""));
        }
        return List.copyOf(points);
    }

    /**
     * @param r a row of a mineral's history
     * @return the row's value as the pages print it: a percentage for shares, else the number and its unit; with a
     *     greater-than sign before it where the edition gives a lower bound
     */
    public static String shown(MineralHistory.Row r) {
        return (r.flags().contains("greater-than") ? ">" : "") + shown(r, r.value());
    }

    private static String shown(MineralHistory.Row r, @Nullable Double value) {
        return r.unit().isEmpty() ? Format.percent(value) : Format.number(value) + " " + r.unit();
    }
}
