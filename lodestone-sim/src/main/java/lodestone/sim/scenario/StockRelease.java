package lodestone.sim.scenario;

/**
 * The rule for drawing stocks: when the monthly gap exceeds {@code trigger}, draw up to {@code maxPerMonth} (months of
 * demand per month) from what is left. Stocks are not rebuilt within the horizon.
 *
 * @param maxPerMonth largest draw per month, in months of baseline demand (≥ 0)
 * @param trigger gap below which stocks are kept, a fraction of baseline monthly demand in [0, 1]
 */
public record StockRelease(double maxPerMonth, double trigger) {
    /** Draw whatever is needed, from the first month of a gap. */
    public static final StockRelease WHEN_SHORT = new StockRelease(1, 0);

    public StockRelease {
        if (!(maxPerMonth >= 0) || !(trigger >= 0 && trigger <= 1)) {
            throw new IllegalArgumentException("stock release (max " + maxPerMonth + " per month, trigger " + trigger
                    + ") must have max >= 0 and trigger in [0, 1].");
        }
    }
}
