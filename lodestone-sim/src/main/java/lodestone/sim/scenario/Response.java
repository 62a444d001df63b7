package lodestone.sim.scenario;

/**
 * A response that grows after a lag: substitution (less of the mineral needed) or recycling (more secondary supply).
 * At month t after the disruption starts it contributes {@code maxFraction × clamp((t − lagMonths) / rampMonths, 0,
 * 1)} of baseline monthly demand; with {@code rampMonths = 0} it steps to its maximum at the lag.
 *
 * @param maxFraction the full response, a fraction of baseline monthly demand in [0, 1]
 * @param lagMonths months before it starts (≥ 0)
 * @param rampMonths months from start to full effect (≥ 0)
 */
public record Response(double maxFraction, double lagMonths, double rampMonths) {
    /** No response. */
    public static final Response NONE = new Response(0, 0, 0);

    public Response {
        if (!(maxFraction >= 0 && maxFraction <= 1) || !(lagMonths >= 0) || !(rampMonths >= 0)) {
            throw new IllegalArgumentException("response (max " + maxFraction + ", lag " + lagMonths + ", ramp "
                    + rampMonths + ") must have max in [0, 1] and lag, ramp >= 0.");
        }
    }

    /**
     * @param month months since the disruption started
     * @return the contribution in that month, a fraction of baseline monthly demand
     */
    public double at(double month) {
        return maxFraction * Ramp.of(month - lagMonths, rampMonths);
    }
}
