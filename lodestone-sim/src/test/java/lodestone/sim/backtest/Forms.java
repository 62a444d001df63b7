package lodestone.sim.backtest;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.LongToDoubleFunction;
import java.util.function.ToDoubleFunction;
import java.util.function.ToLongFunction;
import java.util.zip.CRC32;
import lodestone.sim.engine.Series;

/**
 * Other forms of the model error, fitted out of fold exactly as {@link ModelError} is (each fold's discrepancies on
 * its training rows scored out of fold, applied to its held-out rows), for "Where the predictive band is missed"
 * (docs/research/backtest-studies/where-the-predictive-band-is-missed.md). A form is a class of rows (each class its
 * own conformal quantile), a scale by the month since the measure took effect (the quantile of scores divided by it,
 * then multiplied back: a discrepancy that grows with the horizon, or a scale from the row's own model band) and
 * whether each side of the band has its own quantile (at 0.9 each, so that the two sides together leave at most a fifth
 * of the rows out). A placebo splits each class in two at random (by a hash of the row's id), which measures what a
 * form with twice the classes gains from the finite-sample quantile alone.
 */
final class Forms {
    /** The classes shipped until "Model error by months since the measure": prices and every other series. */
    static final Function<Row, String> PRICE_OR_QUANTITY =
            r -> r.observation().series().isPrice() ? "P" : "Q";

    /** The shipped groups ({@link ModelError.Kind}): home prices, other prices, every other series. */
    static final Function<Row, String> SHIPPED_GROUPS =
            r -> ModelError.Kind.of(r.observation().series()).name();

    private final PredictiveBands.Result bands;
    private final Map<String, List<Row>> inner;
    private final ToLongFunction<Row> month;

    Forms(PredictiveBands.Result bands, Map<String, List<Row>> inner, ToLongFunction<Row> month) {
        this.bands = bands;
        this.inner = inner;
        this.month = month;
    }

    /** @return the forms measured, each with its fold predictive band, per record and its median width ratios */
    String report() {
        StringBuilder out = new StringBuilder("forms of the model error, out of fold (fold predictive band):\n");
        Function<Row, String> series4 = r -> switch (r.observation().series()) {
            case EXPORTS -> "exports";
            case PRICE_INSIDE -> "priceInside";
            case PRICE_OUTSIDE, PRICE_REALISED -> "priceOutside";
            default -> "otherQuantity";
        };
        line(out, "shipped: home prices / other prices / other series", SHIPPED_GROUPS, m -> 1, Quantile.ROWS);
        line(out, "before: prices / other series", PRICE_OR_QUANTITY, m -> 1, Quantile.ROWS);
        line(
                out,
                "per series: exports, other quantities, home price, outside and realised",
                series4,
                m -> 1,
                Quantile.ROWS);
        line(
                out,
                "per series: every series its own",
                r -> r.observation().series().id(),
                m -> 1,
                Quantile.ROWS);
        for (long split : new long[] {1, 4, 7}) {
            line(
                    out,
                    "horizon: months " + split + "+ apart, prices / other",
                    r -> PRICE_OR_QUANTITY.apply(r) + (month.applyAsLong(r) >= split ? "+" : "-"),
                    m -> 1,
                    Quantile.ROWS);
        }
        line(
                out,
                "growing: d (m + 1)^0.25",
                PRICE_OR_QUANTITY,
                m -> Math.pow((double) Math.max(m, 0) + 1, 0.25),
                Quantile.ROWS);
        line(
                out,
                "growing: d (m + 1)^0.5",
                PRICE_OR_QUANTITY,
                m -> Math.sqrt((double) Math.max(m, 0) + 1),
                Quantile.ROWS);
        line(out, "growing: d ln(m + 2)", PRICE_OR_QUANTITY, m -> Math.log((double) Math.max(m, 0) + 2), Quantile.ROWS);
        line(out, "growing: d (m + 1)", PRICE_OR_QUANTITY, m -> (double) Math.max(m, 0) + 1, Quantile.ROWS);
        line(out, "two sides, 0.9 each, prices / other", PRICE_OR_QUANTITY, m -> 1, Quantile.SIDES);
        line(
                out,
                "two sides, 0.9 each, prices / other, months 4+ apart",
                r -> PRICE_OR_QUANTITY.apply(r) + (month.applyAsLong(r) >= 4 ? "+" : "-"),
                m -> 1,
                Quantile.SIDES);
        line(out, "episodes weighted equally, prices / other", PRICE_OR_QUANTITY, m -> 1, Quantile.EPISODES);
        // scales from the row's own model band: its log width (the model's own spread) and the size of its median's
        // move
        for (double c : new double[] {0.1, 0.3, 1}) {
            lineByRow(
                    out,
                    "scaled by the model band's log width + " + c,
                    PRICE_OR_QUANTITY,
                    r -> log(r.p90()) - log(r.p10()) + c,
                    Quantile.ROWS);
        }
        for (double a : new double[] {0.5, 1, 2}) {
            lineByRow(
                    out,
                    "scaled by 1 + " + a + " |ln((P50 + 0.05) / 1.05)|",
                    PRICE_OR_QUANTITY,
                    r -> 1 + a * Math.abs(log(r.p50()) - log(1)),
                    Quantile.ROWS);
        }
        int[] placebo = new int[300];
        for (int seed = 0; seed < placebo.length; seed++) {
            int s = seed;
            placebo[seed] = inside(r -> PRICE_OR_QUANTITY.apply(r) + half(r, s), m -> 1, Quantile.ROWS);
        }
        Arrays.sort(placebo);
        out.append(String.format(
                Locale.ROOT,
                "  placebo, each class split in two at random (300 splits): min %d, P10 %d, median %d, P90 %d, max %d"
                        + " of %d%n",
                placebo[0],
                placebo[30],
                placebo[150],
                placebo[270],
                placebo[299],
                rows()));
        return out.toString();
    }

    private void line(
            StringBuilder out, String name, Function<Row, String> classes, LongToDoubleFunction scale, Quantile how) {
        lineByRow(out, name, classes, r -> scale.applyAsDouble(month.applyAsLong(r)), how);
    }

    private void lineByRow(
            StringBuilder out, String name, Function<Row, String> classes, ToDoubleFunction<Row> scale, Quantile how) {
        Map<String, int[]> records = new TreeMap<>();
        Map<Series, List<Double>> ratios = new TreeMap<>();
        int inside = fit(classes, scale, how, records, ratios);
        out.append(String.format(
                Locale.ROOT, "  %s: %d of %d (%.1f %%)%n    records", name, inside, rows(), 100.0 * inside / rows()));
        records.forEach((record, n) -> out.append(String.format(Locale.ROOT, " %s %d/%d", record, n[0], n[1])));
        out.append("\n    median (P90' + 0.05) / (P10' + 0.05)");
        ratios.forEach((series, r) -> out.append(String.format(Locale.ROOT, " %s %.2f", series.id(), median(r))));
        out.append('\n');
    }

    /**
     * @param classes the class of a row
     * @param scale the scale of a month since the measure (1: the discrepancy does not depend on it)
     * @param how how each class's discrepancies are fitted
     * @return the held-out rows inside their fold's predictive band under that form
     */
    int inside(Function<Row, String> classes, LongToDoubleFunction scale, Quantile how) {
        return fit(classes, r -> scale.applyAsDouble(month.applyAsLong(r)), how, new HashMap<>(), new HashMap<>());
    }

    private int fit(
            Function<Row, String> classes,
            ToDoubleFunction<Row> scale,
            Quantile how,
            Map<String, int[]> records,
            Map<Series, List<Double>> ratios) {
        int inside = 0;
        for (PredictiveBands.Fold fold : bands.folds()) {
            Map<String, List<Row>> training = new HashMap<>();
            for (Row r : inner.get(fold.heldOut())) {
                training.computeIfAbsent(classes.apply(r), k -> new ArrayList<>())
                        .add(r);
            }
            Map<String, double[]> discrepancies = new HashMap<>();
            training.forEach((k, v) -> discrepancies.put(k, how.fit(v, scale)));
            for (PredictiveRow p : fold.rows()) {
                Row r = p.row();
                double h = scale.applyAsDouble(r);
                double[] d = discrepancies.getOrDefault(
                        classes.apply(r), new double[] {Double.POSITIVE_INFINITY, Double.POSITIVE_INFINITY});
                double low = Math.min(
                        r.p10(), Math.max(0, (r.p10() + ModelError.OFFSET) * Math.exp(-d[0] * h) - ModelError.OFFSET));
                double high = Math.max(r.p90(), (r.p90() + ModelError.OFFSET) * Math.exp(d[1] * h) - ModelError.OFFSET);
                double y = r.observation().value();
                boolean in = y >= low - 1e-9 && y <= high + 1e-9;
                inside += in ? 1 : 0;
                int[] n = records.computeIfAbsent(CalibrationTest.record(r), k -> new int[2]);
                n[0] += in ? 1 : 0;
                n[1]++;
                ratios.computeIfAbsent(r.observation().series(), k -> new ArrayList<>())
                        .add((high + ModelError.OFFSET) / (low + ModelError.OFFSET));
            }
        }
        return inside;
    }

    /** How a class's discrepancies are fitted on its training rows' scores (each divided by its row's scale). */
    enum Quantile {
        /** The shipped rule: the conformal quantile ⌈0.8 (n + 1)⌉ of the rows' scores, the same on both sides. */
        ROWS,
        /** Each side its own conformal quantile at 0.9 of the distances below P10 and above P90. */
        SIDES,
        /**
         * The 0.8 quantile of the scores with each episode's rows weighing 1 / (its rows × the episodes) (Dunn,
         * Wasserman and Ramdas 2023, pooled CDFs): every episode counts once, as the held-out unit does.
         */
        EPISODES;

        double[] fit(List<Row> rows, ToDoubleFunction<Row> scale) {
            double[] all = rows.stream()
                    .mapToDouble(
                            r -> ModelError.score(r.observation().value(), r.p10(), r.p90()) / scale.applyAsDouble(r))
                    .toArray();
            switch (this) {
                case SIDES -> {
                    return new double[] {
                        ModelError.conformalQuantile(
                                rows.stream()
                                        .mapToDouble(r -> below(r) / scale.applyAsDouble(r))
                                        .toArray(),
                                0.9),
                        ModelError.conformalQuantile(
                                rows.stream()
                                        .mapToDouble(r -> above(r) / scale.applyAsDouble(r))
                                        .toArray(),
                                0.9)
                    };
                }
                case EPISODES -> {
                    Map<String, Long> per = rows.stream()
                            .collect(java.util.stream.Collectors.groupingBy(
                                    Row::episode, java.util.stream.Collectors.counting()));
                    Integer[] order = new Integer[rows.size()];
                    for (int i = 0; i < order.length; i++) {
                        order[i] = i;
                    }
                    Arrays.sort(order, (a, b) -> Double.compare(all[a], all[b]));
                    double sum = 0;
                    for (int i : order) {
                        sum += 1.0 / per.get(rows.get(i).episode()) / per.size();
                        if (sum >= ModelError.LEVEL - 1e-12) {
                            return new double[] {all[i], all[i]};
                        }
                    }
                    return new double[] {Double.POSITIVE_INFINITY, Double.POSITIVE_INFINITY};
                }
                default -> {
                    double d = ModelError.conformalQuantile(all, ModelError.LEVEL);
                    return new double[] {d, d};
                }
            }
        }
    }

    private int rows() {
        return bands.folds().stream().mapToInt(f -> f.rows().size()).sum();
    }

    private static double below(Row r) {
        return Math.max(0, log(r.p10()) - log(r.observation().value()));
    }

    private static double above(Row r) {
        return Math.max(0, log(r.observation().value()) - log(r.p90()));
    }

    private static double log(double v) {
        return Math.log(Math.max(0, v) + ModelError.OFFSET);
    }

    private static double median(List<Double> values) {
        double[] v = values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        return v.length % 2 == 1 ? v[v.length / 2] : (v[v.length / 2 - 1] + v[v.length / 2]) / 2;
    }

    private static String half(Row r, int seed) {
        CRC32 crc = new CRC32();
        crc.update((r.observation().id() + seed).getBytes(java.nio.charset.StandardCharsets.UTF_8));
        return crc.getValue() % 2 == 0 ? "a" : "b";
    }
}
