package lodestone.model.buffer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.time.LocalDate;
import java.util.Optional;
import lodestone.model.provenance.SourceId;
import org.junit.jupiter.api.Test;

class TimelineTest {
    private static final LocalDate START = LocalDate.parse("2026-02-02");
    private static final java.util.List<BufferState> ORDER = java.util.List.of(
            BufferState.NOT_YET_ANNOUNCED,
            BufferState.ANNOUNCED,
            BufferState.FUNDED,
            BufferState.IN_FORCE,
            BufferState.ENDED);

    private static Milestone at(LocalDate date) {
        return new Milestone(date, SourceId.of("s"), "");
    }

    @Test
    void anEndBeforeTheStartIsRejectedNamingBothDates() {
        assertThatThrownBy(() -> new Timeline(
                        at(START),
                        Optional.empty(),
                        Optional.of(at(START.plusDays(10))),
                        Optional.of(at(START.plusDays(5)))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("end (2026-02-07) is before effective (2026-02-12).");
        assertThatThrownBy(() -> new Timeline(
                        at(START), Optional.of(at(START.minusDays(1))), Optional.empty(), Optional.empty()))
                .hasMessageStartingWith("funded (2026-02-01) is before announced (2026-02-02).");
    }

    @Test
    void theStateFollowsTheMilestonesInOrder() {
        Timeline timeline = new Timeline(
                at(START),
                Optional.of(at(START.plusDays(1))),
                Optional.of(at(START.plusDays(30))),
                Optional.of(at(START.plusDays(60))));
        assertThat(timeline.state(START.minusDays(1))).isEqualTo(BufferState.NOT_YET_ANNOUNCED);
        assertThat(timeline.state(START)).isEqualTo(BufferState.ANNOUNCED);
        assertThat(timeline.state(START.plusDays(1))).isEqualTo(BufferState.FUNDED);
        assertThat(timeline.state(START.plusDays(30))).isEqualTo(BufferState.IN_FORCE);
        assertThat(timeline.describe(START.plusDays(60))).isEqualTo("in force since 2026-03-04 until 2026-04-03");
        assertThat(timeline.state(START.plusDays(61))).isEqualTo(BufferState.ENDED);
    }

    @Test
    void theStateNeverGoesBackAsTheDateAdvances() {
        qt().withFixedSeed(7L)
                .forAll(
                        integers().between(0, 400),
                        integers().between(0, 400),
                        integers().between(0, 400),
                        integers().between(0, 800))
                .checkAssert((funded, effective, length, day) -> {
                    Timeline timeline = new Timeline(
                            at(START),
                            Optional.of(at(START.plusDays(funded))),
                            Optional.of(at(START.plusDays(effective))),
                            Optional.of(at(START.plusDays(effective + length))));
                    LocalDate on = START.plusDays(day);
                    assertThat(ORDER.indexOf(timeline.state(on.plusDays(1))))
                            .as("the state never goes back")
                            .isGreaterThanOrEqualTo(ORDER.indexOf(timeline.state(on)));
                    assertThat(timeline.state(on).inForce())
                            .isEqualTo(!on.isBefore(START.plusDays(effective))
                                    && !on.isAfter(START.plusDays(effective + length)));
                });
    }
}
