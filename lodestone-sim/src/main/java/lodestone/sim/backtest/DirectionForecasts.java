package lodestone.sim.backtest;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.function.ToDoubleFunction;

/**
 * The direction of a price move as a probabilistic forecast, scored: each price row's probability of a rise ({@link
 * Row#riseProbability}) against what followed, by the Brier score (Brier 1950) beside two references, climatology and a
 * coin; a reliability table; and the share of directions right where the model is confident. Pure computation over
 * scored rows. The method is in docs/research/backtest-studies/the-direction-as-a-probability.md ("The direction as a
 * probability").
 *
 * <p>The outcome of a row is 1 for a rise (observed value above 1), 0 for a fall, and 1/2 for a row observed at exactly
 * 1, as a path at exactly 1 counts half a rise in the probability: the probability is then the expected outcome, and
 * the Brier score, a proper score for any outcome in [0, 1], rewards the honest probability for ties too.
 */
public final class DirectionForecasts {
    private DirectionForecasts() {}

    /** A probability at least this far from 1/2 (at least 0.7 or at most 0.3) is a confident forecast. */
    public static final double CONFIDENT = 0.7;

    /** The coin's forecast: a rise and a fall alike. */
    public static final double COIN = 0.5;

    /** How many equal bins of the forecast probability the reliability table has (tenths; the last holds 1). */
    public static final int BINS = 10;

    /**
     * One bin of the reliability table.
     *
     * @param lower the bin's lowest probability (fraction, included)
     * @param upper its highest (excluded, but for the last bin, which holds 1)
     * @param rows how many rows forecast within it
     * @param meanForecast their mean probability of a rise (NaN if none)
     * @param observedShare their mean outcome: the share that rose, a row observed at exactly 1 counted as half (NaN if
     *     none)
     */
    public record Bin(double lower, double upper, long rows, double meanForecast, double observedShare) {}

    /**
     * The direction forecasts of some price rows, scored.
     *
     * @param rows how many price rows (with a probability)
     * @param brier the mean squared difference between the probability and the outcome (0 best, 1 worst)
     * @param climatologyBrier the same for climatology: each row forecast at the share of rises among the reference
     *     rows of the other episodes (estimated out of fold); NaN if a row has no such rows
     * @param coinBrier the same for a coin (1/2 for every row): 0.25, less for rows observed at exactly 1
     * @param right how many rows' directions are right by the median ({@link Row#directionRight}), the existing figure
     * @param confident how many rows have a confident probability (at least {@value #CONFIDENT} or at most 1 − it)
     * @param confidentRight how many of those have their direction right
     * @param calls how many rows' paths resolve a direction ({@link Row#call}: RISE or FALL), whatever the forecast
     * @param callsRight how many of those calls are right ({@link DirectionCall#rightFor} the observed value)
     * @param unresolved how many rows' paths resolve none (NONE: the median's side of 1 is Monte Carlo noise at the
     *     rows' path count); {@code calls + unresolved == rows}
     * @param reliability the reliability table, {@value #BINS} bins of the probability
     */
    public record Score(
            long rows,
            double brier,
            double climatologyBrier,
            double coinBrier,
            long right,
            long confident,
            long confidentRight,
            long calls,
            long callsRight,
            long unresolved,
            List<Bin> reliability) {
        public Score {
            reliability = List.copyOf(reliability);
        }

        /** @return the Brier skill score against climatology: 1 − brier / climatologyBrier (positive: better) */
        public double skillOverClimatology() {
            return 1 - brier / climatologyBrier;
        }
    }

    /**
     * @param value a value of a price index (1 = its baseline)
     * @return 1 for a rise (above 1), 0 for a fall (below 1), 1/2 for no move (exactly 1)
     */
    public static double outcome(double value) {
        return value > 1 ? 1 : value < 1 ? 0 : 0.5;
    }

    /** @return the row's observed outcome ({@link #outcome(double)} of its observed value) */
    static double outcome(Row row) {
        return outcome(row.observation().value());
    }

    /**
     * Scores the rows' own probabilities.
     *
     * @param rows the rows to score (those without a probability, other series, are left out)
     * @param reference the rows climatology is estimated on (for each row, those of the other episodes)
     * @return the score
     */
    public static Score score(Collection<Row> rows, Collection<Row> reference) {
        return score(rows, reference, r -> r.riseProbability().orElseThrow());
    }

    /**
     * Scores a forecast of the rows' directions.
     *
     * @param rows the rows to score (those without a probability, other series, are left out)
     * @param reference the rows climatology is estimated on (for each row, those of the other episodes)
     * @param forecast each row's probability of a rise (called on rows with a probability only)
     * @return the score
     */
    public static Score score(Collection<Row> rows, Collection<Row> reference, ToDoubleFunction<Row> forecast) {
        List<Row> prices =
                rows.stream().filter(r -> r.riseProbability().isPresent()).toList();
        List<Row> confident = prices.stream()
                .filter(r -> isConfident(forecast.applyAsDouble(r)))
                .toList();
        return new Score(
                prices.size(),
                brier(prices, forecast),
                brier(prices, r -> climatology(r.episode(), reference)),
                brier(prices, r -> COIN),
                prices.stream().filter(DirectionForecasts::isRight).count(),
                confident.size(),
                confident.stream().filter(DirectionForecasts::isRight).count(),
                prices.stream()
                        .filter(r -> r.call().orElseThrow() != DirectionCall.NONE)
                        .count(),
                prices.stream()
                        .filter(r ->
                                r.call().orElseThrow().rightFor(r.observation().value()))
                        .count(),
                prices.stream()
                        .filter(r -> r.call().orElseThrow() == DirectionCall.NONE)
                        .count(),
                reliability(prices, forecast));
    }

    /**
     * @param rows rows with a probability
     * @param forecast each row's probability of a rise
     * @return the Brier score: the mean of (forecast − outcome)² (NaN if there are no rows)
     */
    static double brier(List<Row> rows, ToDoubleFunction<Row> forecast) {
        return rows.stream()
                .mapToDouble(r -> square(forecast.applyAsDouble(r) - outcome(r)))
                .average()
                .orElse(Double.NaN);
    }

    private static boolean isRight(Row row) {
        return row.directionRight().orElse(false);
    }

    /** @return whether a probability is confident: at least {@value #CONFIDENT} or at most 1 − it */
    static boolean isConfident(double p) {
        return p >= CONFIDENT - 1e-12 || p <= 1 - CONFIDENT + 1e-12;
    }

    /**
     * Climatology out of fold: the share of rises among the reference price rows of every episode but one.
     *
     * @param episode the held-out episode
     * @param reference the rows
     * @return the mean outcome of the price rows of the other episodes (NaN if none)
     */
    static double climatology(String episode, Collection<Row> reference) {
        return reference.stream()
                .filter(r -> r.riseProbability().isPresent() && !r.episode().equals(episode))
                .mapToDouble(DirectionForecasts::outcome)
                .average()
                .orElse(Double.NaN);
    }

    /**
     * @param prices rows with a probability
     * @param forecast each row's probability
     * @return {@value #BINS} equal bins of the probability: the rows in each, their mean probability and mean outcome
     */
    static List<Bin> reliability(List<Row> prices, ToDoubleFunction<Row> forecast) {
        long[] count = new long[BINS];
        double[] forecasts = new double[BINS];
        double[] outcomes = new double[BINS];
        for (Row row : prices) {
            double p = forecast.applyAsDouble(row);
            int bin = bin(p);
            count[bin]++;
            forecasts[bin] += p;
            outcomes[bin] += outcome(row);
        }
        List<Bin> bins = new ArrayList<>();
        for (int b = 0; b < BINS; b++) {
            bins.add(new Bin(
                    b / (double) BINS,
                    (b + 1) / (double) BINS,
                    count[b],
                    count[b] == 0 ? Double.NaN : forecasts[b] / count[b],
                    count[b] == 0 ? Double.NaN : outcomes[b] / count[b]));
        }
        return bins;
    }

    /** @return the bin of a probability: its tenth, 1 in the last */
    static int bin(double p) {
        return Math.max(0, Math.min(BINS - 1, (int) Math.floor(p * BINS + 1e-9)));
    }

    private static double square(double x) {
        return x * x;
    }
}
