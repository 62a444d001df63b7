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
 * ({@link Behaviour#PRIOR}) is run on the episodes whose role is {@link Episode.Role#CALIBRATION}, and the one whose
 * 80 % bands cover the most observations wins; among equals, the lowest mean interval score (narrow bands that still
 * cover), then grid order. The test episodes are never run here, so their scores stay out of sample.
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
     * The grid: price flexibility, precaution, restocking time, order ceiling and background volatility, each at two or
     * three levels around the first look; the other behaviour values stay at the first look.
     *
     * @return the candidates, in a fixed order
     */
    public static List<Candidate> grid() {
        Behaviour prior = Behaviour.PRIOR;
        double[][] flexibility = {{0.2, 0.8}, {0.3, 1.5}, {0.6, 2}};
        double[][] precaution = {{0.5, 2}, {1, 3}};
        double[] restock = {1, 2, 4};
        double[][] maxOrder = {{1.5, 3}, {2, 4}};
        double[][] volatility = {{0.03, 0.08}, {0.05, 0.12}};
        List<Candidate> grid = new ArrayList<>();
        for (double[] f : flexibility) {
            for (double[] p : precaution) {
                for (double r : restock) {
                    for (double[] o : maxOrder) {
                        for (double[] v : volatility) {
                            Behaviour b = new Behaviour(
                                    Distribution.uniform(p[0], p[1]),
                                    r,
                                    Distribution.uniform(o[0], o[1]),
                                    Distribution.uniform(f[0], f[1]),
                                    prior.issuerFlexibility(),
                                    prior.issuerAbsorption(),
                                    Distribution.uniform(v[0], v[1]),
                                    prior.stockLevel(),
                                    prior.forwardMonths(),
                                    prior.issuerSurplusMonths(),
                                    prior.contractMonths());
                            grid.add(new Candidate(
                                    String.format(
                                            Locale.ROOT,
                                            "flexibility U(%s, %s), precaution U(%s, %s) months, restock %s months,"
                                                    + " max order U(%s, %s), volatility U(%s, %s)",
                                            f[0],
                                            f[1],
                                            p[0],
                                            p[1],
                                            r,
                                            o[0],
                                            o[1],
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
     * @param catalogue the minerals known
     * @param candidates the grid
     * @param engine the engine
     * @param paths paths per scenario
     * @param seed the seed (the same for every candidate: common random numbers)
     * @return every candidate's score, best first
     */
    public static List<Scored> evaluate(
            MineralCatalogue catalogue, List<Candidate> candidates, MonteCarloEngine engine, int paths, long seed) {
        List<Scored> scored = new ArrayList<>();
        for (Candidate candidate : candidates) {
            List<Episode> episodes = new ArrayList<>();
            for (Episode episode : Episodes.load(catalogue, candidate.behaviour())) {
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
}
