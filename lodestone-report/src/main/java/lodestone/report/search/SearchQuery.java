package lodestone.report.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import lodestone.model.agreement.Agreement;
import lodestone.model.geo.Country;
import lodestone.model.knowledge.KnowledgeSnapshot;
import lodestone.model.mineral.Mineral;
import lodestone.model.policy.TradeMeasure;
import lodestone.report.Lookup;
import lodestone.report.Query;
import lodestone.report.QueryException;
import lodestone.report.ReportContext;
import lodestone.report.resolve.Resolution;

/**
 * Finds minerals, countries, measures and agreements by a name, symbol, code or alias as users type it ("Dy", "rare
 * earth", "Congo", "PRC"). Every kind is asked; the entries a kind resolves the text to are exact hits, and only when
 * no kind has one are the closest names (by edit distance) offered.
 *
 * @param text the name as typed
 */
public record SearchQuery(String text) implements Query<SearchQuery.Result> {
    /** The longest text searched, in characters. */
    public static final int MAX_LENGTH = 200;

    /** Checks the text. */
    public SearchQuery {
        Objects.requireNonNull(text, "text");
        if (text.isBlank() || text.length() > MAX_LENGTH) {
            throw QueryException.badParameter(
                    "q",
                    "q (" + (text.length() > 40 ? text.substring(0, 40) + "..." : text) + ") must be a name of 1 to "
                            + MAX_LENGTH + " characters.\nMaybe type a mineral, country, measure or agreement name.");
        }
    }

    /** The kinds of entry searched, in the order hits are listed. */
    public enum Kind {
        MINERAL,
        COUNTRY,
        MEASURE,
        AGREEMENT
    }

    /**
     * One entry found, made by the search from the catalogue's, registry's and policy records' own ids and names.
     *
     * @param kind what it is
     * @param id its id (mineral id, ISO 3166-1 alpha-2 code, measure or agreement id)
     * @param name its name or title
     * @param exact true if the text denotes it (alone or among several), false if it is only a close name
     * @param basis how the text denotes it, as every face says it ("element symbol of dysprosium", a curated alias's
     *     reason), or why the text is ambiguous; "" if the text is the entry's id or only a close name
     */
    public record Hit(Kind kind, String id, String name, boolean exact, String basis) {}

    /**
     * @param text the text searched
     * @param hits the exact hits, by kind; if there are none, the closest names of every kind
     */
    public record Result(String text, List<Hit> hits) {
        /** Copies the hits. */
        public Result {
            hits = List.copyOf(hits);
        }

        /** @return true if the text denotes exactly one entry of one kind */
        public boolean unique() {
            return hits.size() == 1 && hits.get(0).exact();
        }

        /** @return true if some kind resolved the text (the hits are not mere suggestions) */
        public boolean exact() {
            return !hits.isEmpty() && hits.get(0).exact();
        }
    }

    @Override
    public Result answer(ReportContext context) {
        KnowledgeSnapshot snapshot = context.snapshot();
        List<Hit> exact = new ArrayList<>();
        List<Hit> close = new ArrayList<>();
        collect(Kind.MINERAL, Lookup.minerals(snapshot, text), m -> m.id().value(), Mineral::name, exact, close);
        collect(
                Kind.COUNTRY,
                Lookup.countries(snapshot, text),
                c -> c.code().value(),
                Country::name,
                Lookup::label,
                exact,
                close);
        collect(Kind.MEASURE, Lookup.measures(snapshot, text), TradeMeasure::id, TradeMeasure::title, exact, close);
        collect(Kind.AGREEMENT, Lookup.agreements(snapshot, text), Agreement::id, Agreement::title, exact, close);
        return new Result(text, exact.isEmpty() ? close : exact);
    }

    private static <T> void collect(
            Kind kind,
            Resolution<T> resolution,
            Function<T, String> id,
            Function<T, String> name,
            List<Hit> exact,
            List<Hit> close) {
        collect(kind, resolution, id, name, id, exact, close);
    }

    /** @param label how the basis names an entry: its id, or for a country its name and code */
    private static <T> void collect(
            Kind kind,
            Resolution<T> resolution,
            Function<T, String> id,
            Function<T, String> name,
            Function<T, String> label,
            List<Hit> exact,
            List<Hit> close) {
        if (resolution instanceof Resolution.Found<T> found) {
            T value = found.value();
            String basis = found.match().exact() ? "" : found.match().describe(label.apply(value));
            exact.add(new Hit(kind, id.apply(value), name.apply(value), true, basis));
        } else if (resolution instanceof Resolution.Ambiguous<T> ambiguous) {
            for (T value : ambiguous.values()) {
                exact.add(new Hit(kind, id.apply(value), name.apply(value), true, ambiguous.basis()));
            }
        } else {
            for (T value : ((Resolution.Unknown<T>) resolution).suggestions()) {
                close.add(new Hit(kind, id.apply(value), name.apply(value), false, ""));
            }
        }
    }
}
