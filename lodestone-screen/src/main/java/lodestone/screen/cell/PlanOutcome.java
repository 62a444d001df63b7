package lodestone.screen.cell;

import java.util.List;

/**
 * A cell's plan: the portfolio that minimises the tail of its cumulative shortfall within the budget, on the
 * planner's own sample of the cell's paths.
 *
 * @param budgetUsd the budget, US dollars
 * @param alpha the tail level (0.95: CVaR95; 0: expected shortfall)
 * @param paths paths sampled
 * @param unmitigatedTailMonths the tail of the cumulative shortfall without any option, months of demand
 * @param plannedTailMonths the tail with the portfolio, months of demand
 * @param spentUsd what the portfolio costs, US dollars
 * @param options the ids of the options it funds, in catalogue order
 * @param converged true if the solver closed the gap to its lower bound
 */
public record PlanOutcome(
        double budgetUsd,
        double alpha,
        int paths,
        double unmitigatedTailMonths,
        double plannedTailMonths,
        double spentUsd,
        List<String> options,
        boolean converged) {
    public PlanOutcome {
        options = List.copyOf(options);
    }
}
