package lodestone.sim.engine;

/**
 * Exact order statistics by quickselect (Hoare partition, median-of-three pivot): linear time, no sort. The nearest-rank
 * definition is used: the q-quantile of n values is the ⌈q·n⌉-th smallest.
 *
 * <p>Several quantiles of one column are taken without redundant work: the middle rank is selected first, which leaves
 * smaller values to its left and larger ones to its right; the lower ranks are then selected in the left part only
 * and the upper ranks in the right part only. Five quantiles cost about two passes over the column instead of five.
 *
 * <p>Public for the benchmark's lean baseline ({@code lodestone-bench}), which takes its percentiles with the same
 * selection so that the time it is compared on is the same work.
 */
public final class Quantiles {
    private Quantiles() {}

    /**
     * @param q a probability
     * @param n how many values
     * @return the index of the q-quantile in sorted order, by nearest rank
     */
    public static int rank(double q, int n) {
        return Math.max(0, Math.min(n - 1, (int) Math.ceil(q * n) - 1));
    }

    /**
     * Selects several ranks of {@code a[0, n)}, rearranging it.
     *
     * @param a the values
     * @param n how many of them
     * @param ranks ranks in ascending order (repeats allowed)
     * @param out receives the value of each rank, in the order of {@code ranks}
     */
    public static void selectAll(float[] a, int n, int[] ranks, double[] out) {
        selectRange(a, 0, n, ranks, 0, ranks.length, out);
    }

    private static void selectRange(float[] a, int lo, int hi, int[] ranks, int from, int to, double[] out) {
        if (from >= to) {
            return;
        }
        int mid = (from + to) >>> 1;
        int k = ranks[mid];
        double value = select(a, lo, hi, k);
        int left = mid;
        while (left > from && ranks[left - 1] == k) {
            left--;
        }
        int right = mid + 1;
        while (right < to && ranks[right] == k) {
            right++;
        }
        for (int i = left; i < right; i++) {
            out[i] = value;
        }
        selectRange(a, lo, k, ranks, from, left, out);
        selectRange(a, k + 1, hi, ranks, right, to, out);
    }

    /**
     * Rearranges {@code a[from, to)} so that {@code a[k]} holds the value of rank k, smaller values lie before it and
     * larger ones after it.
     *
     * @return that value
     */
    static float select(float[] a, int from, int to, int k) {
        int lo = from;
        int hi = to - 1;
        while (hi > lo) {
            int mid = (lo + hi) >>> 1;
            if (a[mid] < a[lo]) swap(a, mid, lo);
            if (a[hi] < a[lo]) swap(a, hi, lo);
            if (a[hi] < a[mid]) swap(a, hi, mid);
            float pivot = a[mid];
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

    private static void swap(float[] a, int i, int j) {
        float t = a[i];
        a[i] = a[j];
        a[j] = t;
    }
}
