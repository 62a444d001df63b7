package lodestone.plan.solve;

/**
 * An optimal portfolio (within the tolerance) for one budget: each option's level (in the order of the options), the
 * CVaR of cumulative shortfall under these levels (months of baseline demand), the solver's lower bound on the optimal
 * CVaR (the gap is the remaining error), the budget and what the portfolio costs (US dollars), the cutting-plane
 * iterations this solve took and whether the gap is within {@link PortfolioOptimizer#TOLERANCE}.
 */
public final class Solution {
    private final double[] levels;
    private final double cvar;
    private final double lowerBound;
    private final double budget;
    private final double spent;
    private final int iterations;
    private final boolean converged;

    Solution(
            double[] levels,
            double cvar,
            double lowerBound,
            double budget,
            double spent,
            int iterations,
            boolean converged) {
        this.levels = levels.clone();
        this.cvar = cvar;
        this.lowerBound = lowerBound;
        this.budget = budget;
        this.spent = spent;
        this.iterations = iterations;
        this.converged = converged;
    }

    /** @return each option's level in [0, 1], in the order of the options */
    public double[] levels() {
        return levels.clone();
    }

    /** @return the CVaR of cumulative shortfall, months of baseline demand */
    public double cvar() {
        return cvar;
    }

    /** @return the lower bound on the optimal CVaR, months of baseline demand */
    public double lowerBound() {
        return lowerBound;
    }

    /** @return the budget, US dollars */
    public double budget() {
        return budget;
    }

    /** @return the portfolio's cost, US dollars */
    public double spent() {
        return spent;
    }

    /** @return cutting-plane iterations */
    public int iterations() {
        return iterations;
    }

    /** @return true if the gap to the lower bound is within the tolerance */
    public boolean converged() {
        return converged;
    }
}
