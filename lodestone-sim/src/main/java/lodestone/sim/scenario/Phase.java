package lodestone.sim.scenario;

import java.util.OptionalDouble;

/**
 * One phase of a disruption: for {@code months} months the issuer refuses {@code severity} of the covered exports to
 * its targets, and {@code othersSeverity} of those to every other destination. Phases follow each other; the measure
 * ends after the last one.
 *
 * <p>Without {@link Licensing} the refusal applies at once: a ban refuses that share of the orders, and a tonnage
 * quota ({@link Instrument#QUOTA}) ships at most (1 − severity) of the pace before the measure, whatever is ordered.
 * With licensing it is the share of decided applications refused, so the flow also waits for the decisions (see
 * {@code docs/methods/simulation.md}).
 *
 * <p>A phase may end in a review (an announced evaluation or expiry), where the issuer either lifts the measure or
 * extends it (or replaces it by a measure of similar severity). With {@code extension} the probability q of the
 * extension: on a path drawn lifted the measure ends with the phase and later phases do not happen; drawn extended
 * it goes on to the next phase as written, or, after the last phase, the last phase runs again for its own length
 * at its own severity and is reviewed again at that end, until it is lifted or the horizon is reached.
 *
 * @param months length of the phase (months, may be fractional; a fractional month counts pro rata)
 * @param severity share of the targets' covered exports refused, a fraction in [0, 1]
 * @param othersSeverity share refused to destinations that are not targets (a licence regime already in force for
 *     everyone, say, when a later ban targets one country), a fraction in [0, 1]; decided without a lag
 * @param leakageFactor the share of the market's leakage still open during the phase, in [0, 1]: below 1 in a
 *     crackdown on transshipment and smuggling (1 leaves the market's leakage as it is)
 * @param extension the probability, in [0, 1], that the measure is extended rather than lifted at the review that
 *     ends the phase; empty when the phase ends in no review (the next phase follows, or the measure ends after the
 *     last)
 */
public record Phase(
        Distribution months,
        Distribution severity,
        Distribution othersSeverity,
        Distribution leakageFactor,
        OptionalDouble extension) {
    public Phase {
        leakageFactor.requireFraction("phase leakageFactor");
        if (extension.isPresent() && !(extension.getAsDouble() >= 0 && extension.getAsDouble() <= 1)) {
            throw new IllegalArgumentException(
                    "phase extension (" + extension.getAsDouble() + ") must be a probability within [0, 1].");
        }
    }

    /**
     * A phase that ends in no review.
     *
     * @param months length (months)
     * @param severity share refused to the targets
     * @param othersSeverity share refused to other destinations
     * @param leakageFactor share of the market's leakage still open
     */
    public Phase(Distribution months, Distribution severity, Distribution othersSeverity, Distribution leakageFactor) {
        this(months, severity, othersSeverity, leakageFactor, OptionalDouble.empty());
    }

    /**
     * A phase that leaves the market's leakage as it is.
     *
     * @param months length (months)
     * @param severity share refused to the targets
     * @param othersSeverity share refused to other destinations
     */
    public Phase(Distribution months, Distribution severity, Distribution othersSeverity) {
        this(months, severity, othersSeverity, Distribution.fixed(1));
    }

    /**
     * A phase that leaves destinations other than the targets alone.
     *
     * @param months length (months)
     * @param severity share refused to the targets
     */
    public Phase(Distribution months, Distribution severity) {
        this(months, severity, Distribution.fixed(0));
    }

    /**
     * @param probability the probability that the measure is extended rather than lifted at the phase's end
     * @return a copy that ends in a review
     */
    public Phase withExtension(double probability) {
        return new Phase(months, severity, othersSeverity, leakageFactor, OptionalDouble.of(probability));
    }
}
