package lodestone.news.reconcile;

import java.util.List;

/**
 * A plausibility problem.
 *
 * @param kind {@code office-holder}, {@code date-conflict}, {@code press-only-amount}, {@code amount-not-on-record},
 *     {@code no-record}, {@code description}
 * @param message what is wrong, with the record it was compared with
 * @param evidence the article text it concerns
 * @param sources source URLs or ids of the record
 */
public record Flag(String kind, String message, String evidence, List<String> sources) {
    public Flag {
        sources = List.copyOf(sources);
    }
}
