package lodestone.news.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import lodestone.news.article.Article;
import org.junit.jupiter.api.Test;

/** A deal noun after "sign" or "signing" that no finite verb carries tells what signing would do, not a signing. */
class DealVerbTest {
    private static final NewsExtractor EXTRACTOR = NewsExtractor.bundled();

    /** Whether the signing is not told for the deal noun after "|" in each sentence before it. */
    private static List<Boolean> notTold(String... cases) {
        return Arrays.stream(cases)
                .map(c -> {
                    String sentence = c.substring(0, c.indexOf('|'));
                    String noun = c.substring(c.indexOf('|') + 1);
                    return DealVerb.signingNotTold(sentence, sentence.indexOf(noun));
                })
                .toList();
    }

    @Test
    void aGerundOrABareInfinitiveWithoutAFiniteVerbTellsNoSigning() {
        assertThat(
                        notTold(
                                "The grant depends on the miner signing supply contracts with local smelters.|supply contracts",
                                "Buying nickel is not only a question of signing an offtake with a refinery.|offtake",
                                "Battery makers were racing to sign purchase agreements with cobalt producers.|purchase agreements",
                                "The new bank, which can lend, guarantee bonds and sign offtake contracts, opens in May.|offtake",
                                "The scheme backs smelters that sign supply agreements with domestic buyers.|supply agreements"))
                .containsOnly(true);
    }

    @Test
    void aFiniteVerbAProgressiveOrAToldGerundStillTellsASigning() {
        assertThat(notTold(
                        "Japan signed a supply agreement with the refinery on Monday.|supply agreement",
                        "The two governments will sign a framework on graphite next week.|framework",
                        "Canada is also signing its own memorandum with Chile.|memorandum",
                        "After signing the memorandum in Lima, the minister flew home.|memorandum",
                        "The firms agreed to sign an offtake for all of the mine's output.|offtake",
                        "The talks ended with the signing of a mining accord.|accord",
                        "Korea Zinc agreed a purchase agreement with the buyer.|purchase agreement"))
                .containsOnly(false);
    }

    @Test
    void theExtractorDropsASigningNotToldButKeepsTheSigningBesideIt() {
        Extraction x = EXTRACTOR.extract(new Article(
                "t.txt",
                "t.txt",
                "Japan's JOGMEC signed an offtake agreement with Lynas for rare earths on 3 March 2025. "
                        + "The loan is conditional on Lynas signing supply contracts for its heavy rare earths.",
                Optional.of(LocalDate.parse("2025-03-04")),
                Optional.empty()));
        assertThat(x.events())
                .filteredOn(e -> e.type() == EventType.OFFTAKE)
                .singleElement()
                .satisfies(e -> assertThat(e.evidence()).startsWith("Japan's JOGMEC signed"));
    }
}
