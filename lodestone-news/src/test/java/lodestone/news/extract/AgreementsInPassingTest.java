package lodestone.news.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import lodestone.news.article.Article;
import org.junit.jupiter.api.Test;

/**
 * Agreements named in passing (round 22a): in a clause of their own beside another deal or another agreement, as the
 * subject of a clause, between states whose sentence names no mineral; and the scope rules that keep one agreement one
 * event (a headline and a state's deals in general make no list of partners, a region is no country).
 */
class AgreementsInPassingTest {
    private static final NewsExtractor EXTRACTOR = NewsExtractor.rulesOnly();

    private static final Optional<LocalDate> PUBLISHED = Optional.of(LocalDate.parse("2025-11-20"));

    /** The events of one article of that text, published on 20 November 2025, keeping one type. */
    private static List<Event> ofType(String text, EventType type) {
        List<Event> out = new java.util.ArrayList<>();
        for (Event e : EXTRACTOR
                .extract(new Article("t.txt", "t.txt", text, PUBLISHED, Optional.empty()))
                .events()) {
            if (e.type() == type) {
                out.add(e);
            }
        }
        return out;
    }

    @Test
    void anAgreementInAClauseApartFromAVentureIsAnAgreementOfItsOwn() {
        String text = "Kazakhstan and Peru signed a memorandum of understanding on critical minerals in Lima on 6"
                + " November, and Andes Metals Corp agreed with Steppe Mining Ltd to develop a tungsten deposit"
                + " through a joint venture.";
        assertThat(ofType(text, EventType.AGREEMENT))
                .singleElement()
                .satisfies(a -> assertThat(a.parties()).contains("KZ", "PE"));
        assertThat(ofType(text, EventType.JOINT_VENTURE)).hasSize(1);
    }

    @Test
    void anAgreementInsideTheVenturesClauseIsTheVenturesDeal() {
        String text =
                "Andes Metals Corp signed an agreement with Steppe Mining Ltd on 6 November to form a joint venture"
                        + " for a tungsten deposit in Kazakhstan.";
        assertThat(ofType(text, EventType.AGREEMENT)).isEmpty();
        assertThat(ofType(text, EventType.JOINT_VENTURE)).hasSize(1);
    }

    @Test
    void twoAgreementsInClausesOfTheirOwnKeepTheirOwnCounterparts() {
        List<Event> agreements = ofType(
                "Governments are racing to secure critical minerals. Canada's new plan follows Mexico, which"
                        + " agreed its own action plan with Washington on 4 February, and Japan, which is working under"
                        + " the framework its leaders signed with the United States in October 2025.",
                EventType.AGREEMENT);
        assertThat(agreements).hasSize(2);
        assertThat(agreements.get(0).parties()).contains("MX", "US").doesNotContain("JP");
        assertThat(agreements.get(1).parties()).containsExactlyInAnyOrder("JP", "US");
        assertThat(agreements).allSatisfy(a -> assertThat(a.minerals()).containsExactly("critical minerals"));
    }

    @Test
    void anAgreementToldAgainInTheNextClauseIsOneAgreement() {
        assertThat(ofType(
                        "Japan signed a memorandum of understanding with Chile on copper on 3 March, and the"
                                + " agreement also covers lithium.",
                        EventType.AGREEMENT))
                .hasSize(1);
    }

    @Test
    void anAgreementOfStatesInAnArticleThatNamesNoMineralIsNoEvent() {
        assertThat(ofType(
                        "Trade talks resumed. Mexico, which agreed its own action plan with Washington on 4"
                                + " February, and Japan, which is working under the framework its leaders signed with"
                                + " the United States in October 2025, were not at the table.",
                        EventType.AGREEMENT))
                .isEmpty();
    }

    @Test
    void aFrameworkAStatePublishedWithAnotherIsAnAgreement() {
        assertThat(ofType(
                        "The framework for a reciprocal trade agreement that the White House published with"
                                + " Indonesia on 22 July said Jakarta would sell more critical minerals to US buyers.",
                        EventType.AGREEMENT))
                .singleElement()
                .satisfies(a -> assertThat(a.parties()).contains("ID", "US"));
    }

    @Test
    void aFundsNameIsNoInvestmentThatMakesTheAgreementADeal() {
        assertThat(ofType(
                        "In December 2023 Japan's state agency JOGMEC signed a cooperation agreement with Gulf"
                                + " Mining Holdings, the company owned by the Sovereign Investment Fund, to help Japan"
                                + " secure lithium.",
                        EventType.AGREEMENT))
                .hasSize(1);
    }

    @Test
    void aRegionOfAmericaIsNoCountry() {
        assertThat(ofType(
                        "Saudi Arabia and Japan agreed to work together on lithium mining on 24 December, with an"
                                + " eye on mines in Africa and Latin America.",
                        EventType.AGREEMENT))
                .singleElement()
                .satisfies(a -> assertThat(a.parties()).containsExactlyInAnyOrder("SA", "JP"));
    }

    @Test
    void aHeadlineAndAStatesDealsInGeneralMakeNoListOfPartners() {
        List<Event> agreements = ofType(
                "Riyadh, Tokyo and Canberra sign lithium pact\n\nSaudi Arabia, Japan and Australia agreed to work"
                        + " together on lithium mining on 24 December. Saudi Arabia and Japan signed a lithium pact"
                        + " last year. Saudi Arabia typically signs a large number of memorandums on lithium at its"
                        + " forum.",
                EventType.AGREEMENT);
        assertThat(agreements).anySatisfy(a -> assertThat(a.parties()).contains("SA", "JP", "AU"));
    }
}
