package lodestone.sim.backtest;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.function.IntFunction;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;
import java.util.stream.IntStream;
import lodestone.model.mineral.MineralCatalogue;
import lodestone.sim.engine.MonteCarloEngine;
import lodestone.sim.parallel.WorkerPool;
import lodestone.sim.scenario.Behaviour;
import lodestone.sim.scenario.Distribution;

/**
 * Chooses the behaviour: every candidate of a small grid around the first look ({@link Behaviour#PRIOR}) is run once on
 * the evidence and ranked on a set of training rows by how many its 80 % bands cover, then by the mean interval score;
 * the candidates within one training row of the best form the behavioural set, merged into one behaviour ({@link
 * #select}, {@link #behaviouralSet}). {@link Behaviour#CALIBRATED} is the selection on every development row of the
 * four episodes ({@link #calibrate}); {@link CrossValidation} gives its out-of-sample figure.
 */
public final class Calibration {
    private Calibration() {}

    /**
     * One point of the grid.
     *
     * @param label the values in words
     * @param behaviour the behaviour
     */
    public record Candidate(String label, Behaviour behaviour) {}

    /**
     * A candidate's score on the training rows.
     *
     * @param candidate the candidate
     * @param coverage share of the training rows inside P10-P90
     * @param intervalScore mean interval score (lower is better)
     */
    public record Scored(Candidate candidate, double coverage, double intervalScore) {}

    /**
     * The grid: price flexibility, precaution, restocking time, netting of pending applications, background volatility
     * and lasting precaution, each at two or three levels around the first look (216 candidates), each once without and
     * once with deadline stocking (432), and those each once without and once with home landing (864 in all); the other
     * behaviour values stay at the first look.
     *
     * @return the candidates, in a fixed order
     */
    public static List<Candidate> grid() {
        Behaviour prior = Behaviour.PRIOR;
        double[][] flexibility = {{0.2, 0.8}, {0.3, 1.5}, {0.6, 2}};
        double[][] precaution = {{0.5, 2}, {1, 3}};
        double[] restock = {1, 2, 4};
        double[][] netting = {{0, 0}, {0, 1}, {1, 1}};
        double[][] volatility = {{0.03, 0.08}, {0.05, 0.12}};
        // off (the earlier model), or anywhere from none to all of the precautionary cover kept
        double[][] lasting = {{0, 0}, {0, 1}};
        List<Candidate> grid = new ArrayList<>();
        for (double[] f : flexibility) {
            for (double[] p : precaution) {
                for (double r : restock) {
                    for (double[] n : netting) {
                        for (double[] v : volatility) {
                            for (double[] l : lasting) {
                                Behaviour b = new Behaviour(
                                        Distribution.uniform(p[0], p[1]),
                                        r,
                                        prior.maxOrder(),
                                        Distribution.uniform(f[0], f[1]),
                                        // the home price's flexibility, down to 0 (administered home prices)
                                        Behaviour.HOME_FLEXIBILITY,
                                        prior.issuerAbsorption(),
                                        Distribution.uniform(v[0], v[1]),
                                        prior.stockLevel(),
                                        prior.forwardMonths(),
                                        prior.issuerSurplusMonths(),
                                        prior.contractMonths(),
                                        n[0] == n[1] ? Distribution.fixed(n[0]) : Distribution.uniform(n[0], n[1]),
                                        l[0] == l[1] ? Distribution.fixed(l[0]) : Distribution.uniform(l[0], l[1]));
                                grid.add(new Candidate(
                                        String.format(
                                                Locale.ROOT,
                                                "flexibility U(%s, %s), precaution U(%s, %s) months, restock %s"
                                                        + " months, netting %s, volatility U(%s, %s), lasting"
                                                        + " precaution %s",
                                                f[0],
                                                f[1],
                                                p[0],
                                                p[1],
                                                r,
                                                b.pendingNetting().describe(),
                                                v[0],
                                                v[1],
                                                b.lastingPrecaution().describe()),
                                        b));
                            }
                        }
                    }
                }
            }
        }
        // deadline stocking: off (every candidate above), or anywhere from none to all of the forward window; the
        // candidates with it come after the others, so the earlier grid keeps its order and its ties
        grid.addAll(twins(grid, "deadline stocking", b -> b.withDeadlineStocking(Distribution.uniform(0, 1))));
        // home landing: off (every candidate above), or anywhere from none to all of the home market reading the
        // withheld exports at once; after the others, so the earlier grid keeps its order and its ties
        grid.addAll(twins(grid, "home landing", b -> b.withHomeLanding(Distribution.uniform(0, 1))));
        return grid;
    }

    /** Every candidate again with one value set to uniform(0, 1), its label saying so. */
    private static List<Candidate> twins(List<Candidate> grid, String value, UnaryOperator<Behaviour> with) {
        List<Candidate> twins = new ArrayList<>();
        for (Candidate c : grid) {
            twins.add(new Candidate(c.label() + ", " + value + " uniform(0, 1)", with.apply(c.behaviour())));
        }
        return twins;
    }

    /**
     * A candidate run on the evidence: every row it scores, so that any subset of rows can choose without a new run.
     *
     * @param candidate the candidate
     * @param report its scored rows
     */
    public record Evaluated(Candidate candidate, Report report) {}

    /**
     * What the selection rule chose on a set of training rows.
     *
     * @param ranked every candidate's score on the training rows, best first
     * @param rows how many training rows
     * @param members how many candidates cover at most one training row fewer than the best
     * @param merged the merged behaviour of those candidates
     */
    public record Selection(List<Scored> ranked, long rows, long members, Behaviour merged) {
        public Selection {
            ranked = List.copyOf(ranked);
        }
    }

    /**
     * Runs every candidate once on the evidence. With an engine of several threads the candidates run side by side,
     * each worker on an engine of one thread of its own: a small run (the back-test's 100 to 256 paths are one of the
     * engine's blocks) keeps one thread busy, so the candidates, not the paths, are what fills the cores. The reports
     * are the same to the bit on any number of threads, since a run's results depend on its scenario, paths and seed
     * alone ({@link MonteCarloEngine}), and they are returned in the grid's order.
     *
     * @param evidence the episodes, with every row to score, built with a given behaviour (called from the workers, so
     *     safe to call from several threads at once, as {@link ParsedEpisodes#withDevelopment} is)
     * @param candidates the grid
     * @param engine the engine: its thread count says how many candidates run at once; one thread runs them on it
     * @param paths paths per scenario
     * @param seed the seed (the same for every candidate: common random numbers)
     * @return each candidate with its report, in the grid's order
     */
    public static List<Evaluated> run(
            Function<Behaviour, List<Episode>> evidence,
            List<Candidate> candidates,
            MonteCarloEngine engine,
            int paths,
            long seed) {
        int workers = Math.min(engine.threads(), candidates.size());
        if (workers <= 1) {
            List<Evaluated> evaluated = new ArrayList<>();
            for (Candidate candidate : candidates) {
                evaluated.add(evaluate(evidence, candidate, engine, paths, seed));
            }
            return evaluated;
        }
        Evaluated[] evaluated = new Evaluated[candidates.size()];
        AtomicInteger next = new AtomicInteger();
        try (WorkerPool pool = new WorkerPool(workers, "lodestone-calibration", "the calibration was interrupted")) {
            pool.forEach(workers, worker -> {
                try (MonteCarloEngine own = new MonteCarloEngine(1)) {
                    for (int c = next.getAndIncrement(); c < evaluated.length; c = next.getAndIncrement()) {
                        evaluated[c] = evaluate(evidence, candidates.get(c), own, paths, seed);
                    }
                }
            });
        }
        return new ArrayList<>(Arrays.asList(evaluated));
    }

    private static Evaluated evaluate(
            Function<Behaviour, List<Episode>> evidence,
            Candidate candidate,
            MonteCarloEngine engine,
            int paths,
            long seed) {
        return new Evaluated(
                candidate, Backtest.run(evidence.apply(candidate.behaviour()), engine, paths, seed, candidate.label()));
    }

    /**
     * @param evaluated the candidates with their reports
     * @param training which rows count
     * @return every candidate's coverage and mean interval score on those rows, best first (coverage, then the score)
     */
    public static List<Scored> rank(List<Evaluated> evaluated, Predicate<Row> training) {
        Table table = new Table(evaluated);
        return table.rankOn(table.rowsOf(training));
    }

    /** @return the scores sorted best first: coverage, then the mean interval score (a stable sort: ties keep order) */
    private static List<Scored> best(List<Scored> ranked) {
        ranked.sort(Comparator.comparingDouble(Scored::coverage).reversed().thenComparingDouble(Scored::intervalScore));
        return ranked;
    }

    /**
     * The selection rule: rank on the training rows, keep every candidate within one training row of the best, merge.
     *
     * @param evaluated the candidates with their reports (every report scores the same rows)
     * @param training which rows count
     * @return the selection
     * @throws IllegalArgumentException if no row is a training row
     */
    public static Selection select(List<Evaluated> evaluated, Predicate<Row> training) {
        Table table = new Table(evaluated);
        return table.selectOn(table.rowsOf(training));
    }

    private static void requireRows(long rows) {
        if (rows == 0) {
            throw new IllegalArgumentException("the calibration has no training rows to choose on.");
        }
    }

    /** @return the selection from the ranked candidates: those within one of the training rows of the best, merged */
    private static Selection selection(List<Scored> ranked, long rows) {
        double tolerance = 1.0 / rows;
        double best = ranked.get(0).coverage();
        long members = ranked.stream()
                .filter(r -> r.coverage() >= best - tolerance - 1e-12)
                .count();
        return new Selection(ranked, rows, members, behaviouralSet(ranked, tolerance));
    }

    /**
     * The candidates' reports read once for the selection rule: each row's inside flag and interval score, and each
     * row's episode. {@link Calibration#rank} and {@link Calibration#select} rank through it on the rows a test of rows
     * accepts in each report; the cross-validation's folds and the model error's inner folds (38 folds of 37 inner
     * folds each on 864 candidates and 827 rows) choose on sets of whole episodes ({@link #select(Predicate)}), which,
     * when every report scores the same episodes row for row, are the same rows in every report, found once from the
     * episodes' indices instead of by testing every row of every candidate again. Either way a candidate's coverage is
     * the count of its chosen rows inside over their number and its score the stream average of their interval scores
     * in row order (as {@link Report#coverage} and {@link Report#meanIntervalScore} on the same rows), so the two ways
     * give equal selections, every double to the bit.
     */
    static final class Table {
        private final List<Evaluated> evaluated;
        private final List<String> episodes = new ArrayList<>();
        private final int[] episodeOf;
        private final boolean[][] inside;
        private final double[][] scores;
        private final boolean aligned;

        /** @param evaluated the candidates with their reports, in the grid's order */
        Table(List<Evaluated> evaluated) {
            this.evaluated = List.copyOf(evaluated);
            List<Row> first =
                    evaluated.isEmpty() ? List.of() : evaluated.get(0).report().rows();
            int n = first.size();
            episodeOf = new int[n];
            Map<String, Integer> index = new LinkedHashMap<>();
            for (int i = 0; i < n; i++) {
                episodeOf[i] = index.computeIfAbsent(first.get(i).episode(), id -> index.size());
            }
            episodes.addAll(index.keySet());
            inside = new boolean[evaluated.size()][];
            scores = new double[evaluated.size()][];
            boolean same = true;
            for (int c = 0; c < evaluated.size(); c++) {
                List<Row> rows = evaluated.get(c).report().rows();
                same &= rows.size() == n;
                inside[c] = new boolean[rows.size()];
                scores[c] = new double[rows.size()];
                for (int i = 0; i < rows.size(); i++) {
                    Row row = rows.get(i);
                    same &= i < n && row.episode().equals(first.get(i).episode());
                    inside[c][i] = row.inside();
                    scores[c][i] = row.intervalScore();
                }
            }
            aligned = same;
        }

        /**
         * @param training which episodes' rows choose, by id
         * @return {@link Calibration#select} on the rows of those episodes
         * @throws IllegalArgumentException if no row is a training row
         */
        Selection select(Predicate<String> training) {
            if (!aligned) {
                return selectOn(rowsOf(row -> training.test(row.episode())));
            }
            int[] rows = rowsOfEpisodes(training);
            return selectOn(c -> rows);
        }

        /**
         * The behaviour {@link #select(Predicate)} merges, without the rest of its selection: the model error's inner
         * folds (37 for each of 38 folds) need only the behaviour to run. Every candidate's coverage is counted as
         * there, but the mean interval score is worked out only for the candidates within one training row of the
         * best, the members, which alone enter the merged behaviour; a stable sort of the members alone puts them in
         * the order they have at the head of the whole ranking (coverage, then the score, ties in the grid's order), so
         * the merged behaviour is the same.
         *
         * @param training which episodes' rows choose, by id
         * @return {@code select(training).merged()}
         * @throws IllegalArgumentException if no row is a training row
         */
        Behaviour merged(Predicate<String> training) {
            if (!aligned) {
                return select(training).merged();
            }
            int[] rows = rowsOfEpisodes(training);
            requireRows(rows.length);
            double[] coverage = new double[evaluated.size()];
            double best = Double.NEGATIVE_INFINITY;
            for (int c = 0; c < coverage.length; c++) {
                coverage[c] = coverage(c, rows);
                best = Math.max(best, coverage[c]);
            }
            double tolerance = 1.0 / rows.length;
            List<Scored> members = new ArrayList<>();
            for (int c = 0; c < coverage.length; c++) {
                if (coverage[c] >= best - tolerance - 1e-12) {
                    members.add(new Scored(evaluated.get(c).candidate(), coverage[c], meanIntervalScore(c, rows)));
                }
            }
            return behaviouralSet(best(members), tolerance);
        }

        /** @return the indices of the rows of the episodes the test accepts, ascending (the table is aligned) */
        private int[] rowsOfEpisodes(Predicate<String> training) {
            boolean[] counts = new boolean[episodes.size()];
            for (int e = 0; e < counts.length; e++) {
                counts[e] = training.test(episodes.get(e));
            }
            return IntStream.range(0, episodeOf.length)
                    .filter(i -> counts[episodeOf[i]])
                    .toArray();
        }

        /** @return for each candidate, the indices of the rows of its report that the test accepts, ascending */
        IntFunction<int[]> rowsOf(Predicate<Row> training) {
            return c -> {
                List<Row> rows = evaluated.get(c).report().rows();
                return IntStream.range(0, rows.size())
                        .filter(i -> training.test(rows.get(i)))
                        .toArray();
            };
        }

        /**
         * The selection rule on the chosen rows: the tolerance is one of the first candidate's rows.
         *
         * @throws IllegalArgumentException if the first candidate has no chosen row
         */
        private Selection selectOn(IntFunction<int[]> chosen) {
            int rows = chosen.apply(0).length;
            requireRows(rows);
            return selection(rankOn(chosen), rows);
        }

        /** @return every candidate's coverage and mean interval score on its chosen rows, best first */
        private List<Scored> rankOn(IntFunction<int[]> chosen) {
            List<Scored> ranked = new ArrayList<>();
            for (int c = 0; c < evaluated.size(); c++) {
                int[] rows = chosen.apply(c);
                ranked.add(new Scored(evaluated.get(c).candidate(), coverage(c, rows), meanIntervalScore(c, rows)));
            }
            return best(ranked);
        }

        /** @return the share of a candidate's chosen rows inside its band, as {@link Report#coverage} on them */
        private double coverage(int c, int[] rows) {
            long in = 0;
            for (int row : rows) {
                in += inside[c][row] ? 1 : 0;
            }
            return in / (double) rows.length;
        }

        /**
         * @return the stream average of a candidate's interval scores on its chosen rows in their order, as {@link
         *     Report#meanIntervalScore} on them (NaN if none)
         */
        private double meanIntervalScore(int c, int[] rows) {
            double[] score = new double[rows.length];
            for (int k = 0; k < rows.length; k++) {
                score[k] = scores[c][rows[k]];
            }
            return Arrays.stream(score).average().orElse(Double.NaN);
        }
    }

    /**
     * The calibrated behaviour: not the single best candidate but every candidate the training rows cannot tell
     * apart from it (coverage within {@code tolerance} of the best), merged into one behaviour whose ranges span
     * theirs, after the "behavioural set" of generalised likelihood uncertainty estimation (Beven and Binley 1992).
     * Keeping what the data cannot decide is meant to keep the bands honest out of sample (the cross-validation measures
     * whether it does); picking the narrowest winner would fit
     * the training rows' coincidences.
     *
     * @param ranked candidates with their scores, best first
     * @param tolerance how much lower a candidate's coverage may be and still count (fraction)
     * @return the merged behaviour: uniform ranges from the smallest minimum to the largest maximum of each
     *     distribution, the most common restocking time (ties: the best candidate's), the first look's other values
     */
    public static Behaviour behaviouralSet(List<Scored> ranked, double tolerance) {
        double best = ranked.get(0).coverage();
        List<Behaviour> set = ranked.stream()
                .filter(s -> s.coverage() >= best - tolerance - 1e-12)
                .map(s -> s.candidate().behaviour())
                .toList();
        Map<Double, Long> restock = new LinkedHashMap<>();
        set.forEach(b -> restock.merge(b.restockMonths(), 1L, Long::sum));
        double mode = restock.entrySet().stream()
                .max(Map.Entry.comparingByValue())
                .orElseThrow()
                .getKey();
        Behaviour first = set.get(0);
        return new Behaviour(
                envelope(set, Behaviour::precautionMonths),
                mode,
                envelope(set, Behaviour::maxOrder),
                envelope(set, Behaviour::flexibility),
                envelope(set, Behaviour::issuerFlexibility),
                envelope(set, Behaviour::issuerAbsorption),
                envelope(set, Behaviour::volatility),
                envelope(set, Behaviour::stockLevel),
                first.forwardMonths(),
                first.issuerSurplusMonths(),
                first.contractMonths(),
                envelope(set, Behaviour::pendingNetting),
                envelope(set, Behaviour::lastingPrecaution),
                envelope(set, Behaviour::deadlineStocking),
                envelope(set, Behaviour::homeLanding));
    }

    /**
     * The development evidence: the shipped episodes with every development record's rows ({@link
     * Episodes#withDevelopment}), the files read and parsed once here ({@link ParsedEpisodes}) and given each
     * behaviour asked for.
     *
     * @param texts reads the episode and development files
     * @param catalogue the minerals known
     * @return the episodes for a behaviour
     */
    public static Function<Behaviour, List<Episode>> development(Episodes.Texts texts, MineralCatalogue catalogue) {
        return ParsedEpisodes.read(texts, catalogue)::withDevelopment;
    }

    /**
     * @param texts reads the episode and development files
     * @param catalogue the minerals known
     * @param engine the engine
     * @param paths paths per scenario
     * @param seed the seed
     * @return the calibrated behaviour: the selection rule on every development row of the four episodes
     */
    public static Behaviour calibrate(
            Episodes.Texts texts, MineralCatalogue catalogue, MonteCarloEngine engine, int paths, long seed) {
        return select(run(development(texts, catalogue), grid(), engine, paths, seed), row -> true)
                .merged();
    }

    private static Distribution envelope(List<Behaviour> set, Function<Behaviour, Distribution> get) {
        double low = set.stream().mapToDouble(b -> get.apply(b).min()).min().orElseThrow();
        double high = set.stream().mapToDouble(b -> get.apply(b).max()).max().orElseThrow();
        Distribution only = get.apply(set.get(0));
        boolean same = set.stream().allMatch(b -> get.apply(b).equals(only));
        return same ? only : low == high ? Distribution.fixed(low) : Distribution.uniform(low, high);
    }
}
