package lodestone.news.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import lodestone.news.article.Article;
import org.junit.jupiter.api.Test;

/** The slots an event carries beside its type (its amount, its date, its parties' names), on sentences of our own. */
class AttributeSlotsTest {
    private static final NewsExtractor EXTRACTOR = NewsExtractor.bundled();

    private static List<Event> events(String text, String published) {
        return EXTRACTOR
                .extract(new Article(
                        "t.txt", "t.txt", text, Optional.ofNullable(published).map(LocalDate::parse), Optional.empty()))
                .events();
    }

    @Test
    void anAmountEachPartyGivesCountsOncePerParty() {
        List<Event> events = events(
                "Australia and the United States agreed to invest each at least $1 billion in critical minerals"
                        + " projects within six months.",
                "2025-10-21");
        assertThat(events)
                .filteredOn(e -> e.type() == EventType.INVESTMENT)
                .extracting(e -> e.amountUsd().orElse(0.0))
                .containsExactly(2e9);
    }

    @Test
    void anAmountWithThousandsBeforeItsCurrencyWordIsReadWhole() {
        List<Mention> money = new MentionFinder(Gazetteer.bundled())
                        .find(
                                "The two firms signed a contract for a lithium plant with an investment of 1,030 million"
                                        + " dollars, after a first one of 970 million dollars.",
                                Optional.empty())
                        .stream()
                        .filter(m -> m.kind() == MentionKind.MONEY)
                        .toList();
        assertThat(money).extracting(Mention::surface).containsExactly("1,030 million dollars", "970 million dollars");
    }

    @Test
    void aPriceIsNoAmountOfMoney() {
        List<Event> events = events(
                "The Pentagon took a 15% stake in rare earths miner MP Materials, paying $17.17 a share for newly issued"
                        + " preferred stock.",
                "2025-07-11");
        assertThat(events).filteredOn(e -> e.type() == EventType.INVESTMENT).isNotEmpty();
        assertThat(events).allSatisfy(e -> assertThat(e.money()).isEmpty());
    }

    @Test
    void aCompanyIsReportedByTheFullestNameItsFrameWrites() {
        List<Event> events = events(
                "Lynas signs heavy rare earths supply contract with US buyer\n\n"
                        + "Lynas Rare Earths Ltd today announced a long-term supply agreement under which a US magnet"
                        + " maker will purchase separated dysprosium and terbium oxide from its Malaysian plant.",
                "2025-03-14");
        assertThat(events).isNotEmpty();
        assertThat(events)
                .allSatisfy(e ->
                        assertThat(e.parties()).contains("Lynas Rare Earths").doesNotContain("Lynas"));
    }

    @Test
    void anUndatedPartOfAPackageTakesTheDayOfTheActionItRefersTo() {
        List<Event> events = events(
                "Magnet makers want a supply outside China. Buyers have worried for years. Prices have been volatile."
                        + " Analysts expected more deals. Washington wants a domestic chain."
                        + " On July 10 the Pentagon agreed to buy $400 million of preferred stock in MP Materials. It also lent"
                        + " MP Materials $150 million to build heavy rare earth separation at Mountain Pass.",
                "2025-07-16");
        assertThat(events)
                .filteredOn(e -> e.type() == EventType.INVESTMENT)
                .extracting(e -> e.date().orElse(null))
                .containsOnly(LocalDate.of(2025, 7, 10))
                .hasSizeGreaterThanOrEqualTo(2);
    }
}
