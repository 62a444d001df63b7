package lodestone.news.classify;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.IntStream;
import lodestone.news.TabSeparated;

/**
 * Multinomial logistic regression: {@code p(label | x) = softmax(W x + b)}. Immutable (the weights are copied in and
 * never handed out).
 *
 * <p>Training ({@link #train}) is full-batch gradient descent on the mean cross-entropy plus an L2 penalty on the
 * weights (not the biases), from zero weights, for a fixed number of epochs, visiting the examples in the given order:
 * the same examples give the same weights on every machine (no random initialisation, no shuffling). Threads share
 * out each epoch's work, the examples' scores (shares of examples, each example's scores summed on their own) and then
 * the gradient's features (each feature's sum over the examples in their order, as one thread adds it), so the weights
 * are the same to the bit on any number of threads.
 *
 */
public final class SoftmaxClassifier implements SentenceModel {
    /** Features per share of an epoch's gradient, the bias with the last share: MiniLM's 384 in two. */
    private static final int FEATURE_BLOCK = 192;

    /** Examples per share of an epoch's scores: a share's scores (ten labels) and features stay in the core's cache. */
    private static final int EXAMPLE_BLOCK = 256;

    private final List<SentenceLabel> labels;
    private final double[][] weights;

    /** A labelled vector (the vector is copied in). */
    public static final class Example {
        private final SentenceLabel label;
        private final float[] vector;

        /**
         * @param label its label
         * @param vector its features
         */
        public Example(SentenceLabel label, float[] vector) {
            this.label = label;
            this.vector = Objects.requireNonNull(vector, "vector").clone();
        }

        SentenceLabel label() {
            return label;
        }

        float[] vector() {
            return vector;
        }
    }

    /**
     * Hyper-parameters of {@link #train}.
     *
     * @param epochs full passes over the examples, at least 1
     * @param learningRate step size, positive
     * @param l2 penalty on the squared weights, at least 0
     * @param classWeighting in [0, 1]: each example counts {@code (n / (k n_c))^classWeighting} times, where {@code n} is
     *     the number of examples, {@code k} the number of labels that have examples and {@code n_c} the number of
     *     examples of its label; 0 counts every example once, 1 gives every label the same total weight
     */
    public record Settings(int epochs, double learningRate, double l2, double classWeighting) {
        /** 400 epochs, step 2.0, L2 1e-4: converged on the shipped sentences (the loss changes by < 1e-4 per epoch). */
        public static final Settings DEFAULT = new Settings(400, 2.0, 1e-4, 0);

        public Settings {
            if (epochs < 1) {
                throw new IllegalArgumentException("epochs (" + epochs + ") must be at least 1.");
            }
            if (!(learningRate > 0)) {
                throw new IllegalArgumentException("learningRate (" + learningRate + ") must be positive.");
            }
            if (!(l2 >= 0)) {
                throw new IllegalArgumentException("l2 (" + l2 + ") must be at least 0.");
            }
            if (!(classWeighting >= 0 && classWeighting <= 1)) {
                throw new IllegalArgumentException("classWeighting (" + classWeighting + ") must be in [0, 1].");
            }
        }

        /**
         * @param epochs full passes over the examples, at least 1
         * @param learningRate step size, positive
         * @param l2 penalty on the squared weights, at least 0
         */
        public Settings(int epochs, double learningRate, double l2) {
            this(epochs, learningRate, l2, 0);
        }
    }

    /**
     * @param labels the labels, in the order of the weight rows
     * @param weights one row per label: {@code dimensions} weights then the bias
     */
    public SoftmaxClassifier(List<SentenceLabel> labels, double[][] weights) {
        labels = List.copyOf(labels);
        if (weights.length != labels.size() || labels.isEmpty()) {
            throw new IllegalArgumentException(
                    "weights (" + weights.length + " rows) must have one row per label (" + labels.size() + ").");
        }
        int width = weights[0].length;
        double[][] copy = new double[weights.length][];
        for (int i = 0; i < weights.length; i++) {
            if (weights[i].length != width || width < 2) {
                throw new IllegalArgumentException("weight row " + i + " has " + weights[i].length
                        + " numbers; every row must have the same length (" + width + ", at least 2).");
            }
            copy[i] = weights[i].clone();
        }
        this.labels = labels;
        this.weights = copy;
    }

    @Override
    public List<SentenceLabel> labels() {
        return labels;
    }

    @Override
    public int dimensions() {
        return weights[0].length - 1;
    }

    @Override
    public double[] probabilities(float[] vector) {
        requireLength(vector, dimensions());
        return scores(weights, vector);
    }

    /**
     * @param vector a vector given to a model
     * @param dimensions the model's
     * @throws IllegalArgumentException with a hint when the lengths differ
     */
    static void requireLength(float[] vector, int dimensions) {
        if (vector.length != dimensions) {
            throw new IllegalArgumentException(
                    "vector length (" + vector.length + ") must equal the classifier's dimensions (" + dimensions
                            + ").\nMaybe the classifier was trained with another encoder.");
        }
    }

    /**
     * The softmax of {@code W x + b}. Each label's score is summed in the order of the features, starting from its
     * bias, as one label at a time would sum it; the labels are summed side by side (one feature of every label, then
     * the next), so that no sum waits for the one before it: the same numbers as one label at a time, sooner. A float
     * feature is exactly a double, so the vector is read as it is, with no widened copy.
     */
    private static double[] scores(double[][] weights, float[] vector) {
        int k = weights.length;
        double[] scores = new double[k];
        for (int c = 0; c < k; c++) {
            scores[c] = weights[c][weights[c].length - 1];
        }
        for (int j = 0; j < vector.length; j++) {
            double x = vector[j];
            for (int c = 0; c < k; c++) {
                scores[c] += weights[c][j] * x;
            }
        }
        return softmax(scores);
    }

    /**
     * {@link #scores} of the examples {@code from} to {@code to}, read from each feature's values over all examples
     * ({@code columns[j][i]}): each label's score of each example is summed in the order of the features from its bias,
     * as {@link #scores} sums it, but the examples are summed side by side (one feature and label for every example of
     * the share, then the next), each sum on its own: the same numbers, in loops the compiler can run on several
     * examples at once.
     *
     * @return the scores, {@code [label][example - from]}
     */
    private static double[][] scores(double[][] weights, double[][] columns, int from, int to) {
        int k = weights.length;
        int dims = columns.length;
        int n = to - from;
        double[][] scores = new double[k][n];
        for (int c = 0; c < k; c++) {
            Arrays.fill(scores[c], weights[c][dims]);
        }
        // four features at a time, added one after the other: the sums of one feature at a time
        double[] x0 = new double[n];
        double[] x1 = new double[n];
        double[] x2 = new double[n];
        double[] x3 = new double[n];
        int j = 0;
        for (; j + 4 <= dims; j += 4) {
            System.arraycopy(columns[j], from, x0, 0, n);
            System.arraycopy(columns[j + 1], from, x1, 0, n);
            System.arraycopy(columns[j + 2], from, x2, 0, n);
            System.arraycopy(columns[j + 3], from, x3, 0, n);
            for (int c = 0; c < k; c++) {
                double[] row = weights[c];
                double w0 = row[j];
                double w1 = row[j + 1];
                double w2 = row[j + 2];
                double w3 = row[j + 3];
                double[] score = scores[c];
                for (int i = 0; i < n; i++) {
                    score[i] = (((score[i] + w0 * x0[i]) + w1 * x1[i]) + w2 * x2[i]) + w3 * x3[i];
                }
            }
        }
        for (; j < dims; j++) {
            System.arraycopy(columns[j], from, x0, 0, n);
            for (int c = 0; c < k; c++) {
                double w0 = weights[c][j];
                double[] score = scores[c];
                for (int i = 0; i < n; i++) {
                    score[i] += w0 * x0[i];
                }
            }
        }
        return scores;
    }

    /**
     * Adds each example's gradient weights times its features {@code from} to {@code to} (and the weights alone to
     * the bias, when asked) to the gradient: each feature's sum over the examples in their order, four examples at a
     * time added one after the other, as one example at a time adds them.
     */
    private static void addGradient(
            double[][] gradient, double[][] vectors, double[][] deltas, int from, int to, boolean bias) {
        int k = gradient.length;
        int dims = gradient[0].length - 1;
        int n = vectors.length;
        int i = 0;
        for (; i + 4 <= n; i += 4) {
            double[] v0 = vectors[i];
            double[] v1 = vectors[i + 1];
            double[] v2 = vectors[i + 2];
            double[] v3 = vectors[i + 3];
            for (int c = 0; c < k; c++) {
                double d0 = deltas[i][c];
                double d1 = deltas[i + 1][c];
                double d2 = deltas[i + 2][c];
                double d3 = deltas[i + 3][c];
                double[] g = gradient[c];
                for (int j = from; j < to; j++) {
                    g[j] = (((g[j] + d0 * v0[j]) + d1 * v1[j]) + d2 * v2[j]) + d3 * v3[j];
                }
                if (bias) {
                    g[dims] = (((g[dims] + d0) + d1) + d2) + d3;
                }
            }
        }
        for (; i < n; i++) {
            double[] v = vectors[i];
            for (int c = 0; c < k; c++) {
                double d = deltas[i][c];
                double[] g = gradient[c];
                for (int j = from; j < to; j++) {
                    g[j] += d * v[j];
                }
                if (bias) {
                    g[dims] += d;
                }
            }
        }
    }

    /** @return the softmax of the scores, computed from their maximum */
    static double[] softmax(double[] scores) {
        double max = Arrays.stream(scores).max().orElse(0);
        double sum = 0;
        double[] out = new double[scores.length];
        for (int k = 0; k < scores.length; k++) {
            out[k] = Math.exp(scores[k] - max);
            sum += out[k];
        }
        for (int k = 0; k < scores.length; k++) {
            out[k] /= sum;
        }
        return out;
    }

    /**
     * @param examples the labelled vectors, all of one length, in a fixed order
     * @param settings the hyper-parameters
     * @return the trained classifier over every label of {@link SentenceLabel}
     */
    public static SoftmaxClassifier train(List<Example> examples, Settings settings) {
        if (examples.isEmpty()) {
            throw new IllegalArgumentException("examples must not be empty.");
        }
        List<SentenceLabel> labels = List.of(SentenceLabel.values());
        int dims = examples.get(0).vector().length;
        int k = labels.size();
        double[][] w = new double[k][dims + 1];
        double[] classWeight = classWeights(examples, labels, settings.classWeighting());
        double n = 0;
        // each example's label and vector (widened once: a float is exactly a double), read once per epoch
        int[] targets = new int[examples.size()];
        double[][] vectors = new double[examples.size()][];
        for (int i = 0; i < targets.length; i++) {
            Example e = examples.get(i);
            if (e.vector().length != dims) {
                throw new IllegalArgumentException(
                        "every example must have " + dims + " features; one has " + e.vector().length + ".");
            }
            targets[i] = labels.indexOf(e.label());
            n += classWeight[targets[i]];
            vectors[i] = new double[dims];
            for (int j = 0; j < dims; j++) {
                vectors[i][j] = e.vector()[j];
            }
        }
        // each feature's values over the examples, so that a share of the examples' scores is summed feature by
        // feature with the examples side by side
        double[][] columns = new double[dims][targets.length];
        for (int i = 0; i < targets.length; i++) {
            for (int j = 0; j < dims; j++) {
                columns[j][i] = vectors[i][j];
            }
        }
        int shares = (targets.length + EXAMPLE_BLOCK - 1) / EXAMPLE_BLOCK;
        double[][] deltas = new double[targets.length][];
        for (int epoch = 0; epoch < settings.epochs(); epoch++) {
            double[][] gradient = new double[k][dims + 1];
            // each example's score, then its gradient weight per label: independent of the other examples
            IntStream.range(0, shares).parallel().forEach(share -> {
                int from = share * EXAMPLE_BLOCK;
                int to = Math.min(from + EXAMPLE_BLOCK, targets.length);
                double[][] scores = scores(w, columns, from, to);
                for (int i = from; i < to; i++) {
                    double[] score = new double[k];
                    for (int c = 0; c < k; c++) {
                        score[c] = scores[c][i - from];
                    }
                    double[] p = softmax(score);
                    int target = targets[i];
                    double weight = classWeight[target];
                    for (int c = 0; c < k; c++) {
                        p[c] = weight * (p[c] - (c == target ? 1 : 0));
                    }
                    deltas[i] = p;
                }
            });
            // each feature's gradient summed over the examples in their order, every feature apart
            int blocks = Math.max(1, (dims + FEATURE_BLOCK - 1) / FEATURE_BLOCK);
            IntStream.range(0, blocks).parallel().forEach(block -> {
                int from = block * FEATURE_BLOCK;
                int to = Math.min(from + FEATURE_BLOCK, dims);
                addGradient(gradient, vectors, deltas, from, to, block == blocks - 1);
            });
            for (int c = 0; c < k; c++) {
                for (int j = 0; j <= dims; j++) {
                    double reg = j < dims ? settings.l2() * w[c][j] : 0;
                    w[c][j] -= settings.learningRate() * (gradient[c][j] / n + reg);
                }
            }
        }
        return new SoftmaxClassifier(labels, w);
    }

    /** @return the weight of an example of each label, in the order of the labels; 1 for all at weighting 0 */
    private static double[] classWeights(List<Example> examples, List<SentenceLabel> labels, double weighting) {
        double[] count = new double[labels.size()];
        for (Example e : examples) {
            count[labels.indexOf(e.label())]++;
        }
        long present = Arrays.stream(count).filter(c -> c > 0).count();
        double[] out = new double[labels.size()];
        for (int c = 0; c < out.length; c++) {
            out[c] = weighting == 0 || count[c] == 0 ? 1 : Math.pow(examples.size() / (present * count[c]), weighting);
        }
        return out;
    }

    /**
     * @return the weights as text: a header line {@code label<TAB>bias<TAB>w0...}, then one line per label with numbers
     *     in {@code %.9e}; {@link #parse} reads it back
     */
    public String toText() {
        StringBuilder out = new StringBuilder("# softmax classifier: label, then ")
                .append(dimensions())
                .append(" weights and the bias; trained by lodestone.news.classify.ClassifierTraining\n");
        for (int c = 0; c < labels.size(); c++) {
            out.append(labels.get(c).id());
            for (double v : weights[c]) {
                out.append('\t').append(String.format(Locale.ROOT, "%.9e", v));
            }
            out.append('\n');
        }
        return out.toString();
    }

    /**
     * @param text the output of {@link #toText()}
     * @param location where it was read from, for messages
     * @return the classifier
     * @throws IllegalArgumentException naming the location, line and value that cannot be read
     */
    public static SoftmaxClassifier parse(String text, String location) {
        List<SentenceLabel> labels = new ArrayList<>();
        List<double[]> rows = new ArrayList<>();
        for (TabSeparated.Line line : TabSeparated.stripped(text)) {
            String[] cells = line.fields();
            double[] row = new double[cells.length - 1];
            try {
                labels.add(SentenceLabel.of(cells[0]));
                for (int j = 1; j < cells.length; j++) {
                    row[j - 1] = Double.parseDouble(cells[j]);
                }
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(location + ":" + line.number() + ": " + e.getMessage(), e);
            }
            rows.add(row);
        }
        return new SoftmaxClassifier(labels, rows.toArray(new double[0][]));
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof SoftmaxClassifier other
                && labels.equals(other.labels)
                && Arrays.deepEquals(weights, other.weights);
    }

    @Override
    public int hashCode() {
        return 31 * labels.hashCode() + Arrays.deepHashCode(weights);
    }

    @Override
    public String toString() {
        return "SoftmaxClassifier[" + labels.size() + " labels x " + dimensions() + " dimensions]";
    }
}
