package lodestone.news.classify;

import java.util.List;
import java.util.Optional;
import lodestone.news.Bundled;

/**
 * Classifies one sentence: encoder, then trained models over the one vector. Thread-safe. The {@code model} decides
 * whether a sentence is out of scope (the veto of weak triggers); the {@code additions} model, when present, decides
 * which event type a sentence no trigger reads tells (the frames the classifier adds). The shipped classifier uses the
 * softmax for both; {@code ClassifierValidation -Dmodel=split} measures a hidden layer for the additions beside it
 * ({@code docs/methods/news.md} §4, round 13a).
 *
 * @param encoder the sentence encoder
 * @param model the trained weights whose probabilities {@link Prediction#best()} and {@link Prediction#probability}
 *     give
 * @param additions the trained weights whose probabilities {@link Prediction#addition()} and {@link
 *     Prediction#additionProbability} give; when empty, {@code model}'s
 */
public record SentenceClassifier(SentenceEncoder encoder, SentenceModel model, Optional<SentenceModel> additions) {
    /** Class-path location of the shipped weights. */
    public static final String WEIGHTS = "lodestone/news/classifier/classifier.tsv";

    /** Class-path location of the labelled sentences the weights are trained from. */
    public static final String SENTENCES = "lodestone/news/classifier/sentences.tsv";

    /** The probability of each label for one sentence, by the veto model and by the additions model. */
    public static final class Prediction {
        private static final List<SentenceLabel> LABELS = List.of(SentenceLabel.values());
        private final double[] probabilities;
        private final double[] additions;

        /** @param probabilities in the order of {@link SentenceLabel#values()}, for both roles */
        public Prediction(double[] probabilities) {
            this(probabilities, probabilities);
        }

        /**
         * @param probabilities the veto model's, in the order of {@link SentenceLabel#values()}
         * @param additions the additions model's, in the same order
         */
        public Prediction(double[] probabilities, double[] additions) {
            this.probabilities = checked(probabilities, "probabilities");
            this.additions = checked(additions, "additions");
        }

        private static double[] checked(double[] p, String name) {
            if (p.length != LABELS.size()) {
                throw new IllegalArgumentException(
                        name + " (" + p.length + " numbers) must have one per label (" + LABELS.size() + ").");
            }
            return p.clone();
        }

        private static SentenceLabel best(double[] p) {
            int best = 0;
            for (int k = 1; k < p.length; k++) {
                if (p[k] > p[best]) {
                    best = k;
                }
            }
            return LABELS.get(best);
        }

        /** @return the veto model's probability of each label, in the order of {@link SentenceLabel#values()} (a copy) */
        public double[] probabilities() {
            return probabilities.clone();
        }

        /** @return the most probable label by the veto model */
        public SentenceLabel best() {
            return best(probabilities);
        }

        /**
         * @param label a label
         * @return its probability by the veto model, in [0, 1]
         */
        public double probability(SentenceLabel label) {
            return probabilities[LABELS.indexOf(label)];
        }

        /** @return the most probable label by the additions model */
        public SentenceLabel addition() {
            return best(additions);
        }

        /**
         * @param label a label
         * @return its probability by the additions model, in [0, 1]
         */
        public double additionProbability(SentenceLabel label) {
            return additions[LABELS.indexOf(label)];
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Prediction p
                    && java.util.Arrays.equals(probabilities, p.probabilities)
                    && java.util.Arrays.equals(additions, p.additions);
        }

        @Override
        public int hashCode() {
            return 31 * java.util.Arrays.hashCode(probabilities) + java.util.Arrays.hashCode(additions);
        }

        @Override
        public String toString() {
            return "Prediction[" + best().id() + " " + String.format(java.util.Locale.ROOT, "%.3f", probability(best()))
                    + "]";
        }
    }

    public SentenceClassifier {
        check(encoder, model);
        additions.ifPresent(a -> check(encoder, a));
    }

    /**
     * @param encoder the sentence encoder
     * @param model the trained weights, for both roles
     */
    public SentenceClassifier(SentenceEncoder encoder, SentenceModel model) {
        this(encoder, model, Optional.empty());
    }

    private static void check(SentenceEncoder encoder, SentenceModel model) {
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
     * @return the probability of each label by each model (the sentence is encoded once)
     */
    public Prediction classify(String sentence) {
        float[] vector = encoder.encode(sentence);
        double[] p = model.probabilities(vector);
        return new Prediction(p, additions.map(a -> a.probabilities(vector)).orElse(p));
    }

    static String resource(String path) {
        return Bundled.trained(path, ClassifierTraining.class);
    }
}
