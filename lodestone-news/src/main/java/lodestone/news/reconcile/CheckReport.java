package lodestone.news.reconcile;

import java.util.List;
import lodestone.news.extract.Extraction;

/**
 * What an article says and how it compares with the record.
 *
 * @param extraction the extraction
 * @param claims the claim verdicts
 * @param events the event matches
 * @param flags the plausibility flags
 */
public record CheckReport(Extraction extraction, List<ClaimCheck> claims, List<EventCheck> events, List<Flag> flags) {
    public CheckReport {
        claims = List.copyOf(claims);
        events = List.copyOf(events);
        flags = List.copyOf(flags);
    }
}
