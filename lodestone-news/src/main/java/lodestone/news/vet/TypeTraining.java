package lodestone.news.vet;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import lodestone.news.TabSeparated;

/**
 * Trains the type combiner from a table of candidate events labelled with the type of the gold event each one is, and
 * writes its weights file.
 *
 * <p>The table ({@code typed-candidates.tsv}, written by the test-scope {@code FilterValidation} from the development splits) has
 * {@code #} comments, a header {@code split<TAB>article<TAB>type<TAB>} followed by the names of {@link
 * TypeFeatures#NAMES}, and one line per candidate that matches a gold event: its split, article, the gold event's type
 * and its features (the trigger's type among them). Each type's regression is {@link LogisticFit} with {@link #L2}
 * (that type against the others); the margin is the one of {@link #MARGINS} that types the most candidates of the table
 * right, the largest on a tie (the fewest changes). To write the shipped weights again, from the repository root:
 *
 * <pre>
 * java -cp ... lodestone.news.vet.TypeTraining lodestone-news/src/test/resources/lodestone/news/vet/typed-candidates.tsv \
 *     lodestone-news/src/main/resources/lodestone/news/vet/types.tsv
 * </pre>
 */
public final class TypeTraining {
    private TypeTraining() {}

    /** The penalty on the squared coefficients (the filter's). */
    public static final double L2 = FilterTraining.L2;

    /** The margins tried, 0 to 0.5 by 0.05. */
    public static final double[] MARGINS = java.util.stream.IntStream.rangeClosed(0, 10)
            .mapToDouble(i -> i / 20.0)
            .toArray();

    /**
     * A candidate labelled with its gold event's type.
     *
     * @param split the development split it comes from
     * @param article the article's file name
     * @param type the schema id of the gold event's type
     * @param x its features (copied in and out, never compared)
     */
    @SuppressWarnings("ArrayRecordComponent")
    public record Row(String split, String article, String type, double[] x) {
        public Row {
            if (!TypeFeatures.TYPES.contains(type)) {
                throw new IllegalArgumentException("type (" + type + ") must be one of " + TypeFeatures.TYPES);
            }
            if (x.length != TypeFeatures.NAMES.size()) {
                throw new IllegalArgumentException("features (" + x.length + ") must be " + TypeFeatures.NAMES.size());
            }
            x = x.clone();
        }

        @Override
        public double[] x() {
            return x.clone();
        }

        /** @return the schema id of the type its trigger gave (its one-hot {@code trigger:} feature) */
        public String trigger() {
            for (int t = 0; t < TypeFeatures.TYPES.size(); t++) {
                if (x[t] == 1) {
                    return TypeFeatures.TYPES.get(t);
                }
            }
            return "";
        }
    }

    /**
     * @param rows the labelled candidates
     * @return the table as a file
     */
    public static String toText(List<Row> rows) {
        StringBuilder out = new StringBuilder();
        out.append("# candidate events of the development splits that match a gold event, labelled with its type\n");
        out.append("split\tarticle\ttype\t")
                .append(String.join("\t", TypeFeatures.NAMES))
                .append('\n');
        for (Row r : rows) {
            out.append(r.split()).append('\t').append(r.article()).append('\t').append(r.type());
            for (double v : r.x()) {
                out.append('\t').append(String.format(Locale.ROOT, "%.6f", v));
            }
            out.append('\n');
        }
        return out.toString();
    }

    /**
     * @param text a table
     * @param location where it was read from, for messages
     * @return its rows
     * @throws IllegalArgumentException naming the line that does not fit
     */
    public static List<Row> parse(String text, String location) {
        List<Row> rows = new ArrayList<>();
        String header = "split\tarticle\ttype\t" + String.join("\t", TypeFeatures.NAMES);
        boolean headerRead = false;
        for (TabSeparated.Line line : TabSeparated.lines(text)) {
            String[] cells = line.fields();
            try {
                if (!headerRead && line.text().equals(header)) {
                    headerRead = true;
                } else if (headerRead && cells.length == TypeFeatures.NAMES.size() + 3) {
                    double[] x = new double[TypeFeatures.NAMES.size()];
                    for (int k = 0; k < x.length; k++) {
                        x[k] = Double.parseDouble(cells[k + 3]);
                    }
                    rows.add(new Row(cells[0], cells[1], cells[2], x));
                } else {
                    throw new IllegalArgumentException(
                            "must be the header of the features " + TypeFeatures.NAMES + " or a candidate after it");
                }
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(
                        location + ":" + line.number() + ": a number is malformed: " + line.text(), e);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(
                        location + ":" + line.number() + ": line " + e.getMessage() + ".", e);
            }
        }
        return rows;
    }

    /**
     * @param rows the labelled candidates
     * @return the combiner fitted to all of them, with the margin that types the most of them right
     */
    public static TypeCombiner train(List<Row> rows) {
        return train(rows, L2);
    }

    /**
     * @param rows the labelled candidates, not empty
     * @param l2 the penalty on the squared coefficients, positive
     * @return the combiner fitted to all of them with that penalty, with the margin that types the most of them right
     */
    public static TypeCombiner train(List<Row> rows, double l2) {
        double[][] weights = new double[TypeFeatures.TYPES.size()][];
        for (int t = 0; t < weights.length; t++) {
            String type = TypeFeatures.TYPES.get(t);
            List<LogisticFit.Example> examples = new ArrayList<>();
            rows.forEach(
                    r -> examples.add(new LogisticFit.Example(r.x(), r.type().equals(type))));
            weights[t] = LogisticFit.fit(examples, l2);
        }
        double best = 0;
        int bestRight = -1;
        for (double m : MARGINS) {
            TypeCombiner c = new TypeCombiner(weights, m);
            int right = 0;
            for (Row r : rows) {
                right += c.type(r.trigger(), r.x()).equals(r.type()) ? 1 : 0;
            }
            if (right >= bestRight) {
                bestRight = right;
                best = m;
            }
        }
        return new TypeCombiner(weights, best);
    }

    /**
     * @param args the labelled candidates table and the weights file to write
     * @throws IOException if a file cannot be read or written
     */
    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            throw new IllegalArgumentException("usage: TypeTraining TYPES.tsv WEIGHTS.tsv");
        }
        Path in = Path.of(args[0]);
        List<Row> rows = parse(Files.readString(in, StandardCharsets.UTF_8), in.toString());
        TypeCombiner combiner = train(rows);
        long splits = rows.stream().map(Row::split).distinct().count();
        long retyped = rows.stream().filter(r -> !r.trigger().equals(r.type())).count();
        Files.writeString(
                Path.of(args[1]),
                combiner.toText(List.of(
                        "type combiner: one logistic regression per type over lodestone.news.vet.TypeFeatures,"
                                + " written by TypeTraining",
                        "trained on " + rows.size() + " candidates (" + retyped + " whose trigger gave another type)"
                                + " of " + splits + " development splits; L2 " + L2)),
                StandardCharsets.UTF_8);
    }
}
