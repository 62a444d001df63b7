package lodestone.news.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Optional;
import lodestone.news.article.Article;
import org.junit.jupiter.api.Test;

/** A state act's parties from its frame's own actor (round 29b), not from the sayer or the sentences around it. */
class FrameActorTest {
    private static final NewsExtractor EXTRACTOR = NewsExtractor.bundled();

    private static Extraction extract(String text, String published) {
        return EXTRACTOR.extract(
                new Article("t.txt", "t.txt", text, Optional.of(LocalDate.parse(published)), Optional.empty()));
    }

    @Test
    void theActIsTheStateThatTakesItNotTheOneThatReportsIt() {
        // the White House tells of Beijing's act: the act is China's alone
        Extraction x = extract(
                "Graphite licences\n\n"
                        + "A White House fact sheet on November 1 said Beijing would issue general licences for exports"
                        + " of graphite and gallium.",
                "2025-11-02");
        assertThat(x.events()).singleElement().satisfies(e -> {
            assertThat(e.type()).isEqualTo(EventType.EXPORT_CONTROL_SUSPENSION);
            assertThat(e.parties()).containsExactly("CN");
        });
    }

    @Test
    void theActorComesFirstAndTheStatesItActsOnStay() {
        // the subject of the act is its actor; a state its clause names as the act's object is kept after it
        Extraction x = extract(
                "Quotas cut\n\n"
                        + "Amid a territorial row with Japan over islands in the East China Sea, Beijing cut its rare"
                        + " earth export quotas by 40% in 2010.",
                "2024-05-02");
        assertThat(x.events())
                .filteredOn(e -> e.type() == EventType.EXPORT_CONTROL)
                .singleElement()
                .satisfies(e -> assertThat(e.parties()).startsWith("CN"));
    }
}
