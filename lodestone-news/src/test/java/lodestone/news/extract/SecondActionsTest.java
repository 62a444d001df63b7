package lodestone.news.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Round 19b, read by the rules alone: a second action of another type told in a clause of its own beside the sentence's
 * first action is an action of its own (the general {@code other} frame, an approval or a law that would otherwise be
 * taken for the first action's vehicle, a reserve's loan, a suspension of "most of them"); an agreement with a company
 * whose clause carries an investment is that investment alone, while a framework between states keeps both.
 */
class SecondActionsTest {
    private static final NewsExtractor RULES = NewsExtractor.rulesOnly();

    private static List<EventType> types(NewsExtractor extractor, String text) {
        return CoordinatedObjectsTest.events(extractor, text).stream()
                .map(Event::type)
                .toList();
    }

    /** The text tells the first actions and, read with round 19b's second actions only, the second one as well. */
    private static void secondAction(String text, EventType second, EventType... first) {
        List<EventType> both = new java.util.ArrayList<>(List.of(first));
        both.add(second);
        assertThat(types(RULES, text)).containsExactlyInAnyOrderElementsOf(both);
        assertThat(types(RULES.withoutSecondActions(), text)).containsExactly(first);
    }

    @Test
    void anApprovalInAClauseOfItsOwnIsNoVehicleOfTheInvestment() {
        secondAction(
                "The Energy Department said it would take a 5% stake in Nevada Lithium Corp for $20 million, and on"
                        + " the same day approved the mine access road to its lithium deposit.",
                EventType.OTHER, EventType.INVESTMENT);
    }

    @Test
    void anApprovalInTheInvestmentsOwnClauseStaysItsVehicle() {
        // one clause: the approval is how the investment was made, no second action
        assertThat(types(RULES, "The cabinet approved a $300 million loan to Bolivar Cobalt for its cobalt refinery."))
                .containsExactly(EventType.INVESTMENT);
    }

    @Test
    void aLawInForceBesideAnExportBanIsASecondAction() {
        secondAction(
                "Zambia's cobalt management regulations entered into force on March 3, and on June 9 the government"
                        + " banned exports of raw cobalt ore.",
                EventType.OTHER,
                EventType.EXPORT_CONTROL);
    }

    @Test
    void aSecondClauseOfTheSameTypeIsNoOtherAction() {
        // the second clause tells another tariff: the coordinated objects read it (round 18a), not the general frame
        assertThat(types(
                        RULES,
                        "The ministry set a duty of 20% on graphite anodes in May, and on July 1 the president imposed"
                                + " a 30% tariff on imports of refined cobalt."))
                .doesNotContain(EventType.OTHER);
    }

    @Test
    void aReserveFinancedWithALoanIsTheReserveAndTheLoan() {
        secondAction(
                "In March Japan launched a national stockpile of rare earths, a strategic reserve financed with a loan"
                        + " of up to $2 billion from the Export Credit Bank.",
                EventType.INVESTMENT,
                EventType.OTHER);
        // a reserve with money of its own and no loan is the reserve alone
        assertThat(types(
                        RULES,
                        "In March Japan launched a $2 billion strategic reserve of rare earths financed by the"
                                + " budget."))
                .containsExactly(EventType.OTHER);
    }

    @Test
    void aSuspensionOfMostOfThemFollowsTheMeasuresItSuspends() {
        secondAction(
                "Beijing announced export controls on rare earths on 9 October 2025, then suspended most of them on 7"
                        + " November 2025.",
                EventType.EXPORT_CONTROL_SUSPENSION,
                EventType.EXPORT_CONTROL);
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
