package lodestone.model.policy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import lodestone.model.Guards;
import lodestone.model.geo.CountryCode;
import lodestone.model.mineral.MineralId;
import lodestone.model.provenance.SourceId;
import org.jspecify.annotations.Nullable;

/**
 * An export control or restriction as a dated record.
 *
 * @param id stable identifier, e.g. {@code cn-ree-medium-heavy-2025}
 * @param issuer the issuing country
 * @param kind licensing, ban, quota, export tax, content rule or technology control
 * @param title a descriptive title
 * @param legalReference the instrument, e.g. "MOFCOM/GAC Announcement No. 18 of 2025"
 * @param minerals the minerals covered
 * @param productForms the product forms covered, as the instrument lists them
 * @param targets the destinations covered
 * @param events the history, in date order; the first is the announcement
 * @param sources every source cited
 * @param note what the record does not say in its fields (scope caveats, conflicting reports)
 */
public record TradeMeasure(
        String id,
        CountryCode issuer,
        MeasureKind kind,
        String title,
        String legalReference,
        List<MineralId> minerals,
        List<String> productForms,
        Targets targets,
        List<MeasureEvent> events,
        List<SourceId> sources,
        String note) {

    /** The order of event types on one day: announced before effective before suspended, and so on. */
    static final Comparator<MeasureEvent> ORDER =
            Comparator.comparing(MeasureEvent::date).thenComparing(MeasureEvent::type);

    public TradeMeasure {
        Guards.requireText(id, "measure id");
        Guards.requireText(title, "title of " + id);
        Guards.requireText(legalReference, "legal reference of " + id);
        minerals = Guards.requireNonEmpty(minerals, "measure " + id + " must cover at least one mineral.");
        productForms = List.copyOf(productForms);
        events = List.copyOf(events);
        sources = Guards.requireNonEmpty(sources, "measure " + id + " must cite at least one source.");
        requireOrdered(id, events);
        for (MeasureEvent event : events) {
            for (String part : event.parts()) {
                if (!productForms.contains(part)) {
                    throw new IllegalArgumentException("measure " + id + ": event "
                            + event.type().id() + " ("
                            + event.date() + ") names the part \"" + part + "\", which is not one of its product forms "
                            + productForms + ".\nMaybe copy the product form exactly.");
                }
            }
        }
    }

    private static void requireOrdered(String id, List<MeasureEvent> events) {
        if (events.isEmpty()
                || (events.get(0).type() != MeasureEventType.ANNOUNCED
                        && events.get(0).type() != MeasureEventType.EFFECTIVE)) {
            throw new IllegalArgumentException("measure " + id + ": the first event must be 'announced' (or"
                    + " 'effective' when no announcement date is sourced).");
        }
        MeasureEvent first = events.get(0);
        for (int i = 1; i < events.size(); i++) {
            MeasureEvent event = events.get(i);
            if (event.date().isBefore(first.date())) {
                throw new IllegalArgumentException(
                        "measure " + id + ": event " + event.type().id() + " ("
                                + event.date() + ") is before the "
                                + (first.type() == MeasureEventType.ANNOUNCED ? "announcement" : "first recorded event")
                                + " (" + first.date() + ").");
            }
            if (ORDER.compare(event, events.get(i - 1)) < 0) {
                throw new IllegalArgumentException(
                        "measure " + id + ": event " + event.type().id() + " ("
                                + event.date() + ") is out of order after "
                                + events.get(i - 1).type().id() + " ("
                                + events.get(i - 1).date() + ").\nMaybe list the events in date order.");
            }
            if (event.type() == MeasureEventType.ANNOUNCED) {
                throw new IllegalArgumentException("measure " + id + ": only the first event may be 'announced'.");
            }
        }
    }

    /**
     * Derives the status on a date from the events. Rules, applied to the events dated on or before the date, in
     * order: announced sets "announced"; effective and reinstated set "in force"; suspended sets "suspended" (until
     * its stated last day, inclusive); lifted and expired end the measure; amended changes nothing. A suspension whose
     * last day has passed, with no later event, gives "suspension ended", which says exactly that and does not guess
     * what followed.
     *
     * <p>When some events concern only some parts of the measure (named among its product forms), each part gets its
     * own state from the events that concern it, and the measure's state is the most binding of them: in force if any
     * part is in force, then suspended, suspension ended, announced, lifted, expired, not yet announced. The
     * description then names the parts in each state.
     *
     * @param on the date
     * @return the status
     */
    public MeasureStatus status(LocalDate on) {
        boolean partial = events.stream().anyMatch(event -> !event.parts().isEmpty());
        if (!partial) {
            Derived whole = derive(events, on);
            return whole.status(on, whole.describe(), List.of());
        }
        Map<String, Derived> byPart = new LinkedHashMap<>();
        for (String part : productForms) {
            byPart.put(
                    part,
                    derive(events.stream().filter(event -> event.concerns(part)).toList(), on));
        }
        Derived leading = byPart.values().stream()
                .min(Comparator.comparingInt(derived -> BINDING_ORDER.indexOf(derived.state())))
                .orElseThrow();
        List<MeasureStatus.PartStatus> parts = new ArrayList<>();
        byPart.forEach(
                (part, derived) -> parts.add(new MeasureStatus.PartStatus(part, derived.state(), derived.describe())));
        Map<String, List<String>> partsByDescription = new LinkedHashMap<>();
        byPart.entrySet().stream()
                .sorted(Comparator.comparingInt(
                        entry -> BINDING_ORDER.indexOf(entry.getValue().state())))
                .forEach(entry -> partsByDescription
                        .computeIfAbsent(entry.getValue().describe(), key -> new ArrayList<>())
                        .add(entry.getKey()));
        String description = partsByDescription.size() == 1
                ? leading.describe()
                : partsByDescription.entrySet().stream()
                        .map(entry -> entry.getKey() + " for: " + String.join("; ", entry.getValue()))
                        .collect(java.util.stream.Collectors.joining(" | "));
        return leading.status(on, description, parts);
    }

    /** States from the most binding to the least, to summarise the parts of a partly suspended measure. */
    private static final List<MeasureState> BINDING_ORDER = List.of(
            MeasureState.IN_FORCE,
            MeasureState.SUSPENDED,
            MeasureState.SUSPENSION_ENDED,
            MeasureState.ANNOUNCED,
            MeasureState.LIFTED,
            MeasureState.EXPIRED,
            MeasureState.NOT_YET_ANNOUNCED);

    /** The state that a list of events gives on a date, with the event it rests on and the next one. */
    private record Derived(
            MeasureState state, @Nullable MeasureEvent basis, Optional<MeasureEvent> next, Optional<LocalDate> until) {
        MeasureStatus status(LocalDate on, String description, List<MeasureStatus.PartStatus> parts) {
            return new MeasureStatus(
                    on,
                    state,
                    Optional.ofNullable(basis).map(MeasureEvent::date),
                    until,
                    Optional.ofNullable(basis),
                    next,
                    description,
                    parts);
        }

        String describe() {
            String scheduled = next.map(
                            e -> "; next recorded event: " + e.type().id() + " on " + e.date())
                    .orElse("");
            if (basis == null) { // before the first event that sets a state
                return "not yet announced" + scheduled;
            }
            return switch (state) {
                case NOT_YET_ANNOUNCED -> "not yet announced" + scheduled;
                case ANNOUNCED -> "announced " + basis.date() + "; not in force" + scheduled;
                case IN_FORCE ->
                    (basis.type() == MeasureEventType.REINSTATED ? "reinstated " : "in force since ")
                            + basis.date()
                            + scheduled;
                case SUSPENDED ->
                    "suspended since " + basis.date()
                            + basis.until().map(until -> " until " + until).orElse(" (no end date stated)")
                            + scheduled;
                case SUSPENSION_ENDED -> "suspension ended " + basis.until().orElseThrow() + "; no later record";
                case LIFTED -> "lifted " + basis.date();
                case EXPIRED -> "expired " + basis.date();
            };
        }
    }

    private static Derived derive(List<MeasureEvent> events, LocalDate on) {
        MeasureState state = MeasureState.NOT_YET_ANNOUNCED;
        MeasureEvent basis = null;
        for (MeasureEvent event : events) {
            if (event.date().isAfter(on)) {
                break;
            }
            switch (event.type()) {
                case ANNOUNCED -> state = MeasureState.ANNOUNCED;
                case EFFECTIVE, REINSTATED -> state = MeasureState.IN_FORCE;
                case SUSPENDED -> state = MeasureState.SUSPENDED;
                case LIFTED -> state = MeasureState.LIFTED;
                case EXPIRED -> state = MeasureState.EXPIRED;
                case AMENDED -> {
                    continue;
                }
            }
            basis = event;
        }
        Optional<MeasureEvent> next =
                events.stream().filter(e -> e.date().isAfter(on)).findFirst();
        Optional<LocalDate> until = basis == null ? Optional.empty() : basis.until();
        if (state == MeasureState.SUSPENDED && until.isPresent() && on.isAfter(until.get())) {
            state = MeasureState.SUSPENSION_ENDED;
        }
        return new Derived(state, basis, next, until);
    }

    /** @return true if the measure covers the mineral */
    public boolean covers(MineralId mineral) {
        return minerals.contains(mineral);
    }
}
