package lodestone.news.classify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The classifier with one hidden layer: it learns a label that no linear layer separates (the exclusive or of two
 * features), training twice gives the same weights, and its text form reads back exactly; and the cues that
 * {@link CueEncoder} appends.
 */
class MlpClassifierTest {
    private static final MlpClassifier.Settings SETTINGS = new MlpClassifier.Settings(8, 300, 4, 0.05, 0, 3);

    /** The four corners of the unit square, several times each: tariff where exactly one feature is set. */
    private static List<SoftmaxClassifier.Example> exclusiveOr() {
        List<SoftmaxClassifier.Example> out = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            out.add(new SoftmaxClassifier.Example(SentenceLabel.NONE, new float[] {0, 0}));
            out.add(new SoftmaxClassifier.Example(SentenceLabel.TARIFF, new float[] {1, 0}));
            out.add(new SoftmaxClassifier.Example(SentenceLabel.TARIFF, new float[] {0, 1}));
            out.add(new SoftmaxClassifier.Example(SentenceLabel.NONE, new float[] {1, 1}));
        }
        return out;
    }

    @Test
    void itLearnsALabelNoLinearLayerSeparates() {
        MlpClassifier model = MlpClassifier.train(exclusiveOr(), SETTINGS);
        int tariff = model.labels().indexOf(SentenceLabel.TARIFF);
        int none = model.labels().indexOf(SentenceLabel.NONE);
        assertThat(model.probabilities(new float[] {1, 0})[tariff]).isGreaterThan(0.9);
        assertThat(model.probabilities(new float[] {0, 1})[tariff]).isGreaterThan(0.9);
        assertThat(model.probabilities(new float[] {0, 0})[none]).isGreaterThan(0.9);
        assertThat(model.probabilities(new float[] {1, 1})[none]).isGreaterThan(0.9);
        SoftmaxClassifier linear = SoftmaxClassifier.train(exclusiveOr(), new SoftmaxClassifier.Settings(300, 1.0, 0));
        assertThat(linear.probabilities(new float[] {1, 1})[none]).isLessThan(0.9);
    }

    @Test
    void trainingTwiceGivesTheSameWeights() {
        assertThat(MlpClassifier.train(exclusiveOr(), SETTINGS))
                .isEqualTo(MlpClassifier.train(exclusiveOr(), SETTINGS));
        assertThat(MlpClassifier.train(exclusiveOr(), SETTINGS))
                .isNotEqualTo(MlpClassifier.train(exclusiveOr(), new MlpClassifier.Settings(8, 300, 4, 0.05, 0, 4)));
    }

    @Test
    void theTextFormReadsBack() {
        MlpClassifier model = MlpClassifier.train(exclusiveOr(), SETTINGS);
        assertThat(MlpClassifier.parse(model.toText(), "test").toText()).isEqualTo(model.toText());
        MlpClassifier exact = new MlpClassifier(
                List.of(SentenceLabel.NONE, SentenceLabel.TARIFF),
                new double[][] {{0.5, -1, 0.25}},
                new double[][] {{2, 0}, {-2, 0.5}});
        assertThat(MlpClassifier.parse(exact.toText(), "test")).isEqualTo(exact);
        double[] p = model.probabilities(new float[] {0.3f, 0.6f});
        assertThat(java.util.Arrays.stream(p).sum()).isCloseTo(1.0, org.assertj.core.data.Offset.offset(1e-12));
    }

    @Test
    void malformedWeightsNameTheirLine() {
        assertThatThrownBy(() -> MlpClassifier.parse("hidden\t1\t2\nnone\t1\nhidden\t1\t2\n", "w.tsv"))
                .hasMessageContaining("w.tsv:3");
        assertThatThrownBy(() -> MlpClassifier.parse("hidden\t1\tx\n", "w.tsv")).hasMessageContaining("w.tsv:1");
        assertThatThrownBy(() -> MlpClassifier.parse("hidden\t1\t2\nnone\t1\t2\t3\n", "w.tsv"))
                .hasMessageContaining("w.tsv")
                .hasMessageContaining("output row 0");
        assertThatThrownBy(() -> new MlpClassifier.Settings(0, 1, 1, 0.1, 0, 1)).hasMessageContaining("units (0)");
    }

    @Test
    void cuesFollowTheVector() {
        SentenceEncoder base = new SentenceEncoder() {
            @Override
            public float[] encode(String sentence) {
                return new float[] {0.5f};
            }

            @Override
            public int dimensions() {
                return 1;
            }
        };
        CueEncoder cues = new CueEncoder(base);
        assertThat(cues.dimensions()).isEqualTo(1 + CueEncoder.cues());
        float[] plain = cues.encode("Japan signed a deal with Australia on lithium on 3 March.");
        float[] hedged = cues.encode("Japan would not sign a $2 billion deal, the minister said");
        assertThat(plain[0]).isEqualTo(0.5f);
        // modal, negation, speech, money, date, past tense, no final stop
        assertThat(plain).containsExactly(0.5f, 0, 0, 0, 0, 1, 1, 0);
        assertThat(hedged).containsExactly(0.5f, 1, 1, 1, 1, 0, 0, 1);
    }
}
