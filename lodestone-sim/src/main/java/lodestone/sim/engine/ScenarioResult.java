package lodestone.sim.engine;

import java.time.YearMonth;
import java.util.List;

/**
 * The outcome of a scenario: what was run (seed, paths, horizon) and one result per market. The thread count is not
 * recorded because it does not change any number.
 *
 * @param scenario the scenario id
 * @param title its title
 * @param seed the seed
 * @param paths paths run
 * @param start the month the measure takes effect (month 0)
 * @param leadMonths months simulated before the start, from the announcement's month (0 when announced and effective
 *     in the same month); the markets' month lists begin {@code leadMonths} before {@code start}
 * @param horizonMonths months simulated from the start
 * @param threshold shortfall threshold of the exceedance probabilities (fraction)
 * @param markets one per market, in the spec's order
 */
public record ScenarioResult(
        String scenario,
        String title,
        long seed,
        int paths,
        YearMonth start,
        int leadMonths,
        int horizonMonths,
        double threshold,
        List<MarketResult> markets) {
    public ScenarioResult {
        markets = List.copyOf(markets);
    }

    /** @return the first simulated month */
    public YearMonth firstMonth() {
        return start.minusMonths(leadMonths);
    }
}
