package lodestone.news.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import lodestone.news.article.Article;
import lodestone.news.classify.SentenceLabel;
import org.junit.jupiter.api.Test;

/**
 * When the sentence classifier adds a frame of its own, and that the frame stage reads the parties and minerals of such a
 * frame as it does a rule's. The sentences are ours, worded so that no trigger of the lexicon reads them (the rules
 * alone find nothing); the shipped classifier gives P(export_control) 0.62, above the 0.6 threshold by more than a
 * re-training on another CPU moves it (a few thousandths). The sentences of round 11b ("China restricted foreign sales
 * of graphite ...", P 0.57 to 0.60 since blind9 is in training) fall short of it now, and so, since blind15 is in
 * training (round 18a), does the same sentence with "Beijing" for "China" (P 0.596).
 */
class ClassifierFramesTest {
    @Test
    void theClassifierAddsAnExportControlWhereNoRuleReadsOne() {
        // sentence, parties, minerals
        String[][] cases = {
            {
                "China halted foreign shipments of rare earth magnets and gallium on security grounds, the commerce"
                        + " ministry said on Thursday.",
                "CN",
                "rare earths;gallium"
            }
        };
        for (String[] c : cases) {
            Article article = new Article("new.txt", "new.txt", c[0], Optional.empty(), Optional.empty());
            assertThat(NewsExtractor.rulesOnly().extract(article).events())
                    .as(c[0])
                    .isEmpty();
            List<Event> events = NewsExtractor.bundled().extract(article).events();
            assertThat(events).as(c[0]).hasSize(1);
            Event e = events.get(0);
            assertThat(e.type()).isEqualTo(EventType.EXPORT_CONTROL);
            assertThat(e.rule()).startsWith("classifier: export_control");
            assertThat(e.parties()).containsExactlyInAnyOrder(c[1].split(";"));
            assertThat(e.minerals()).containsExactlyInAnyOrder(c[2].split(";"));
        }
    }

    @Test
    void aTypeAddsAFrameFromItsOwnThresholdAndATypeWithoutOneNever() {
        ClassifierFrames frames = new ClassifierFrames(Map.of(SentenceLabel.INVESTMENT, 0.7));
        assertThat(frames.adds(SentenceLabel.INVESTMENT, 0.7)).isTrue();
        assertThat(frames.adds(SentenceLabel.INVESTMENT, 0.69)).isFalse();
        assertThat(frames.adds(SentenceLabel.TARIFF, 0.99)).isFalse();
        assertThat(frames.adds(SentenceLabel.NONE, 0.99)).isFalse();
    }

    @Test
    void noneAndThresholdsOutsideTheUnitIntervalAreRefused() {
        assertThatThrownBy(() -> new ClassifierFrames(Map.of(SentenceLabel.NONE, 0.5)))
                .hasMessageContaining("none");
        assertThatThrownBy(() -> new ClassifierFrames(Map.of(SentenceLabel.OTHER, 0.0)))
                .hasMessageContaining("other");
        assertThatThrownBy(() -> ClassifierFrames.uniform(1.5)).hasMessageContaining("1.5");
    }
}
