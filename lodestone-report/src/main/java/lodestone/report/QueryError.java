package lodestone.report;

/** Why a query could not be answered. The faces map each to an exit code or an HTTP problem code. */
public enum QueryError {
    /** A mineral id or name not in the catalogue. */
    UNKNOWN_MINERAL,
    /** Not an ISO 3166-1 code or a known country name. */
    UNKNOWN_COUNTRY,
    /** No critical-mineral list with this id. */
    UNKNOWN_LIST,
    /** No trade measure with this id. */
    UNKNOWN_MEASURE,
    /** No agreement with this id. */
    UNKNOWN_AGREEMENT,
    /** Neither a scenario preset nor a spec file. */
    UNKNOWN_SCENARIO,
    /** No importable dataset with this id. */
    UNKNOWN_DATASET,
    /** A parameter outside its allowed form or range. */
    BAD_PARAMETER,
    /**
     * A parameter given that this form of the question does not use (a ranking's {@code country}, a method that takes
     * no perspective): refused, never silently ignored. A usage error: exit code 2 on the command line, 400 in the API.
     */
    UNUSED_PARAMETER,
    /** A scenario spec with problems, each listed. */
    BAD_SCENARIO,
    /** An article that cannot be read. */
    BAD_ARTICLE,
    /**
     * An article beyond the extraction budget in characters (field {@code max-chars}) or sentences (field {@code
     * max-sentences}).
     */
    ARTICLE_TOO_LARGE,
    /** An extraction that passed its time budget; the message names the stage it stopped in. */
    ARTICLE_TIMEOUT,
    /** The knowledge base holds no figures for the question asked. */
    NO_DATA
}
