package lodestone.model.policy;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * A measure's state on a date, with the event it rests on and a sentence saying exactly that.
 *
 * @param on the date asked about
 * @param state the derived state
 * @param since the date of the event that set the state, if any
 * @param until for a suspension, its stated last day
 * @param basis the event the state rests on, if any
 * @param next the next recorded event after {@code on}, if any (a scheduled effective date, a suspension's end)
 * @param description e.g. "suspended since 2025-11-07 until 2026-11-10" or "suspension ended 2026-11-10; no later
 *     record"
 * @param parts when events concern some parts of the measure only, the state of each part (product form); empty when
 *     every event concerns the whole measure. The measure's own state is then the most binding of its parts: in force
 *     if any part is.
 */
public record MeasureStatus(
        LocalDate on,
        MeasureState state,
        Optional<LocalDate> since,
        Optional<LocalDate> until,
        Optional<MeasureEvent> basis,
        Optional<MeasureEvent> next,
        String description,
        List<PartStatus> parts) {
    public MeasureStatus {
        parts = List.copyOf(parts);
    }

    /**
     * The state of one part of a measure.
     *
     * @param part the part, as the measure names it among its product forms
     * @param state its state on the date
     * @param description e.g. "suspended since 2025-11-09 until 2026-11-27"
     */
    public record PartStatus(String part, MeasureState state, String description) {}
}
