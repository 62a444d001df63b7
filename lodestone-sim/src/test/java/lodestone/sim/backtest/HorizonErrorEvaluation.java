package lodestone.sim.backtest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.function.ToDoubleFunction;
import lodestone.sim.Fixtures;
import lodestone.sim.engine.MonteCarloEngine;
import lodestone.sim.engine.Series;
import lodestone.sim.scenario.Behaviour;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * The measurement behind "Model error by months since the measure"
 * (docs/research/backtest-studies/model-error-by-months-since-the-measure.md): the flat rule and the three registered
 * candidates (A, Mondrian by class and horizon band; B, the score normalised by sqrt(h + 1); C, Mondrian by series
 * group), each fold's discrepancies estimated on its training rows scored out of fold ({@link
 * PredictiveBands.Fold#training}) and applied to its held-out rows, tabulated by months since the measure and by
 * series, with the evenness, width and interval score the decision rule reads. The recorded grid's contenders, 1,000
 * paths, seed 7, as {@code CalibrationTest}. Run on demand only: {@code -Dtest=HorizonErrorEvaluation
 * -Dlodestone.horizon=true}.
 */
@Tag("slow")
@EnabledIfSystemProperty(named = "lodestone.horizon", matches = "true")
class HorizonErrorEvaluation {
    private static final int PATHS = 1000;
    private static final long SEED = 7;

    static String band(int h) {
        return h <= 2 ? "h0-2" : h <= 5 ? "h3-5" : h <= 8 ? "h6-8" : "h9+";
    }

    static String seriesGroup(Series s) {
        return s == Series.PRICE_INSIDE ? "home prices" : s.isPrice() ? "other prices" : "other series";
    }

    record Rule(String name, Function<Row, String> group, ToDoubleFunction<Row> scale) {}

    record Scored(Row row, String hband, String sgroup, double d, double lo, double hi, boolean inside) {
        double logWidth() {
            return Math.log((hi + 0.05) / (lo + 0.05));
        }

        double intervalScore() {
            double y = Math.log(row.observation().value() + 0.05);
            double l = Math.log(lo + 0.05);
            double u = Math.log(hi + 0.05);
            return (u - l) + 10 * Math.max(0, l - y) + 10 * Math.max(0, y - u);
        }
    }

    static Map<String, Double> estimate(Rule rule, List<Row> rows) {
        Map<String, List<Double>> scores = new LinkedHashMap<>();
        for (Row r : rows) {
            double s = ModelError.score(r.observation().value(), r.p10(), r.p90())
                    / rule.scale().applyAsDouble(r);
            scores.computeIfAbsent(rule.group().apply(r), k -> new ArrayList<>())
                    .add(s);
        }
        Map<String, Double> d = new LinkedHashMap<>();
        scores.forEach((g, list) -> d.put(
                g,
                ModelError.conformalQuantile(list.stream().mapToDouble(x -> x).toArray(), ModelError.LEVEL)));
        return d;
    }

    static Scored apply(Rule rule, Map<String, Double> d, Row r, Map<String, Integer> horizon) {
        double dg = d.getOrDefault(rule.group().apply(r), Double.POSITIVE_INFINITY)
                * rule.scale().applyAsDouble(r);
        double lo = dg == 0 ? r.p10() : Math.min(r.p10(), Math.max(0, (r.p10() + 0.05) * Math.exp(-dg) - 0.05));
        double hi = dg == 0 ? r.p90() : Math.max(r.p90(), (r.p90() + 0.05) * Math.exp(dg) - 0.05);
        double y = r.observation().value();
        int h = horizon.get(key(r));
        return new Scored(
                r, band(h), seriesGroup(r.observation().series()), dg, lo, hi, y >= lo - 1e-9 && y <= hi + 1e-9);
    }

    static String key(Row r) {
        return r.episode() + "|" + r.observation().id();
    }

    @Test
    void evaluatesTheCandidates() throws IOException {
        try (MonteCarloEngine engine = new MonteCarloEngine(2)) {
            Function<Behaviour, List<Episode>> evidence = Calibration.development(Fixtures::text, Fixtures.catalogue());
            Map<String, Integer> horizon = new HashMap<>();
            for (Episode e : evidence.apply(Behaviour.PRIOR)) {
                for (Observation o : e.observations()) {
                    long h = e.scenario(o.scenario()).orElseThrow().start().until(o.to(), ChronoUnit.MONTHS);
                    horizon.put(e.id() + "|" + o.id(), (int) Math.max(0, h));
                }
            }
            List<Calibration.Evaluated> evaluated = CalibrationTest.grid(evidence, engine);
            CrossValidation.Result result = CrossValidation.folds(evaluated, evidence, engine, PATHS, SEED);
            PredictiveBands.Result bands = PredictiveBands.crossValidate(
                    evaluated, result, evidence, engine, PATHS, SEED, LocalDate.of(2026, 12, 7));
            ToDoubleFunction<Row> one = r -> 1;
            ToDoubleFunction<Row> sqrt = r -> Math.sqrt(horizon.get(key(r)) + 1.0);
            // the flat rule's two classes, as registered: prices, every other series
            Function<Row, String> kind = r -> r.observation().series().isPrice() ? "PRICE" : "QUANTITY";
            List<Rule> rules = List.of(
                    new Rule("flat", kind, one),
                    new Rule("A horizon bands", r -> kind.apply(r) + " " + band(horizon.get(key(r))), one),
                    new Rule("B normalised", kind, sqrt),
                    new Rule("C series groups", r -> seriesGroup(r.observation().series()), one));
            List<Row> all = bands.folds().stream()
                    .flatMap(f -> f.rows().stream())
                    .map(PredictiveRow::row)
                    .toList();
            for (Rule rule : rules) {
                List<Scored> scored = score(rule, bands, horizon);
                report(rule, scored);
                Map<String, Double> shipped = estimate(rule, all);
                System.out.println("  shipped on all " + all.size() + ": " + format(shipped));
                List<Scored> inSample =
                        all.stream().map(r -> apply(rule, shipped, r, horizon)).toList();
                System.out.println("  shipped band on its rows: "
                        + inSample.stream().filter(Scored::inside).count() + "; by group "
                        + tallyBy(inSample, s -> rule.group().apply(s.row())));
                System.out.println("  fold band by record: " + tallyBy(scored, s -> CalibrationTest.record(s.row())));
                System.out.println(
                        "  shipped band by record: " + tallyBy(inSample, s -> CalibrationTest.record(s.row())));
            }
            placebo(bands, horizon, kind, all);
        }
    }

    /**
     * The placebo for C (measured after the registered decision, not part of it): the 395 prices split at random into
     * groups of C's sizes (85 and 310), 200 times, each scored as C is.
     */
    private static void placebo(
            PredictiveBands.Result bands, Map<String, Integer> horizon, Function<Row, String> kind, List<Row> all) {
        List<String> prices = all.stream()
                .filter(r -> r.observation().series().isPrice())
                .map(HorizonErrorEvaluation::key)
                .toList();
        java.util.SplittableRandom random = new java.util.SplittableRandom(82);
        List<double[]> results = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            List<String> shuffled = new ArrayList<>(prices);
            for (int j = shuffled.size() - 1; j > 0; j--) {
                java.util.Collections.swap(shuffled, j, random.nextInt(j + 1));
            }
            java.util.Set<String> first = new java.util.HashSet<>(shuffled.subList(0, 85));
            Rule rule = new Rule(
                    "placebo",
                    r -> r.observation().series().isPrice() ? (first.contains(key(r)) ? "P1" : "P2") : kind.apply(r),
                    r -> 1);
            List<Scored> scored = score(rule, bands, horizon);
            results.add(new double[] {
                scored.stream().filter(Scored::inside).count(),
                evenness(scored),
                scored.stream().mapToDouble(Scored::logWidth).average().orElseThrow(),
                scored.stream().mapToDouble(Scored::intervalScore).average().orElseThrow()
            });
        }
        String[] names = {"inside", "E", "mean log width", "interval score"};
        for (int m = 0; m < names.length; m++) {
            int k = m;
            double[] v = results.stream().mapToDouble(x -> x[k]).sorted().toArray();
            System.out.println(String.format(
                    Locale.ROOT,
                    "placebo %s: min %.4f, 10th %.4f, median %.4f, 90th %.4f, max %.4f",
                    names[m],
                    v[0],
                    v[19],
                    v[99],
                    v[179],
                    v[199]));
        }
        System.out.println("placebo splits with E <= 0.0361: "
                + results.stream().filter(x -> x[1] <= 0.0361).count() + "; with interval score <= 2.2661: "
                + results.stream().filter(x -> x[3] <= 2.2661).count() + " of 200");
    }

    private static double evenness(List<Scored> rows) {
        double gap = 0;
        for (Function<Scored, String> by : List.<Function<Scored, String>>of(Scored::hband, Scored::sgroup)) {
            Map<String, long[]> t = new HashMap<>();
            rows.forEach(s -> {
                long[] c = t.computeIfAbsent(by.apply(s), x -> new long[2]);
                c[0] += s.inside() ? 1 : 0;
                c[1]++;
            });
            for (long[] c : t.values()) {
                gap = Math.max(gap, Math.abs(c[0] / (double) c[1] - 0.8));
            }
        }
        return gap;
    }

    private static List<Scored> score(Rule rule, PredictiveBands.Result bands, Map<String, Integer> horizon) {
        List<Scored> scored = new ArrayList<>();
        for (PredictiveBands.Fold f : bands.folds()) {
            Map<String, Double> d = estimate(rule, f.training());
            for (PredictiveRow pr : f.rows()) {
                Scored s = apply(rule, d, pr.row(), horizon);
                if (rule.name().startsWith("C ")) {
                    // the shipped rule gives the fold's own predictive band
                    assertThat(s.inside()).isEqualTo(pr.inside());
                }
                scored.add(s);
            }
        }
        return scored;
    }

    static String format(Map<String, Double> d) {
        StringBuilder b = new StringBuilder();
        d.forEach((k, v) -> b.append(String.format(Locale.ROOT, "%s %.4f; ", k, v)));
        return b.toString();
    }

    static String tallyBy(List<Scored> rows, Function<Scored, String> by) {
        Map<String, int[]> t = new java.util.TreeMap<>();
        rows.forEach(s -> {
            int[] c = t.computeIfAbsent(by.apply(s), k -> new int[2]);
            c[0] += s.inside() ? 1 : 0;
            c[1]++;
        });
        StringBuilder b = new StringBuilder();
        t.forEach((k, c) ->
                b.append(k).append(' ').append(c[0]).append('/').append(c[1]).append("; "));
        return b.toString();
    }

    static void report(Rule rule, List<Scored> rows) {
        StringBuilder b = new StringBuilder("rule " + rule.name() + ": inside "
                + rows.stream().filter(Scored::inside).count() + "/" + rows.size());
        b.append(String.format(
                Locale.ROOT,
                ", mean log width %.4f (model %.4f), mean interval score %.4f%n",
                rows.stream().mapToDouble(Scored::logWidth).average().orElseThrow(),
                rows.stream()
                        .mapToDouble(
                                s -> Math.log((s.row().p90() + 0.05) / (s.row().p10() + 0.05)))
                        .average()
                        .orElseThrow(),
                rows.stream().mapToDouble(Scored::intervalScore).average().orElseThrow()));
        for (Function<Scored, String> by : List.<Function<Scored, String>>of(
                Scored::hband,
                Scored::sgroup,
                s -> (s.row().observation().series().isPrice() ? "PRICE" : "QUANTITY") + " " + s.hband())) {
            Map<String, List<Scored>> groups = new java.util.TreeMap<>();
            rows.forEach(s ->
                    groups.computeIfAbsent(by.apply(s), k -> new ArrayList<>()).add(s));
            for (Map.Entry<String, List<Scored>> g : groups.entrySet()) {
                List<Scored> list = g.getValue();
                long model = list.stream().filter(s -> s.row().inside()).count();
                long in = list.stream().filter(Scored::inside).count();
                long dirs = list.stream()
                        .filter(s -> s.row().directionRight().isPresent())
                        .count();
                long right = list.stream()
                        .filter(s -> s.row().directionRight().orElse(false))
                        .count();
                double share = in / (double) list.size();
                double[] sc = list.stream()
                        .mapToDouble(s -> ModelError.score(
                                s.row().observation().value(),
                                s.row().p10(),
                                s.row().p90()))
                        .toArray();
                b.append(String.format(
                        Locale.ROOT,
                        "  %-16s n %3d model %3d (%.1f %%) predictive %3d (%.1f %%) logwidth %.3f IS %.3f q80 score %.3f"
                                + " mean d %.3f dirs %d/%d%n",
                        g.getKey(),
                        list.size(),
                        model,
                        100.0 * model / list.size(),
                        in,
                        100.0 * share,
                        list.stream().mapToDouble(Scored::logWidth).average().orElseThrow(),
                        list.stream()
                                .mapToDouble(Scored::intervalScore)
                                .average()
                                .orElseThrow(),
                        ModelError.conformalQuantile(sc, 0.8),
                        list.stream().mapToDouble(Scored::d).average().orElseThrow(),
                        right,
                        dirs));
            }
        }
        b.append(String.format(Locale.ROOT, "  evenness E (horizon bands and series groups) %.4f", evenness(rows)));
        System.out.println(b);
    }
}
