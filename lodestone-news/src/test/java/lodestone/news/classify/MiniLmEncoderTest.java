package lodestone.news.classify;

import static org.assertj.core.api.Assertions.assertThat;

import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The encoder's session (threads that sleep between calls) gives the vectors of langchain4j's own session to the last
 * bit, so that the shipped weights and every extraction stay as they were.
 */
class MiniLmEncoderTest {
    @Test
    void vectorsAreThoseOfTheDefaultSessionBitForBit() {
        List<ClassifierTraining.LabelledSentence> sentences = ClassifierTraining.parse(
                SentenceClassifier.resource(SentenceClassifier.SENTENCES), SentenceClassifier.SENTENCES);
        AllMiniLmL6V2QuantizedEmbeddingModel reference = new AllMiniLmL6V2QuantizedEmbeddingModel();
        MiniLmEncoder encoder = MiniLmEncoder.shared();
        int compared = 0;
        // every twentieth sentence: short headlines and long paragraphs alike, more than a hundred in all
        for (int i = 0; i < sentences.size(); i += 20) {
            String text = sentences.get(i).sentence();
            float[] ours = encoder.encode(text);
            float[] theirs = reference.embed(text).content().vector();
            assertThat(ours).as(text).hasSize(MiniLmEncoder.DIMENSIONS);
            for (int k = 0; k < ours.length; k++) {
                assertThat(Float.floatToRawIntBits(ours[k]))
                        .as("component %d of \"%s\"", k, text)
                        .isEqualTo(Float.floatToRawIntBits(theirs[k]));
            }
            compared++;
        }
        assertThat(compared).isGreaterThan(100);
    }
}
