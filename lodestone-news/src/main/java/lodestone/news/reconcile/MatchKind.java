package lodestone.news.reconcile;

import java.util.Locale;

/** How an event relates to the records. */
public enum MatchKind {
    /** A record matches and nothing in the article differs from it. */
    CONFIRMS,
    /**
     * Several records fit and the article names nothing (date, elements, instrument, target) that picks out one;
     * nothing in it differs from them.
     */
    CONSISTENT,
    /** A record matches and the article adds something the record lacks. */
    ADDS_DETAIL,
    /** A record matches and a detail differs: title, date, party or amount. */
    CONTRADICTS,
    /** No record matches. */
    NEW;

    /** @return the id, e.g. {@code adds-detail} */
    public String id() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
