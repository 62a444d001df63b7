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
 * alone find nothing). Since round 27a the export-control threshold is 0.4, chosen out of fold over twenty-six splits
 * (the frames the classifier adds at 0.4 match gold events no rule frame matches 14 times in 17); the shipped classifier
 * gives the first sentence P(export_control) 0.595, the same with "Beijing" 0.571, and round 11b's graphite and
 * antimony sentences 0.521 and 0.539: each above the threshold by far more than a re-training on another CPU moves it
 * (a few thousandths). Before round 27a the threshold was 0.6 and the first sentence read 0.606 against it; each split
 * added to the training, mostly {@code none} sentences, lowers the probability of every export control by about 0.01,
 * which is why the threshold is chosen again with the training (docs/methods/news.md §4, round 27a).
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
            },
            {
                "Beijing halted foreign shipments of rare earth magnets and gallium on security grounds, the commerce"
                        + " ministry said on Thursday.",
                "CN",
                "rare earths;gallium"
            },
            {
                "China restricted foreign sales of graphite and rare earths on national security grounds, the commerce"
                        + " ministry said.",
                "CN",
                "graphite;rare earths"
            },
            {
                "China's commerce ministry said antimony shipments to the United States are prohibited from December"
                        + " 3.",
                "CN;US",
                "antimony"
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
