package lodestone.plan.solve;

import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import lodestone.plan.option.PlanOption;
import lodestone.plan.option.Reserve;
import lodestone.plan.option.Supply;
import lodestone.plan.path.PathMatrix;
import lodestone.sim.scenario.Ramp;
import org.jspecify.annotations.Nullable;

/**
 * The loss of each path under a portfolio: its cumulative shortfall, in months of baseline demand, after the chosen
 * options. With levels x, per path p and month t:
 *
 * <pre>
 *   gap_t = max(0, b_t − Σ_flow x_i · c_i · δ_i · ramp(t − s_i, r_i))     b: the path's shortfall without options
 *   Q = Σ_stock x_j · Q_j        R = Σ_stock x_j · R_j                      pooled cover and release rate
 *   L = max(Σ_t gap_t − Q, Σ_t max(0, gap_t − R))
 * </pre>
 *
 * where δ_i (delivered or not) and s_i (start) are drawn per path and option. The stock term is exact for a pooled
 * reserve released as soon as there is a gap, at most R a month, until empty: it releases min(Q, Σ_t min(R, gap_t)) in
 * total. L is convex and piecewise linear in x, so its subgradient gives valid cuts.
 *
 * <p>Draws are reproducible: option i on path p uses a {@link SplittableRandom} seeded from the plan's seed, the hash
 * of the option's id and p, so adding an option changes no other option's draws. One uniform draw gives the start
 * (inverse transform) and one the delivery (δ = u &lt; probability), which couples options monotonically: a higher
 * probability delivers on a superset of paths.
 */
final class LossModel {
    private final int paths;
    private final int months;
    private final double[] base;
    private final int[] flow;
    private final int[] stock;
    private final double[] capacity;
    private final double[] ramp;
    private final double[] start;
    private final double[] cover;
    private final double[] release;
    private final int options;

    /**
     * @param options the options, in the order of the level vector
     * @param paths the disruption paths
     * @param seed seed of the delivery draws
     */
    LossModel(List<PlanOption> options, PathMatrix paths, long seed) {
        this.paths = paths.paths();
        this.months = paths.months();
        this.options = options.size();
        this.base = new double[this.paths * months];
        for (int p = 0; p < this.paths; p++) {
            System.arraycopy(paths.path(p), 0, base, p * months, months);
        }
        this.flow = IntStream.range(0, this.options)
                .filter(i -> options.get(i).kind().isFlow())
                .toArray();
        this.stock = IntStream.range(0, this.options)
                .filter(i -> !options.get(i).kind().isFlow())
                .toArray();
        this.capacity = new double[this.options];
        this.ramp = new double[this.options];
        this.cover = new double[this.options];
        this.release = new double[this.options];
        this.start = new double[this.options * this.paths];
        for (int i = 0; i < this.options; i++) {
            PlanOption option = options.get(i);
            if (option.supply().isPresent()) {
                Supply supply = option.supply().get();
                capacity[i] = supply.capacity().value();
                ramp[i] = supply.rampMonths().value();
                double probability = supply.probability().value();
                long salt = mix(option.id().hashCode() * 0x9E3779B97F4A7C15L);
                for (int p = 0; p < this.paths; p++) {
                    SplittableRandom random = new SplittableRandom(mix(seed ^ salt ^ mix(p + 1L)));
                    double when = supply.startMonth().quantile(random.nextDouble());
                    boolean delivered = random.nextDouble() < probability;
                    start[i * this.paths + p] = delivered ? when : Double.POSITIVE_INFINITY;
                }
            }
            if (option.reserve().isPresent()) {
                Reserve reserve = option.reserve().get();
                cover[i] = reserve.monthsOfCover().value();
                release[i] = reserve.maxReleasePerMonth().value();
            }
        }
    }

    int paths() {
        return paths;
    }

    int months() {
        return months;
    }

    int options() {
        return options;
    }

    /** @return true if option i delivers on path p within the horizon */
    boolean delivers(int i, int p) {
        return start[i * paths + p] < months;
    }

    /** @return what option i delivers on path p in month t at level 1, a fraction of monthly demand */
    double delivery(int i, int p, int t) {
        double s = start[i * paths + p];
        return s <= t ? capacity[i] * Ramp.of(t - s, ramp[i]) : 0;
    }

    /** @return the cover of option i at level 1 (0 for a flow option), months of demand */
    double cover(int i) {
        return cover[i];
    }

    /** @return the release rate of option i at level 1 (0 for a flow option), a fraction of monthly demand */
    double release(int i) {
        return release[i];
    }

    /** @return the shortfall of path p in month t without options */
    double base(int p, int t) {
        return base[p * months + t];
    }

    /**
     * The loss of every path in [from, to).
     *
     * @param x the levels
     * @param out the losses, indexed by path
     * @param gap scratch of at least {@code months} values
     */
    void losses(double[] x, int from, int to, double[] out, double[] gap) {
        for (int p = from; p < to; p++) {
            out[p] = loss(x, p, gap, null);
        }
    }

    /**
     * @param x the levels
     * @param p the path
     * @param gap scratch of at least {@code months} values; holds the path's monthly gaps (before stock) on return
     * @param gradient if not null, receives a subgradient of the loss with respect to x
     * @return the path's loss, months of demand
     */
    double loss(double[] x, int p, double[] gap, double @Nullable [] gradient) {
        int row = p * months;
        for (int t = 0; t < months; t++) {
            gap[t] = base[row + t];
        }
        for (int i : flow) {
            double level = x[i] * capacity[i];
            double s = start[i * paths + p];
            if (level <= 0 || !(s < months)) {
                continue;
            }
            for (int t = Math.max(0, (int) Math.ceil(s)); t < months; t++) {
                gap[t] -= level * Ramp.of(t - s, ramp[i]);
            }
        }
        double total = 0;
        for (int t = 0; t < months; t++) {
            if (gap[t] < 0) {
                gap[t] = 0;
            }
            total += gap[t];
        }
        double q = 0;
        double r = 0;
        for (int j : stock) {
            q += x[j] * cover[j];
            r += x[j] * release[j];
        }
        double loss = total;
        boolean limited = false;
        if (stock.length > 0) {
            double beyondRate = 0;
            for (int t = 0; t < months; t++) {
                beyondRate += Math.max(0, gap[t] - r);
            }
            limited = beyondRate > total - q;
            loss = Math.max(total - q, beyondRate);
        }
        if (gradient != null) {
            Arrays.fill(gradient, 0);
            double threshold = limited ? r : 0;
            int counted = 0;
            for (int t = 0; t < months; t++) {
                if (gap[t] > threshold) {
                    counted++;
                    for (int i : flow) {
                        double s = start[i * paths + p];
                        if (s <= t) {
                            gradient[i] -= capacity[i] * Ramp.of(t - s, ramp[i]);
                        }
                    }
                }
            }
            for (int j : stock) {
                gradient[j] = limited ? -release[j] * counted : -cover[j];
            }
        }
        return loss;
    }

    /**
     * Each option's delivery on one path at the given levels, summed over the horizon (before any cap by the gap).
     *
     * @return months of demand delivered by option i on path p (a stockpile's full cover)
     */
    double offered(double[] x, int i, int p) {
        if (cover[i] > 0) {
            return x[i] * cover[i];
        }
        double s = start[i * paths + p];
        double sum = 0;
        for (int t = Math.max(0, (int) Math.ceil(Math.min(s, months))); t < months; t++) {
            sum += x[i] * capacity[i] * Ramp.of(t - s, ramp[i]);
        }
        return sum;
    }

    /**
     * The monthly shortfall of one path after the portfolio, the reserve released greedily (as early as possible).
     *
     * @param x the levels
     * @param p the path
     * @param out receives {@code months} values, fractions of monthly demand
     */
    void monthly(double[] x, int p, double[] out) {
        loss(x, p, out, null);
        double q = 0;
        double r = 0;
        for (int j : stock) {
            q += x[j] * cover[j];
            r += x[j] * release[j];
        }
        for (int t = 0; t < months && q > 0; t++) {
            double draw = Math.min(q, Math.min(r, out[t]));
            out[t] -= draw;
            q -= draw;
        }
    }

    /** SplitMix64's finaliser. */
    static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
