package lodestone.model.policy;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import lodestone.model.provenance.SourceId;

/**
 * One dated event in a measure's history.
 *
 * @param type what happened
 * @param date when
 * @param until for a suspension, the last day it lasts (inclusive), if stated
 * @param source the source that records the event
 * @param note detail, e.g. the instrument ("MOFCOM/GAC Announcement No. 70 of 2025")
 */
public record MeasureEvent(
        MeasureEventType type, LocalDate date, Optional<LocalDate> until, SourceId source, String note) {
    public MeasureEvent {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(until, "until");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(note, "note");
        if (until.isPresent() && type != MeasureEventType.SUSPENDED) {
            throw new IllegalArgumentException(
                    "until (" + until.get() + ") applies only to a suspension, not to " + type.id() + ".");
        }
        if (until.isPresent() && until.get().isBefore(date)) {
            throw new IllegalArgumentException(
                    "suspension until (" + until.get() + ") must not be before the suspension (" + date + ").");
        }
    }
}
