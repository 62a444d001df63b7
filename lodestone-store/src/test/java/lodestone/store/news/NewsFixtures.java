package lodestone.store.news;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** A stored article with unverified events, and the review's requests, for the tests that save and review one. */
public final class NewsFixtures {
    private NewsFixtures() {}

    /** The article's id. */
    public static final String ARTICLE = "0123456789abcdef";

    /** The payload of an export control on rare earths by CN, dated 2026-11-27. */
    public static final String EXPORT_CONTROL =
            "{\"type\":\"export_control\",\"parties\":[\"CN\"],\"minerals\":[\"rare earths\"],"
                    + "\"amount_usd\":null,\"date\":\"2026-11-27\",\"evidence\":\"evidence\"}";

    /** The payload of a USD 1 billion agreement on gallium between US and AU, undated. */
    public static final String AGREEMENT =
            "{\"type\":\"agreement\",\"parties\":[\"US\",\"AU\"],\"minerals\":[\"gallium\"],"
                    + "\"amount_usd\":1.0E9,\"date\":null,\"evidence\":\"evidence\"}";

    /**
     * @param id the draft's id, or null
     * @param kind the measure kind, or null
     * @param targets the destinations
     * @return a request naming only those
     */
    public static DraftRequest request(String id, String kind, List<String> targets) {
        return new DraftRequest(
                Optional.empty(),
                Optional.ofNullable(id),
                Optional.empty(),
                Optional.empty(),
                Optional.ofNullable(kind),
                List.of(),
                targets,
                List.of(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty());
    }

    /**
     * @param type the event type
     * @param payload its JSON payload
     * @param start where its evidence starts in the text (it is 8 characters long)
     * @return an unverified event
     */
    public static NewsArchive.StoredRecord event(String type, String payload, int start) {
        return new NewsArchive.StoredRecord(
                "event",
                type,
                type + ": CN",
                payload,
                "evidence",
                start,
                start + 8,
                "no-record",
                NewsArchive.UNVERIFIED);
    }

    /**
     * @param events its records, in order (the first is record 1)
     * @return the article {@link #ARTICLE}, "Beijing extends curbs", published 2026-11-28
     */
    public static NewsArchive.StoredArticle article(NewsArchive.StoredRecord... events) {
        return new NewsArchive.StoredArticle(
                ARTICLE,
                "beijing.html",
                "https://news.example.org/2026/11/beijing.html",
                Optional.of("Beijing extends curbs"),
                Optional.of(LocalDate.parse("2026-11-28")),
                "ab" + ARTICLE,
                "news-rules-1",
                List.of(events));
    }
}
