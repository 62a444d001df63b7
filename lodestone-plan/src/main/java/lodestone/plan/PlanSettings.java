package lodestone.plan;

import java.util.List;

/**
 * How to plan. The seed and the number of paths fix the result; the number of threads does not change it.
 *
 * @param budgetUsd the budget, US dollars (≥ 0)
 * @param alpha the tail level of the objective in [0, 1): 0.95 minimises the CVaR95 of cumulative shortfall (the mean
 *     of the worst 5 % of paths); 0 minimises the expected cumulative shortfall
 * @param paths disruption paths sampled from the scenario (1..1,000,000)
 * @param seed the seed of the paths and of the options' delivery draws
 * @param threads worker threads (≥ 1)
 * @param countryShare the largest share of the budget spent in one country, in (0, 1]; 1 for no cap
 * @param frontier the budgets of the frontier, as multiples of the budget (5–10 of them, each ≥ 0)
 */
public record PlanSettings(
        double budgetUsd, double alpha, int paths, long seed, int threads, double countryShare, List<Double> frontier) {
    /** The default frontier: no money, 1 %, 2.5 %, 5 %, 10 %, 25 % and 50 % of the budget, the budget and twice it. */
    public static final List<Double> DEFAULT_FRONTIER = List.of(0.0, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.0);

    /** The default seed, fixed so that runs without one are reproducible too. */
    public static final long DEFAULT_SEED = 0L;

    public PlanSettings {
        if (!(budgetUsd >= 0) || Double.isInfinite(budgetUsd)) {
            throw new IllegalArgumentException("budget (" + budgetUsd + " USD) must be a finite number >= 0.");
        }
        if (!(alpha >= 0 && alpha < 1)) {
            throw new IllegalArgumentException("alpha (" + alpha + ") must be within [0, 1).");
        }
        if (paths < 1 || paths > 1_000_000) {
            throw new IllegalArgumentException("paths (" + paths + ") must be within [1, 1000000].");
        }
        if (threads < 1 || threads > 1024) {
            throw new IllegalArgumentException("threads (" + threads + ") must be within [1, 1024].");
        }
        if (!(countryShare > 0 && countryShare <= 1)) {
            throw new IllegalArgumentException("country share (" + countryShare + ") must be within (0, 1].");
        }
        frontier = List.copyOf(frontier);
        if (frontier.size() < 5 || frontier.size() > 10 || frontier.stream().anyMatch(f -> !(f >= 0))) {
            throw new IllegalArgumentException(
                    "frontier (" + frontier + ") must have 5 to 10 budget multiples, each >= 0.");
        }
    }

    /** @return settings with the CVaR95 objective, no country cap and the default frontier */
    public static PlanSettings of(double budgetUsd, int paths, long seed, int threads) {
        return new PlanSettings(budgetUsd, 0.95, paths, seed, threads, 1, DEFAULT_FRONTIER);
    }
}
