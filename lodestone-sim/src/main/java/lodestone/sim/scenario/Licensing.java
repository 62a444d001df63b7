package lodestone.sim.scenario;

import java.util.Objects;

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
 */
public record Licensing(Distribution lagMonths, double lagSpread, Distribution expectedGrant) {
    public Licensing {
        Objects.requireNonNull(lagMonths, "lagMonths");
        Objects.requireNonNull(expectedGrant, "expectedGrant");
        if (!(lagSpread >= 1 && lagSpread <= 100)) {
            throw new IllegalArgumentException("licensing lagSpread (" + lagSpread + ") must be within [1, 100].");
        }
        if (lagMonths.min() < 0 || expectedGrant.min() < 0 || expectedGrant.max() > 1) {
            throw new IllegalArgumentException("licensing (lag " + lagMonths.describe() + ", expected grant "
                    + expectedGrant.describe() + ") must have lag >= 0 and expected grant within [0, 1].");
        }
    }
}
