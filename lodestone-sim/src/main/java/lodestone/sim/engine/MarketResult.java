package lodestone.sim.engine;

import java.util.List;
import java.util.Optional;
import lodestone.model.mineral.MineralId;

/**
 * The outcome for one market.
 *
 * @param mineral the mineral
 * @param product the traded product, if not the element itself (descriptive)
 * @param issuerShare the issuer's share of the perspective country's supply (fraction)
 * @param months per-month distributions, from the first simulated month (the announcement's, if earlier than the start);
 *     empty when the run asked for its paths alone ({@link RunOptions#pathsAlone()})
 * @param cumulativeShortfall shortfall summed over the simulated months, in months of the perspective's baseline demand
 * @param probabilityAboveThreshold share of paths on which some month's shortfall exceeds the threshold
 * @param monthsToRecovery months from the start to the end of the last month short by more than the recovery level (0
 *     if never short). Censored: a path still short in the last month counts as the horizon, so read it together with
 *     {@code notRecovered}
 * @param notRecovered share of paths still short in the last month of the horizon
 * @param probabilityOfStop share of paths on which some of the perspective's buyers had to stop: in some month they
 *     received and drew from stock less than half of what they use
 * @param monthsToFirstStop months from the start to the first such month; censored at the horizon for paths without a
 *     stop (read it together with {@code probabilityOfStop}); negative when the stop comes before the start
 * @param paths every path's values, when the run asked to keep them ({@link RunOptions#keepPaths()})
 */
public record MarketResult(
        MineralId mineral,
        Optional<String> product,
        double issuerShare,
        List<MonthStatistics> months,
        Band cumulativeShortfall,
        double probabilityAboveThreshold,
        Band monthsToRecovery,
        double notRecovered,
        double probabilityOfStop,
        Band monthsToFirstStop,
        Optional<PathOutcomes> paths) {
    public MarketResult {
        months = List.copyOf(months);
    }
}
