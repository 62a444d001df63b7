package lodestone.model.policy;

import java.time.LocalDate;
import java.util.List;
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
 * @param parts the parts of the measure the event concerns, named exactly as the measure's product forms (a clause,
 *     an end-user scope); empty when it concerns the whole measure. A suspension of some parts leaves the others as
 *     they were: MOFCOM Announcement No. 72 of 2025 suspended clause 2 of No. 46 of 2024 (gallium, germanium,
 *     antimony, superhard materials, graphite) but not clause 1 (the ban on exports to U.S. military end users).
 */
public record MeasureEvent(
        MeasureEventType type,
        LocalDate date,
        Optional<LocalDate> until,
        SourceId source,
        String note,
        List<String> parts) {
    public MeasureEvent {
        parts = List.copyOf(parts);
        if (!parts.isEmpty() && type == MeasureEventType.ANNOUNCED) {
            throw new IllegalArgumentException("an announcement (" + date + ") concerns the whole measure; parts "
                    + parts + " apply only to later events.");
        }
        if (until.isPresent() && type != MeasureEventType.SUSPENDED) {
            throw new IllegalArgumentException(
                    "until (" + until.get() + ") applies only to a suspension, not to " + type.id() + ".");
        }
        if (until.isPresent() && until.get().isBefore(date)) {
            throw new IllegalArgumentException(
                    "suspension until (" + until.get() + ") must not be before the suspension (" + date + ").");
        }
    }

    /** An event that concerns the whole measure. */
    public MeasureEvent(
            MeasureEventType type, LocalDate date, Optional<LocalDate> until, SourceId source, String note) {
        this(type, date, until, source, note, List.of());
    }

    /** @return true if the event concerns this part of the measure (every part, when it names none) */
    public boolean concerns(String part) {
        return parts.isEmpty() || parts.contains(part);
    }
}
