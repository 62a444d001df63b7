package lodestone.sim.scenario;

/**
 * Supply from a partner project or agreement: if it is delivered (probability {@code probability}, drawn once per
 * path) it starts {@code startMonth} months after the disruption and ramps linearly to {@code capacityFraction} of
 * baseline monthly demand over {@code rampMonths}.
 *
 * @param name the project or agreement
 * @param capacityFraction full output available to the perspective country, a fraction of its monthly demand in [0, 1]
 * @param startMonth months after the disruption starts when output begins
 * @param rampMonths months from first output to full output (≥ 0)
 * @param probability probability of delivery in [0, 1]
 * @param basis why these numbers (source or assumption)
 */
public record Partner(
        String name,
        double capacityFraction,
        Distribution startMonth,
        double rampMonths,
        double probability,
        String basis) {
    public Partner {
        if (!(capacityFraction >= 0 && capacityFraction <= 1)
                || !(rampMonths >= 0)
                || !(probability >= 0 && probability <= 1)) {
            throw new IllegalArgumentException("partner " + name + " (capacity " + capacityFraction + ", ramp "
                    + rampMonths + ", probability " + probability + ") must have capacity and probability in [0, 1]"
                    + " and ramp >= 0.");
        }
    }
}
