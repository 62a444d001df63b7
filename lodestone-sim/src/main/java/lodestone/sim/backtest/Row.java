package lodestone.sim.backtest;

import java.util.Optional;
import java.util.OptionalDouble;

/**
 * One scored observation: the observed value beside the model's P10, P50 and P90 of the same quantity.
 *
 * @param episode the episode's id
 * @param role whether the episode calibrated the behaviour or tests it
 * @param observation the observation
 * @param p10 the model's 10th percentile across paths
 * @param p50 the model's median
 * @param p90 the model's 90th percentile
 * @param inside whether the observed value lies within [P10, P90]
 * @param directionRight for a price: whether the model's median moves the same way as the observed value (the sign of
 *     the change from 1); empty for other series
 * @param riseProbability for a price: the model's probability that the value rises, the share of paths whose value is
 *     above 1, a path at exactly 1 counted as half ({@link Backtest#riseProbability}); a fraction in [0, 1], empty for
 *     other series
 * @param paths how many paths the row's values were read from: the run's paths less any whose value a ratio or a
 *     volume-weighted mean cannot use (the same paths as P10, P50, P90 and the probability of a rise)
 */
public record Row(
        String episode,
        Episode.Role role,
        Observation observation,
        double p10,
        double p50,
        double p90,
        boolean inside,
        Optional<Boolean> directionRight,
        OptionalDouble riseProbability,
        int paths) {
    /**
     * @return for a price: the direction its paths resolve ({@link DirectionCall#of}: RISE, FALL, or NONE where the side
     *     of 1 is Monte Carlo noise at this row's path count; NONE if no path could be read, the probability then
     *     NaN); empty for other series
     */
    public Optional<DirectionCall> call() {
        if (riseProbability.isEmpty()) {
            return Optional.empty();
        }
        double p = riseProbability.getAsDouble();
        return Optional.of(Double.isNaN(p) ? DirectionCall.NONE : DirectionCall.of(p, paths));
    }

    /**
     * The interval score of the 80 % band on a log scale (Gneiting and Raftery 2007): the band's width plus ten times
     * the distance by which the observation falls outside it. Lower is better; it rewards bands that are narrow and
     * still cover.
     *
     * @return the score
     */
    public double intervalScore() {
        double y = log(observation.value());
        double lo = log(p10);
        double hi = log(p90);
        double alpha = 0.2;
        return (hi - lo) + 2 / alpha * Math.max(0, lo - y) + 2 / alpha * Math.max(0, y - hi);
    }

    private static double log(double value) {
        return Math.log(Math.max(0, value) + 0.05);
    }
}
