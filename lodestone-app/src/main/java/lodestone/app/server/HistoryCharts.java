package lodestone.app.server;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Collectors;
import lodestone.report.mineral.MineralHistory;
import lodestone.report.table.Format;
import org.jspecify.annotations.Nullable;

/**
 * The mineral page's time series: a mineral's history ({@code lodestone history}) as line charts over data years, one
 * chart per metric and unit (world production in t, the U.S. net import reliance as a share of apparent consumption,
 * prices in USD/kg), one line per stage or series. Pure: rows in, chart models out.
 */
final class HistoryCharts {
    /** Prices that span more than this factor are drawn on a logarithmic axis (rare-earth oxides: 1 to 1,346 USD/kg). */
    static final double LOG_SPAN = 100;

    private HistoryCharts() {}

    /**
     * One chart of the history section.
     *
     * @param id the chart element's id, e.g. {@code history-production}
     * @param description what it shows, for screen readers (its figures are in the section's table)
     * @param data the chart data (JSON) charts.js draws
     */
    record Panel(String id, String description, Map<String, Object> data) {
        Panel {
            data = Map.copyOf(data);
        }
    }

    /**
     * @param history a mineral's figures by data year
     * @return its charts: production, reliance, prices (each unit apart); none when it has fewer than two years
     */
    static List<Panel> of(MineralHistory history) {
        List<Integer> years = years(history.rows());
        List<Panel> panels = new ArrayList<>();
        if (years.size() < 2) {
            return panels;
        }
        Map<String, List<MineralHistory.Row>> byPanel = history.rows().stream()
                .collect(Collectors.groupingBy(
                        r -> r.metric() + "|" + r.unit(), LinkedHashMap::new, Collectors.toList()));
        for (String metric : List.of("production", "net-import-reliance", "price")) {
            byPanel.forEach((key, rows) -> {
                if (key.startsWith(metric + "|")) {
                    long before = panels.stream()
                            .filter(p -> p.id().startsWith("history-" + metric))
                            .count();
                    panels.add(panel(history.name(), metric, rows, years, (int) before));
                }
            });
        }
        return panels;
    }

    /** @return the distinct data years of the rows, ascending */
    static List<Integer> years(List<MineralHistory.Row> rows) {
        return List.copyOf(rows.stream().map(MineralHistory.Row::year).collect(Collectors.toCollection(TreeSet::new)));
    }

    private static Panel panel(String name, String metric, List<MineralHistory.Row> rows, List<Integer> years, int n) {
        String unit = rows.get(0).unit();
        String what = switch (metric) {
            case "production" -> "World production of " + name + " (" + unit + ")";
            case "net-import-reliance" -> "U.S. net import reliance, " + name + " (share of apparent consumption)";
            default -> "Prices of " + name + " (" + unit + ")";
        };
        Map<String, List<MineralHistory.Row>> lines = lines(metric, rows);
        boolean log = metric.equals("price") && logarithmic(rows);
        List<Map<String, Object>> series = new ArrayList<>();
        lines.forEach((line, points) -> series.add(Map.of("name", line, "points", points(points))));
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
        return new Panel(
                id,
                description,
                Map.of(
                        "kind",
                        "history",
                        "title",
                        what + (log ? ", logarithmic scale" : ""),
                        "percent",
                        unit.isEmpty(),
                        "log",
                        log,
                        "years",
                        years,
                        "estimatedYears",
                        estimated,
                        "lines",
                        series));
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

    private static List<Map<String, Object>> points(List<MineralHistory.Row> rows) {
        List<Map<String, Object>> points = new ArrayList<>();
        for (MineralHistory.Row r : rows) {
            Map<String, Object> point = new LinkedHashMap<>();
            point.put("year", r.year());
            point.put("value", r.value());
            point.put("label", shown(r) + (r.estimated() ? " e" : ""));
            point.put("estimated", r.estimated());
            point.put("edition", r.edition());
            point.put(
                    "revision",
                    r.revised()
                            ? "revised from " + shown(r, r.previousValue()) + " (" + r.previousEdition() + ")"
                            : "");
            points.add(point);
        }
        return points;
    }

    /**
     * @return the row's value as the pages print it: a percentage for shares, else the number and its unit; with a
     *     greater-than sign before it where the edition gives a lower bound
     */
    static String shown(MineralHistory.Row r) {
        return (r.flags().contains("greater-than") ? ">" : "") + shown(r, r.value());
    }

    private static String shown(MineralHistory.Row r, @Nullable Double value) {
        return r.unit().isEmpty() ? Format.percent(value) : Format.number(value) + " " + r.unit();
    }
}
