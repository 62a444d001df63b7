package lodestone.news.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import lodestone.news.article.Article;
import org.junit.jupiter.api.Test;

/** A deal between states told without a mineral of its own is about critical minerals, not a neighbour's mineral. */
class StateDealMineralsTest {
    private static final NewsExtractor EXTRACTOR = NewsExtractor.bundled();

    /** The minerals of the one agreement the text tells (the test fails if it tells none or several). */
    private static List<String> agreementMinerals(String text) {
        List<Event> agreements = EXTRACTOR
                .extract(new Article(
                        "t.txt", "t.txt", text, Optional.of(LocalDate.parse("2025-03-04")), Optional.empty()))
                .events()
                .stream()
                .filter(e -> e.type() == EventType.AGREEMENT)
                .toList();
        assertThat(agreements).hasSize(1);
        return agreements.get(0).minerals();
    }

    @Test
    void anAgreementBetweenStatesWithoutAMineralOfItsOwnIsAboutCriticalMinerals() {
        assertThat(agreementMinerals("Canada and Japan want more critical minerals from outside China. "
                        + "Lynas Rare Earths opened a rare earth separation plant in Malaysia on 2 March 2025. "
                        + "Canada and Japan signed a framework on 3 March 2025 in Ottawa."))
                .containsExactly("critical minerals");
    }

    @Test
    void aStateDealThatNamesItsMineralKeepsIt() {
        assertThat(agreementMinerals("Canada and Japan want more critical minerals from outside China. "
                        + "Canada and Japan signed a framework on graphite supply on 3 March 2025 in Ottawa."))
                .containsExactly("graphite");
    }

    @Test
    void aDealOnCriticalMineralsToldAgainWithOneOfThemIsOneDeal() {
        assertThat(agreementMinerals("Canada and Japan signed an agreement on critical minerals on 3 March 2025. "
                        + "The agreement, signed by the two trade ministers, covers lithium."))
                .contains("critical minerals");
    }
}
