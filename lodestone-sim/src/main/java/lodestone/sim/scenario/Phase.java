package lodestone.sim.scenario;

/**
 * One phase of a disruption: for {@code months} months the issuer refuses {@code severity} of the covered exports to
 * its targets, and {@code othersSeverity} of those to every other destination. Phases follow each other; the measure
 * ends after the last one.
 *
 * <p>Without {@link Licensing} the refusal applies at once (a quota or a ban). With licensing it is the share of
 * decided applications refused, so the flow also waits for the decisions (see {@code docs/methods/simulation.md}).
 *
 * @param months length of the phase (months, may be fractional; a fractional month counts pro rata)
 * @param severity share of the targets' covered exports refused, a fraction in [0, 1]
 * @param othersSeverity share refused to destinations that are not targets (a licence regime already in force for
 *     everyone, say, when a later ban targets one country), a fraction in [0, 1]; decided without a lag
 * @param leakageFactor the share of the market's leakage still open during the phase, in [0, 1]: below 1 in a
 *     crackdown on transshipment and smuggling (1 leaves the market's leakage as it is)
 */
public record Phase(
        Distribution months, Distribution severity, Distribution othersSeverity, Distribution leakageFactor) {
    public Phase {
        leakageFactor.requireFraction("phase leakageFactor");
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
}
