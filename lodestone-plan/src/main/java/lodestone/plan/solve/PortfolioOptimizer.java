package lodestone.plan.solve;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import lodestone.model.Guards;
import lodestone.plan.option.PlanOption;
import lodestone.plan.path.DisruptionPaths;
import lodestone.plan.path.PathMatrix;
import lodestone.sim.parallel.WorkerPool;
import org.jspecify.annotations.Nullable;

/**
 * Chooses option levels that minimise the CVaR of cumulative shortfall over the paths, subject to a budget, per-option
 * limits, integer choices for all-or-nothing options and an optional cap on the share of the budget spent in one
 * country.
 *
 * <p><b>Method.</b> The problem is the Rockafellar–Uryasev linear programme
 *
 * <pre>
 *   min_{x, η, u, s}  η + 1/((1−α)·P) · Σ_p u_p
 *   s.t.  u_p ≥ Σ_t s_pt − η,  u_p ≥ 0,  s_pt ≥ b_pt − Σ_i x_i·d_ipt,  s_pt ≥ 0,   (plus the reserve rows)
 *         Σ_i cost_i·x_i ≤ B,  min_i ≤ x_i ≤ max_i,  x_i ∈ {0, 1} for all-or-nothing options
 * </pre>
 *
 * which has P·T + P variables (600,000 for 10,000 paths of 60 months), too many to hand to a solver in seconds. Its
 * optimum equals {@code min_x CVaR_α(L(x))}, a convex piecewise-linear function of the few option levels, so it is
 * solved by Kelley's cutting-plane method on that function (the approach of Künzi-Bay and Mayer, 2006): evaluate the
 * CVaR and a subgradient at the master's point, add the cut, re-solve the small master ({@link Master}) until the best
 * value found and the master's lower bound agree within the tolerance. With all-or-nothing options the LP relaxation
 * is solved first and its cuts kept; the MILP master then finishes. Cuts do not depend on the budget, so a frontier of
 * budgets reuses them. {@code PlanningFormulationTest} checks the result against the extensive form solved directly.
 *
 * <p><b>Reproducibility.</b> Losses are computed per path on any number of threads; the tail and its subgradient are
 * then taken in path order on the caller's thread, so a seed gives the same plan on any thread count.
 */
public final class PortfolioOptimizer implements AutoCloseable {
    /** Relative tolerance on the gap between the best CVaR found and the lower bound. */
    public static final double TOLERANCE = 1e-6;

    private static final int MAX_ITERATIONS = 400;
    private static final int CHUNKS = 64;

    private final List<PlanOption> options;
    private final LossModel model;
    private final double alpha;
    private final int threads;
    private final WorkerPool pool;
    private final List<Cut> cuts = new ArrayList<>();
    private final double tieBreak;

    /**
     * @param options the options (at least one)
     * @param paths the disruption paths
     * @param seed seed of the options' delivery draws
     * @param alpha the tail level of the CVaR in [0, 1); 0 minimises the expected cumulative shortfall
     * @param threads worker threads (≥ 1)
     */
    public PortfolioOptimizer(List<PlanOption> options, DisruptionPaths paths, long seed, double alpha, int threads) {
        this.options = List.copyOf(options);
        if (this.options.isEmpty()) {
            throw new IllegalArgumentException("a plan needs at least one option.");
        }
        if (!(alpha >= 0 && alpha < 1)) {
            throw new IllegalArgumentException("tail level alpha (" + alpha + ") must be within [0, 1).");
        }
        Guards.requireAtLeast(threads, 1, "threads");
        this.model = new LossModel(this.options, PathMatrix.copyOf(Objects.requireNonNull(paths, "paths")), seed);
        this.alpha = alpha;
        this.threads = threads;
        this.pool = new WorkerPool(threads, "lodestone-plan", "planning was interrupted");
        double unmitigated = cvar(new double[this.options.size()]);
        this.tieBreak = 1e-7 * Math.max(1, unmitigated);
    }

    /** @return the options, in the order of the level vectors */
    public List<PlanOption> options() {
        return options;
    }

    /** @return the tail level α */
    public double alpha() {
        return alpha;
    }

    /**
     * Solves for one budget.
     *
     * @param budget the budget, US dollars (≥ 0)
     * @param countryShare the largest share of the budget spent in one country, in (0, 1]; 1 for no cap
     * @param excluded indices of options that must stay at level 0
     * @return the best portfolio found and its bound
     * @throws PlanInfeasibleException if the minimum levels and caps cannot be met within the budget
     */
    public Solution solve(double budget, double countryShare, List<Integer> excluded) {
        if (!(budget >= 0) || Double.isInfinite(budget)) {
            throw new IllegalArgumentException("budget (" + budget + " USD) must be a finite number >= 0.");
        }
        if (!(countryShare > 0 && countryShare <= 1)) {
            throw new IllegalArgumentException("country share (" + countryShare + ") must be within (0, 1].");
        }
        double[] lower = bounds(true);
        double[] upper = bounds(false);
        for (int i : excluded) {
            if (lower[i] > 0) {
                throw new IllegalArgumentException("option " + options.get(i).id() + " has a minimum level (" + lower[i]
                        + ") and cannot be left out.");
            }
            upper[i] = 0;
        }
        Master master = new Master(options, lower, upper, budget, countryShare, tieBreak);
        if (cuts.isEmpty()) {
            addCut(lower);
        }
        boolean integer = options.stream().anyMatch(PlanOption::allOrNothing);
        int iterations = 0;
        @Nullable Solution best = null;
        for (boolean phaseInteger : integer ? new boolean[] {false, true} : new boolean[] {false}) {
            best = null;
            for (int k = 0; k < MAX_ITERATIONS; k++) {
                Master.Point point = master.solve(cuts, phaseInteger, Optional.empty());
                iterations++;
                double value = addCut(point.levels());
                if (best == null || value < best.cvar()) {
                    best = new Solution(point.levels(), value, 0, budget, cost(point.levels()), iterations, false);
                }
                double bound = point.theta() - tieBreak;
                if (best.cvar() - bound <= TOLERANCE * Math.max(1, Math.abs(best.cvar()))) {
                    best = new Solution(best.levels(), best.cvar(), bound, budget, best.spent(), iterations, true);
                    break;
                }
                best = new Solution(best.levels(), best.cvar(), bound, budget, best.spent(), iterations, false);
            }
        }
        return Objects.requireNonNull(best, "best"); // the loop runs at least once
    }

    /**
     * The budget's shadow price: the derivative of the LP relaxation's optimal value with respect to the budget, which
     * is the budget row's dual value. It is computed over the final cuts with the all-or-nothing options fixed at the
     * solution's levels, as the right derivative {@code (v(B) − v(B + Δ)) / Δ} with Δ = 0.1 % of the budget (exact
     * while B + Δ stays on the same linear piece). ojAlgo 57's reported dual values were not reliable in our check
     * (docs/adr/0003-planner-solver.md), so the LP is re-solved instead.
     *
     * @param solution a solution of this optimiser
     * @param countryShare the country cap the solution was found with
     * @return the fall in tail shortfall per additional US dollar, months of demand per USD (≥ 0)
     */
    public double shadowPrice(Solution solution, double countryShare) {
        double[] lower = bounds(true);
        double[] upper = bounds(false);
        double budget = solution.budget();
        double delta = Math.max(1, 1e-3 * budget);
        double here = new Master(options, lower, upper, budget, countryShare, 0).relaxedValue(cuts, solution.levels());
        double more = new Master(options, lower, upper, budget + delta, countryShare, 0)
                .relaxedValue(cuts, solution.levels());
        return Math.max(0, (here - more) / delta);
    }

    private double[] bounds(boolean lower) {
        return options.stream()
                .mapToDouble(o -> lower ? o.minLevel() : o.maxLevel())
                .toArray();
    }

    /** @return what a portfolio costs, US dollars */
    public double cost(double[] levels) {
        double sum = 0;
        for (int i = 0; i < levels.length; i++) {
            sum += levels[i] * options.get(i).cost().value();
        }
        return sum;
    }

    /** @return the CVaR of cumulative shortfall under these levels, months of demand */
    public double cvar(double[] levels) {
        return Tail.of(losses(levels), alpha).value();
    }

    /**
     * @param levels the levels
     * @return each path's cumulative shortfall under these levels, months of demand
     */
    public double[] losses(double[] levels) {
        int paths = model.paths();
        double[] out = new double[paths];
        int chunk = (paths + CHUNKS - 1) / CHUNKS;
        pool.forEach((paths + chunk - 1) / chunk, c -> {
            double[] gap = new double[model.months()];
            model.losses(levels, c * chunk, Math.min(paths, (c + 1) * chunk), out, gap);
        });
        return out;
    }

    /**
     * @param levels the levels
     * @param path a path
     * @return the path's monthly shortfall after the portfolio, fractions of monthly demand
     */
    public double[] monthly(double[] levels, int path) {
        double[] out = new double[model.months()];
        model.monthly(levels, path, out);
        return out;
    }

    /**
     * @return the mean over paths of what option i offers at these levels within the horizon, months of demand (a
     *     stockpile's full cover)
     */
    public double expectedOffer(double[] levels, int option) {
        double sum = 0;
        for (int p = 0; p < model.paths(); p++) {
            sum += model.offered(levels, option, p);
        }
        return sum / model.paths();
    }

    /** @return the share of paths on which option i delivers within the horizon */
    public double deliveryShare(int option) {
        if (options.get(option).reserve().isPresent()) {
            return 1;
        }
        int count = 0;
        for (int p = 0; p < model.paths(); p++) {
            count += model.delivers(option, p) ? 1 : 0;
        }
        return (double) count / model.paths();
    }

    /** @return the number of cuts collected so far */
    public int cuts() {
        return cuts.size();
    }

    private double addCut(double[] x) {
        double[] losses = losses(x);
        Tail tail = Tail.of(losses, alpha);
        double[] slope = new double[options.size()];
        double[] g = new double[options.size()];
        double[] gap = new double[model.months()];
        for (int j = 0; j < tail.count(); j++) {
            model.loss(x, tail.path(j), gap, g);
            for (int i = 0; i < slope.length; i++) {
                slope[i] += tail.weight(j) * g[i];
            }
        }
        cuts.add(Cut.at(x, tail.value(), slope));
        return tail.value();
    }

    /** @return the number of worker threads */
    public int threads() {
        return threads;
    }

    @Override
    public void close() {
        pool.close();
    }
}
