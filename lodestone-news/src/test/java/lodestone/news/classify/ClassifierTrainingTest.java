package lodestone.news.classify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The shipped classifier is what {@link ClassifierTraining} makes from the shipped sentences: re-training gives the
 * same weights (to 1e-4, the rounding room for ONNX Runtime's float kernels on another CPU) and the same label for every
 * training sentence. Also the softmax itself: probabilities sum to one and the text form reads back exactly.
 */
class ClassifierTrainingTest {
    @Test
    void retrainingFromTheShippedSentencesGivesTheShippedWeights() {
        List<ClassifierTraining.LabelledSentence> sentences = ClassifierTraining.parse(
                SentenceClassifier.resource(SentenceClassifier.SENTENCES), SentenceClassifier.SENTENCES);
        SoftmaxClassifier retrained =
                ClassifierTraining.train(sentences, MiniLmEncoder.shared(), SoftmaxClassifier.Settings.DEFAULT);
        SoftmaxClassifier shipped = SentenceClassifier.bundled().model();
        String[] a = retrained.toText().split("\n", -1);
        String[] b = shipped.toText().split("\n", -1);
        assertThat(a).hasSameSizeAs(b);
        double worst = 0;
        for (int i = 1; i < a.length; i++) {
            String[] x = a[i].split("\t", -1);
            String[] y = b[i].split("\t", -1);
            assertThat(x[0]).isEqualTo(y[0]);
            for (int j = 1; j < x.length; j++) {
                worst = Math.max(worst, Math.abs(Double.parseDouble(x[j]) - Double.parseDouble(y[j])));
            }
        }
        assertThat(worst).as("largest weight difference").isLessThan(1e-4);
    }

    @Test
    void probabilitiesSumToOneAndTheTextFormReadsBack() {
        double[][] w = {{0.5, -1, 0.1}, {-0.5, 2, 0}};
        SoftmaxClassifier model = new SoftmaxClassifier(List.of(SentenceLabel.NONE, SentenceLabel.TARIFF), w);
        double[] p = model.probabilities(new float[] {1f, 0.5f});
        assertThat(p[0] + p[1]).isCloseTo(1.0, org.assertj.core.data.Offset.offset(1e-12));
        assertThat(SoftmaxClassifier.parse(model.toText(), "test")).isEqualTo(model);
    }

    @Test
    void aVectorOfTheWrongLengthIsRefusedWithAHint() {
        SoftmaxClassifier model = new SoftmaxClassifier(List.of(SentenceLabel.NONE), new double[][] {{1, 2, 3}});
        assertThatThrownBy(() -> model.probabilities(new float[] {1f}))
                .hasMessageContaining("vector length (1)")
                .hasMessageContaining("Maybe");
    }

    @Test
    void aMalformedTrainingLineNamesItsLine() {
        assertThatThrownBy(() -> ClassifierTraining.parse("none\tfine\nno tab here\n", "s.tsv"))
                .hasMessageContaining("s.tsv:2");
        assertThatThrownBy(() -> ClassifierTraining.parse("banana\tx\n", "s.tsv"))
                .hasMessageContaining("s.tsv:1")
                .hasMessageContaining("banana");
    }
}
