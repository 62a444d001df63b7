package lodestone.report.resolve;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.apache.commons.text.similarity.LevenshteinDistance;

/**
 * Resolves names as users type them to entries (minerals, countries): every name an entry is known by, curated
 * aliases with their basis, and "did you mean" suggestions by edit distance. Pure and immutable; build one with
 * {@link #builder()}.
 *
 * <p>A name resolves in this order, each step on the keys of {@link NameKey}: a curated alias (so an alias can declare
 * a name ambiguous that a source uses for one entry, such as "Congo"); an entry's own name by its words, then by its
 * words without spaces; the same for the other grammatical number of the last word. A name that matches nothing gets
 * the entries whose names lie within a Levenshtein distance of 1 (names of up to 4 characters), 2 (up to 8) or 3, or
 * that start with it (4 characters or more, ranked as at the largest distance allowed); only the closest are suggested
 * ("galium" suggests gallium at distance 1, not helium at 2).
 *
 * @param <T> the kind of entry
 */
public final class NameIndex<T> {
    /** The most entries a failed lookup suggests. */
    public static final int MAX_SUGGESTIONS = 3;
    /** Names shorter than this (symbols, codes) are never suggested: at distance 1 nearly every one is near. */
    static final int MIN_SUGGESTED_LENGTH = 3;
    /** A query at least this long suggests the names it begins. */
    static final int MIN_PREFIX_LENGTH = 4;

    private final Map<String, List<Named<T>>> byWords;
    private final Map<String, List<Named<T>>> byCompact;
    private final Map<String, Alias<T>> aliases;
    private final Map<String, List<T>> suggestible;

    private record Alias<T>(List<T> values, String alias, String basis) {}

    /** One name of an entry, with its kind and as it is written. */
    private record Named<T>(T value, NameKind kind, String name) {}

    private NameIndex(Builder<T> builder) {
        this.byWords = frozen(builder.byWords);
        this.byCompact = frozen(builder.byCompact);
        this.aliases = Map.copyOf(builder.aliases);
        Map<String, Set<T>> candidates = new LinkedHashMap<>();
        builder.byWords.forEach((key, names) -> {
            if (!builder.aliases.containsKey(NameKey.compact(key))) {
                names.forEach(named -> candidates
                        .computeIfAbsent(key, k -> new LinkedHashSet<>())
                        .add(named.value()));
            }
        });
        builder.aliasWords.forEach((key, compact) -> candidates
                .computeIfAbsent(key, k -> new LinkedHashSet<>())
                .addAll(Objects.requireNonNull(builder.aliases.get(compact), compact)
                        .values()));
        candidates.keySet().removeIf(key -> key.length() < MIN_SUGGESTED_LENGTH);
        this.suggestible = frozen(candidates);
    }

    private static <T> Map<String, List<T>> frozen(Map<String, ? extends Set<T>> map) {
        Map<String, List<T>> copy = new LinkedHashMap<>();
        map.forEach((key, values) -> copy.put(key, List.copyOf(values)));
        return java.util.Collections.unmodifiableMap(copy);
    }

    /**
     * @param <T> the kind of entry
     * @return an empty builder
     */
    public static <T> Builder<T> builder() {
        return new Builder<>();
    }

    /**
     * @param text a name as typed
     * @return the entry it denotes with how it matched, the entries it may denote, or the entries whose names are
     *     closest
     */
    public Resolution<T> resolve(String text) {
        Objects.requireNonNull(text, "text");
        String words = NameKey.words(text);
        if (words.isEmpty()) {
            return new Resolution.Unknown<>(List.of());
        }
        Optional<Resolution<T>> exact = exact(text, words, Match.Reading.FORM);
        if (exact.isPresent()) {
            return exact.get();
        }
        for (String variant : NameKey.numberVariants(words)) {
            Optional<Resolution<T>> found = exact(text, variant, Match.Reading.NUMBER);
            if (found.isPresent()) {
                return found.get();
            }
        }
        return new Resolution.Unknown<>(suggest(words));
    }

    /**
     * @param text the name as typed
     * @param words its key, or the key of its other grammatical number
     * @param reading {@link Match.Reading#FORM} for the typed name's own key (as written if the name is equal),
     *     {@link Match.Reading#NUMBER} for the other number's
     */
    private Optional<Resolution<T>> exact(String text, String words, Match.Reading reading) {
        String compact = NameKey.compact(words);
        Alias<T> alias = aliases.get(compact);
        if (alias != null) {
            Match match = new Match(text, NameKind.CURATED, alias.alias(), reading(text, alias.alias(), reading), "");
            return Optional.of(
                    alias.values().size() == 1
                            ? new Resolution.Found<>(alias.values().get(0), match.withNote(alias.basis()))
                            : new Resolution.Ambiguous<>(alias.values(), alias.basis()));
        }
        List<Named<T>> names = byWords.get(words);
        if (names == null) {
            names = byCompact.get(compact);
        }
        if (names == null) {
            return Optional.empty();
        }
        List<T> values = names.stream().map(Named::value).distinct().toList();
        if (values.size() > 1) {
            return Optional.of(new Resolution.Ambiguous<>(values, ""));
        }
        // the first name registered under the key: an id before a name, a symbol or code before a source's name
        Named<T> named = names.get(0);
        return Optional.of(new Resolution.Found<>(
                named.value(), new Match(text, named.kind(), named.name(), reading(text, named.name(), reading), "")));
    }

    private static Match.Reading reading(String text, String name, Match.Reading reading) {
        return reading == Match.Reading.FORM && text.equals(name) ? Match.Reading.AS_WRITTEN : reading;
    }

    private List<T> suggest(String words) {
        int threshold = threshold(words.length());
        LevenshteinDistance levenshtein = new LevenshteinDistance(threshold);
        Map<T, Integer> best = new LinkedHashMap<>();
        suggestible.forEach((key, values) -> {
            int distance = levenshtein.apply(words, key);
            if (distance < 0 && words.length() >= MIN_PREFIX_LENGTH && key.startsWith(words)) {
                distance = threshold;
            }
            if (distance >= 0) {
                for (T value : values) {
                    best.merge(value, distance, Math::min);
                }
            }
        });
        int closest = best.values().stream().mapToInt(Integer::intValue).min().orElse(0);
        return best.entrySet().stream()
                .filter(e -> e.getValue() == closest)
                .limit(MAX_SUGGESTIONS)
                .map(Map.Entry::getKey)
                .toList();
    }

    /**
     * @param length the length of a query's key
     * @return the largest Levenshtein distance at which a name is suggested for it: 1 up to 4 characters, 2 up to 8,
     *     3 beyond
     */
    static int threshold(int length) {
        return length <= 4 ? 1 : length <= 8 ? 2 : 3;
    }

    /**
     * Collects names and aliases.
     *
     * @param <T> the kind of entry
     */
    public static final class Builder<T> {
        private final Map<String, LinkedHashSet<Named<T>>> byWords = new LinkedHashMap<>();
        private final Map<String, LinkedHashSet<Named<T>>> byCompact = new HashMap<>();
        private final Map<String, Alias<T>> aliases = new HashMap<>();
        private final Map<String, String> aliasWords = new LinkedHashMap<>();

        private Builder() {}

        /**
         * @param value an entry
         * @param name one of its names, of kind {@link NameKind#NAME}; a blank one is ignored
         * @return this builder
         */
        public Builder<T> name(T value, String name) {
            return name(value, name, NameKind.NAME);
        }

        /**
         * @param value an entry
         * @param name one of its names (id, name, symbol, code, a source's alias); a blank one is ignored
         * @param kind what kind of name it is, for the basis of a match
         * @return this builder
         */
        public Builder<T> name(T value, String name, NameKind kind) {
            String words = NameKey.words(name);
            if (!words.isEmpty()) {
                Named<T> named = new Named<>(value, kind, name);
                byWords.computeIfAbsent(words, k -> new LinkedHashSet<>()).add(named);
                byCompact
                        .computeIfAbsent(NameKey.compact(words), k -> new LinkedHashSet<>())
                        .add(named);
            }
            return this;
        }

        /**
         * @param alias a name users write that is none of the entries' own, or that they use differently
         * @param values the entries it denotes: one, or several if it is ambiguous
         * @param basis why it denotes them, for the reader
         * @return this builder
         * @throws IllegalArgumentException if the alias is blank or given twice, if there is no value, or the basis is
         *     blank
         */
        public Builder<T> alias(String alias, List<T> values, String basis) {
            String words = NameKey.words(alias);
            if (words.isEmpty()) {
                throw new IllegalArgumentException("alias (" + alias + ") has no letters or digits.");
            }
            if (values.isEmpty()) {
                throw new IllegalArgumentException("alias (" + alias + ") denotes no entry.");
            }
            if (basis == null || basis.isBlank()) {
                throw new IllegalArgumentException("alias (" + alias + ") has no basis.");
            }
            String compact = NameKey.compact(words);
            if (aliases.put(compact, new Alias<>(List.copyOf(new LinkedHashSet<>(values)), alias.trim(), basis.trim()))
                    != null) {
                throw new IllegalArgumentException("alias (" + alias + ") is given twice.");
            }
            aliasWords.put(words, compact);
            return this;
        }

        /** @return the index */
        public NameIndex<T> build() {
            return new NameIndex<>(this);
        }
    }
}
