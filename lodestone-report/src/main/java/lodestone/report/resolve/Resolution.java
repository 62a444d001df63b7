package lodestone.report.resolve;

import java.util.List;
import java.util.Objects;

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
     * @param basis why a curated alias denotes it ("NdPr is the neodymium-praseodymium mix ..."); empty when the
     *     name is the entry's own id, name, symbol, code or source alias
     * @param <T> the kind of entry
     */
    record Found<T>(T value, String basis) implements Resolution<T> {
        public Found {
            Objects.requireNonNull(value, "value");
            Objects.requireNonNull(basis, "basis");
        }
    }

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
            Objects.requireNonNull(basis, "basis");
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
