package lodestone.report;

/**
 * The defaults every face shares, in one place. Scenario defaults are in
 * {@link lodestone.report.scenario.ScenarioDefaults}.
 */
public final class Defaults {
    /** The importing country whose dependency and risk are shown unless another is asked for (ISO alpha-2). */
    public static final String PERSPECTIVE = "US";
    /** The country whose share is shown for every stage of a risk breakdown (ISO alpha-2). */
    public static final String SHOWN_COUNTRY = "CN";
    /** The last year of a delivery outlook. */
    public static final int OUTLOOK_LAST_YEAR = 2035;
    /** The longest delivery outlook, in years. */
    public static final int OUTLOOK_MAX_YEARS = 50;

    private Defaults() {}
}
