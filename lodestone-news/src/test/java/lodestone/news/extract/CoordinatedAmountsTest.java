package lodestone.news.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Round 25c's reading of several commitments told with one verb ({@link MoneyFrames#coordinatedAmounts}): an amount
 * coordinated after an investment's own, with an object of its own and no verb, is an investment of its own, and it
 * shares the first one's actor. The sentences are our own, read by the rules alone so the classifier plays no part.
 */
class CoordinatedAmountsTest {
    private static final NewsExtractor RULES = NewsExtractor.rulesOnly();
    private static final Pattern AMOUNT = Pattern.compile("(?:US|C|A)?\\$[\\d.]+ (?:million|billion)");

    /** @return the amounts of a sentence as start and end offsets, the first one apart */
    private static List<int[]> amounts(String s) {
        List<int[]> out = new ArrayList<>();
        Matcher m = AMOUNT.matcher(s);
        while (m.find()) {
            out.add(new int[] {m.start(), m.end()});
        }
        return out;
    }

    /** @return the texts of the amounts that open conjuncts of their own after the sentence's first amount */
    private static List<String> coordinated(String s) {
        List<int[]> all = amounts(s);
        return MoneyFrames.coordinatedAmounts(s, all.get(0), all.subList(1, all.size())).stream()
                .map(a -> s.substring(a[0], a[1]))
                .toList();
    }

    @Test
    void eachAmountWithAnObjectOfItsOwnIsAConjunct() {
        assertThat(coordinated("Ottawa will put C$4.5 million into a nickel mill and C$2.2 million into a cobalt"
                        + " refinery, plus C$1.1 million for a study."))
                .containsExactly("C$2.2 million", "C$1.1 million");
        assertThat(coordinated("The agency approved grants of $3.1 million to Northfield Metals (graphite) and"
                        + " $0.9 million to Lakeview Resources (cobalt)."))
                .containsExactly("$0.9 million");
        // the first amount's object is its instrument; the second's, its source
        assertThat(coordinated("The miner secured a $210 million term loan from a state lender and $35 million"
                        + " from the province."))
                .containsExactly("$35 million");
    }

    @Test
    void aRangeATotalAConversionOrATaxCreditIsNoConjunct() {
        // a range: no object between its two amounts
        assertThat(coordinated("The call offers between $20 million and $80 million for each tungsten project."))
                .isEmpty();
        // a conversion in brackets is the first amount told again, and the second amount has no object of its own
        assertThat(coordinated("The fund lent A$60 million (US$39 million) to the refinery and A$60 million more."))
                .isEmpty();
        // a tax credit is a tax forgone
        assertThat(coordinated("It follows a $40 million grant for the anode plant and a $25 million investment tax"
                        + " credit for the same site."))
                .isEmpty();
        // a clause of its own ends the run
        assertThat(coordinated("The bank lent $15 million to the smelter; and $5 million to the mine came later."))
                .isEmpty();
    }

    @Test
    void aCoordinatedAmountIsAnInvestmentOfItsOwnWithTheSharedActor() {
        String text = "Ottawa's lithium money.\n\nCanada will put C$6 million into Northfield Metals' lithium"
                + " refinery and C$3.5 million into a graphite anode plant run by Lakeview Resources.";
        List<Event> events = DutyAndListFramesTest.of(RULES, EventType.INVESTMENT, text);
        assertThat(events).hasSize(2);
        assertThat(events.get(0).parties()).contains("CA", "Northfield Metals").doesNotContain("Lakeview Resources");
        assertThat(events.get(0).minerals()).containsExactly("lithium");
        assertThat(events.get(1).parties()).contains("CA", "Lakeview Resources").doesNotContain("Northfield Metals");
        assertThat(events.get(1).minerals()).containsExactly("graphite");
        assertThat(events.get(1).rule()).startsWith(NewsExtractor.OWN_AMOUNT_RULE);
        // without the reading the sentence is one investment with both companies
        assertThat(DutyAndListFramesTest.of(RULES.withoutCoordinatedAmounts(), EventType.INVESTMENT, text))
                .singleElement()
                .satisfies(e -> assertThat(e.parties()).contains("Northfield Metals", "Lakeview Resources"));
    }

    @Test
    void aSecondInstrumentOpeningWithItsAmountSharesTheActor() {
        String text = "Development finance in Africa.\n\nThe U.S. International Development Finance Corporation"
                + " agreed a $7 million loan for Northfield Metals' graphite mine in Mozambique and a $2 million loan"
                + " for Lakeview Resources' cobalt project in Zambia.";
        List<Event> events = DutyAndListFramesTest.of(RULES, EventType.INVESTMENT, text);
        assertThat(events).hasSize(2);
        assertThat(events.get(1).parties()).contains("US", "Lakeview Resources");
        String elliptical = "a loan for one mine and a $2 million loan for another";
        assertThat(MoneyFrames.opensWithAmount(elliptical, elliptical.indexOf("a $2")))
                .isTrue();
        // a conjunct with a verb of its own is no ellipsis
        String verb = "a loan for one mine and the bank lent $2 million to another";
        assertThat(MoneyFrames.opensWithAmount(verb, verb.indexOf("the bank"))).isFalse();
    }

    // round 27c: an amount that heads a later instrument ("and a $400 million loan") is that instrument's, not the
    // amount of an earlier phrase that names none ("in exchange for a 12% stake"); money put into a company or project
    // ("put £12 million into") is an investment

    /** @return the one investment the rules read in a text; the test fails when there are none or several */
    private static Event theInvestment(String text) {
        List<Event> found = DutyAndListFramesTest.of(RULES, EventType.INVESTMENT, text);
        assertThat(found).as("investments in %s", text).hasSize(1);
        return found.get(0);
    }

    /** A funding in exchange for a stake, and a loan with its own amount, coordinated after it. */
    private static final String STAKE_AND_LOAN = "Lithium refinery backed.\n\nOn 3 March the Energy Department agreed"
            + " to provide Northfield Metals with $90 million in exchange for a 12% stake and a $400 million loan for"
            + " its lithium refinery.";

    @Test
    void anAmountHeadingALaterInstrumentIsThatInstrumentsOwn() {
        assertThat(DutyAndListFramesTest.of(RULES, EventType.INVESTMENT, STAKE_AND_LOAN))
                .extracting(e -> e.money().map(Money::surface).orElse(""))
                .containsExactly("$90 million", "$400 million");
        // without the coordinated amounts' readings the stake takes the loan's amount: the loan is no event of its own
        assertThat(DutyAndListFramesTest.of(RULES.withoutCoordinatedAmounts(), EventType.INVESTMENT, STAKE_AND_LOAN))
                .hasSize(1);
    }

    @Test
    void aSentencesFirstPhraseKeepsTheAmountItReachesWithoutACoordinator() {
        // the agreement and the loan are one commitment: no coordinator parts the agreement from the loan's amount
        Event loan = theInvestment("Graphite mine financed.\n\nOn 9 June the U.S. International Development Finance"
                + " Corporation signed a financing agreement for a $250 million loan to Lakeview Resources for its"
                + " graphite mine.");
        assertThat(loan.money().map(Money::surface)).contains("$250 million");
        assertThat(loan.parties()).contains("US", "Lakeview Resources");
    }

    @Test
    void moneyPutIntoACompanyIsAnInvestment() {
        Event put = theInvestment("Lithium money.\n\nOn Tuesday the British government put £12 million into"
                + " Lakeview Resources to reopen its lithium mine.");
        assertThat(put.parties()).contains("GB", "Lakeview Resources");
        assertThat(put.rule()).contains("put £1");
        assertThat(theInvestment("Graphite money.\n\nThe Canadian government puts in C$20 million and the company"
                                + " the rest of the cost of the graphite mine.")
                        .parties())
                .contains("CA");
    }

    @Test
    void aValueAPlanOnHoldOrACompanysOwnCashIsNoInvestment() {
        for (String text : List.of(
                "Lithium estimates.\n\nAnalysts put the value of Lakeview Resources' lithium mine at $500 million on"
                        + " Tuesday.",
                "Lithium delays.\n\nLakeview Resources put its lithium mine on hold on Tuesday, citing prices.",
                // a company's own money for its own mine is not labelled under the guideline
                "Lithium spending.\n\nLakeview Resources will put in about $40 million of its own cash to reopen the"
                        + " lithium mine.")) {
            assertThat(DutyAndListFramesTest.of(RULES, EventType.INVESTMENT, text))
                    .as(text)
                    .isEmpty();
        }
    }
}
