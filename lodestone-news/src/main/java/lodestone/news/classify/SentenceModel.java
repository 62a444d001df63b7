package lodestone.news.classify;

import java.util.List;

/** Turns a sentence vector into a probability per label. Implementations are immutable and safe to call from threads. */
public interface SentenceModel {
    /** @return the labels, in the order of {@link #probabilities} */
    List<SentenceLabel> labels();

    /** @return the number of features a vector must have */
    int dimensions();

    /**
     * @param vector a vector of {@link #dimensions()} features
     * @return the probability of each label, in the order of {@link #labels()}
     */
    double[] probabilities(float[] vector);

    /** @return the weights as text, which {@link #parse} reads back */
    String toText();

    /**
     * @param text the output of {@link #toText()} of a {@link SoftmaxClassifier} or an {@link MlpClassifier}
     * @param location where it was read from, for messages
     * @return the model
     */
    static SentenceModel parse(String text, String location) {
        return MlpClassifier.isMlp(text)
                ? MlpClassifier.parse(text, location)
                : SoftmaxClassifier.parse(text, location);
    }
}
