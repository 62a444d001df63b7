package lodestone.risk.validation;

import java.util.Arrays;
import java.util.Comparator;

/** Rank statistics of two samples, with average ranks for ties. */
public final class RankCorrelation {
    private RankCorrelation() {}

    /**
     * @param a a sample
     * @param b another, equally long
     * @return the Spearman rank correlation in [−1, 1] (average ranks for ties); NaN if either sample is constant
     * @throws IllegalArgumentException if the lengths differ
     */
    public static double spearman(double[] a, double[] b) {
        if (a.length != b.length) {
            throw new IllegalArgumentException("samples must be equally long (" + a.length + " and " + b.length + ").");
        }
        double[] ra = ranks(a);
        double[] rb = ranks(b);
        int n = a.length;
        double ma = Arrays.stream(ra).average().orElse(0);
        double mb = Arrays.stream(rb).average().orElse(0);
        double cov = 0;
        double va = 0;
        double vb = 0;
        for (int i = 0; i < n; i++) {
            cov += (ra[i] - ma) * (rb[i] - mb);
            va += (ra[i] - ma) * (ra[i] - ma);
            vb += (rb[i] - mb) * (rb[i] - mb);
        }
        return va == 0 || vb == 0 ? Double.NaN : cov / Math.sqrt(va * vb);
    }

    /**
     * The area under the ROC curve of scores against a yes/no membership: the probability that a random member scores
     * above a random non-member (ties count one half). 0.5 is no better than chance, 1 separates them perfectly.
     *
     * @param scores the scores
     * @param member whether each item is a member, same order
     * @return the area in [0, 1]; NaN if there are no members or no non-members
     * @throws IllegalArgumentException if the lengths differ
     */
    public static double auc(double[] scores, boolean[] member) {
        if (scores.length != member.length) {
            throw new IllegalArgumentException(
                    "scores (" + scores.length + ") and memberships (" + member.length + ") must be equally long.");
        }
        double[] ranks = ranks(scores);
        double sum = 0;
        long members = 0;
        for (int i = 0; i < scores.length; i++) {
            if (member[i]) {
                sum += ranks[i];
                members++;
            }
        }
        long others = scores.length - members;
        if (members == 0 || others == 0) {
            return Double.NaN;
        }
        return (sum - members * (members + 1) / 2.0) / (members * (double) others);
    }

    /**
     * @param values a sample
     * @return the rank of each value, 1 for the smallest, average ranks for ties
     */
    public static double[] ranks(double[] values) {
        Integer[] order = new Integer[values.length];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        Arrays.sort(order, Comparator.comparingDouble(i -> values[i]));
        double[] ranks = new double[values.length];
        int i = 0;
        while (i < order.length) {
            int j = i;
            while (j + 1 < order.length && values[order[j + 1]] == values[order[i]]) {
                j++;
            }
            double rank = (i + j) / 2.0 + 1;
            for (int k = i; k <= j; k++) {
                ranks[order[k]] = rank;
            }
            i = j + 1;
        }
        return ranks;
    }
}
