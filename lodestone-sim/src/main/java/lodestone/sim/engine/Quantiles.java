package lodestone.sim.engine;

/**
 * Exact order statistics by quickselect (Hoare partition, median-of-three pivot): linear time and no sort of the whole
 * column. The nearest-rank definition is used: the q-quantile of n values is the ⌈q·n⌉-th smallest.
 */
final class Quantiles {
    private Quantiles() {}

    /** @return the index of the q-quantile in sorted order, by nearest rank */
    static int rank(double q, int n) {
        return Math.max(0, Math.min(n - 1, (int) Math.ceil(q * n) - 1));
    }

    /**
     * Rearranges {@code a[from, to)} so that {@code a[k]} holds the value of rank k and smaller values lie before it.
     *
     * @return that value
     */
    static double select(double[] a, int from, int to, int k) {
        int lo = from;
        int hi = to - 1;
        while (hi > lo) {
            int mid = (lo + hi) >>> 1;
            if (a[mid] < a[lo]) swap(a, mid, lo);
            if (a[hi] < a[lo]) swap(a, hi, lo);
            if (a[hi] < a[mid]) swap(a, hi, mid);
            double pivot = a[mid];
            int i = lo;
            int j = hi;
            while (i <= j) {
                while (a[i] < pivot) i++;
                while (a[j] > pivot) j--;
                if (i <= j) {
                    swap(a, i, j);
                    i++;
                    j--;
                }
            }
            if (k <= j) {
                hi = j;
            } else if (k >= i) {
                lo = i;
            } else {
                return a[k];
            }
        }
        return a[k];
    }

    private static void swap(double[] a, int i, int j) {
        double t = a[i];
        a[i] = a[j];
        a[j] = t;
    }
}
