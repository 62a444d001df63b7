package lodestone.risk.economic;

/**
 * A market's economic importance as a fraction in [0, 1]: its value in US dollars on a logarithmic scale between
 * {@value #LOW_USD} (0) and {@value #HIGH_USD} (1), each tenfold adds 0.2:
 *
 * <pre>
 * E = clip( log10(V / 10^6) / 5, 0, 1 )
 * </pre>
 *
 * <p>Why a logarithm: the value of U.S. apparent consumption of the minerals in the USGS salient statistics spans
 * about five orders of magnitude (gallium some US$10 million, copper some US$17 billion in 2024); on a linear scale a
 * handful of bulk metals would take the whole range. Why these anchors: they bracket every U.S. market the salient
 * statistics value, so no mineral is clipped, and they are round numbers a reader can apply by hand. They were set
 * from that range, not fitted to any ranking.
 */
public final class EconomicImportance {
    /** The value that scores 0: one million US dollars a year. */
    public static final double LOW_USD = 1e6;
    /** The value that scores 1: one hundred billion US dollars a year. */
    public static final double HIGH_USD = 1e11;
    /** The importance assumed when the value is unknown: the middle of the scale (US$316 million). */
    public static final double MISSING = 0.5;

    private EconomicImportance() {}

    /**
     * @param usd the value of the market, US dollars a year (≥ 0)
     * @return its importance, in [0, 1]
     * @throws IllegalArgumentException if the value is negative or not a number
     */
    public static double of(double usd) {
        if (!(usd >= 0)) {
            throw new IllegalArgumentException("market value (" + usd + " USD) must be a non-negative number.");
        }
        if (usd <= LOW_USD) {
            return 0;
        }
        return Math.min(1, Math.log10(usd / LOW_USD) / Math.log10(HIGH_USD / LOW_USD));
    }
}
