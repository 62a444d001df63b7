package lodestone.sim.backtest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import lodestone.sim.Fixtures;
import lodestone.sim.engine.MonteCarloEngine;
import lodestone.sim.scenario.Behaviour;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * The trace behind "Why two rare-earth folds' price discrepancies jumped"
 * (docs/research/backtest-studies/why-two-rare-earth-folds-price-discrepancies-jumped-when-record-22-joined.md): for
 * the folds that hold out {@code cn-ree-2025-04} and {@code cn-ree-quota-2010}, each fold's discrepancy estimated on
 * its training rows scored out of fold ({@link PredictiveBands#outOfFold}) twice, once on the development rows as they
 * are and once without record 22's episode ({@code mm-ree-2024}, its rows taken out of every candidate's report, which
 * is the evidence before record 22 joined: the other 429 rows' bands are bit for bit those of the grid recorded before
 * it). For every inner fold it prints what the selection chose, and for the inner folds whose choice moved each price
 * row's band and score under both choices, with the price scores around the conformal rank. The recorded grid's
 * contenders, 1,000 paths, seed 7, as {@code CalibrationTest}. Run on demand only: {@code -Dtest=FoldDiscrepancyTrace
 * -Dlodestone.trace=true}.
 */
@Tag("slow")
@EnabledIfSystemProperty(named = "lodestone.trace", matches = "true")
class FoldDiscrepancyTrace {
    private static final int PATHS = 1000;
    private static final long SEED = 7;
    private static final String RECORD_22 = "mm-ree-2024";
    private static final LocalDate DAY = LocalDate.of(2026, 12, 6);

    @Test
    void tracesTheTwoRareEarthFoldsWithAndWithoutRecord22() throws IOException {
        try (MonteCarloEngine engine = new MonteCarloEngine(2)) {
            Function<Behaviour, List<Episode>> evidence = Calibration.development(Fixtures::text, Fixtures.catalogue());
            List<Calibration.Evaluated> after = CalibrationTest.grid(evidence, engine);
            List<Calibration.Evaluated> before = after.stream()
                    .map(e -> new Calibration.Evaluated(
                            e.candidate(),
                            new Report(
                                    e.report().label(),
                                    e.report().rows().stream()
                                            .filter(r -> !r.episode().equals(RECORD_22))
                                            .toList())))
                    .toList();
            EpisodeRuns runs = new EpisodeRuns(evidence, engine, PATHS, SEED);
            Set<String> episodes = new LinkedHashSet<>();
            after.get(0).report().rows().forEach(r -> episodes.add(r.episode()));
            for (String heldOut : List.of("cn-ree-2025-04", "cn-ree-quota-2010")) {
                Set<String> trainingAfter = new LinkedHashSet<>(episodes);
                trainingAfter.remove(heldOut);
                Set<String> trainingBefore = new LinkedHashSet<>(trainingAfter);
                trainingBefore.remove(RECORD_22);
                List<Row> rowsBefore = PredictiveBands.outOfFold(before, trainingBefore, runs);
                List<Row> rowsAfter = PredictiveBands.outOfFold(after, trainingAfter, runs);
                ModelError errorBefore = ModelError.estimate(rowsBefore, DAY, "before");
                ModelError errorAfter = ModelError.estimate(rowsAfter, DAY, "after");
                System.out.printf(
                        Locale.ROOT,
                        "fold %s: d prices %.4f -> %.4f (%d -> %d price rows), d other %.4f -> %.4f%n",
                        heldOut,
                        errorBefore.priceDiscrepancy(),
                        errorAfter.priceDiscrepancy(),
                        errorBefore.priceRows(),
                        errorAfter.priceRows(),
                        errorBefore.quantityDiscrepancy(),
                        errorAfter.quantityDiscrepancy());
                for (String inner : trainingBefore) {
                    Calibration.Selection b = select(before, trainingBefore, inner);
                    Calibration.Selection a = select(after, trainingAfter, inner);
                    boolean moved = !a.merged().equals(b.merged());
                    System.out.printf(
                            Locale.ROOT,
                            "  inner %s: members %d -> %d, best %s -> %s%s%n",
                            inner,
                            b.members(),
                            a.members(),
                            covered(b),
                            covered(a),
                            moved
                                    ? "; MOVED: " + b.merged().describe() + " -> "
                                            + a.merged().describe()
                                    : "");
                    if (moved) {
                        rowsOf(rowsBefore, inner).forEach(r -> {
                            Row n = rowsOf(rowsAfter, inner).stream()
                                    .filter(x -> x.observation()
                                            .id()
                                            .equals(r.observation().id()))
                                    .findFirst()
                                    .orElseThrow();
                            if (r.observation().series().isPrice()) {
                                System.out.printf(
                                        Locale.ROOT,
                                        "    %s %s %.3f: %s -> %s%n",
                                        r.observation().id(),
                                        r.observation().series(),
                                        r.observation().value(),
                                        band(r),
                                        band(n));
                            }
                        });
                    }
                }
                System.out.println("  price scores at the top, before: " + top(rowsBefore));
                System.out.println("  price scores at the top, after:  " + top(rowsAfter));
                System.out.println("  price rows above the before d, by episode, before: "
                        + above(rowsBefore, errorBefore.priceDiscrepancy()) + "; after: "
                        + above(rowsAfter, errorBefore.priceDiscrepancy()));
            }
            // the evidence without record 22 is the 429 rows' evidence: the shipped before value comes back
            assertThat(before.get(0).report().rows()).hasSize(429);
        }
    }

    private static Calibration.Selection select(
            List<Calibration.Evaluated> evaluated, Set<String> training, String left) {
        return Calibration.select(
                evaluated, r -> training.contains(r.episode()) && !r.episode().equals(left));
    }

    private static String covered(Calibration.Selection s) {
        Calibration.Scored best = s.ranked().get(0);
        return String.format(Locale.ROOT, "%.0f/%d", best.coverage() * s.rows(), s.rows());
    }

    /** A row's model band and its score outside it. */
    private static String band(Row r) {
        return String.format(
                Locale.ROOT,
                "%.3f/%.3f/%.3f score %.4f",
                r.p10(),
                r.p50(),
                r.p90(),
                ModelError.score(r.observation().value(), r.p10(), r.p90()));
    }

    private static List<Row> rowsOf(List<Row> rows, String episode) {
        return rows.stream().filter(r -> r.episode().equals(episode)).toList();
    }

    /** How many price rows of each episode score above a discrepancy. */
    private static Map<String, Long> above(List<Row> rows, double d) {
        return rows.stream()
                .filter(r -> r.observation().series().isPrice())
                .filter(r -> ModelError.score(r.observation().value(), r.p10(), r.p90()) > d)
                .collect(Collectors.groupingBy(Row::episode, TreeMap::new, Collectors.counting()));
    }

    /** The price scores from the conformal rank's neighbourhood up, largest last, with k and n. */
    private static String top(List<Row> rows) {
        List<Row> prices =
                rows.stream().filter(r -> r.observation().series().isPrice()).toList();
        double[] s = prices.stream()
                .mapToDouble(r -> ModelError.score(r.observation().value(), r.p10(), r.p90()))
                .sorted()
                .toArray();
        int n = s.length;
        int k = (int) Math.ceil(ModelError.LEVEL * (n + 1) - 1e-9);
        List<String> out = new ArrayList<>();
        for (int i = Math.max(0, k - 6); i < Math.min(n, k + 3); i++) {
            out.add((i + 1 == k ? "[k=" + k + "] " : "") + String.format(Locale.ROOT, "%.4f", s[i]));
        }
        long positive = Arrays.stream(s).filter(x -> x > 0).count();
        return "n " + n + ", outside the model band " + positive + ": " + String.join(", ", out);
    }
}
