package lodestone.sim.engine;

import java.time.YearMonth;
import java.util.List;

/**
 * The outcome of a scenario: what was run (seed, paths, horizon) and one result per mineral. The thread count is not
 * recorded because it does not change any number.
 *
 * @param scenario the scenario id
 * @param title its title
 * @param seed the seed
 * @param paths paths run
 * @param start first month
 * @param horizonMonths months simulated
 * @param threshold shortfall threshold of the exceedance probabilities (fraction)
 * @param markets one per mineral, in the spec's order
 */
public record ScenarioResult(
        String scenario,
        String title,
        long seed,
        int paths,
        YearMonth start,
        int horizonMonths,
        double threshold,
        List<MarketResult> markets) {
    public ScenarioResult {
        markets = List.copyOf(markets);
    }
}
