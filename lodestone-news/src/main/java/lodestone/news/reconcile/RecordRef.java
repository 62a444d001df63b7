package lodestone.news.reconcile;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * A record an event was matched with.
 *
 * @param kind {@code agreement}, {@code measure} or {@code list}
 * @param id the record id
 * @param title the record's title
 * @param date its date (signed, announced or published)
 * @param sources the source ids it cites
 */
public record RecordRef(String kind, String id, String title, Optional<LocalDate> date, List<String> sources) {
    public RecordRef {
        sources = List.copyOf(sources);
    }
}
