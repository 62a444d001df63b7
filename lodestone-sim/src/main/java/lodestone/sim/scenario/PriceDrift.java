package lodestone.sim.scenario;

/**
 * A price's own trend before the measure, as a scenario states it from dated quotes: the price changed by the share
 * {@code change} over the {@code months} months before the announcement. The model carries that trend forward from the
 * first simulated month, damped: the monthly log trend {@code d = ln(1 + change) / months} adds {@code d φ^k} in the
 * k-th month (k = 1 for the first simulated month), so after k months the price's log carries {@code d φ (1 − φ^k) / (1
 * − φ)}, at most {@code d φ / (1 − φ)} = 4 d. φ = {@link #DAMPING}, the damped-trend forecast (Gardner and McKenzie
 * 1985) at the most damped end of the range forecasters use for it (0.8-0.98: Hyndman and Athanasopoulos, Forecasting:
 * Principles and Practice, 3rd ed., section 8.2, https://otexts.com/fpp3/holt.html): a half-life of about three
 * months.
 *
 * @param change the price's change over the months before the announcement, a share (−0.2 for a 20 % fall), above −1
 * @param months the months the change spans, from the earlier quote to the last before the announcement, in [1, 24]
 */
public record PriceDrift(double change, int months) {
    /** φ, the share of a month's trend that carries into the next. */
    public static final double DAMPING = 0.8;

    public PriceDrift {
        if (!(change > -1 && change <= 10) || months < 1 || months > 24) {
            throw new IllegalArgumentException("price drift " + change + " over " + months
                    + " months must be a change above -1 (and at most 10) over 1 to 24 months.");
        }
    }

    /** @return d, the monthly log trend before the announcement */
    public double monthlyLog() {
        return Math.log1p(change) / months;
    }
}
