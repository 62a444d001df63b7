package lodestone.plan.solve;

/**
 * An optimal portfolio (within the tolerance) for one budget. The levels are copied in and out, and a solution is
 * never compared or hashed, so the array component is safe.
 *
 * @param levels each option's level in [0, 1], in the order of the options
 * @param cvar the CVaR of cumulative shortfall under these levels, months of baseline demand
 * @param lowerBound the solver's lower bound on the optimal CVaR (the gap is the remaining error), months of baseline
 *     demand
 * @param budget the budget, US dollars
 * @param spent what the portfolio costs, US dollars
 * @param iterations the cutting-plane iterations this solve took
 * @param converged true if the gap to the lower bound is within {@link PortfolioOptimizer#TOLERANCE}
 */
@SuppressWarnings("ArrayRecordComponent")
public record Solution(
        double[] levels,
        double cvar,
        double lowerBound,
        double budget,
        double spent,
        int iterations,
        boolean converged) {

    public Solution {
        levels = levels.clone();
    }

    /** @return each option's level in [0, 1], in the order of the options (a copy) */
    @Override
    public double[] levels() {
        return levels.clone();
    }
}
