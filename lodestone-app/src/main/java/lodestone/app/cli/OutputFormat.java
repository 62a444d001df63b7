package lodestone.app.cli;

/** How a command prints its result. */
public enum OutputFormat {
    /** Aligned columns for people. */
    TABLE,
    /** One JSON document, for programs. */
    JSON,
    /** Comma-separated rows with a header, for spreadsheets. */
    CSV
}
