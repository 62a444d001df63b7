package lodestone.model.buffer;

import java.time.LocalDate;
import java.util.Optional;

/**
 * The dated milestones of a stockpile or price floor: announced, funded, in force from, and last day in force. The state
 * on a date is derived from them: a record is in force only from a sourced start of operation, never from its
 * announcement or its funding alone.
 *
 * @param announced when it was announced (required)
 * @param funded when its funding was approved, if recorded
 * @param effective the first day it operates (stockpile) or pays (floor), if a source confirms one
 * @param end its last day in force, if stated or derived from a stated term
 */
public record Timeline(
        Milestone announced, Optional<Milestone> funded, Optional<Milestone> effective, Optional<Milestone> end) {
    public Timeline {
        LocalDate start = announced.date();
        funded.ifPresent(f -> requireNotBefore("funded", f.date(), "announced", start));
        effective.ifPresent(e -> requireNotBefore("effective", e.date(), "announced", start));
        if (end.isPresent()) {
            LocalDate from = effective.map(Milestone::date).orElse(start);
            requireNotBefore("end", end.get().date(), effective.isPresent() ? "effective" : "announced", from);
        }
    }

    private static void requireNotBefore(String field, LocalDate date, String other, LocalDate otherDate) {
        if (date.isBefore(otherDate)) {
            throw new IllegalArgumentException(field + " (" + date + ") is before " + other + " (" + otherDate
                    + ").\nMaybe the dates are swapped, or the end is the last day of a term counted from the start.");
        }
    }

    /**
     * @param announced when it was announced
     * @return a timeline with the announcement only
     */
    public static Timeline announcedOn(Milestone announced) {
        return new Timeline(announced, Optional.empty(), Optional.empty(), Optional.empty());
    }

    /**
     * Derives the state on a date: ended after the last day in force; in force from the effective date; funded from
     * the funding date; announced from the announcement; not yet announced before it.
     *
     * @param on the date
     * @return the state
     */
    public BufferState state(LocalDate on) {
        if (on.isBefore(announced.date())) {
            return BufferState.NOT_YET_ANNOUNCED;
        }
        if (end.isPresent() && on.isAfter(end.get().date())) {
            return BufferState.ENDED;
        }
        if (effective.isPresent() && !on.isBefore(effective.get().date())) {
            return BufferState.IN_FORCE;
        }
        if (funded.isPresent() && !on.isBefore(funded.get().date())) {
            return BufferState.FUNDED;
        }
        return BufferState.ANNOUNCED;
    }

    /**
     * @param on the date
     * @return the state in words, e.g. "funded 2026-02-02; no source on record confirms operation"
     */
    public String describe(LocalDate on) {
        return switch (state(on)) {
            case NOT_YET_ANNOUNCED -> "not yet announced (announced " + announced.date() + ")";
            case ANNOUNCED -> "announced " + announced.date() + "; no funding or start of operation on record";
            case FUNDED ->
                "funded " + funded.orElseThrow().date() + "; no source on record confirms operation"
                        + effective
                                .map(e -> " (start recorded for " + e.date() + ")")
                                .orElse("");
            case IN_FORCE ->
                "in force since " + effective.orElseThrow().date()
                        + end.map(e -> " until " + e.date()).orElse("");
            case ENDED -> "ended " + end.orElseThrow().date();
        };
    }

    /** @return the latest milestone date on record */
    public LocalDate latest() {
        LocalDate latest = announced.date();
        for (Optional<Milestone> m : java.util.List.of(funded, effective, end)) {
            if (m.isPresent() && m.get().date().isAfter(latest)) {
                latest = m.get().date();
            }
        }
        return latest;
    }
}
