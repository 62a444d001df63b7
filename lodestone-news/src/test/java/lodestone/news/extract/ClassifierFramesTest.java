package lodestone.news.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import lodestone.news.classify.SentenceLabel;
import org.junit.jupiter.api.Test;

class ClassifierFramesTest {
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
