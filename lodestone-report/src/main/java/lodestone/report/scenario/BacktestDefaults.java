package lodestone.report.scenario;

/** The defaults of the back-test, the same on every face. */
public final class BacktestDefaults {
    /** Paths per scenario when none are asked for. */
    public static final int PATHS = 4_000;
    /** The seed when none is given: the one the shipped numbers were measured with. */
    public static final long SEED = 7;

    private BacktestDefaults() {}
}
