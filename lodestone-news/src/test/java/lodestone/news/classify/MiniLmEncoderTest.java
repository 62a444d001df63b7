package lodestone.news.classify;

import static org.assertj.core.api.Assertions.assertThat;

import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The encoder's session (one thread per call) gives the vectors of langchain4j's own session up to float rounding (the
 * work of a call is summed in another order), and the shipped classifier decides the same label on either.
 */
class MiniLmEncoderTest {
    /** The widest component difference allowed: float rounding of a unit vector's components, with room. */
    private static final double TOLERANCE = 1e-5;

    @Test
    void vectorsAreThoseOfTheDefaultSessionUpToRounding() {
        List<ClassifierTraining.LabelledSentence> sentences = ClassifierTraining.parse(
                SentenceClassifier.resource(SentenceClassifier.SENTENCES), SentenceClassifier.SENTENCES);
        AllMiniLmL6V2QuantizedEmbeddingModel reference = new AllMiniLmL6V2QuantizedEmbeddingModel();
        MiniLmEncoder encoder = MiniLmEncoder.shared();
        SentenceModel model = SentenceClassifier.bundled().model();
        int compared = 0;
        double worst = 0;
        // every twentieth sentence: short headlines and long paragraphs alike, more than a hundred in all
        for (int i = 0; i < sentences.size(); i += 20) {
            String text = sentences.get(i).sentence();
            float[] ours = encoder.encode(text);
            float[] theirs = reference.embed(text).content().vector();
            assertThat(ours).as(text).hasSize(MiniLmEncoder.DIMENSIONS);
            for (int k = 0; k < ours.length; k++) {
                worst = Math.max(worst, Math.abs(ours[k] - theirs[k]));
            }
            assertThat(new SentenceClassifier.Prediction(model.probabilities(ours)).best())
                    .as(text)
                    .isEqualTo(new SentenceClassifier.Prediction(model.probabilities(theirs)).best());
            compared++;
        }
        assertThat(compared).isGreaterThan(100);
        assertThat(worst).as("largest component difference").isLessThan(TOLERANCE);
    }
}
