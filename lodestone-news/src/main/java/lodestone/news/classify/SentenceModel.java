package lodestone.news.classify;

import java.util.List;

/**
 * Turns a sentence vector into a probability per label. Implementations are immutable and safe to call from threads:
 * the shipped {@link SoftmaxClassifier}, and the models {@code ClassifierValidation} compares with it out of fold.
 */
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
}
