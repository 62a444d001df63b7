package lodestone.news.classify;

import static org.assertj.core.api.Assertions.assertThat;

import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The encoder's session (one thread per call) gives the vectors of langchain4j's own session up to float rounding (the
 * work of a call is summed in another order), and the shipped classifier decides the same label on either.
 */
class MiniLmEncoderTest {
    /** The widest component difference allowed: float rounding of a unit vector's components, with room. */
    private static final double TOLERANCE = 1e-5;

    /** How many sentences are encoded both ways. */
    private static final int SAMPLE = 120;

    /**
     * A sample stratified by length: the sentences ranked by length (a stable sort: then by place in the file), and
     * {@code count} ranks spread evenly from the shortest to the longest, both included. The two sessions differ only in
     * the order in which a call's sums are added, which depends on the number of tokens, so what the comparison needs is
     * every length from a short headline to the longest sentence, which the model cuts at its token limit (the longest,
     * 579 characters, reads the same cut at 400); it is not the sentences' words. The reference session is the costly
     * side (about 10 ms of CPU a sentence), so 120 ranks replace every twentieth sentence of the file (346).
     */
    static List<String> byLength(List<ClassifierTraining.LabelledSentence> sentences, int count) {
        List<String> ranked = sentences.stream()
                .map(ClassifierTraining.LabelledSentence::sentence)
                .sorted(Comparator.comparingInt(String::length))
                .toList();
        List<String> out = new ArrayList<>();
        for (int k = 0; k < count; k++) {
            out.add(ranked.get((int) ((long) k * (ranked.size() - 1) / (count - 1))));
        }
        return out;
    }

    @Test
    void vectorsAreThoseOfTheDefaultSessionUpToRounding() {
        List<ClassifierTraining.LabelledSentence> sentences = ClassifierTraining.parse(
                SentenceClassifier.resource(SentenceClassifier.SENTENCES), SentenceClassifier.SENTENCES);
        AllMiniLmL6V2QuantizedEmbeddingModel reference = new AllMiniLmL6V2QuantizedEmbeddingModel();
        MiniLmEncoder encoder = MiniLmEncoder.shared();
        SentenceModel model = SentenceClassifier.bundled().model();
        int compared = 0;
        double worst = 0;
        for (String text : byLength(sentences, SAMPLE)) {
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
