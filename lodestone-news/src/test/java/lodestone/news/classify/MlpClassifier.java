package lodestone.news.classify;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * A classifier with one hidden layer, compared with the shipped softmax out of fold by {@code ClassifierValidation}:
 * {@code p(label | x) = softmax(V tanh(W x + b) + c)}; as the only model ({@code -Dmodel=mlp}, round 12a) and as the
 * model that adds frames beside the softmax's veto ({@code -Dmodel=split}, round 13a). Not shipped: neither beat the
 * softmax out of fold ({@code docs/methods/news.md} §4). Immutable (the weights are copied in and never handed out).
 *
 * <p>Training ({@link #train}) minimises the mean cross-entropy plus an L2 penalty on the weights (not the biases) with
 * Adam over mini-batches, for a fixed number of epochs. The initial weights and the order of the examples in each epoch
 * come from a {@link SplittableRandom} with a fixed seed, and every sum runs in one fixed order on one thread, so the
 * same examples give the same weights on every machine.
 */
public final class MlpClassifier implements SentenceModel {
    private static final String HIDDEN = "hidden";

    private final List<SentenceLabel> labels;
    /** one row per hidden unit: the input weights, then the bias */
    private final double[][] hidden;
    /** one row per label: the hidden units' weights, then the bias */
    private final double[][] output;

    /**
     * Hyper-parameters of {@link #train}.
     *
     * @param units hidden units, at least 1
     * @param epochs passes over the examples, at least 1
     * @param batch examples per step, at least 1
     * @param learningRate Adam's step size, positive
     * @param l2 penalty on the squared weights, at least 0
     * @param seed the seed of the initial weights and the order of the examples
     */
    public record Settings(int units, int epochs, int batch, double learningRate, double l2, long seed) {
        /** 32 hidden units, 40 epochs of batches of 32, step 0.002, L2 1e-4 (round 12a). */
        public static final Settings DEFAULT = new Settings(32, 40, 32, 0.002, 1e-4, 17);

        public Settings {
            if (units < 1 || epochs < 1 || batch < 1) {
                throw new IllegalArgumentException(
                        "units (" + units + "), epochs (" + epochs + ") and batch (" + batch + ") must be at least 1.");
            }
            if (!(learningRate > 0)) {
                throw new IllegalArgumentException("learningRate (" + learningRate + ") must be positive.");
            }
            if (!(l2 >= 0)) {
                throw new IllegalArgumentException("l2 (" + l2 + ") must be at least 0.");
            }
        }
    }

    /**
     * @param labels the labels, in the order of the output rows
     * @param hidden one row per hidden unit: {@code dimensions} weights then the bias
     * @param output one row per label: one weight per hidden unit then the bias
     */
    public MlpClassifier(List<SentenceLabel> labels, double[][] hidden, double[][] output) {
        this.labels = List.copyOf(labels);
        if (labels.isEmpty() || output.length != labels.size()) {
            throw new IllegalArgumentException(
                    "output (" + output.length + " rows) must have one row per label (" + labels.size() + ").");
        }
        this.hidden = copy(hidden, "hidden", hidden.length == 0 ? 2 : Math.max(2, hidden[0].length));
        this.output = copy(output, "output", hidden.length + 1);
    }

    /** A copy of the rows, each of exactly {@code width} numbers. */
    private static double[][] copy(double[][] rows, String name, int width) {
        if (rows.length == 0) {
            throw new IllegalArgumentException(name + " must have at least one row.");
        }
        double[][] out = new double[rows.length][];
        for (int i = 0; i < rows.length; i++) {
            if (rows[i].length != width) {
                throw new IllegalArgumentException(
                        name + " row " + i + " has " + rows[i].length + " numbers; every row must have " + width + ".");
            }
            out[i] = rows[i].clone();
        }
        return out;
    }

    @Override
    public List<SentenceLabel> labels() {
        return labels;
    }

    @Override
    public int dimensions() {
        return hidden[0].length - 1;
    }

    @Override
    public double[] probabilities(float[] vector) {
        SoftmaxClassifier.requireLength(vector, dimensions());
        double[] h = new double[hidden.length];
        return forward(hidden, output, vector, h);
    }

    /** Fills {@code h} with the hidden units and returns the label probabilities. */
    private static double[] forward(double[][] hidden, double[][] output, float[] x, double[] h) {
        int d = x.length;
        for (int u = 0; u < hidden.length; u++) {
            double[] w = hidden[u];
            double s = w[d];
            for (int j = 0; j < d; j++) {
                s += w[j] * x[j];
            }
            h[u] = Math.tanh(s);
        }
        double[] z = new double[output.length];
        for (int k = 0; k < output.length; k++) {
            double[] v = output[k];
            double s = v[h.length];
            for (int u = 0; u < h.length; u++) {
                s += v[u] * h[u];
            }
            z[k] = s;
        }
        return SoftmaxClassifier.softmax(z);
    }

    /**
     * @param examples the labelled vectors, all of one length, in a fixed order
     * @param settings the hyper-parameters
     * @return the trained classifier over every label of {@link SentenceLabel}
     */
    public static MlpClassifier train(List<SoftmaxClassifier.Example> examples, Settings settings) {
        if (examples.isEmpty()) {
            throw new IllegalArgumentException("examples must not be empty.");
        }
        List<SentenceLabel> labels = List.of(SentenceLabel.values());
        int d = examples.get(0).vector().length;
        for (SoftmaxClassifier.Example e : examples) {
            if (e.vector().length != d) {
                throw new IllegalArgumentException(
                        "every example must have " + d + " features; one has " + e.vector().length + ".");
            }
        }
        int units = settings.units();
        int k = labels.size();
        SplittableRandom random = new SplittableRandom(settings.seed());
        double[][] w1 = init(units, d, random);
        double[][] w2 = init(k, units, random);
        Adam a1 = new Adam(units, d + 1);
        Adam a2 = new Adam(k, units + 1);
        int[] order = new int[examples.size()];
        Arrays.setAll(order, i -> i);
        double[] h = new double[units];
        double[] dh = new double[units];
        for (int epoch = 0; epoch < settings.epochs(); epoch++) {
            shuffle(order, random);
            for (int from = 0; from < order.length; from += settings.batch()) {
                int to = Math.min(order.length, from + settings.batch());
                double[][] g1 = new double[units][d + 1];
                double[][] g2 = new double[k][units + 1];
                for (int i = from; i < to; i++) {
                    SoftmaxClassifier.Example e = examples.get(order[i]);
                    float[] x = e.vector();
                    double[] p = forward(w1, w2, x, h);
                    int target = labels.indexOf(e.label());
                    Arrays.fill(dh, 0);
                    for (int c = 0; c < k; c++) {
                        double delta = p[c] - (c == target ? 1 : 0);
                        double[] g = g2[c];
                        double[] v = w2[c];
                        for (int u = 0; u < units; u++) {
                            g[u] += delta * h[u];
                            dh[u] += delta * v[u];
                        }
                        g[units] += delta;
                    }
                    for (int u = 0; u < units; u++) {
                        double da = dh[u] * (1 - h[u] * h[u]);
                        double[] g = g1[u];
                        for (int j = 0; j < d; j++) {
                            g[j] += da * x[j];
                        }
                        g[d] += da;
                    }
                }
                int n = to - from;
                a1.step(w1, g1, n, settings);
                a2.step(w2, g2, n, settings);
            }
        }
        return new MlpClassifier(labels, w1, w2);
    }

    /** Glorot-uniform weights and zero biases. */
    private static double[][] init(int rows, int inputs, SplittableRandom random) {
        double limit = Math.sqrt(6.0 / (rows + inputs));
        double[][] w = new double[rows][inputs + 1];
        for (double[] row : w) {
            for (int j = 0; j < inputs; j++) {
                row[j] = (2 * random.nextDouble() - 1) * limit;
            }
        }
        return w;
    }

    private static void shuffle(int[] order, SplittableRandom random) {
        for (int i = order.length - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int t = order[i];
            order[i] = order[j];
            order[j] = t;
        }
    }

    /** Adam's moment estimates for one weight matrix whose last column is the bias. */
    private static final class Adam {
        private static final double BETA1 = 0.9;
        private static final double BETA2 = 0.999;
        private static final double EPSILON = 1e-8;
        private final double[][] m;
        private final double[][] v;
        private int t;

        Adam(int rows, int columns) {
            m = new double[rows][columns];
            v = new double[rows][columns];
        }

        void step(double[][] w, double[][] gradient, int n, Settings settings) {
            t++;
            double c1 = 1 - Math.pow(BETA1, t);
            double c2 = 1 - Math.pow(BETA2, t);
            for (int r = 0; r < w.length; r++) {
                int last = w[r].length - 1;
                for (int j = 0; j <= last; j++) {
                    double g = gradient[r][j] / n + (j < last ? settings.l2() * w[r][j] : 0);
                    m[r][j] = BETA1 * m[r][j] + (1 - BETA1) * g;
                    v[r][j] = BETA2 * v[r][j] + (1 - BETA2) * g * g;
                    w[r][j] -= settings.learningRate() * (m[r][j] / c1) / (Math.sqrt(v[r][j] / c2) + EPSILON);
                }
            }
        }
    }

    /**
     * @return the weights as text: one line {@code hidden<TAB>w0...<TAB>bias} per hidden unit, then one line {@code
     *     label<TAB>v0...<TAB>bias} per label, numbers in {@code %.9e}; {@link #parse} reads it back
     */
    public String toText() {
        StringBuilder out = new StringBuilder("# classifier with one hidden layer: ")
                .append(hidden.length)
                .append(" hidden units over ")
                .append(dimensions())
                .append(" features (weights, then the bias), then one line per label; trained by"
                        + " lodestone.news.classify.ClassifierTraining\n");
        for (double[] row : hidden) {
            append(out.append(HIDDEN), row);
        }
        for (int c = 0; c < labels.size(); c++) {
            append(out.append(labels.get(c).id()), output[c]);
        }
        return out.toString();
    }

    private static void append(StringBuilder out, double[] row) {
        for (double v : row) {
            out.append('\t').append(String.format(Locale.ROOT, "%.9e", v));
        }
        out.append('\n');
    }

    /**
     * @param text the output of {@link #toText()}
     * @param location where it was read from, for messages
     * @return the classifier
     * @throws IllegalArgumentException naming the location, line and value that cannot be read
     */
    public static MlpClassifier parse(String text, String location) {
        List<double[]> hidden = new ArrayList<>();
        List<SentenceLabel> labels = new ArrayList<>();
        List<double[]> output = new ArrayList<>();
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String[] cells = line.split("\t", -1);
            double[] row = new double[cells.length - 1];
            try {
                for (int j = 1; j < cells.length; j++) {
                    row[j - 1] = Double.parseDouble(cells[j]);
                }
                if (cells[0].equals(HIDDEN)) {
                    if (!labels.isEmpty()) {
                        throw new IllegalArgumentException("hidden units must come before the labels.");
                    }
                    hidden.add(row);
                } else {
                    labels.add(SentenceLabel.of(cells[0]));
                    output.add(row);
                }
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(location + ":" + (i + 1) + ": " + e.getMessage(), e);
            }
        }
        try {
            return new MlpClassifier(labels, hidden.toArray(new double[0][]), output.toArray(new double[0][]));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(location + ": " + e.getMessage(), e);
        }
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof MlpClassifier other
                && labels.equals(other.labels)
                && Arrays.deepEquals(hidden, other.hidden)
                && Arrays.deepEquals(output, other.output);
    }

    @Override
    public int hashCode() {
        return 31 * (31 * labels.hashCode() + Arrays.deepHashCode(hidden)) + Arrays.deepHashCode(output);
    }

    @Override
    public String toString() {
        return "MlpClassifier[" + labels.size() + " labels x " + hidden.length + " hidden units x " + dimensions()
                + " dimensions]";
    }
}
