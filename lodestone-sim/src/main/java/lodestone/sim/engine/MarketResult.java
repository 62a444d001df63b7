package lodestone.sim.engine;

import java.util.List;
import lodestone.model.mineral.MineralId;

/**
 * The outcome for one mineral.
 *
 * @param mineral the mineral
 * @param issuerShare the issuer's share of the perspective country's supply (fraction)
 * @param months per-month distributions
 * @param cumulativeShortfall shortfall summed over the horizon, in months of baseline demand
 * @param probabilityAboveThreshold share of paths on which some month's shortfall exceeds the threshold
 * @param monthsToRecovery months from the start until the last month short by more than the recovery level, plus one
 *     (0 if never short); equal to the horizon on paths not recovered within it
 * @param notRecovered share of paths still short in the last month of the horizon
 */
public record MarketResult(
        MineralId mineral,
        double issuerShare,
        List<MonthStatistics> months,
        Summary cumulativeShortfall,
        double probabilityAboveThreshold,
        Summary monthsToRecovery,
        double notRecovered) {
    public MarketResult {
        months = List.copyOf(months);
    }
}
