package lodestone.report.resolve;

import java.util.List;

/**
 * What a name typed by a user resolves to: one entry, several (the name is ambiguous), or none, with the entries whose
 * names are closest to it.
 *
 * @param <T> the kind of entry (mineral, country)
 */
public sealed interface Resolution<T> {

    /**
     * The name denotes one entry.
     *
     * @param value the entry
     * @param match how the name matched it: which of its names (id, name, symbol, code, a source's name, a curated
     *     alias with its basis, "NdPr is the neodymium-praseodymium mix ...") and how closely
     * @param <T> the kind of entry
     */
    record Found<T>(T value, Match match) implements Resolution<T> {}

    /**
     * The name denotes several entries and the user must choose.
     *
     * @param values the entries, in the order of the alias data or of the index
     * @param basis why the name is ambiguous; empty when several entries merely share a name
     * @param <T> the kind of entry
     */
    record Ambiguous<T>(List<T> values, String basis) implements Resolution<T> {
        public Ambiguous {
            values = List.copyOf(values);
            if (values.size() < 2) {
                throw new IllegalArgumentException("an ambiguous name needs two or more entries, not " + values + ".");
            }
        }
    }

    /**
     * The name denotes nothing.
     *
     * @param suggestions the entries whose names are closest to it, within the edit-distance threshold or starting
     *     with it (at most {@link NameIndex#MAX_SUGGESTIONS}); may be empty
     * @param <T> the kind of entry
     */
    record Unknown<T>(List<T> suggestions) implements Resolution<T> {
        public Unknown {
            suggestions = List.copyOf(suggestions);
        }
    }
}
