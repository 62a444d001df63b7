package lodestone.risk.concentration;

/**
 * The Herfindahl–Hirschman index on the 0–10,000 scale: the sum of squared shares in percent. 10,000 is a monopoly;
 * below 1,500 is commonly read as unconcentrated and above 2,500 as highly concentrated (U.S. DOJ/FTC 2010 merger
 * guidelines' thresholds, used here only as reading aids).
 */
public final class HerfindahlHirschmanIndex implements ConcentrationIndex {
    /** The sole instance; the index has no parameters. */
    public static final HerfindahlHirschmanIndex INSTANCE = new HerfindahlHirschmanIndex();

    private HerfindahlHirschmanIndex() {}

    @Override
    public double compute(double[] shares) {
        double sum = 0;
        for (double share : ConcentrationIndex.requireShares(shares)) {
            sum += (100 * share) * (100 * share);
        }
        return sum;
    }
}
