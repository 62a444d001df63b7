package lodestone.sim.scenario;

/**
 * A licence requirement processed application by application: the exports a buyer orders are applied for in the month
 * they are ordered and decided after a lag; the decided share that is granted ships, the rest is refused. Buyers do not
 * know the share that will be granted; they start from {@code expectedGrant} and learn the real share as decisions
 * arrive.
 *
 * @param lagMonths median time from application to decision (months), drawn once per path
 * @param lagSpread ratio of the 90th percentile of individual decision times to their median (≥ 1): 1 decides every
 *     application exactly at the median
 * @param expectedGrant the share of applications buyers expect to be granted before any decision is seen, in [0, 1]
 * @param perspectivePriority the perspective's share of approvals relative to the issuer's other customers, in [0, 1],
 *     drawn once per path: its decided applications are granted at this fraction of the share others get (1 treats
 *     every destination alike; below 1 the issuer serves the perspective less, as it did US-bound magnets in 2025)
 */
public record Licensing(
        Distribution lagMonths, double lagSpread, Distribution expectedGrant, Distribution perspectivePriority) {
    public Licensing {
        perspectivePriority.requireFraction("licensing perspectivePriority");
        if (!(lagSpread >= 1 && lagSpread <= 100)) {
            throw new IllegalArgumentException("licensing lagSpread (" + lagSpread + ") must be within [1, 100].");
        }
        if (lagMonths.min() < 0 || expectedGrant.min() < 0 || expectedGrant.max() > 1) {
            throw new IllegalArgumentException("licensing (lag " + lagMonths.describe() + ", expected grant "
                    + expectedGrant.describe() + ") must have lag >= 0 and expected grant within [0, 1].");
        }
    }

    /**
     * A licence process that treats every destination alike.
     *
     * @param lagMonths median decision time (months)
     * @param lagSpread p90 / median of individual decisions
     * @param expectedGrant the share buyers expect granted before any decision
     */
    public Licensing(Distribution lagMonths, double lagSpread, Distribution expectedGrant) {
        this(lagMonths, lagSpread, expectedGrant, Distribution.fixed(1));
    }
}
