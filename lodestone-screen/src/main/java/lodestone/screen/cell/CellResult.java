package lodestone.screen.cell;

import java.util.Optional;

/**
 * What a cell's scenario gives: the cell, what was run, the distribution of its shortfall, and its plan. The columns
 * of the results files are these components ({@code lodestone.screen.run.ResultSchema}).
 *
 * @param screen the screen's id
 * @param cell the cell
 * @param paths Monte Carlo paths run
 * @param horizonMonths months simulated
 * @param expectedShortfallMonths mean cumulative shortfall over the horizon, months of baseline demand
 * @param cumulativeP50Months median cumulative shortfall, months of demand
 * @param cumulativeP95Months 95th percentile of the cumulative shortfall, months of demand
 * @param peakMedianShortfall the largest monthly median shortfall, a fraction of monthly demand
 * @param probabilityAboveThreshold share of paths with some month short by more than the screen's threshold
 * @param peakMedianPrice the largest monthly median price index (1 before the disruption)
 * @param recoveryP50Months median months until the last month short by more than 1 % of demand, plus one
 * @param notRecovered share of paths still short in the horizon's last month
 * @param plan the cell's plan; empty if the screen has no plan or this cell could not get one ({@code planNote})
 * @param planNote why a requested plan is missing (no option catalogue, infeasible); empty otherwise
 */
public record CellResult(
        String screen,
        ScreenCell cell,
        int paths,
        int horizonMonths,
        double expectedShortfallMonths,
        double cumulativeP50Months,
        double cumulativeP95Months,
        double peakMedianShortfall,
        double probabilityAboveThreshold,
        double peakMedianPrice,
        double recoveryP50Months,
        double notRecovered,
        Optional<PlanOutcome> plan,
        String planNote) {}
