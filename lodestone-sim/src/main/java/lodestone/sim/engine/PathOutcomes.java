package lodestone.sim.engine;

import java.util.Arrays;
import java.util.Objects;

/**
 * Every path's values for one market: the per-path view a planner samples disruption paths from, and the back-test
 * aggregates over windows. Read-only; month 0 is the first simulated month (see {@link ScenarioResult#firstMonth()}).
 * Values are stored as {@code float} (7 significant digits), the per-path totals as {@code double}.
 */
public final class PathOutcomes {
    private final float[][][] values;
    private final double[] cumulativeShortfall;
    private final double[] firstStop;
    private final double issuerHomeUse;
    private final int paths;
    private final int months;

    PathOutcomes(float[][][] values, double[] cumulativeShortfall, double[] firstStop, double issuerHomeUse) {
        this.values = values;
        this.cumulativeShortfall = cumulativeShortfall;
        this.firstStop = firstStop;
        this.issuerHomeUse = issuerHomeUse;
        this.paths = cumulativeShortfall.length;
        this.months = values[0].length;
    }

    /** @return the number of paths */
    public int paths() {
        return paths;
    }

    /** @return the number of months per path */
    public int months() {
        return months;
    }

    /**
     * @param series the quantity
     * @param path a path index in [0, paths)
     * @param month a month index in [0, months)
     * @return its value (units of the series)
     */
    public double value(Series series, int path, int month) {
        return values[series.slot()][Objects.checkIndex(month, months)][Objects.checkIndex(path, paths)];
    }

    /**
     * @param path a path index
     * @param month a month index
     * @return the perspective's shortfall that month, a fraction of its baseline monthly demand
     */
    public double shortfall(int path, int month) {
        return value(Series.SHORTFALL, path, month);
    }

    /**
     * @param path a path index
     * @return the path's shortfall month by month (a copy)
     */
    public double[] shortfallPath(int path) {
        Objects.checkIndex(path, paths);
        double[] out = new double[months];
        float[][] shortfall = values[Series.SHORTFALL.slot()];
        for (int t = 0; t < months; t++) {
            out[t] = shortfall[t][path];
        }
        return out;
    }

    /**
     * @param path a path index
     * @return the shortfall summed over the months, in months of baseline demand
     */
    public double cumulativeShortfall(int path) {
        return cumulativeShortfall[Objects.checkIndex(path, paths)];
    }

    /**
     * @param path a path index
     * @return months from the start to the first stop of some buyer, or the horizon if none stopped (censored)
     */
    public double monthsToFirstStop(int path) {
        return firstStop[Objects.checkIndex(path, paths)];
    }

    /**
     * @return the issuer's own consumption before the measure, in months of the perspective's baseline demand per month
     *     (the weight of the home price in a world volume-weighted price; 0 when the issuer exports nothing or the
     *     perspective buys nothing from it)
     */
    public double issuerHomeUse() {
        return issuerHomeUse;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof PathOutcomes that
                && Arrays.deepEquals(values, that.values)
                && Arrays.equals(cumulativeShortfall, that.cumulativeShortfall)
                && Arrays.equals(firstStop, that.firstStop)
                && Double.compare(issuerHomeUse, that.issuerHomeUse) == 0;
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(cumulativeShortfall);
    }

    @Override
    public String toString() {
        return "PathOutcomes[" + paths + " paths x " + months + " months]";
    }
}
