package lodestone.news.classify;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Classifies one sentence: encoder, then a trained model. Thread-safe.
 *
 * @param encoder the sentence encoder
 * @param model the trained weights
 */
public record SentenceClassifier(SentenceEncoder encoder, SentenceModel model) {
    /** Class-path location of the shipped weights. */
    public static final String WEIGHTS = "lodestone/news/classifier/classifier.tsv";

    /** Class-path location of the labelled sentences the weights are trained from. */
    public static final String SENTENCES = "lodestone/news/classifier/sentences.tsv";

    /** The probability of each label for one sentence. */
    public static final class Prediction {
        private static final List<SentenceLabel> LABELS = List.of(SentenceLabel.values());
        private final double[] probabilities;

        /** @param probabilities in the order of {@link SentenceLabel#values()} */
        public Prediction(double[] probabilities) {
            if (probabilities.length != LABELS.size()) {
                throw new IllegalArgumentException("probabilities (" + probabilities.length
                        + " numbers) must have one per label (" + LABELS.size() + ").");
            }
            this.probabilities = probabilities.clone();
        }

        /** @return the most probable label */
        public SentenceLabel best() {
            int best = 0;
            for (int k = 1; k < probabilities.length; k++) {
                if (probabilities[k] > probabilities[best]) {
                    best = k;
                }
            }
            return LABELS.get(best);
        }

        /**
         * @param label a label
         * @return its probability, in [0, 1]
         */
        public double probability(SentenceLabel label) {
            return probabilities[LABELS.indexOf(label)];
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Prediction p && java.util.Arrays.equals(probabilities, p.probabilities);
        }

        @Override
        public int hashCode() {
            return java.util.Arrays.hashCode(probabilities);
        }

        @Override
        public String toString() {
            return "Prediction[" + best().id() + " " + String.format(java.util.Locale.ROOT, "%.3f", probability(best()))
                    + "]";
        }
    }

    public SentenceClassifier {
        if (encoder.dimensions() != model.dimensions()) {
            throw new IllegalArgumentException("encoder dimensions (" + encoder.dimensions()
                    + ") must equal the model's (" + model.dimensions() + ").");
        }
        if (!model.labels().equals(List.of(SentenceLabel.values()))) {
            throw new IllegalArgumentException(
                    "model labels " + model.labels() + " must be every SentenceLabel in declaration order.");
        }
    }

    private static final class Holder {
        static final SentenceClassifier INSTANCE =
                new SentenceClassifier(MiniLmEncoder.shared(), SoftmaxClassifier.parse(resource(WEIGHTS), WEIGHTS));
    }

    /** @return the shipped classifier: MiniLM and the softmax weights in {@link #WEIGHTS} */
    public static SentenceClassifier bundled() {
        return Holder.INSTANCE;
    }

    /**
     * @param sentence a sentence
     * @return the probability of each label
     */
    public Prediction classify(String sentence) {
        return new Prediction(model.probabilities(encoder.encode(sentence)));
    }

    static String resource(String path) {
        try (InputStream in = SentenceClassifier.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("resource " + path + " is missing from lodestone-news.\nMaybe run"
                        + " lodestone.news.classify.ClassifierTraining to create it.");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
