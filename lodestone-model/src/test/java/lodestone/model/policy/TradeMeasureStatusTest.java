package lodestone.model.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import lodestone.model.geo.CountryCode;
import lodestone.model.mineral.MineralId;
import lodestone.model.provenance.SourceId;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

class TradeMeasureStatusTest {
    private static final SourceId SOURCE = SourceId.of("s");
    private static final LocalDate START = LocalDate.parse("2023-01-01");
    private static final MeasureEventType[] LATER = {
        MeasureEventType.EFFECTIVE,
        MeasureEventType.SUSPENDED,
        MeasureEventType.REINSTATED,
        MeasureEventType.AMENDED,
        MeasureEventType.LIFTED,
        MeasureEventType.EXPIRED
    };

    private static MeasureEvent event(MeasureEventType type, String date, String until) {
        return new MeasureEvent(
                type, LocalDate.parse(date), Optional.ofNullable(until).map(LocalDate::parse), SOURCE, "");
    }

    private static TradeMeasure measure(List<MeasureEvent> events) {
        return measure(List.of(), Targets.allDestinations(), events);
    }

    private static TradeMeasure measure(List<String> productForms, Targets targets, List<MeasureEvent> events) {
        return new TradeMeasure(
                "m",
                CountryCode.of("CN"),
                MeasureKind.LICENSING,
                "t",
                "No. 1",
                List.of(MineralId.of("gallium")),
                productForms,
                targets,
                events,
                List.of(SOURCE),
                "");
    }

    /** Random valid histories: an announcement, then up to six later events in date order. */
    private static Gen<List<MeasureEvent>> histories() {
        return lists().of(integers().between(0, 6 * 1000 * 1000 - 1))
                .ofSizeBetween(0, 6)
                .map(codes -> {
                    List<MeasureEvent> events = new ArrayList<>();
                    events.add(new MeasureEvent(MeasureEventType.ANNOUNCED, START, Optional.empty(), SOURCE, ""));
                    LocalDate date = START;
                    for (int code : codes) {
                        MeasureEventType type = LATER[code % LATER.length];
                        date = date.plusDays((code / LATER.length) % 400);
                        Optional<LocalDate> until = type == MeasureEventType.SUSPENDED && (code / 2400) % 3 != 0
                                ? Optional.of(date.plusDays(1 + (code / 7200) % 500))
                                : Optional.empty();
                        events.add(new MeasureEvent(type, date, until, SOURCE, ""));
                    }
                    events.sort(TradeMeasure.ORDER);
                    return events;
                });
    }

    /** The rule written out independently: the last non-amendment event on or before the date decides. */
    private static MeasureState expected(List<MeasureEvent> events, LocalDate on) {
        MeasureEvent last = null;
        for (MeasureEvent event : events) {
            if (!event.date().isAfter(on) && event.type() != MeasureEventType.AMENDED) {
                last = event;
            }
        }
        if (last == null) {
            return MeasureState.NOT_YET_ANNOUNCED;
        }
        return switch (last.type()) {
            case ANNOUNCED -> MeasureState.ANNOUNCED;
            case EFFECTIVE, REINSTATED -> MeasureState.IN_FORCE;
            case SUSPENDED ->
                last.until().isPresent() && on.isAfter(last.until().get())
                        ? MeasureState.SUSPENSION_ENDED
                        : MeasureState.SUSPENDED;
            case LIFTED -> MeasureState.LIFTED;
            case EXPIRED -> MeasureState.EXPIRED;
            case AMENDED -> throw new AssertionError("skipped above");
        };
    }

    @Test
    void theStatusFollowsTheLastEventOnOrBeforeTheDate() {
        qt().withFixedSeed(20261110L)
                .forAll(histories(), integers().between(-30, 3000))
                .check((events, offset) -> {
                    LocalDate on = START.plusDays(offset);
                    return measure(events).status(on).state() == expected(events, on);
                });
    }

    @Test
    void anAmendmentNeverChangesTheStatus() {
        qt().withFixedSeed(5L)
                .forAll(histories(), integers().between(0, 2500), integers().between(0, 3000))
                .check((events, amendAt, offset) -> {
                    List<MeasureEvent> amended = new ArrayList<>(events);
                    amended.add(new MeasureEvent(
                            MeasureEventType.AMENDED, START.plusDays(amendAt), Optional.empty(), SOURCE, ""));
                    amended.sort(TradeMeasure.ORDER);
                    LocalDate on = START.plusDays(offset);
                    return measure(amended).status(on).state()
                            == measure(events).status(on).state();
                });
    }

    @Test
    void anEndedSuspensionSaysExactlyThatAndDoesNotGuess() {
        qt().withFixedSeed(9L).forAll(histories(), integers().between(0, 3000)).check((events, offset) -> {
            MeasureStatus status = measure(events).status(START.plusDays(offset));
            return status.state() != MeasureState.SUSPENSION_ENDED
                    || status.description()
                            .equals("suspension ended " + status.until().orElseThrow() + "; no later record");
        });
    }

    @Test
    void theOctober2025PackageThroughItsSuspension() {
        TradeMeasure measure = measure(List.of(
                event(MeasureEventType.ANNOUNCED, "2025-10-09", null),
                event(MeasureEventType.SUSPENDED, "2025-11-07", "2026-11-10")));
        assertThat(measure.status(LocalDate.parse("2025-10-01")).state()).isEqualTo(MeasureState.NOT_YET_ANNOUNCED);
        assertThat(measure.status(LocalDate.parse("2025-10-20")).description())
                .isEqualTo("announced 2025-10-09; not in force; next recorded event: suspended on 2025-11-07");
        assertThat(measure.status(LocalDate.parse("2026-11-10")).state()).isEqualTo(MeasureState.SUSPENDED);
        assertThat(measure.status(LocalDate.parse("2026-11-11")).description())
                .isEqualTo("suspension ended 2026-11-10; no later record");
        assertThat(measure.status(LocalDate.parse("2026-11-11")).state().binds())
                .isFalse();
    }

    @Test
    void eventsOutOfOrderAreRejected() {
        assertThatThrownBy(() -> measure(List.of(
                        event(MeasureEventType.ANNOUNCED, "2025-04-04", null),
                        event(MeasureEventType.SUSPENDED, "2025-01-01", "2025-02-01"))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("before the announcement");
        assertThatThrownBy(() -> measure(List.of(
                        event(MeasureEventType.ANNOUNCED, "2025-04-04", null),
                        event(MeasureEventType.SUSPENDED, "2025-06-01", null),
                        event(MeasureEventType.EFFECTIVE, "2025-05-01", null))))
                .hasMessageContaining("out of order");
        assertThatThrownBy(() -> event(MeasureEventType.SUSPENDED, "2025-06-01", "2025-05-01"))
                .hasMessageContaining("must not be before");
        assertThatThrownBy(() -> measure(List.of(event(MeasureEventType.SUSPENDED, "2025-06-01", null))))
                .hasMessageContaining("first event");
    }

    private static final String CLAUSE_1 = "all dual-use items to US military users/uses (clause 1)";
    private static final String CLAUSE_2 = "all dual-use items related to gallium, germanium and antimony (clause 2)";

    /** MOFCOM Announcement No. 46 of 2024, reduced to its two clauses. */
    private static TradeMeasure militaryBan(List<MeasureEvent> events) {
        return measure(List.of(CLAUSE_2, CLAUSE_1), Targets.of(java.util.Set.of(CountryCode.of("US"))), events);
    }

    @Test
    void aSuspensionOfSomePartsLeavesTheMilitaryEndUserBanInForce() {
        TradeMeasure measure = militaryBan(List.of(
                event(MeasureEventType.ANNOUNCED, "2024-12-03", null),
                event(MeasureEventType.EFFECTIVE, "2024-12-03", null),
                new MeasureEvent(
                        MeasureEventType.SUSPENDED,
                        LocalDate.parse("2025-11-09"),
                        Optional.of(LocalDate.parse("2026-11-27")),
                        SOURCE,
                        "No. 72 of 2025",
                        List.of(CLAUSE_2))));
        MeasureStatus during = measure.status(LocalDate.parse("2026-11-20"));
        assertThat(during.state()).isEqualTo(MeasureState.IN_FORCE);
        assertThat(during.state().binds()).isTrue();
        assertThat(during.parts())
                .extracting(MeasureStatus.PartStatus::part, MeasureStatus.PartStatus::state)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(CLAUSE_2, MeasureState.SUSPENDED),
                        org.assertj.core.groups.Tuple.tuple(CLAUSE_1, MeasureState.IN_FORCE));
        assertThat(during.description())
                .isEqualTo("in force since 2024-12-03 for: " + CLAUSE_1
                        + " | suspended since 2025-11-09 until 2026-11-27 for: " + CLAUSE_2);
        MeasureStatus after = measure.status(LocalDate.parse("2026-12-03"));
        assertThat(after.state()).isEqualTo(MeasureState.IN_FORCE);
        assertThat(after.description()).contains("suspension ended 2026-11-27; no later record for: " + CLAUSE_2);
        MeasureStatus before = measure.status(LocalDate.parse("2025-01-01"));
        assertThat(before.state()).isEqualTo(MeasureState.IN_FORCE);
        assertThat(before.description())
                .isEqualTo("in force since 2024-12-03; next recorded event: suspended on 2025-11-09 for: " + CLAUSE_2
                        + " | in force since 2024-12-03 for: " + CLAUSE_1);
    }

    @Test
    void aPartNotAmongTheProductFormsIsRejectedWithAHint() {
        assertThatThrownBy(() -> militaryBan(List.of(
                        event(MeasureEventType.ANNOUNCED, "2024-12-03", null),
                        new MeasureEvent(
                                MeasureEventType.SUSPENDED,
                                LocalDate.parse("2025-11-09"),
                                Optional.empty(),
                                SOURCE,
                                "",
                                List.of("clause 2")))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("\"clause 2\"")
                .hasMessageContaining("Maybe copy the product form exactly");
        assertThatThrownBy(() -> new MeasureEvent(
                        MeasureEventType.ANNOUNCED, START, Optional.empty(), SOURCE, "", List.of(CLAUSE_1)))
                .hasMessageContaining("whole measure");
    }

    @Test
    void aPartlySuspendedMeasureBindsExactlyWhenOnePartBinds() {
        qt().withFixedSeed(72L)
                .forAll(histories(), histories(), integers().between(-30, 3000))
                .check((whole, partial, offset) -> {
                    List<MeasureEvent> events = new ArrayList<>(whole);
                    partial.stream()
                            .skip(1)
                            .map(e -> new MeasureEvent(e.type(), e.date(), e.until(), SOURCE, "", List.of(CLAUSE_2)))
                            .forEach(events::add);
                    events.sort(TradeMeasure.ORDER);
                    LocalDate on = START.plusDays(offset);
                    MeasureStatus status = militaryBan(events).status(on);
                    boolean anyPartBinds = status.parts().isEmpty()
                            ? status.state().binds()
                            : status.parts().stream()
                                    .anyMatch(part -> part.state().binds());
                    boolean clause1 = expected(whole, on).binds();
                    return status.state().binds() == anyPartBinds
                            && (!clause1 || status.state().binds());
                });
    }
}
