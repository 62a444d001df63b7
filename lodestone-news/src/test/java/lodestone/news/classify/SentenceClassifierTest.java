package lodestone.news.classify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * The two roles of the sentence classifier: the veto reads the first model, the additions the second when there is one
 * (else the first), and the sentence is encoded once for both.
 */
class SentenceClassifierTest {
    private static final List<SentenceLabel> LABELS = List.of(SentenceLabel.values());

    /** A softmax over one feature that gives the label all the weight. */
    private static SoftmaxClassifier sure(SentenceLabel label) {
        double[][] w = new double[LABELS.size()][2];
        w[LABELS.indexOf(label)][1] = 20;
        return new SoftmaxClassifier(LABELS, w);
    }

    /** Sentences encoded by {@link #one}. */
    private final AtomicInteger encoded = new AtomicInteger();

    /** Every sentence is the one feature 1. */
    private final SentenceEncoder one = new SentenceEncoder() {
        @Override
        public float[] encode(String sentence) {
            encoded.incrementAndGet();
            return new float[] {1f};
        }

        @Override
        public int dimensions() {
            return 1;
        }
    };

    @Test
    void theVetoReadsTheFirstModelAndTheAdditionsTheSecond() {
        SentenceClassifier both =
                new SentenceClassifier(one, sure(SentenceLabel.NONE), Optional.of(sure(SentenceLabel.TARIFF)));
        SentenceClassifier.Prediction p = both.classify("any sentence");
        assertThat(encoded.get()).isEqualTo(1);
        assertThat(p.best()).isEqualTo(SentenceLabel.NONE);
        assertThat(p.probability(SentenceLabel.NONE)).isGreaterThan(0.99);
        assertThat(p.addition()).isEqualTo(SentenceLabel.TARIFF);
        assertThat(p.additionProbability(SentenceLabel.TARIFF)).isGreaterThan(0.99);

        SentenceClassifier.Prediction single =
                new SentenceClassifier(one, sure(SentenceLabel.AGREEMENT)).classify("any sentence");
        assertThat(single.best()).isEqualTo(SentenceLabel.AGREEMENT);
        assertThat(single.addition()).isEqualTo(SentenceLabel.AGREEMENT);
        assertThat(single.additionProbability(SentenceLabel.AGREEMENT))
                .isEqualTo(single.probability(SentenceLabel.AGREEMENT));
    }

    @Test
    void anAdditionsModelOfAnotherWidthIsRefused() {
        SoftmaxClassifier wide = new SoftmaxClassifier(LABELS, new double[LABELS.size()][3]);
        assertThatThrownBy(() -> new SentenceClassifier(one, sure(SentenceLabel.NONE), Optional.of(wide)))
                .hasMessageContaining("encoder dimensions (1)");
    }
}
