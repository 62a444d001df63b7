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
 * alone find nothing): a list update told as a roster, a tariff told as a levy. The shipped classifier gives each
 * P(type) at least 0.2 above its type's threshold, more than a re-training on another CPU moves it.
 */
class ClassifierFramesTest {
    @Test
    void theClassifierAddsFramesWhereNoRuleReadsOne() {
        // sentence, type, parties, minerals
        String[][] cases = {
            {
                "The US Geological Survey put copper and silver on its critical minerals roster this week.",
                "LIST_UPDATE",
                "US",
                "copper;silver"
            },
            {
                "Ottawa added nickel and scandium to its roster of critical minerals on Monday.",
                "LIST_UPDATE",
                "CA",
                "nickel;scandium"
            },
            {
                "Canada will charge a 25% levy on Chinese graphite anodes crossing its border from next month.",
                "TARIFF",
                "CA;CN",
                "graphite"
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
            assertThat(e.type()).isEqualTo(EventType.valueOf(c[1]));
            assertThat(e.rule()).startsWith("classifier: " + e.type().id());
            assertThat(e.parties()).containsExactlyInAnyOrder(c[2].split(";"));
            assertThat(e.minerals()).contains(c[3].split(";"));
        }
    }

    @Test
    void aTypeWhoseAddedFramesMissedThePrecisionFloorAddsNone() {
        // the classifier reads an export control here (P about 0.9), but out of fold its added export controls
        // reached a precision of 0.71 at most, so the type has no threshold
        String text = "China's commerce ministry said antimony shipments to the United States are prohibited from"
                + " December 3.";
        Article article = new Article("new.txt", "new.txt", text, Optional.empty(), Optional.empty());
        assertThat(NewsExtractor.rulesOnly().extract(article).events()).isEmpty();
        assertThat(NewsExtractor.bundled().extract(article).events()).isEmpty();
        assertThat(ClassifierFrames.BUNDLED.thresholds()).doesNotContainKey(SentenceLabel.EXPORT_CONTROL);
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
