package lodestone.report.scenario;

import lodestone.sim.engine.RunOptions;

/** The defaults and limits of scenario runs and sweeps, the same on the command line, the API and the dashboard. */
public final class ScenarioDefaults {
    /** Monte Carlo paths when none are asked for. */
    public static final int PATHS = 10_000;
    /** The seed when none is given: fixed, so runs without one are reproducible too. */
    public static final long SEED = RunOptions.DEFAULT_SEED;
    /** The most paths a command-line run takes. */
    public static final int MAX_PATHS = 10_000_000;
    /** The most paths an API run takes: enough for stable percentiles, small enough for a shared server. */
    public static final int MAX_API_PATHS = 200_000;
    /** The most paths the scenario page runs while the reader waits. */
    public static final int MAX_PAGE_PATHS = 50_000;
    /** The longest horizon, in months. */
    public static final int MAX_HORIZON_MONTHS = 600;
    /** The most worker threads. */
    public static final int MAX_THREADS = 1024;

    /** Paths per sweep scenario: every scenario shares the seed, so the ranking is not sampling noise. */
    public static final int SWEEP_PATHS = 2_000;
    /** What a sweep ranks by unless told otherwise: the probability that buyers stop. */
    public static final String SWEEP_RANK_BY = "stop";
    /** The list whose minerals a sweep screens. */
    public static final String SWEEP_LIST = "usgs-2025";
    /** The largest suppliers a sweep disrupts per mineral. */
    public static final int SWEEP_SUPPLIERS = 5;
    /** The most suppliers a sweep disrupts per mineral. */
    public static final int SWEEP_MAX_SUPPLIERS = 50;
    /** The severities a sweep tries, fractions of the supplier's exports withheld, comma-separated. */
    public static final String SWEEP_SEVERITIES = "0.2,0.4,0.6,0.8,1";

    private ScenarioDefaults() {}
}
