package lodestone.news.reconcile;

import java.util.List;
import lodestone.news.extract.Event;

/**
 * An event with its match against the records.
 *
 * @param event the event
 * @param match how it relates to the records
 * @param records the records it was matched with (one per partner for agreements between several countries)
 * @param differences details that differ from the records
 * @param added details the article adds
 * @param explanation one or two sentences
 */
public record EventCheck(
        Event event,
        MatchKind match,
        List<RecordRef> records,
        List<Difference> differences,
        List<String> added,
        String explanation) {
    public EventCheck {
        records = List.copyOf(records);
        differences = List.copyOf(differences);
        added = List.copyOf(added);
    }

    /**
     * @param event the event
     * @param explanation why nothing on record compares with it
     * @return a {@link MatchKind#NEW} check: no records, differences or added details
     */
    public static EventCheck unmatched(Event event, String explanation) {
        return new EventCheck(event, MatchKind.NEW, List.of(), List.of(), List.of(), explanation);
    }
}
