package lodestone.report.plan;

import java.util.Locale;
import java.util.OptionalInt;
import lodestone.model.knowledge.KnowledgeSnapshot;
import lodestone.plan.Plan;
import lodestone.plan.PlanSettings;
import lodestone.plan.Planner;
import lodestone.plan.option.OptionException;
import lodestone.plan.path.EnginePathSource;
import lodestone.report.QueryError;
import lodestone.report.QueryException;

/**
 * The planner as the faces run it: what to plan resolved against the knowledge, the settings checked, and the plan
 * computed on the scenario engine's paths. The command line runs it at once; the server as a job.
 */
public final class Plans {
    private Plans() {}

    /**
     * @param request what to plan
     * @param snapshot the knowledge
     * @return the scenario, the mineral and the option catalogue
     * @throws QueryException naming what is unknown or inconsistent (the options' problems listed), with a hint
     */
    public static PlanRequest.Resolved resolve(PlanRequest request, KnowledgeSnapshot snapshot) {
        try {
            return request.resolve(snapshot);
        } catch (OptionException e) {
            throw new QueryException(
                    QueryError.BAD_PARAMETER,
                    "options",
                    e.problems().size() + " problems in the options: " + e.getMessage(),
                    e.problems());
        } catch (IllegalArgumentException e) {
            throw QueryException.badParameter(request.mineral().isPresent() ? "mineral" : "target", e.getMessage());
        }
    }

    /**
     * @param budget US dollars
     * @param objective cvar95 (the mean of the worst 5 % of paths) or expected
     * @param paths disruption paths
     * @param seed the seed
     * @param threads worker threads; they do not change the plan
     * @param countryShare the largest share of the budget spent in one country, in (0, 1]
     * @return the settings
     * @throws QueryException naming the setting out of range
     */
    public static PlanSettings settings(
            double budget, String objective, int paths, long seed, int threads, double countryShare) {
        double alpha = switch (objective.toLowerCase(Locale.ROOT)) {
            case PlanDefaults.OBJECTIVE -> 0.95;
            case PlanDefaults.EXPECTED -> 0;
            default ->
                throw QueryException.badParameter(
                        "objective", "objective (" + objective + ") must be cvar95 or expected.");
        };
        try {
            return new PlanSettings(budget, alpha, paths, seed, threads, countryShare, PlanSettings.DEFAULT_FRONTIER);
        } catch (IllegalArgumentException e) {
            throw QueryException.badParameter("budget", "bad setting: " + e.getMessage());
        }
    }

    /**
     * @param request the resolved request
     * @param horizon months per path, from the scenario's start
     * @param settings budget, objective, paths, seed
     * @return the plan: portfolio, frontier, shadow price, failure case and re-simulation
     * @throws IllegalArgumentException if the commitments cannot be met (the message names them)
     */
    public static Plan plan(PlanRequest.Resolved request, int horizon, PlanSettings settings) {
        if (horizon < 1 || horizon > 600) {
            throw QueryException.badParameter("horizon", "horizon (" + horizon + ") must be within [1, 600] months.");
        }
        return Planner.plan(
                new EnginePathSource(request.scenario(), request.mineral(), OptionalInt.of(horizon)),
                request.catalogue().options(),
                settings);
    }
}
