package lodestone.sim.backtest;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.function.ToLongFunction;

/**
 * The table behind "The first price shock's size"
 * (docs/research/backtest-studies/the-first-price-shocks-size-by-months-since-the-measure.md): price rows scored out of
 * fold, grouped by the window of months since the measure took effect (before it, months 1-3, 4-6, 7 and later; a row's
 * month is the last of its window, month 1 the measure's first) and by a grouping of the rows, with the model's median
 * against the observed value. {@code PredictiveMisses} prints it.
 */
final class EarlyPrices {
    private EarlyPrices() {}

    /** The windows, in order. */
    static final List<String> WINDOWS = List.of("before", "1-3", "4-6", "7+");

    /**
     * One group's rows in one window.
     *
     * @param group the group
     * @param window the window ({@link #WINDOWS})
     * @param rows how many price rows
     * @param medianLogRatio the median of ln((P50 + 0.05) / (y + 0.05)): above 0 the model's median above the observed
     * @param meanLogRatio its mean
     * @param below rows observed below the model's P10
     * @param above rows observed above its P90
     * @param larger rows whose model median moved the same way as the observed value and further (|ln P50| > |ln y|)
     * @param smaller rows whose median moved the same way and less far
     * @param wrong rows whose direction is wrong
     */
    record Line(
            String group,
            String window,
            int rows,
            double medianLogRatio,
            double meanLogRatio,
            int below,
            int above,
            int larger,
            int smaller,
            int wrong) {
        String format() {
            return String.format(
                    Locale.ROOT,
                    "%s | %s | %d | %+.3f | %+.3f | %d | %d | %d | %d | %d",
                    group,
                    window,
                    rows,
                    medianLogRatio,
                    meanLogRatio,
                    below,
                    above,
                    larger,
                    smaller,
                    wrong);
        }
    }

    /**
     * @param month the months since the measure took effect, 0 in its first month (negative before it)
     * @return the window the month falls in
     */
    static String window(long month) {
        if (month < 0) {
            return WINDOWS.get(0);
        }
        return month < 3 ? WINDOWS.get(1) : month < 6 ? WINDOWS.get(2) : WINDOWS.get(3);
    }

    /**
     * @param rows scored rows (rows that are not prices are left out)
     * @param month each row's months since the measure took effect, 0 in its first month
     * @param group each row's group
     * @return a line per group and window that has rows, groups in the order first met, windows in order
     */
    static List<Line> table(List<Row> rows, ToLongFunction<Row> month, Function<Row, String> group) {
        Map<String, Map<String, List<Row>>> cells = new LinkedHashMap<>();
        for (Row row : rows) {
            if (row.observation().series().isPrice()) {
                cells.computeIfAbsent(group.apply(row), g -> new LinkedHashMap<>())
                        .computeIfAbsent(window(month.applyAsLong(row)), w -> new ArrayList<>())
                        .add(row);
            }
        }
        List<Line> out = new ArrayList<>();
        cells.forEach((g, windows) -> {
            for (String w : WINDOWS) {
                List<Row> cell = windows.get(w);
                if (cell != null) {
                    out.add(line(g, w, cell));
                }
            }
        });
        return out;
    }

    private static Line line(String group, String window, List<Row> cell) {
        double[] ratios =
                cell.stream().mapToDouble(EarlyPrices::logRatio).sorted().toArray();
        int n = ratios.length;
        double median = n % 2 == 1 ? ratios[n / 2] : (ratios[n / 2 - 1] + ratios[n / 2]) / 2;
        double mean = 0;
        for (double r : ratios) {
            mean += r / n;
        }
        int below = 0;
        int above = 0;
        int larger = 0;
        int smaller = 0;
        int wrong = 0;
        for (Row r : cell) {
            double y = r.observation().value();
            below += y < r.p10() - 1e-9 ? 1 : 0;
            above += y > r.p90() + 1e-9 ? 1 : 0;
            double model = Math.log(r.p50());
            double seen = Math.log(y);
            if (model * seen > 0) {
                larger += Math.abs(model) > Math.abs(seen) ? 1 : 0;
                smaller += Math.abs(model) < Math.abs(seen) ? 1 : 0;
            }
            wrong += r.directionRight().map(d -> d ? 0 : 1).orElse(0);
        }
        return new Line(group, window, n, median, mean, below, above, larger, smaller, wrong);
    }

    /** @return ln((P50 + 0.05) / (y + 0.05)), the offset of the model error's log scale */
    static double logRatio(Row row) {
        return Math.log((row.p50() + ModelError.OFFSET) / (row.observation().value() + ModelError.OFFSET));
    }
}
