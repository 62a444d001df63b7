package lodestone.news.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * An export measure named by its instrument or by its time, with no verb of imposing it (round 23c, {@link
 * NamedMeasures}), is a background export control of its own. The sentences are our own; the articles are read by the
 * rules alone, so the classifier's stages play no part.
 */
class NamedMeasuresTest {
    private static Event onlyControl(String text) {
        return assertThat(DutyAndListFramesTest.of(NewsExtractor.rulesOnly(), EventType.EXPORT_CONTROL, text))
                .singleElement()
                .actual();
    }

    /** Asserts that the article tells one control, China's of bismuth. */
    private static void chinasBismuthControl(String text) {
        Event e = onlyControl(text);
        assertThat(e.parties()).containsExactly("CN");
        assertThat(e.minerals()).containsExactly("bismuth");
    }

    private static Optional<NamedMeasures.Kind> kind(String sentence) {
        return NamedMeasures.find(sentence).map(NamedMeasures.Reading::kind);
    }

    private static Optional<NamedMeasures.Kind> instrument(String sentence) {
        return kind(sentence).filter(k -> k == NamedMeasures.Kind.INSTRUMENT);
    }

    @Test
    void aNumberedNoticeAboutExportsIsTheMeasureItSetsOut() {
        chinasBismuthControl("Bismuth traders wait.\n\nChina's commerce ministry's Notice No. 31 of 14 March 2024,"
                + " which lists the firms that may export bismuth, runs to twelve pages.");
        ReadingCases.read(
                NamedMeasuresTest::instrument,
                "Decree No. 7 sets who may export bismuth.",
                "Under Statutory Instrument 12 of 2021 the export of raw bismuth ore stopped.",
                "the ministry's Announcement No 9, which governs bismuth exporters");
    }

    @Test
    void anInstrumentThatLiftsAMeasureOrSaysNothingOfExportsIsNone() {
        // the instrument suspends or revokes: the lifting is told, not a measure; no word of exporting: a notice on
        // mine safety is no export control
        ReadingCases.leftAlone(
                NamedMeasuresTest::instrument,
                "Notice No. 40 suspended the bismuth export rule for a year.",
                "Order No. 3 revoked the licences for bismuth exports.",
                "Notice No. 12 tightened safety rules at bismuth mines.");
    }

    @Test
    void aMeasureNamedByItsMonthAroundOtherWordsIsAControlOfThatTime() {
        chinasBismuthControl("Smelters count the cost.\n\nBuyers in Rotterdam still face China's broad March 2024"
                + " bismuth controls, traders said.");
        ReadingCases.read(
                s -> kind(s).filter(k -> k == NamedMeasures.Kind.DATED),
                "the bismuth rules it had issued on 3 May",
                "its package of 12 June 2024 on bismuth",
                "the far wider March 2024 bismuth restrictions");
    }

    @Test
    void theVerbMayIsNoMonthAndAMeasureWithoutATimeIsNotNamed() {
        ReadingCases.leftAlone(
                NamedMeasuresTest::kind,
                "The ministry may tighten its bismuth controls again.",
                "the broad bismuth curbs that Beijing keeps in place");
    }

    @Test
    void theNamedMeasuresDateIsItsOwn() {
        Event e = onlyControl("Bismuth.\n\nChina's commerce ministry said the bismuth controls it had unveiled on 3 May"
                + " 2024 still bind exporters.");
        assertThat(e.date()).contains(LocalDate.of(2024, 5, 3));
    }
}
