package lodestone.news.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import lodestone.news.article.Article;
import org.junit.jupiter.api.Test;

/**
 * A government's own plan is its policy, not an agreement; a law told entering into force is its state's act; the
 * EU's executive and capital stand for the EU; a mineral in a law's or policy's title names it.
 */
class OwnPoliciesAndLawsTest {
    private static final NewsExtractor EXTRACTOR = NewsExtractor.bundled();

    private static List<Event> events(String text) {
        return EXTRACTOR
                .extract(new Article(
                        "t.txt", "t.txt", text, Optional.of(LocalDate.parse("2025-06-12")), Optional.empty()))
                .events();
    }

    private static List<Event> ofType(List<Event> events, EventType type) {
        return events.stream().filter(e -> e.type() == type).toList();
    }

    /** The one {@code other} action of the text (the test fails if it tells none or several). */
    private static Event onlyOther(List<Event> events) {
        List<Event> other = ofType(events, EventType.OTHER);
        assertThat(other).hasSize(1);
        return other.get(0);
    }

    @Test
    void aPlanOneGovernmentAdoptsAloneIsItsOwnPolicyAboutCriticalMinerals() {
        List<Event> events = events("The European Union wants to buy fewer critical minerals from a single supplier. "
                + "On 10 June 2025 the Commission adopted an action plan for supply security in Strasbourg.");
        assertThat(ofType(events, EventType.AGREEMENT)).isEmpty();
        assertThat(onlyOther(events).parties()).containsExactly("EU");
        assertThat(onlyOther(events).minerals()).containsExactly("critical minerals");
    }

    @Test
    void aPlanAdoptedWithAPartnerStaysAnAgreement() {
        List<Event> events = events("Canada and Japan want more critical minerals. "
                + "On 10 June 2025 Canada adopted an action plan on critical minerals with Japan.");
        assertThat(ofType(events, EventType.AGREEMENT)).hasSize(1);
        assertThat(ofType(events, EventType.OTHER)).isEmpty();
    }

    @Test
    void aRegulationTakingEffectIsTheActOfTheStateToldBefore() {
        List<Event> events = events("Vietnam has tightened its hold on rare earth mining this year. "
                + "Its new Regulations on Rare Earth Processing took effect on 1 June 2025, the ministry said.");
        assertThat(onlyOther(events).parties()).containsExactly("VN");
        assertThat(onlyOther(events).minerals()).contains("rare earths");
    }

    @Test
    void aMineralInAPolicyTitleNamesIt() {
        List<Event> events = events("Argentina's government presented the Federal Lithium Strategy on 11 June 2025.");
        assertThat(onlyOther(events).minerals()).containsExactly("lithium");
    }

    @Test
    void brusselsStandsForTheEuNotBelgium() {
        List<Event> events = events(
                "On 11 June 2025 Brussels signed a memorandum of understanding on cobalt with Zambia in Lusaka.");
        List<Event> agreements = ofType(events, EventType.AGREEMENT);
        assertThat(agreements).hasSize(1);
        assertThat(agreements.get(0).parties()).contains("EU", "ZM").doesNotContain("BE");
    }

    @Test
    void anIntentionToRestrictIsNoMeasure() {
        assertThat(events("On 11 June 2025 the ministry said it intended to restrict exports of tungsten concentrate."))
                .isEmpty();
    }
}
