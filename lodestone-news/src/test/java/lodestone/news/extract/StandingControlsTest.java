package lodestone.news.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A licence requirement told as standing since a time (round 22c, {@link StandingControls}) is a background export
 * control of its own. The sentences are our own. Read by the rules alone, so the classifier's stages play no part.
 */
class StandingControlsTest {
    private static final NewsExtractor RULES = NewsExtractor.rulesOnly();

    private static List<Event> controls(String text) {
        return DutyAndListFramesTest.of(RULES, EventType.EXPORT_CONTROL, text);
    }

    @Test
    void aLicenceRequiredSinceADayIsAControlOfThatDay() {
        String text = "Indium and the Chinese rules.\n\nIn China, indium has also required an export licence since"
                + " 12 March 2024, traders said.";
        assertThat(controls(text)).singleElement().satisfies(e -> {
            assertThat(e.parties()).containsExactly("CN");
            assertThat(e.minerals()).containsExactly("indium");
            assertThat(e.date()).contains(LocalDate.of(2024, 3, 12));
        });
    }

    @Test
    void theStateTheLicenceAndTheTimeInAnyOrder() {
        for (String sentence : List.of(
                "Licensing for bismuth, in place since May 2024, is not going away.",
                "Since 2 May exports of bismuth have needed licences.",
                "Bismuth has in addition been subject to export licensing since 2024.",
                "the licences Beijing has required since 2 May 2024 for bismuth")) {
            assertThat(StandingControls.find(sentence)).as(sentence).isPresent();
        }
    }

    @Test
    void aLicenceWithoutATimeOrAnActOfImposingIsNoStandingControl() {
        // no "since": the state of a licence now, not a control with a start; a clause boundary between the licence
        // and the time: two statements
        for (String sentence : List.of(
                "Bismuth exporters have needed licences for a long time.",
                "Licences are in place; since May the price has doubled.")) {
            assertThat(StandingControls.find(sentence)).as(sentence).isEmpty();
        }
        // no mineral in the clause: a licence for a tool is no mineral control
        assertThat(controls("Chip tools.\n\nIn Japan, lithography tools have required an export licence since"
                        + " July 2023."))
                .isEmpty();
    }
}
