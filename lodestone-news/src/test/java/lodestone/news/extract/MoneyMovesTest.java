package lodestone.news.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import lodestone.news.article.Article;
import org.junit.jupiter.api.Test;

/** Round 33b's money given to a recipient ({@link MoneyMoves}), on sentences of our own. */
class MoneyMovesTest {

    /** @return the span the reading gives, the amount given by its surface */
    private static Optional<int[]> read(String s, String amount) {
        int a = s.indexOf(amount);
        return MoneyMoves.find(s, List.of(new int[] {a, a + amount.length()}));
    }

    @Test
    void aVerbOfGivingBeforeTheAmountWithTheRecipientBetween() {
        assertThat(read(
                        "The provincial government is giving Northfield Brine C$7 million to scale up its process.",
                        "C$7 million"))
                .isPresent();
        assertThat(read(
                        "The agency awarded Kestrel Cathodes 4.2 million US dollars in March.",
                        "4.2 million US dollars"))
                .isPresent();
        assertThat(read("Larkspur Graphite was awarded up to €2.5 million for its anode pilot.", "€2.5 million"))
                .isPresent();
        assertThat(read("The state earmarked A$300 million for northern mineral projects.", "A$300 million"))
                .isPresent();
        int[] span = read("Harbour Metals received €3 million for its pilot line.", "€3 million")
                .orElseThrow();
        assertThat(span[0]).isEqualTo("Harbour Metals received ".length());
    }

    @Test
    void noVerbOfGivingOrTooFarFromIt() {
        assertThat(read("The plant is financed with R$ 2 billion from BNDES and private lenders.", "R$ 2 billion"))
                .isEmpty();
        assertThat(read(
                        "The agency awarded the contract, after a long tender among several bidders from three regions"
                                + " and a review, to a firm bidding $4 million.",
                        "$4 million"))
                .isEmpty();
    }

    @Test
    void moneyOfAnotherKindIsNoGift() {
        assertThat(read("Harbour Metals received $2 million in royalties last year.", "$2 million"))
                .isEmpty();
        assertThat(read("Kestrel got cobalt sales worth $9 million from the deal.", "$9 million"))
                .isEmpty();
        assertThat(read("The miner was offered a price of $12 a pound for its concentrate.", "$12"))
                .isEmpty();
        assertThat(read("Harbour Metals received orders as exports rose to $40 million.", "$40 million"))
                .isEmpty();
    }

    /** @return the investments the extractor reads in the text, each as its parties */
    private static List<List<String>> investments(NewsExtractor extractor, String text) {
        Article article =
                new Article("t.txt", "t.txt", text, Optional.of(LocalDate.parse("2025-06-02")), Optional.empty());
        return extractor.extract(article).events().stream()
                .filter(e -> e.type() == EventType.INVESTMENT)
                .map(e -> List.copyOf(e.parties()))
                .toList();
    }

    @Test
    void theExtractorReadsAnAmountGivenWhereNoTriggerReadsTheSentence() {
        String text = "Larkspur Graphite was awarded C$4 million by Canada for its graphite anode pilot plant.";
        NewsExtractor rules = NewsExtractor.rulesOnly();
        assertThat(investments(rules.withoutMoneyMoves(), text)).isEmpty();
        assertThat(investments(rules, text))
                .singleElement()
                .satisfies(p -> assertThat(p).contains("Larkspur Graphite"));
        // a sentence a trigger reads keeps its trigger's reading alone
        String lent = "Canada lent Larkspur Graphite C$4 million for its graphite anode pilot plant.";
        assertThat(investments(rules, lent)).isEqualTo(investments(rules.withoutMoneyMoves(), lent));
    }
}
