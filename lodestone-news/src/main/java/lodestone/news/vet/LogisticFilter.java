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
 * intercept}, then one line per feature in the order of {@link CandidateFeatures#NAMES}.
 */
public final class LogisticFilter implements CandidateFilter {
    /** Class-path location of the shipped weights. */
    public static final String WEIGHTS = "lodestone/news/vet/filter.tsv";

    private final double[] weights;
    private final double threshold;

    /**
     * @param weights the intercept followed by one coefficient per feature of {@link CandidateFeatures#NAMES}
     * @param threshold the least P(real) kept, in [0, 1]
     */
    public LogisticFilter(double[] weights, double threshold) {
        if (weights.length != CandidateFeatures.NAMES.size() + 1) {
            throw new IllegalArgumentException("weights (" + weights.length + " numbers) must be the intercept and one"
                    + " per feature (" + CandidateFeatures.NAMES.size() + ").");
        }
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

    @Override
    public boolean[] keep(List<Candidate> article) {
        double[][] x = CandidateFeatures.of(article);
        boolean[] out = new boolean[article.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = probability(x[i]) >= threshold;
        }
        return out;
    }

    /**
     * @param text a weights file
     * @param location where it was read from, for messages
     * @return the filter
     * @throws IllegalArgumentException naming the line that does not fit
     */
    public static LogisticFilter parse(String text, String location) {
        List<String> names = new ArrayList<>();
        names.add("threshold");
        names.add("intercept");
        names.addAll(CandidateFeatures.NAMES);
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
        if (read != names.size()) {
            throw new IllegalArgumentException(location + ": " + read + " numbers read, " + names.size()
                    + " expected (missing from " + names.get(read) + ").");
        }
        double[] weights = new double[names.size() - 1];
        System.arraycopy(values, 1, weights, 0, weights.length);
        return new LogisticFilter(weights, values[0]);
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
        for (int k = 0; k < CandidateFeatures.NAMES.size(); k++) {
            out.append(CandidateFeatures.NAMES.get(k))
                    .append('\t')
                    .append(format(weights[k + 1]))
                    .append('\n');
        }
        return out.toString();
    }

    private static String format(double v) {
        return String.format(Locale.ROOT, "%.10f", v);
    }
}
