package lodestone.report.resolve;

/**
 * How a name typed by a user matched one entry: which of its names, and how closely (as written, in another case or
 * spacing, or in the other grammatical number).
 *
 * @param query the name as typed
 * @param kind the kind of name it matched
 * @param name that name as the catalogue, registry or alias file writes it (e.g. {@code Dy}, {@code Rare earths})
 * @param reading how the typed name relates to it
 * @param note the curated alias's basis ("NdPr is the mix of ..."); empty for every other kind
 */
public record Match(String query, NameKind kind, String name, Reading reading, String note) {
    /** How a typed name relates to the name it matched. */
    public enum Reading {
        /** Character for character. */
        AS_WRITTEN,
        /** Equal once case, accents, spacing, hyphens and punctuation are ignored ({@link NameKey}). */
        FORM,
        /** Equal in the other grammatical number of the last word ("rare earth" for "rare earths"). */
        NUMBER
    }

    /**
     * @param basis a curated alias's basis
     * @return this match with that note
     */
    public Match withNote(String basis) {
        return new Match(query, kind, name, reading, basis);
    }

    /**
     * @return true if the query is the entry's id (a country's alpha-2 code), character for character: there is
     *     nothing to explain
     */
    public boolean exact() {
        return (kind == NameKind.ID || kind == NameKind.CODE) && reading == Reading.AS_WRITTEN;
    }

    /**
     * The basis of the match in words, for every face: "element symbol of dysprosium"; "rare-earths, matched as the
     * plural"; "the name of China (CN), matched ignoring case, spacing and punctuation"; a curated alias adds its own
     * basis after a colon.
     *
     * @param entry how the entry is named to the reader, e.g. {@code dysprosium} or {@code China (CN)}
     * @return the basis; for an {@link #exact()} match, "the id"
     */
    public String describe(String entry) {
        if (exact()) {
            return "the id";
        }
        String named = kind.of(entry)
                + (reading == Reading.AS_WRITTEN || kind == NameKind.ID || entry.contains(name)
                        ? ""
                        : " (" + name + ")");
        String how = switch (reading) {
            case AS_WRITTEN -> "";
            case FORM -> ", matched ignoring case, spacing and punctuation";
            case NUMBER ->
                ", matched as the "
                        + (NameKey.words(name).length() > NameKey.words(query).length() ? "plural" : "singular");
        };
        return named + how + (note.isEmpty() ? "" : ": " + note);
    }
}
