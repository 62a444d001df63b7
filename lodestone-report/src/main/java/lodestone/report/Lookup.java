package lodestone.report;

import java.util.Optional;
import lodestone.model.agreement.Agreement;
import lodestone.model.geo.Country;
import lodestone.model.knowledge.KnowledgeSnapshot;
import lodestone.model.list.CriticalMineralList;
import lodestone.model.mineral.Mineral;
import lodestone.model.policy.TradeMeasure;

/** Resolves the user's text to catalogue entries and records, with one error message per kind for every face. */
public final class Lookup {
    private Lookup() {}

    /**
     * @param snapshot the knowledge
     * @param text an id, name or symbol
     * @param field the parameter it came from
     * @return the mineral
     * @throws QueryException if the catalogue has none
     */
    public static Mineral mineral(KnowledgeSnapshot snapshot, String text, String field) {
        return found(
                snapshot.minerals().resolve(text),
                QueryError.UNKNOWN_MINERAL,
                field,
                "mineral (" + text + ") is not in the catalogue.\nMaybe run `lodestone minerals` (GET /api/v1/minerals)"
                        + " to list the known ids.");
    }

    /**
     * @param snapshot the knowledge
     * @param text an ISO 3166-1 alpha-2 or alpha-3 code, or a name
     * @param field the parameter it came from
     * @return the country
     * @throws QueryException if it names none
     */
    public static Country country(KnowledgeSnapshot snapshot, String text, String field) {
        return found(
                snapshot.countries().resolve(text),
                QueryError.UNKNOWN_COUNTRY,
                field,
                "country (" + text + ") is not an ISO 3166-1 code or a known name.\nMaybe use the alpha-2 code, e.g."
                        + " CN.");
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
     * @param id a measure id
     * @param field the parameter it came from
     * @return the measure
     * @throws QueryException if there is none
     */
    public static TradeMeasure measure(KnowledgeSnapshot snapshot, String id, String field) {
        return found(
                snapshot.policy().measure(id),
                QueryError.UNKNOWN_MEASURE,
                field,
                "measure (" + id + ") is unknown.\nMaybe run `lodestone measures --on 2026-01-01` (GET"
                        + " /api/v1/measures) to list the ids.");
    }

    /**
     * @param snapshot the knowledge
     * @param id an agreement id
     * @param field the parameter it came from
     * @return the agreement
     * @throws QueryException if there is none
     */
    public static Agreement agreement(KnowledgeSnapshot snapshot, String id, String field) {
        return found(
                snapshot.policy().agreement(id),
                QueryError.UNKNOWN_AGREEMENT,
                field,
                "agreement (" + id + ") is unknown.\nMaybe run `lodestone agreements` (GET /api/v1/agreements) to"
                        + " list the ids.");
    }

    /**
     * @param value a year the user gave, or null
     * @param field the parameter it came from
     * @return the year, checked to lie within [1900, 2100]
     * @throws QueryException if it does not
     */
    public static Integer year(Integer value, String field) {
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
    public static Integer within(Integer value, String field, int min, int max) {
        if (value != null && (value < min || value > max)) {
            throw QueryException.badParameter(
                    field, field + " (" + value + ") must be within [" + min + ", " + max + "].");
        }
        return value;
    }

    private static <T> T found(Optional<T> value, QueryError error, String field, String message) {
        return value.orElseThrow(() -> new QueryException(error, field, message));
    }
}
