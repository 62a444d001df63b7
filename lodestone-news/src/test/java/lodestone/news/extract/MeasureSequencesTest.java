package lodestone.news.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Two export measures of one issuer told in one sentence, one by way of the other (round 22c, {@link
 * MeasureSequences}): a ban replaced by quotas names the quotas and, told by its own verb, the ban; a measure named by
 * the time it was planned for is a measure of its own beside the one that overtook it. The sentences are our own. Read
 * by the rules alone, so the classifier's stages play no part.
 */
class MeasureSequencesTest {
    private static final NewsExtractor RULES = NewsExtractor.rulesOnly();

    private static List<Event> of(String text, EventType type) {
        return DutyAndListFramesTest.of(RULES, type, text);
    }

    @Test
    void aBanReplacedByQuotasIsTheBanTheLiftingAndTheQuotas() {
        String text =
                "Cobalt exports from Zambia.\n\nZambia halted cobalt exports in March 2024 and replaced the ban with"
                        + " annual export quotas on 2 September 2024.";
        List<Event> controls = of(text, EventType.EXPORT_CONTROL);
        assertThat(controls).hasSize(2).allSatisfy(e -> {
            assertThat(e.parties()).containsExactly("ZM");
            assertThat(e.minerals()).containsExactly("cobalt");
        });
        // each measure has its own day: the ban none (a month only), the quotas the day told after their words
        assertThat(controls).extracting(e -> e.date().orElse(null)).containsExactly(null, LocalDate.of(2024, 9, 2));
        assertThat(of(text, EventType.EXPORT_CONTROL_SUSPENSION)).hasSize(1);
    }

    @Test
    void quotasAsTheSubjectOfTheReplacementAreANewRegime() {
        assertThat(MeasureSequences.read("Laos, where export quotas replaced a ban last year, still ships ore."))
                .singleElement()
                .satisfies(r -> {
                    assertThat(r.kind()).isEqualTo(MeasureSequences.Kind.REPLACING);
                    assertThat("Laos, where export quotas replaced a ban last year, still ships ore."
                                    .substring(r.start(), r.end()))
                            .isEqualTo("export quotas");
                });
    }

    @Test
    void aBanPlannedForLaterIsAMeasureBesideTheOneThatBroughtItForward() {
        String text = "Namibia moves early.\n\nNamibia banned exports of graphite concentrate on 3 March 2025,"
                + " bringing forward a ban it had earlier planned for 2028.";
        assertThat(of(text, EventType.EXPORT_CONTROL)).hasSize(2).allSatisfy(e -> {
            assertThat(e.parties()).contains("NA");
            assertThat(e.minerals()).contains("graphite");
        });
        assertThat(MeasureSequences.read("Its planned 2028 deadline was dropped."))
                .extracting(MeasureSequences.Reading::kind)
                .containsExactly(MeasureSequences.Kind.PLANNED);
        assertThat(MeasureSequences.read("Ghana set June 2027 as the date from which bauxite exports would stop."))
                .singleElement()
                .satisfies(r -> assertThat(r.kind()).isEqualTo(MeasureSequences.Kind.PLANNED));
    }

    @Test
    void aPlannedBanAloneOrAHedgedOneIsNoSecondMeasure() {
        // the sentence's only measure is the planned ban itself: one event, not two
        assertThat(of(
                        "Namibia's plan.\n\nNamibia announced on 3 March 2025 a ban on graphite exports planned for"
                                + " 2028.",
                        EventType.EXPORT_CONTROL))
                .hasSize(1);
        // no other export measure told: the planned ban names no second measure
        assertThat(of(
                        "Graphite in 2028.\n\nThe graphite ban planned for 2028 dominated the mining conference.",
                        EventType.EXPORT_CONTROL))
                .isEmpty();
        // a replacement only talked of is no new regime
        assertThat(of(
                        "Cobalt exports from Zambia.\n\nZambia banned cobalt exports in March 2024 and may replace the ban"
                                + " with quotas next year.",
                        EventType.EXPORT_CONTROL))
                .hasSize(1);
    }

    @Test
    void wordsWithoutAReplacementOrAPlannedTimeReadNothing() {
        for (String sentence : List.of(
                "The ministry replaced the minister with a former banker.",
                "The ban stays in place until further notice.",
                "The deadline planned by the ministry is unclear.")) {
            assertThat(MeasureSequences.read(sentence)).as(sentence).isEmpty();
        }
    }
}
