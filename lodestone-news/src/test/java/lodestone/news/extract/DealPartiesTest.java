package lodestone.news.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Round 26c's readings of commercial events: their parties ({@code MentionFinder}: a country's company with a legal
 * suffix or told by its acronym, a company's possessive before its project, the owner of a named project, the subject
 * of a commercial verb), amounts provided or committed in pounds and euros ({@code vocabulary.tsv}), and a jointly
 * owned entity told by its holders' shares ({@link MoneyFrames#sharedOwnership}). The sentences are our own, read by
 * the rules alone.
 */
class DealPartiesTest {
    private static final NewsExtractor RULES = NewsExtractor.rulesOnly();

    /** The parties of the one event of a type the rules read in a text (the test fails if there is not exactly one). */
    private static List<String> onlyParties(EventType type, String text) {
        List<Event> found = DutyAndListFramesTest.of(RULES, type, text);
        assertThat(found).hasSize(1);
        return found.get(0).parties();
    }

    /** The parties of every event of a type the rules read in a text. */
    private static List<String> allParties(EventType type, String text) {
        return DutyAndListFramesTest.of(RULES, type, text).stream()
                .flatMap(e -> e.parties().stream())
                .toList();
    }

    /** A text, the type of its one event and the parties the round reads for it. */
    private record Reading(String what, EventType type, String text, List<String> parties) {}

    /** The shapes the round reads, each in a sentence of our own. */
    private static final List<Reading> READINGS = List.of(
            new Reading(
                    "a country's company with a legal suffix; a company's possessive before its project",
                    EventType.INVESTMENT,
                    "Copper stake.\n\nJapan's Itoyama Corp. will pay $200 million for a 20% stake in Redrock Minerals'"
                            + " Copper Basin project in Arizona, the miner said on Wednesday.",
                    List.of("Itoyama", "Redrock Minerals")),
            new Reading(
                    "the owner of a named mine",
                    EventType.INVESTMENT,
                    "Rare earth loan.\n\nThe Export-Import Bank of the United States signed a $300 million loan to"
                            + " expand Serrania's Morro Alto rare earths mine in Brazil on Tuesday.",
                    List.of("Serrania")),
            new Reading(
                    "a country's acronym",
                    EventType.OFFTAKE,
                    "Graphite sales.\n\nThe miner has also agreed to sell 12,000 tonnes a year of graphite to South"
                            + " Korea's KMX.",
                    List.of("KMX")),
            new Reading(
                    "a commercial verb's subject the article names inside a sentence too",
                    EventType.OFFTAKE,
                    "Magnets.\n\nOrchard agreed to buy $300 million of rare earth magnets from Redrock Minerals, a"
                            + " deal that gives Orchard a domestic source.",
                    List.of("Orchard", "Redrock Minerals")));

    @Test
    void theRoundsPartiesAreRead() {
        for (Reading r : READINGS) {
            assertThat(onlyParties(r.type(), r.text())).as(r.what()).containsAll(r.parties());
        }
    }

    @Test
    void aCountrysWordWithoutASuffixOrAProjectsNameIsNoCompany() {
        // one word after a possessive, with no legal suffix and no capitals of an acronym, and not the subject of a
        // commercial verb, stays no company
        String text = "Copper stake.\n\nJapan's Itoyama said it will pay $200 million for a 20% stake in a copper"
                + " project in Arizona.";
        assertThat(allParties(EventType.INVESTMENT, text)).doesNotContain("Itoyama");
        // a country that owns a project is a country, not a company
        String state = "Copper stake.\n\nThe government took a 10% stake in Chile's Blue Valley copper project for"
                + " $50 million.";
        assertThat(allParties(EventType.INVESTMENT, state)).doesNotContain("Chile");
    }

    @Test
    void aSentencesFirstWordIsNoSubjectUnlessTheArticleNamesIt() {
        String text = "Magnets.\n\nOrchard agreed to buy $300 million of rare earth magnets from Redrock Minerals.";
        assertThat(allParties(EventType.OFFTAKE, text)).doesNotContain("Orchard");
    }

    @Test
    void twoHoldersSharesThatMakeTheWholeAreAJointVenture() {
        String text = "Lithium company.\n\nRedrock Minerals will own 60% of the new lithium company and Orchard"
                + " Energy the other 40%, the two said on Monday.";
        assertThat(onlyParties(EventType.JOINT_VENTURE, text)).contains("Redrock Minerals", "Orchard Energy");
        assertThat(MoneyFrames.sharedOwnership("The two registered a rare earth company that the state owns 84"
                        + " percent of and the developer 16 percent."))
                .isPresent();
    }

    @Test
    void sharesThatDoNotMakeTheWholeOrShareAMarketAreNoJointVenture() {
        assertThat(MoneyFrames.sharedOwnership(
                        "Redrock Minerals will hold 60% of the new lithium company and Orchard Energy 30%."))
                .isEmpty();
        assertThat(MoneyFrames.sharedOwnership("China holds 60% of the world's lithium refining and Chile 40%."))
                .isEmpty();
        assertThat(MoneyFrames.sharedOwnership("Prices rose 60% in May and fell 40% in June."))
                .isEmpty();
        // a standing fact, no creation
        assertThat(MoneyFrames.sharedOwnership(
                        "The project company is 55% owned by Redrock Minerals and 45% by Orchard Energy."))
                .isEmpty();
    }

    @Test
    void poundsAndEurosAreProvidedAndCommittedLikeDollars() {
        List<String> pounds = onlyParties(
                EventType.INVESTMENT,
                "Lithium funding.\n\nBritain's Department for Business will provide up to £40m for lithium refining.");
        assertThat(pounds).contains("GB");
        // a dollar amount's top-up of a facility is money committed to it
        assertThat(onlyParties(
                        EventType.INVESTMENT,
                        "Critical minerals.\n\nThe package adds a $2bn top-up to the Critical Minerals Facility of"
                                + " Export Finance Australia."))
                .isNotEmpty();
    }
}
