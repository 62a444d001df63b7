package lodestone.sim.backtest;

/**
 * Nearest-rank quantiles of a row's values by quickselect instead of a sort: {@link Backtest#score} needs three order
 * statistics of each row's hundreds or thousands of path values, and sorting them all was a tenth of a calibration's
 * CPU time. The values are ordered as {@link java.util.Arrays#sort(double[])} orders them ({@link Double#compare}: −0.0
 * before 0.0), through a {@code long} key per value that orders the same way and maps back to the same bits, so each
 * quantile is the sorted array's element at the same rank, bit for bit.
 */
final class OrderStatistics {
    private OrderStatistics() {}

    /**
     * @param values the values (not changed; no NaN among the first {@code n})
     * @param n how many of them count
     * @param qs the quantiles wanted, ascending, each in [0, 1]
     * @return for each q, {@link Backtest#quantile} of the first {@code n} values sorted (NaN if {@code n} is 0)
     */
    static double[] nearestRanks(double[] values, int n, double... qs) {
        double[] out = new double[qs.length];
        if (n == 0) {
            java.util.Arrays.fill(out, Double.NaN);
            return out;
        }
        long[] keys = new long[n];
        for (int i = 0; i < n; i++) {
            keys[i] = key(Double.doubleToRawLongBits(values[i]));
        }
        int from = 0;
        for (int j = 0; j < qs.length; j++) {
            int rank = Backtest.rank(qs[j], n);
            // the ranks before this one are in place, with nothing larger before them
            out[j] = Double.longBitsToDouble(key(select(keys, Math.min(from, rank), n, rank)));
            from = rank + 1;
        }
        return out;
    }

    /**
     * @return a key whose signed order is {@link Double#compare}'s order of the double with these bits (and which
     *     gives the bits back when applied again): a negative double's bits other than its sign reversed
     */
    static long key(long bits) {
        return bits ^ ((bits >> 63) & Long.MAX_VALUE);
    }

    /**
     * Rearranges {@code a[from, to)} so that {@code a[k]} holds the value of rank k, smaller values lie before it and
     * larger ones after it: quickselect with a three-way partition (values below, equal to and above a median-of-three
     * pivot), since a row's values often tie (a month's exports stopped on every path, a price at its floor).
     *
     * @return that value
     */
    private static long select(long[] a, int from, int to, int k) {
        int lo = from;
        int hi = to - 1;
        while (lo < hi) {
            long first = a[lo];
            long middle = a[(lo + hi) >>> 1];
            long pivot = Math.max(Math.min(first, middle), Math.min(Math.max(first, middle), a[hi]));
            // [lo, below) < pivot, [below, i) == pivot, (above, hi] > pivot
            int below = lo;
            int above = hi;
            int i = lo;
            while (i <= above) {
                long value = a[i];
                if (value < pivot) {
                    a[i++] = a[below];
                    a[below++] = value;
                } else if (value > pivot) {
                    a[i] = a[above];
                    a[above--] = value;
                } else {
                    i++;
                }
            }
            if (k < below) {
                hi = below - 1;
            } else if (k > above) {
                lo = above + 1;
            } else {
                return pivot;
            }
        }
        return a[k];
    }
}
