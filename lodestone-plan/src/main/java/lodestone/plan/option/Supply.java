package lodestone.plan.option;

import lodestone.model.Guards;
import lodestone.sim.scenario.Distribution;

/**
 * What a flow option delivers at full level: if it is delivered at all (probability {@code probability}, drawn once
 * per path), output starts {@code startMonth} months after the scenario's start and ramps linearly to
 * {@code capacity} over {@code rampMonths}, as the simulator's partners do.
 *
 * @param capacity full output for the perspective country, a fraction of its baseline monthly demand, in [0, 1]
 * @param startMonth months from the scenario's start to first output (a distribution, drawn per path)
 * @param startBasis where the start comes from: a source, or why it is assumed
 * @param startAssumed true if the start is assumed
 * @param rampMonths months from first output to full output (≥ 0)
 * @param probability probability that the option delivers at all, in [0, 1]
 */
public record Supply(
        Figure capacity,
        Distribution startMonth,
        String startBasis,
        boolean startAssumed,
        Figure rampMonths,
        Figure probability) {
    public Supply {
        Guards.requireWithin(capacity.value(), 0, 1, "capacity (fraction of monthly demand)");
        if (startMonth.min() < 0) {
            throw new IllegalArgumentException(
                    "startMonth (" + startMonth.describe() + ") must not be negative: months from the start.");
        }
        Guards.requireText(startBasis, "startBasis");
        Guards.requireWithin(rampMonths.value(), 0, 600, "rampMonths");
        Guards.requireWithin(probability.value(), 0, 1, "probability of delivery");
    }
}
