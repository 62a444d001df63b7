package lodestone.news.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * An export measure named by its instrument or by its time, with no verb of imposing it (round 23c, {@link
 * NamedMeasures}), is a background export control of its own. The sentences are our own. Read by the rules alone, so
 * the classifier's stages play no part.
 */
class NamedMeasuresTest {
    private static final NewsExtractor RULES = NewsExtractor.rulesOnly();

    private static List<Event> controls(String text) {
        return DutyAndListFramesTest.of(RULES, EventType.EXPORT_CONTROL, text);
    }

    @Test
    void aNumberedNoticeAboutExportsIsTheMeasureItSetsOut() {
        String text = "Bismuth traders wait.\n\nChina's commerce ministry's Notice No. 31 of 14 March 2024, which lists"
                + " the firms that may export bismuth, runs to twelve pages.";
        assertThat(controls(text)).singleElement().satisfies(e -> {
            assertThat(e.parties()).containsExactly("CN");
            assertThat(e.minerals()).containsExactly("bismuth");
        });
    }

    @Test
    void theInstrumentsThatNameAMeasure() {
        for (String sentence : List.of(
                "Decree No. 7 sets who may export bismuth.",
                "Under Statutory Instrument 12 of 2021 the export of raw bismuth ore stopped.",
                "the ministry's Announcement No 9, which governs bismuth exporters")) {
            assertThat(NamedMeasures.find(sentence))
                    .as(sentence)
                    .hasValueSatisfying(r -> assertThat(r.kind()).isEqualTo(NamedMeasures.Kind.INSTRUMENT));
        }
    }

    @Test
    void anInstrumentThatLiftsAMeasureOrSaysNothingOfExportsIsNone() {
        // the instrument suspends or revokes: the lifting is told, not a measure; no word of exporting: a notice on
        // mine safety is no export control
        for (String sentence : List.of(
                "Notice No. 40 suspended the bismuth export rule for a year.",
                "Order No. 3 revoked the licences for bismuth exports.",
                "Notice No. 12 tightened safety rules at bismuth mines.")) {
            assertThat(NamedMeasures.find(sentence).filter(r -> r.kind() == NamedMeasures.Kind.INSTRUMENT))
                    .as(sentence)
                    .isEmpty();
        }
    }

    @Test
    void aMeasureNamedByItsMonthAroundOtherWordsIsAControlOfThatTime() {
        String text = "Smelters count the cost.\n\nBuyers in Rotterdam still face China's broad March 2024 bismuth"
                + " controls, traders said.";
        assertThat(controls(text)).singleElement().satisfies(e -> {
            assertThat(e.parties()).containsExactly("CN");
            assertThat(e.minerals()).containsExactly("bismuth");
        });
        for (String sentence : List.of(
                "the bismuth rules it had issued on 3 May",
                "its package of 12 June 2024 on bismuth",
                "the far wider March 2024 bismuth restrictions")) {
            assertThat(NamedMeasures.find(sentence))
                    .as(sentence)
                    .hasValueSatisfying(r -> assertThat(r.kind()).isEqualTo(NamedMeasures.Kind.DATED));
        }
    }

    @Test
    void theVerbMayIsNoMonthAndAMeasureWithoutATimeIsNotNamed() {
        for (String sentence : List.of(
                "The ministry may tighten its bismuth controls again.",
                "the broad bismuth curbs that Beijing keeps in place")) {
            assertThat(NamedMeasures.find(sentence)).as(sentence).isEmpty();
        }
    }

    @Test
    void theNamedMeasuresDateIsItsOwn() {
        String text = "Bismuth.\n\nChina's commerce ministry said the bismuth controls it had unveiled on 3 May 2024"
                + " still bind exporters.";
        assertThat(controls(text))
                .singleElement()
                .satisfies(e -> assertThat(e.date()).contains(LocalDate.of(2024, 5, 3)));
    }
}
