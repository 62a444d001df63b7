package lodestone.report.resolve;

/**
 * How a name in a question resolved, as every face shows it: the command line prints {@code query: basis} on standard
 * error above a table (nothing when the id was given exactly), and the JSON answer (command line and API alike) has
 * it as {@code resolved}.
 *
 * @param query the name as typed
 * @param id the id of the entry it denotes (mineral id, ISO 3166-1 alpha-2 code)
 * @param exact true if the query is that id character for character
 * @param basis why the query denotes it ({@link Match#describe(String)}), e.g. "element symbol of dysprosium"
 */
public record Resolved(String query, String id, boolean exact, String basis) {

    /**
     * @param match how the query matched
     * @param id the entry's id
     * @param entry how the entry is named to the reader
     * @return the resolution
     */
    public static Resolved of(Match match, String id, String entry) {
        return new Resolved(match.query(), id, match.exact(), match.describe(entry));
    }

    /** @return the line the command line prints on standard error: {@code query: basis} */
    public String line() {
        return query + ": " + basis;
    }
}
