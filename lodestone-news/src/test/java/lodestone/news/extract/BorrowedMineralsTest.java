package lodestone.news.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import lodestone.news.article.Article;
import org.junit.jupiter.api.Test;

/**
 * An event whose own sentence names no mineral borrows one from its neighbours; in an article about critical minerals
 * in general it is about critical minerals too, and the borrowed mineral stays beside them.
 */
class BorrowedMineralsTest {
    private static final NewsExtractor RULES = NewsExtractor.rulesOnly();

    /** The minerals of the one event of the type the text tells (the test fails if it tells none or several). */
    private static List<String> minerals(String text, EventType type) {
        List<Event> events = RULES
                .extract(new Article(
                        "t.txt", "t.txt", text, Optional.of(LocalDate.parse("2025-03-04")), Optional.empty()))
                .events()
                .stream()
                .filter(e -> e.type() == type)
                .toList();
        assertThat(events).hasSize(1);
        return events.get(0).minerals();
    }

    @Test
    void aStockpileToldWithoutAMineralInAnArticleOnCriticalMineralsIsAboutThem() {
        assertThat(minerals(
                        "Washington wants a reserve of critical minerals for manufacturers. "
                                + "Lithium prices fell by half last year. "
                                + "On March 3 the United States launched a $12 billion strategic stockpile.",
                        EventType.OTHER))
                .contains("critical minerals");
    }

    @Test
    void withoutCriticalMineralsInTheArticleTheBorrowedMineralStandsAlone() {
        assertThat(minerals(
                        "Lithium prices fell by half last year. "
                                + "On March 3 the United States launched a $12 billion strategic stockpile.",
                        EventType.OTHER))
                .doesNotContain("critical minerals");
    }

    @Test
    void anEventWhoseSentenceNamesItsMineralKeepsItAlone() {
        assertThat(minerals(
                        "Washington wants a reserve of critical minerals for manufacturers. "
                                + "On March 3 the United States launched a $12 billion strategic stockpile of"
                                + " cobalt.",
                        EventType.OTHER))
                .containsExactly("cobalt");
    }
}
