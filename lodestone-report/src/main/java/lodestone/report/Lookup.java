package lodestone.report;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import lodestone.model.agreement.Agreement;
import lodestone.model.agreement.PolicyRecords;
import lodestone.model.geo.Countries;
import lodestone.model.geo.Country;
import lodestone.model.knowledge.KnowledgeSnapshot;
import lodestone.model.list.CriticalMineralList;
import lodestone.model.mineral.Mineral;
import lodestone.model.mineral.MineralCatalogue;
import lodestone.model.policy.TradeMeasure;
import lodestone.report.resolve.CuratedAlias;
import lodestone.report.resolve.NameIndex;
import lodestone.report.resolve.Resolution;
import lodestone.report.resolve.Resolved;
import lodestone.report.resolve.Resolvers;
import org.jspecify.annotations.Nullable;

/** Resolves the user's text to catalogue entries and records, with one error message per kind for every face. */
public final class Lookup {
    private Lookup() {}

    /**
     * Resolves a mineral as users write it: id, name, element symbol or source alias, in any case and spacing, singular
     * or plural, or a curated alias ("NdPr", "REO", "PGE"; see {@link Resolvers#ALIASES}).
     *
     * @param snapshot the knowledge
     * @param text what the user wrote
     * @param field the parameter it came from
     * @return the mineral
     * @throws QueryException if the name denotes no mineral (suggesting the closest ones by edit distance) or several
     */
    public static Mineral mineral(KnowledgeSnapshot snapshot, String text, String field) {
        return mineral(snapshot.minerals(), text, field);
    }

    /**
     * Resolves a mineral against the catalogue alone, as {@link #mineral(KnowledgeSnapshot, String, String)} does: the
     * catalogue is reference data, so a face can reject an unknown name before it reads the knowledge base.
     *
     * @param catalogue the minerals
     * @param text what the user wrote
     * @param field the parameter it came from
     * @return the mineral
     * @throws QueryException if the name denotes no mineral (suggesting the closest ones by edit distance) or several
     */
    public static Mineral mineral(MineralCatalogue catalogue, String text, String field) {
        return MINERAL.resolved(minerals(catalogue).resolve(text), text, field).value();
    }

    /**
     * Resolves a mineral as {@link #mineral(MineralCatalogue, String, String)} does and says how: the basis every face
     * shows ("Dy: element symbol of dysprosium").
     *
     * @param catalogue the minerals
     * @param text what the user wrote
     * @param field the parameter it came from
     * @return the mineral's id and the basis of the match
     * @throws QueryException if the name denotes no mineral (suggesting the closest ones by edit distance) or several
     */
    public static Resolved resolvedMineral(MineralCatalogue catalogue, String text, String field) {
        Resolution.Found<Mineral> found = MINERAL.resolved(minerals(catalogue).resolve(text), text, field);
        String id = found.value().id().value();
        return Resolved.of(found.match(), id, id);
    }

    /**
     * @param country a country
     * @return how messages and the basis of a match name it: {@code China (CN)}
     */
    public static String label(Country country) {
        return country.name() + " (" + country.code().value() + ")";
    }

    /**
     * Resolves a country as users write it: ISO 3166-1 alpha-2 or alpha-3 code, a name the registry knows, in any case,
     * spacing and accents, or a curated alias ("PRC", "UAE"); "Congo" alone is ambiguous.
     *
     * @param snapshot the knowledge
     * @param text what the user wrote
     * @param field the parameter it came from
     * @return the country
     * @throws QueryException if it names none (suggesting the closest by edit distance) or several
     */
    public static Country country(KnowledgeSnapshot snapshot, String text, String field) {
        return country(snapshot.countries(), text, field);
    }

    /**
     * Resolves a country against the registry alone, as {@link #country(KnowledgeSnapshot, String, String)} does.
     *
     * @param registry the countries
     * @param text what the user wrote
     * @param field the parameter it came from
     * @return the country
     * @throws QueryException if it names none (suggesting the closest by edit distance) or several
     */
    public static Country country(Countries registry, String text, String field) {
        return COUNTRY.resolved(countries(registry).resolve(text), text, field).value();
    }

    /**
     * Resolves a country as {@link #country(Countries, String, String)} does and says how ("PRC: curated alias of
     * China (CN): ...").
     *
     * @param registry the countries
     * @param text what the user wrote
     * @param field the parameter it came from
     * @return the country's alpha-2 code and the basis of the match
     * @throws QueryException if it names none (suggesting the closest by edit distance) or several
     */
    public static Resolved resolvedCountry(Countries registry, String text, String field) {
        Resolution.Found<Country> found = COUNTRY.resolved(countries(registry).resolve(text), text, field);
        return Resolved.of(found.match(), found.value().code().value(), label(found.value()));
    }

    /**
     * What a name denotes among the minerals, without failing: the search box asks every kind of entry at once.
     *
     * @param snapshot the knowledge
     * @param text what the user wrote
     * @return the mineral, the minerals or the closest names
     */
    public static Resolution<Mineral> minerals(KnowledgeSnapshot snapshot, String text) {
        return minerals(snapshot.minerals()).resolve(text);
    }

    /**
     * @param snapshot the knowledge
     * @param text what the user wrote
     * @return the country, the countries or the closest names
     */
    public static Resolution<Country> countries(KnowledgeSnapshot snapshot, String text) {
        return countries(snapshot.countries()).resolve(text);
    }

    /**
     * @param snapshot the knowledge
     * @param text what the user wrote
     * @return the measure, the measures or the closest names
     */
    public static Resolution<TradeMeasure> measures(KnowledgeSnapshot snapshot, String text) {
        return indexed(MEASURES, snapshot.policy(), policy -> Resolvers.measures(policy.measures()))
                .resolve(text);
    }

    /**
     * @param snapshot the knowledge
     * @param text what the user wrote
     * @return the agreement, the agreements or the closest names
     */
    public static Resolution<Agreement> agreements(KnowledgeSnapshot snapshot, String text) {
        return indexed(AGREEMENTS, snapshot.policy(), policy -> Resolvers.agreements(policy.agreements()))
                .resolve(text);
    }

    /**
     * How one kind of entry is named when the user's text does not resolve to exactly one.
     *
     * @param error the error of an unknown or ambiguous name
     * @param noun what the entry is called ("mineral")
     * @param unknown what is said of a name that denotes none ("is unknown")
     * @param label how a candidate is shown among the suggestions
     * @param hint where to find the known names, on the message's second line
     * @param <T> the entry's type
     */
    private record Kind<T>(QueryError error, String noun, String unknown, Function<T, String> label, String hint) {
        /**
         * @param resolution what the text denotes
         * @param text what the user wrote
         * @param field the parameter it came from
         * @return the one entry it denotes, with how the text matched it
         * @throws QueryException if it denotes several (naming them) or none (suggesting the closest, else the hint)
         */
        Resolution.Found<T> resolved(Resolution<T> resolution, String text, String field) {
            if (resolution instanceof Resolution.Found<T> found) {
                return found;
            }
            String subject = noun + " (" + text + ")";
            if (resolution instanceof Resolution.Ambiguous<T> ambiguous) {
                throw new QueryException(
                        error,
                        field,
                        subject + " is ambiguous: did you mean " + choices(ambiguous.values(), label) + "?"
                                + (ambiguous.basis().isEmpty() ? "" : "\n" + ambiguous.basis()));
            }
            List<T> suggestions = ((Resolution.Unknown<T>) resolution).suggestions();
            throw new QueryException(
                    error,
                    field,
                    suggestions.isEmpty()
                            ? subject + " " + unknown + ".\n" + hint
                            : subject + " " + unknown + "; did you mean " + choices(suggestions, label) + "?");
        }
    }

    private static final Kind<Mineral> MINERAL = new Kind<>(
            QueryError.UNKNOWN_MINERAL,
            "mineral",
            "is not in the catalogue",
            mineral -> mineral.id().value(),
            "Maybe run `lodestone minerals` (GET /api/v1/minerals) to list the known ids.");
    private static final Kind<Country> COUNTRY = new Kind<>(
            QueryError.UNKNOWN_COUNTRY,
            "country",
            "is not an ISO 3166-1 code or a known name",
            Lookup::label,
            "Maybe use the alpha-2 code, e.g. CN.");
    private static final Kind<TradeMeasure> MEASURE = new Kind<>(
            QueryError.UNKNOWN_MEASURE,
            "measure",
            "is unknown",
            TradeMeasure::id,
            "Maybe run `lodestone measures --on 2026-01-01` (GET /api/v1/measures) to list the ids.");
    private static final Kind<Agreement> AGREEMENT = new Kind<>(
            QueryError.UNKNOWN_AGREEMENT,
            "agreement",
            "is unknown",
            Agreement::id,
            "Maybe run `lodestone agreements` (GET /api/v1/agreements) to list the ids.");

    private static <T> String choices(List<T> values, Function<T, String> label) {
        List<String> labels = values.stream().map(label).toList();
        return labels.size() == 1
                ? labels.get(0)
                : String.join(", ", labels.subList(0, labels.size() - 1)) + " or " + labels.get(labels.size() - 1);
    }

    private static NameIndex<Mineral> minerals(MineralCatalogue catalogue) {
        return indexed(MINERALS, catalogue, c -> Resolvers.minerals(c, CuratedAliases.ALL));
    }

    private static NameIndex<Country> countries(Countries countries) {
        return indexed(COUNTRIES, countries, c -> Resolvers.countries(c, CuratedAliases.ALL));
    }

    private static <S, T> NameIndex<T> indexed(
            AtomicReference<Indexed<S, T>> last, S source, Function<S, NameIndex<T>> build) {
        Indexed<S, T> cached = last.get();
        if (cached == null || cached.source() != source) {
            cached = new Indexed<>(source, build.apply(source));
            last.set(cached);
        }
        return cached.index();
    }

    /** The index built for the catalogue of the last snapshot asked (snapshots share their catalogues). */
    private record Indexed<S, T>(S source, NameIndex<T> index) {}

    private static final AtomicReference<Indexed<MineralCatalogue, Mineral>> MINERALS = new AtomicReference<>();
    private static final AtomicReference<Indexed<Countries, Country>> COUNTRIES = new AtomicReference<>();
    private static final AtomicReference<Indexed<PolicyRecords, TradeMeasure>> MEASURES = new AtomicReference<>();
    private static final AtomicReference<Indexed<PolicyRecords, Agreement>> AGREEMENTS = new AtomicReference<>();

    /** The curated aliases, read once on first use. */
    private static final class CuratedAliases {
        static final List<CuratedAlias> ALL =
                CuratedAlias.parse(ClasspathText.read(Lookup.class, Resolvers.ALIASES), Resolvers.ALIASES);
    }

    /**
     * @param snapshot the knowledge
     * @param id a list id
     * @param field the parameter it came from
     * @return the list
     * @throws QueryException if there is none
     */
    public static CriticalMineralList list(KnowledgeSnapshot snapshot, String id, String field) {
        return found(
                snapshot.list(id),
                QueryError.UNKNOWN_LIST,
                field,
                "list (" + id + ") must be one of "
                        + String.join(
                                ", ",
                                snapshot.lists().stream()
                                        .map(CriticalMineralList::id)
                                        .toList()) + ".");
    }

    /**
     * @param snapshot the knowledge
     * @param text a measure id or title, in any case or spacing
     * @param field the parameter it came from
     * @return the measure
     * @throws QueryException if there is none (suggesting the closest ids by edit distance) or several
     */
    public static TradeMeasure measure(KnowledgeSnapshot snapshot, String text, String field) {
        return MEASURE.resolved(measures(snapshot, text), text, field).value();
    }

    /**
     * @param snapshot the knowledge
     * @param text an agreement id, title or title variant, in any case or spacing
     * @param field the parameter it came from
     * @return the agreement
     * @throws QueryException if there is none (suggesting the closest ids by edit distance) or several
     */
    public static Agreement agreement(KnowledgeSnapshot snapshot, String text, String field) {
        return AGREEMENT.resolved(agreements(snapshot, text), text, field).value();
    }

    /**
     * @param value a year the user gave, or null
     * @param field the parameter it came from
     * @return the year, checked to lie within [1900, 2100]
     * @throws QueryException if it does not
     */
    public static @Nullable Integer year(@Nullable Integer value, String field) {
        return within(value, field, 1900, 2100);
    }

    /**
     * @param value a number the user gave, or null
     * @param field the parameter it came from
     * @param min the least allowed
     * @param max the most allowed
     * @return the value, or null
     * @throws QueryException if it lies outside [min, max]
     */
    public static @Nullable Integer within(@Nullable Integer value, String field, int min, int max) {
        if (value != null && (value < min || value > max)) {
            throw QueryException.badParameter(
                    field, field + " (" + value + ") must be within [" + min + ", " + max + "].");
        }
        return value;
    }

    /**
     * @param value a number the user gave, or null
     * @param otherwise the number when none was given
     * @param field the parameter it came from
     * @param min the least allowed
     * @param max the most allowed
     * @return the value, or the default if none was given
     * @throws QueryException if the value is outside [min, max]
     */
    public static int within(@Nullable Integer value, int otherwise, String field, int min, int max) {
        Integer checked = within(value, field, min, max);
        return checked == null ? otherwise : checked;
    }

    private static <T> T found(Optional<T> value, QueryError error, String field, String message) {
        return value.orElseThrow(() -> new QueryException(error, field, message));
    }
}
