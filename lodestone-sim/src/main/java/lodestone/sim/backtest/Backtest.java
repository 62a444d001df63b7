package lodestone.sim.backtest;

import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import lodestone.sim.engine.MarketResult;
import lodestone.sim.engine.MonteCarloEngine;
import lodestone.sim.engine.PathOutcomes;
import lodestone.sim.engine.Progress;
import lodestone.sim.engine.RunOptions;
import lodestone.sim.engine.ScenarioResult;
import lodestone.sim.engine.Series;
import lodestone.sim.scenario.ScenarioSpec;

/**
 * Runs episodes and scores their observations: each scenario once (keeping its paths), then each observation's window
 * reduced path by path to one number, whose P10, P50 and P90 across paths are set beside the observed value. Pure
 * computation: the episodes come in as objects.
 */
public final class Backtest {
    private Backtest() {}

    /**
     * @param episodes the episodes (their observations, including any added held-out rows)
     * @param engine the engine
     * @param paths paths per scenario
     * @param seed the seed
     * @param label what is being run, for the report
     * @return the scored rows, episode by episode, in observation order
     */
    public static Report run(List<Episode> episodes, MonteCarloEngine engine, int paths, long seed, String label) {
        List<Row> rows = new ArrayList<>();
        for (Episode episode : episodes) {
            if (episode.observations().isEmpty()) {
                continue; // nothing to score: an ex-ante episode run without its outcome rows
            }
            Map<String, ScenarioResult> results = simulate(episode, engine, paths, seed);
            for (Observation observation : episode.observations()) {
                ScenarioSpec scenario = episode.scenario(observation.scenario()).orElseThrow();
                int market = Markets.find(scenario, observation.market()).orElseThrow();
                ScenarioResult result = java.util.Objects.requireNonNull(results.get(scenario.id()));
                rows.add(score(episode, observation, result, result.markets().get(market)));
            }
        }
        return new Report(label, rows);
    }

    /**
     * @param episode an episode
     * @param engine the engine
     * @param paths paths per scenario
     * @param seed the seed
     * @return each of the episode's scenarios run with its paths kept, by scenario id; without the month bands
     *     ({@link RunOptions#pathsAlone()}), since a row is scored on its own window read from the paths
     */
    static Map<String, ScenarioResult> simulate(Episode episode, MonteCarloEngine engine, int paths, long seed) {
        Map<String, ScenarioResult> results = new HashMap<>();
        for (ScenarioSpec scenario : episode.scenarios()) {
            results.put(
                    scenario.id(),
                    engine.simulate(
                            scenario,
                            new RunOptions(paths, seed, java.util.OptionalInt.empty(), 1).pathsAlone(),
                            Progress.NONE));
        }
        return results;
    }

    static Row score(Episode episode, Observation row, ScenarioResult result, MarketResult market) {
        PathOutcomes paths = market.paths().orElseThrow();
        // a reference price a government sets is read off the outside price of the months its rule reads
        Observation observation =
                episode.referencePrice(row).map(r -> r.scored(row)).orElse(row);
        YearMonth first = result.firstMonth();
        double[] values = new double[paths.paths()];
        // a row quoted in a neighbouring product carries the market's move in part
        Optional<NeighbouringProduct> neighbour = episode.neighbouringProduct(observation);
        // a row of a downstream product carries the power π of the market's outside price, month by month
        double passThrough = passThrough(episode, observation);
        // a row whose base already carries a move made on reports of the measure
        Optional<AnticipatedMove> anticipated = episode.anticipatedMove(row);
        // the windows' months, counted from the first simulated month (the same for every path)
        int a = monthIndex(first, observation.from());
        int b = monthIndex(first, observation.to());
        int baseFrom = observation.relativeFrom().map(m -> monthIndex(first, m)).orElse(0);
        int baseTo = observation.relativeTo().map(m -> monthIndex(first, m)).orElse(0);
        int kept = 0;
        for (int p = 0; p < paths.paths(); p++) {
            double value = reduce(paths, p, observation, a, b, passThrough);
            if (observation.relativeFrom().isPresent()) {
                double base = reduce(paths, p, observation, baseFrom, baseTo, passThrough);
                value = base > 0 ? value / base : Double.NaN;
            }
            if (neighbour.isPresent()) {
                value = neighbour.get().apply(value);
            }
            if (anticipated.isPresent()) {
                value = anticipated.get().apply(value);
            }
            if (!Double.isNaN(value)) {
                values[kept++] = value;
            }
        }
        // the nearest-rank quantiles of the kept values, as of the values sorted (OrderStatistics: no sort)
        double[] quantiles = OrderStatistics.nearestRanks(values, kept, 0.10, 0.50, 0.90);
        double p10 = quantiles[0];
        double p50 = quantiles[1];
        double p90 = quantiles[2];
        boolean inside = observation.value() >= p10 - 1e-9 && observation.value() <= p90 + 1e-9;
        Optional<Boolean> direction = observation.isPriceMove()
                ? Optional.of(direction(observation.value()) == direction(p50))
                : Optional.empty();
        OptionalDouble rise =
                observation.isPriceMove() ? OptionalDouble.of(riseProbability(values, kept)) : OptionalDouble.empty();
        return new Row(episode.id(), episode.role(), row, p10, p50, p90, inside, direction, rise, kept);
    }

    /**
     * The model's probability of a rise: the share of paths whose value is above 1, a path at exactly 1 (a price the
     * measure leaves where it was, with the background walks off) counted as half a rise. That is the expected value of
     * the outcome the direction's Brier score reads ({@link DirectionForecasts#outcome}), so the two count a tie alike.
     *
     * @param values the row's value on each path (any order)
     * @return the probability, a fraction in [0, 1]; NaN if there are no values
     */
    static double riseProbability(double[] values) {
        return riseProbability(values, values.length);
    }

    /**
     * @param values the row's values on the paths kept, in their first {@code n} places (the array is sized for every
     *     path; a path whose value is NaN is not kept)
     * @param n how many values were kept
     * @return {@link #riseProbability(double[])} of those values
     */
    static double riseProbability(double[] values, int n) {
        if (n == 0) {
            return Double.NaN;
        }
        double rises = 0;
        for (int i = 0; i < n; i++) {
            rises += DirectionForecasts.outcome(values[i]);
        }
        return rises / n;
    }

    /**
     * @return π of the downstream product the row prices ({@link DownstreamProduct#passThrough}), from its scenario's
     *     market as run; 1 for a row of the market's own product, or of a downstream product the episode gives no
     *     facts for
     */
    static double passThrough(Episode episode, Observation observation) {
        Optional<DownstreamProduct> downstream = episode.downstreamProduct(observation);
        if (downstream.isEmpty()) {
            return 1;
        }
        ScenarioSpec scenario = episode.scenario(observation.scenario()).orElseThrow();
        int market = Markets.find(scenario, observation.market()).orElseThrow();
        return downstream.get().passThrough(scenario.markets().get(market));
    }

    static double reduce(
            PathOutcomes paths, int p, Observation observation, YearMonth first, YearMonth from, YearMonth to) {
        return reduce(paths, p, observation, first, from, to, 1);
    }

    /**
     * @param passThrough π: each month's value is raised to it (1 for every row but a downstream product's price)
     * @return the row's window reduced to one number on path p
     */
    static double reduce(
            PathOutcomes paths,
            int p,
            Observation observation,
            YearMonth first,
            YearMonth from,
            YearMonth to,
            double passThrough) {
        return reduce(paths, p, observation, monthIndex(first, from), monthIndex(first, to), passThrough);
    }

    /** @return a month's index counted from the first simulated month */
    private static int monthIndex(YearMonth first, YearMonth month) {
        return (int) ChronoUnit.MONTHS.between(first, month);
    }

    /**
     * {@link #reduce(PathOutcomes, int, Observation, YearMonth, YearMonth, YearMonth, double)} with the window's months
     * as indices from the first simulated month, a to b.
     */
    private static double reduce(PathOutcomes paths, int p, Observation observation, int a, int b, double passThrough) {
        if (observation.aggregate() == Aggregate.FIRST_STOP) {
            return paths.monthsToFirstStop(p);
        }
        double sum = 0;
        double weights = 0;
        Aggregate aggregate = observation.aggregate();
        Transit transit = observation.transit();
        for (int t = a; t <= b; t++) {
            double value = DownstreamProduct.apply(recorded(paths, observation.series(), p, t, transit), passThrough);
            double weight = aggregate == Aggregate.MEAN ? 1 : recorded(paths, Series.RECEIPTS, p, t, transit);
            sum += value * weight;
            weights += weight;
            if (aggregate == Aggregate.WORLD_VOLUME_WEIGHTED) {
                // the issuer's own buyers pay its home price for what they used before the measure
                sum += recorded(paths, Series.PRICE_INSIDE, p, t, transit) * paths.issuerHomeUse();
                weights += paths.issuerHomeUse();
            }
        }
        return weights > 0 ? sum / weights : Double.NaN;
    }

    /**
     * @param t a month of record, counted from the scenario's first simulated month
     * @return the model's value for that month as the row records it: the month itself, or for a row recorded at the
     *     destination the mean of the months its cargo left in (t − maxMonths … t − minMonths), a month before the
     *     first simulated one at the level before the measure
     */
    static double recorded(PathOutcomes paths, Series series, int p, int t, Transit transit) {
        if (!transit.shifts()) {
            return paths.value(series, p, t);
        }
        double sum = 0;
        for (int lag = transit.minMonths(); lag <= transit.maxMonths(); lag++) {
            int departed = t - lag;
            sum += departed < 0 ? beforeTheMeasure(series) : paths.value(series, p, departed);
        }
        return sum / transit.spread();
    }

    /** @return a series' level before the measure: no shortfall, every index at its baseline 1 */
    static double beforeTheMeasure(Series series) {
        return series == Series.SHORTFALL ? 0 : 1;
    }

    /** @return the nearest-rank q-quantile of sorted values (NaN if empty) */
    static double quantile(double[] sorted, double q) {
        if (sorted.length == 0) {
            return Double.NaN;
        }
        return sorted[rank(q, sorted.length)];
    }

    /** @return the index of the nearest-rank q-quantile among n sorted values (n at least 1) */
    static int rank(double q, int n) {
        return Math.max(0, Math.min(n - 1, (int) Math.ceil(q * n) - 1));
    }

    /** @return +1 for a rise, -1 for a fall, 0 for no move: the sign of the index's change from 1 */
    static int direction(double index) {
        return (int) Math.signum(index - 1);
    }
}
