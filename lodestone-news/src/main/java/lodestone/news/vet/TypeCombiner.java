package lodestone.news.vet;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import lodestone.news.Bundled;
import lodestone.news.TabSeparated;

/**
 * Decides a candidate event's type from its trigger and the sentence classifier together: one logistic regression per
 * event type (that type against the others) over the candidate's {@link TypeFeatures} gives P(type), and the candidate
 * takes the most probable type when it is more probable than the trigger's by at least the margin, else keeps the
 * trigger's. Immutable and thread-safe.
 *
 * <p>The weights file has {@code #} comments, a line {@code margin<TAB>number}, a header {@code type<TAB>intercept<TAB>}
 * followed by the names of {@link TypeFeatures#NAMES}, and one line per type of {@link TypeFeatures#TYPES}, in that
 * order: the type and its intercept and coefficients.
 */
public final class TypeCombiner implements TypeChooser {
    /** Class-path location of the shipped weights. */
    public static final String WEIGHTS = "lodestone/news/vet/types.tsv";

    private final double[][] weights;
    private final double margin;

    /**
     * @param weights one row per type of {@link TypeFeatures#TYPES}: the intercept followed by one coefficient per
     *     feature of {@link TypeFeatures#NAMES}
     * @param margin how much more probable than the trigger's type another type must be to replace it, in [0, 1]
     */
    public TypeCombiner(double[][] weights, double margin) {
        if (weights.length != TypeFeatures.TYPES.size()) {
            throw new IllegalArgumentException("weights (" + weights.length + " rows) must have one row per type ("
                    + TypeFeatures.TYPES.size() + ").");
        }
        double[][] copy = new double[weights.length][];
        for (int t = 0; t < weights.length; t++) {
            if (weights[t].length != TypeFeatures.NAMES.size() + 1) {
                throw new IllegalArgumentException("weights of " + TypeFeatures.TYPES.get(t) + " (" + weights[t].length
                        + " numbers) must be the intercept and one per feature (" + TypeFeatures.NAMES.size() + ").");
            }
            copy[t] = weights[t].clone();
        }
        if (!(margin >= 0 && margin <= 1)) {
            throw new IllegalArgumentException("margin (" + margin + ") must be in [0, 1].");
        }
        this.weights = copy;
        this.margin = margin;
    }

    private static final class Holder {
        static final TypeCombiner INSTANCE = parse(Bundled.trained(WEIGHTS, TypeTraining.class), WEIGHTS);
    }

    /** @return the shipped combiner ({@link #WEIGHTS}) */
    public static TypeCombiner bundled() {
        return Holder.INSTANCE;
    }

    /** @return how much more probable than the trigger's type another type must be to replace it */
    public double margin() {
        return margin;
    }

    /** @return one row per type: the intercept followed by one coefficient per feature (a copy) */
    public double[][] weights() {
        double[][] out = new double[weights.length][];
        for (int t = 0; t < weights.length; t++) {
            out[t] = weights[t].clone();
        }
        return out;
    }

    /**
     * @param x a candidate's features ({@link TypeFeatures#NAMES} order)
     * @return P(type) for each type of {@link TypeFeatures#TYPES}, each by its own regression
     */
    public double[] probabilities(double[] x) {
        double[] z = new double[x.length + 1];
        z[0] = 1;
        System.arraycopy(x, 0, z, 1, x.length);
        double[] p = new double[weights.length];
        for (int t = 0; t < p.length; t++) {
            p[t] = LogisticFit.probability(weights[t], z);
        }
        return p;
    }

    /**
     * @param trigger the schema id of the type the trigger gave
     * @param x the candidate's features ({@link TypeFeatures#NAMES} order)
     * @return the schema id of the type the candidate takes
     */
    public String type(String trigger, double[] x) {
        double[] p = probabilities(x);
        int best = 0;
        for (int t = 1; t < p.length; t++) {
            if (p[t] > p[best]) {
                best = t;
            }
        }
        int own = TypeFeatures.TYPES.indexOf(trigger);
        if (own < 0 || own == best || p[best] - p[own] >= margin) {
            return TypeFeatures.TYPES.get(best);
        }
        return trigger;
    }

    @Override
    public List<String> types(List<Candidate> article, List<double[]> probabilities) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < article.size(); i++) {
            Candidate c = article.get(i);
            out.add(type(c.type(), TypeFeatures.of(c, probabilities.get(i))));
        }
        return out;
    }

    /**
     * @param text a weights file
     * @param location where it was read from, for messages
     * @return the combiner
     * @throws IllegalArgumentException naming the line that does not fit
     */
    public static TypeCombiner parse(String text, String location) {
        String header = "type\tintercept\t" + String.join("\t", TypeFeatures.NAMES);
        double margin = -1;
        boolean headerRead = false;
        double[][] weights = new double[TypeFeatures.TYPES.size()][];
        int read = 0;
        for (TabSeparated.Line line : TabSeparated.stripped(text)) {
            String[] cells = line.fields();
            try {
                if (margin < 0 && cells.length == 2 && cells[0].equals("margin")) {
                    margin = Double.parseDouble(cells[1]);
                } else if (margin >= 0 && !headerRead && line.text().equals(header)) {
                    headerRead = true;
                } else if (headerRead
                        && read < weights.length
                        && cells.length == TypeFeatures.NAMES.size() + 2
                        && cells[0].equals(TypeFeatures.TYPES.get(read))) {
                    double[] w = new double[cells.length - 1];
                    for (int k = 0; k < w.length; k++) {
                        w[k] = Double.parseDouble(cells[k + 1]);
                    }
                    weights[read++] = w;
                } else {
                    throw new IllegalArgumentException(location + ":" + line.number() + ": line must be "
                            + (margin < 0
                                    ? "margin<TAB>number"
                                    : !headerRead
                                            ? "the header of the features " + TypeFeatures.NAMES
                                            : read < weights.length
                                                    ? TypeFeatures.TYPES.get(read) + " and its weights"
                                                    : "the end")
                            + ".");
                }
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(
                        location + ":" + line.number() + ": a number is malformed: " + line.text(), e);
            }
        }
        if (read != weights.length) {
            throw new IllegalArgumentException(location + ": " + read + " types read, " + weights.length
                    + " expected (missing from " + TypeFeatures.TYPES.get(read) + ").");
        }
        return new TypeCombiner(weights, margin);
    }

    /**
     * @param header comment lines to write first (without the {@code #})
     * @return the weights file
     */
    public String toText(List<String> header) {
        StringBuilder out = new StringBuilder();
        header.forEach(h -> out.append("# ").append(h).append('\n'));
        out.append("margin\t").append(format(margin)).append('\n');
        out.append("type\tintercept\t")
                .append(String.join("\t", TypeFeatures.NAMES))
                .append('\n');
        for (int t = 0; t < weights.length; t++) {
            out.append(TypeFeatures.TYPES.get(t));
            for (double w : weights[t]) {
                out.append('\t').append(format(w));
            }
            out.append('\n');
        }
        return out.toString();
    }

    private static String format(double v) {
        return String.format(Locale.ROOT, "%.10f", v);
    }
}
