package lodestone.news.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import lodestone.news.article.Article;
import org.junit.jupiter.api.Test;

/**
 * Round 19b, read by the rules alone: a second action of another type told in a clause of its own beside the sentence's
 * first action is an action of its own (the general {@code other} frame, an approval or a law that would otherwise be
 * taken for the first action's vehicle, a reserve's loan, a suspension of "most of them"); an agreement with a company
 * whose clause carries an investment is that investment alone, while a framework between states keeps both.
 */
class SecondActionsTest {
    private static final NewsExtractor RULES = NewsExtractor.rulesOnly();
    /** A first sentence that tells no action, so that the sentence under test is no headline. */
    private static final String LEAD = "Governments keep adding tools to their minerals policy.\n\n";

    private static List<Event> events(NewsExtractor extractor, String text) {
        return extractor
                .extract(new Article(
                        "t.txt", "t.txt", LEAD + text, Optional.of(LocalDate.parse("2025-06-12")), Optional.empty()))
                .events();
    }

    private static List<EventType> types(NewsExtractor extractor, String text) {
        return events(extractor, text).stream().map(Event::type).toList();
    }

    @Test
    void anApprovalInAClauseOfItsOwnIsNoVehicleOfTheInvestment() {
        String text = "The Energy Department said it would take a 5% stake in Nevada Lithium Corp for $20 million, and"
                + " on the same day approved the mine access road to its lithium deposit.";
        assertThat(types(RULES, text)).containsExactlyInAnyOrder(EventType.INVESTMENT, EventType.OTHER);
        assertThat(types(RULES.withoutSecondActions(), text)).containsExactly(EventType.INVESTMENT);
    }

    @Test
    void anApprovalInTheInvestmentsOwnClauseStaysItsVehicle() {
        // one clause: the approval is how the investment was made, no second action
        assertThat(types(RULES, "The cabinet approved a $300 million loan to Bolivar Cobalt for its cobalt refinery."))
                .containsExactly(EventType.INVESTMENT);
    }

    @Test
    void aLawInForceBesideAnExportBanIsASecondAction() {
        String text = "Zambia's cobalt management regulations entered into force on March 3, and on June 9 the"
                + " government banned exports of raw cobalt ore.";
        assertThat(types(RULES, text)).contains(EventType.EXPORT_CONTROL, EventType.OTHER);
        assertThat(types(RULES.withoutSecondActions(), text)).doesNotContain(EventType.OTHER);
    }

    @Test
    void aSecondClauseOfTheSameTypeIsNoOtherAction() {
        // the second clause tells another tariff: the coordinated objects read it (round 18a), not the general frame
        String text = "The ministry set a duty of 20% on graphite anodes in May, and on July 1 the president imposed a"
                + " 30% tariff on imports of refined cobalt.";
        assertThat(types(RULES, text)).doesNotContain(EventType.OTHER);
    }

    @Test
    void aReserveFinancedWithALoanIsTheReserveAndTheLoan() {
        String text = "In March Japan launched a national stockpile of rare earths, a strategic reserve financed with a"
                + " loan of up to $2 billion from the Export Credit Bank.";
        assertThat(types(RULES, text)).containsExactlyInAnyOrder(EventType.OTHER, EventType.INVESTMENT);
        assertThat(types(RULES.withoutSecondActions(), text)).containsExactly(EventType.OTHER);
        // a reserve with money of its own and no loan is the reserve alone
        assertThat(types(
                        RULES,
                        "In March Japan launched a $2 billion strategic reserve of rare earths financed by the"
                                + " budget."))
                .containsExactly(EventType.OTHER);
    }

    @Test
    void aSuspensionOfMostOfThemFollowsTheMeasuresItSuspends() {
        String text =
                "Beijing announced export controls on rare earths on 9 October 2025, then suspended most of them on"
                        + " 7 November 2025.";
        assertThat(types(RULES, text))
                .containsExactlyInAnyOrder(EventType.EXPORT_CONTROL, EventType.EXPORT_CONTROL_SUSPENSION);
        assertThat(types(RULES.withoutSecondActions(), text)).containsExactly(EventType.EXPORT_CONTROL);
    }

    @Test
    void aCompanyDealThatCarriesALoanIsTheLoan() {
        String text = "The development bank signed a financing agreement for a $400 million loan to Andes Copper Mining"
                + " to expand its copper mine.";
        assertThat(types(RULES, text)).containsExactly(EventType.INVESTMENT);
        assertThat(types(RULES.withoutDealContent(), text)).contains(EventType.AGREEMENT);
    }

    @Test
    void aFrameworkBetweenStatesKeepsItsMoneyAsASecondEvent() {
        String text = "On May 2 Chile and Japan signed a framework on critical minerals under which each government"
                + " committed $500 million to joint lithium projects.";
        assertThat(types(RULES, text)).containsExactlyInAnyOrder(EventType.AGREEMENT, EventType.INVESTMENT);
    }

    @Test
    void aCompanyAgreementWithoutMoneyIsAnAgreement() {
        assertThat(types(
                        RULES,
                        "On May 2 Andes Copper Mining signed a cooperation agreement with Pacific Smelting on copper"
                                + " concentrate research."))
                .containsExactly(EventType.AGREEMENT);
    }
}
