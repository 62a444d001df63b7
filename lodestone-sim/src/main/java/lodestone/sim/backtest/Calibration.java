package lodestone.sim.backtest;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import lodestone.model.mineral.MineralCatalogue;
import lodestone.sim.engine.MonteCarloEngine;
import lodestone.sim.scenario.Behaviour;
import lodestone.sim.scenario.Distribution;

/**
 * Chooses the behaviour from the calibration episodes only: every candidate of a small grid around the first look
 * ({@link Behaviour#PRIOR}) is run on the episodes whose role is {@link Episode.Role#CALIBRATION} and ranked by how many
 * observations its 80 % bands cover, then by the mean interval score; the candidates within one observation of the
 * best form the behavioural set, merged into {@link Behaviour#CALIBRATED} ({@link #behaviouralSet}). The test
 * episodes are never run here.
 */
public final class Calibration {
    private Calibration() {}

    /**
     * One point of the grid.
     *
     * @param label the values in words
     * @param behaviour the behaviour
     */
    public record Candidate(String label, Behaviour behaviour) {
        public Candidate {
            Objects.requireNonNull(label, "label");
            Objects.requireNonNull(behaviour, "behaviour");
        }
    }

    /**
     * A candidate's score on the calibration episodes.
     *
     * @param candidate the candidate
     * @param coverage share of calibration observations inside P10-P90
     * @param intervalScore mean interval score (lower is better)
     */
    public record Scored(Candidate candidate, double coverage, double intervalScore) {}

    /**
     * The grid: price flexibility, precaution, restocking time, netting of pending applications and background
     * volatility, each at two or three levels around the first look; the other behaviour values stay at the first look.
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
        List<Candidate> grid = new ArrayList<>();
        for (double[] f : flexibility) {
            for (double[] p : precaution) {
                for (double r : restock) {
                    for (double[] n : netting) {
                        for (double[] v : volatility) {
                            Behaviour b = new Behaviour(
                                    Distribution.uniform(p[0], p[1]),
                                    r,
                                    prior.maxOrder(),
                                    Distribution.uniform(f[0], f[1]),
                                    prior.issuerFlexibility(),
                                    prior.issuerAbsorption(),
                                    Distribution.uniform(v[0], v[1]),
                                    prior.stockLevel(),
                                    prior.forwardMonths(),
                                    prior.issuerSurplusMonths(),
                                    prior.contractMonths(),
                                    n[0] == n[1] ? Distribution.fixed(n[0]) : Distribution.uniform(n[0], n[1]));
                            grid.add(new Candidate(
                                    String.format(
                                            Locale.ROOT,
                                            "flexibility U(%s, %s), precaution U(%s, %s) months, restock %s months,"
                                                    + " netting %s, volatility U(%s, %s)",
                                            f[0],
                                            f[1],
                                            p[0],
                                            p[1],
                                            r,
                                            b.pendingNetting().describe(),
                                            v[0],
                                            v[1]),
                                    b));
                        }
                    }
                }
            }
        }
        return grid;
    }

    /**
     * @param texts reads the episode files
     * @param catalogue the minerals known
     * @param candidates the grid
     * @param engine the engine
     * @param paths paths per scenario
     * @param seed the seed (the same for every candidate: common random numbers)
     * @return every candidate's score, best first
     */
    public static List<Scored> evaluate(
            Episodes.Texts texts,
            MineralCatalogue catalogue,
            List<Candidate> candidates,
            MonteCarloEngine engine,
            int paths,
            long seed) {
        List<Scored> scored = new ArrayList<>();
        for (Candidate candidate : candidates) {
            List<Episode> episodes = new ArrayList<>();
            for (Episode episode : Episodes.load(texts, catalogue, candidate.behaviour())) {
                if (episode.role() == Episode.Role.CALIBRATION) {
                    episodes.add(episode);
                }
            }
            Report report = Backtest.run(episodes, engine, paths, seed, candidate.label());
            scored.add(new Scored(candidate, report.coverage(row -> true), report.meanIntervalScore(row -> true)));
        }
        List<Scored> ranked = new ArrayList<>(scored);
        ranked.sort(Comparator.comparingDouble(Scored::coverage).reversed().thenComparingDouble(Scored::intervalScore));
        return ranked;
    }

    /**
     * The calibrated behaviour: not the single best candidate but every candidate the calibration episodes cannot tell
     * apart from it (coverage within {@code tolerance} of the best), merged into one behaviour whose ranges span
     * theirs, after the "behavioural set" of generalised likelihood uncertainty estimation (Beven and Binley 1992).
     * Keeping what the data cannot decide keeps the bands honest out of sample; picking the narrowest winner would fit
     * the calibration episodes' coincidences.
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
        java.util.Map<Double, Long> restock = new java.util.LinkedHashMap<>();
        set.forEach(b -> restock.merge(b.restockMonths(), 1L, Long::sum));
        double mode = restock.entrySet().stream()
                .max(java.util.Map.Entry.comparingByValue())
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
                envelope(set, Behaviour::pendingNetting));
    }

    /**
     * @param texts reads the episode files
     * @param catalogue the minerals known
     * @param engine the engine
     * @param paths paths per scenario
     * @param seed the seed
     * @return the calibrated behaviour: the behavioural set within one calibration observation of the best
     */
    public static Behaviour calibrate(
            Episodes.Texts texts, MineralCatalogue catalogue, MonteCarloEngine engine, int paths, long seed) {
        List<Scored> ranked = evaluate(texts, catalogue, grid(), engine, paths, seed);
        long observations = Episodes.load(texts, catalogue, Behaviour.PRIOR).stream()
                .filter(e -> e.role() == Episode.Role.CALIBRATION)
                .mapToLong(e -> e.observations().size())
                .sum();
        return behaviouralSet(ranked, 1.0 / observations);
    }

    private static Distribution envelope(
            List<Behaviour> set, java.util.function.Function<Behaviour, Distribution> get) {
        double low = set.stream().mapToDouble(b -> get.apply(b).min()).min().orElseThrow();
        double high = set.stream().mapToDouble(b -> get.apply(b).max()).max().orElseThrow();
        Distribution only = get.apply(set.get(0));
        boolean same = set.stream().allMatch(b -> get.apply(b).equals(only));
        return same ? only : low == high ? Distribution.fixed(low) : Distribution.uniform(low, high);
    }
}
