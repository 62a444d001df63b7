package lodestone.news.vet;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import lodestone.news.Bundled;
import lodestone.news.TabSeparated;

/**
 * Keeps a candidate when P(real), a logistic regression over its {@link CandidateFeatures}, reaches the threshold.
 * Immutable and thread-safe.
 *
 * <p>The weights file has one {@code name<TAB>value} line per number, {@code #} comments: {@code threshold}, {@code
 * intercept}, then one line per feature in the order of the model's feature names ({@link CandidateFeatures#NAMES} for
 * the candidate filter; the proposal gate of {@code lodestone.news.frame} names its own, which begin with those).
 */
public final class LogisticFilter implements CandidateFilter {
    /** Class-path location of the shipped weights. */
    public static final String WEIGHTS = "lodestone/news/vet/filter.tsv";

    private final List<String> names;
    private final double[] weights;
    private final double threshold;

    /**
     * @param weights the intercept followed by one coefficient per feature of {@link CandidateFeatures#NAMES}
     * @param threshold the least P(real) kept, in [0, 1]
     */
    public LogisticFilter(double[] weights, double threshold) {
        this(CandidateFeatures.NAMES, weights, threshold);
    }

    /**
     * @param names the names of the features the weights are for, in vector order
     * @param weights the intercept followed by one coefficient per feature
     * @param threshold the least P(real) kept, in [0, 1]
     */
    public LogisticFilter(List<String> names, double[] weights, double threshold) {
        if (weights.length != names.size() + 1) {
            throw new IllegalArgumentException("weights (" + weights.length + " numbers) must be the intercept and one"
                    + " per feature (" + names.size() + ").");
        }
        this.names = List.copyOf(names);
        if (!(threshold >= 0 && threshold <= 1)) {
            throw new IllegalArgumentException("threshold (" + threshold + ") must be in [0, 1].");
        }
        this.weights = weights.clone();
        this.threshold = threshold;
    }

    private static final class Holder {
        static final LogisticFilter INSTANCE = parse(Bundled.trained(WEIGHTS, FilterTraining.class), WEIGHTS);
    }

    /** @return the shipped filter ({@link #WEIGHTS}) */
    public static LogisticFilter bundled() {
        return Holder.INSTANCE;
    }

    /** @return the names of the features, in vector order */
    public List<String> names() {
        return names;
    }

    /** @return the least P(real) kept */
    public double threshold() {
        return threshold;
    }

    /** @return the intercept followed by one coefficient per feature (a copy) */
    public double[] weights() {
        return weights.clone();
    }

    /**
     * @param article the candidates of one article, in text order
     * @param i the candidate
     * @return its P(real)
     */
    public double probability(List<Candidate> article, int i) {
        return probability(CandidateFeatures.of(article, i));
    }

    /**
     * @param x a candidate's features ({@link CandidateFeatures#NAMES} order)
     * @return its P(real)
     */
    public double probability(double[] x) {
        double[] z = new double[x.length + 1];
        z[0] = 1;
        System.arraycopy(x, 0, z, 1, x.length);
        return LogisticFit.probability(weights, z);
    }

    /**
     * @throws IllegalStateException when the model is not over {@link CandidateFeatures#NAMES} (a gate over other
     *     features reads them itself and calls {@link #probability(double[])})
     */
    @Override
    public boolean[] keep(List<Candidate> article) {
        if (!names.equals(CandidateFeatures.NAMES)) {
            throw new IllegalStateException("this model's features (" + names.size() + ") are not the candidate"
                    + " filter's; read them with their own features and call probability(x).");
        }
        double[][] x = CandidateFeatures.of(article);
        boolean[] out = new boolean[article.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = probability(x[i]) >= threshold;
        }
        return out;
    }

    /** @return false: the candidate filter reads {@link CandidateFeatures}, none of the gate's signals */
    @Override
    public boolean readsSignals() {
        return false;
    }

    /**
     * @param text a weights file
     * @param location where it was read from, for messages
     * @return the filter
     * @throws IllegalArgumentException naming the line that does not fit
     */
    public static LogisticFilter parse(String text, String location) {
        return parse(text, location, CandidateFeatures.NAMES);
    }

    /**
     * @param text a weights file
     * @param location where it was read from, for messages
     * @param features the names of the features the file must give weights for, in order
     * @return the model
     * @throws IllegalArgumentException naming the line that does not fit
     */
    public static LogisticFilter parse(String text, String location, List<String> features) {
        return parse(text, location, features, false);
    }

    /**
     * @param text a weights file over the first features of a list (at least one)
     * @param location where it was read from, for messages
     * @param features the names of the features, in order, of which the file gives the first
     * @return the model over those the file gives
     * @throws IllegalArgumentException naming the line that does not fit
     */
    public static LogisticFilter parseFirst(String text, String location, List<String> features) {
        return parse(text, location, features, true);
    }

    private static LogisticFilter parse(String text, String location, List<String> features, boolean first) {
        List<String> names = new ArrayList<>();
        names.add("threshold");
        names.add("intercept");
        names.addAll(features);
        double[] values = new double[names.size()];
        int read = 0;
        for (TabSeparated.Line line : TabSeparated.stripped(text)) {
            String[] cells = line.fields();
            if (read >= names.size() || cells.length != 2 || !cells[0].equals(names.get(read))) {
                throw new IllegalArgumentException(location + ":" + line.number() + ": line (" + line.text()
                        + ") must be " + (read < names.size() ? names.get(read) : "the end") + "<TAB>number.");
            }
            try {
                values[read++] = Double.parseDouble(cells[1]);
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(
                        location + ":" + line.number() + ": value (" + cells[1] + ") must be a number.", e);
            }
        }
        if (first && read >= 3 && read < names.size()) {
            List<String> given = features.subList(0, read - 2);
            double[] weights = new double[read - 1];
            System.arraycopy(values, 1, weights, 0, weights.length);
            return new LogisticFilter(given, weights, values[0]);
        }
        if (read != names.size()) {
            throw new IllegalArgumentException(location + ": " + read + " numbers read, " + names.size()
                    + " expected (missing from " + names.get(read) + ").");
        }
        double[] weights = new double[names.size() - 1];
        System.arraycopy(values, 1, weights, 0, weights.length);
        return new LogisticFilter(features, weights, values[0]);
    }

    /**
     * @param header comment lines to write first (without the {@code #})
     * @return the weights file
     */
    public String toText(List<String> header) {
        StringBuilder out = new StringBuilder();
        header.forEach(h -> out.append("# ").append(h).append('\n'));
        out.append("threshold\t").append(format(threshold)).append('\n');
        out.append("intercept\t").append(format(weights[0])).append('\n');
        for (int k = 0; k < names.size(); k++) {
            out.append(names.get(k)).append('\t').append(format(weights[k + 1])).append('\n');
        }
        return out.toString();
    }

    private static String format(double v) {
        return String.format(Locale.ROOT, "%.10f", v);
    }
}
