package lodestone.sim.backtest;

/**
 * The direction a price row's paths resolve: a rise, a fall, or none the Monte Carlo can tell from noise. The median's
 * side of 1 is the side of 1/2 that the probability of a rise lies on; where the model states no move that probability
 * is 1/2 and the share of k paths above 1 has the binomial standard error 0.5 / √k, so a median a hair from 1 is the
 * sample's, not the model's. The rule, stated before it was measured
 * (docs/research/backtest-studies/direction-calls-the-monte-carlo-can-resolve.md): RISE if p̂ > 1/2 + z · 0.5 / √k,
 * FALL if p̂ < 1/2 − z · 0.5 / √k, NONE otherwise, with z = {@value #Z}. It never replaces {@link Row#directionRight}.
 */
public enum DirectionCall {
    /** The paths rise: the share above 1 exceeds 1/2 by more than the noise allows. */
    RISE,
    /** The paths fall: the share above 1 falls short of 1/2 by more than the noise allows. */
    FALL,
    /** The paths do not resolve a side of 1: the median's side is Monte Carlo noise at this path count. */
    NONE;

    /** The two-sided 5 % point of the normal distribution, fixed before the rule was measured. */
    public static final double Z = 1.96;

    /**
     * @param riseProbability the share of the paths above 1, a path at exactly 1 counted as half (a fraction in [0, 1])
     * @param paths how many paths it was read from (at least 1)
     * @return the call the paths resolve
     */
    public static DirectionCall of(double riseProbability, int paths) {
        if (paths < 1 || !(riseProbability >= 0 && riseProbability <= 1)) {
            throw new IllegalArgumentException(
                    "a probability in [0, 1] from at least one path, not " + riseProbability + " from " + paths);
        }
        double margin = Z * 0.5 / Math.sqrt(paths);
        if (riseProbability > 0.5 + margin) {
            return RISE;
        }
        if (riseProbability < 0.5 - margin) {
            return FALL;
        }
        return NONE;
    }

    /**
     * @param observed the observed value of a price index (1 = its baseline)
     * @return whether this call is right: a RISE of a value above 1, a FALL of one below 1; a NONE is never right, nor
     *     any call of a value at exactly 1
     */
    public boolean rightFor(double observed) {
        return switch (this) {
            case RISE -> observed > 1;
            case FALL -> observed < 1;
            case NONE -> false;
        };
    }
}
