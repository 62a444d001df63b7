package lodestone.report.plan;

import lodestone.plan.PlanSettings;

/** The defaults and limits of plans, the same on the command line, the API and the dashboard. */
public final class PlanDefaults {
    /** Months from the scenario's start when no horizon is asked for. */
    public static final int HORIZON_MONTHS = 60;
    /** Disruption paths when none are asked for (command line and API). */
    public static final int PATHS = 10_000;
    /** The seed when none is given: fixed, so plans without one are reproducible too. */
    public static final long SEED = PlanSettings.DEFAULT_SEED;
    /** What a plan minimises unless told otherwise: the mean of the worst 5 % of paths' cumulative shortfall. */
    public static final String OBJECTIVE = "cvar95";
    /** The other objective: the mean cumulative shortfall. */
    public static final String EXPECTED = "expected";
    /** The largest share of the budget spent in one country unless told otherwise: no limit. */
    public static final double MAX_COUNTRY_SHARE = 1;
    /** Disruption paths of the plan page unless it is asked for more. */
    public static final int PAGE_PATHS = 2_000;
    /** The fewest paths the plan page takes. */
    public static final int MIN_PAGE_PATHS = 100;
    /** The most paths the plan page plans while the reader waits. */
    public static final int MAX_PAGE_PATHS = 10_000;
    /** The most paths an API plan takes: each path is simulated twice and evaluated many times. */
    public static final int MAX_API_PATHS = 50_000;

    private PlanDefaults() {}
}
