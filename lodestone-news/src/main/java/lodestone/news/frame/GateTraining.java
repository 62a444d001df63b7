package lodestone.news.frame;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import lodestone.news.vet.CandidateFeatures;
import lodestone.news.vet.FilterTraining;
import lodestone.news.vet.LogisticFilter;
import lodestone.news.vet.LogisticFit;

/**
 * Trains the gate of proposed frames ({@link ProposalGate}) from a table of labelled proposals.
 *
 * <p>The table ({@code proposals.tsv}, written by the test-scope {@code ProposalValidation} from the development
 * splits) is a candidate table of {@link FilterTraining} (its {@code gold} lines, header and rows: one row per proposed
 * frame, with the features the gate reads before coreference, {@link GateFeatures#NAMES}, {@code real} when the article's kept events with that
 * proposal alone kept match one more gold event under the scorer's rules than without it) with one more line per
 * split, {@code base<TAB>split<TAB>matched<TAB>predicted}: the gold events the split's kept events match without
 * proposals and how many they are. The fit is {@link LogisticFit} with {@link FilterTraining#L2}
 * over the proposed candidates; the threshold is chosen out of fold (since round 20a: each split's proposals scored by
 * a gate fitted on the other splits', {@link FilterTraining#outOfFold}): the one of {@link #THRESHOLDS} that gives the
 * highest event F1 over the table's splits with the proposals it keeps added to the other candidates, the highest on a
 * tie (fewer frames), among those whose pooled event precision falls no more than {@link #MAX_PRECISION_FALL} below the
 * precision without proposals and reaches {@link FilterTraining#PRECISION_FLOOR} (the most precise when none does).
 * {@code ProposalValidation} trains one gate per fold this way, and the shipped gate ({@link ProposalGate#WEIGHTS}) is
 * trained from the table of every development split. To write a gate's weights
 * (the format of {@link LogisticFilter}) from a table:
 *
 * <pre>
 * java -cp ... lodestone.news.frame.GateTraining PROPOSALS.tsv GATE.tsv
 * </pre>
 */
public final class GateTraining {
    private GateTraining() {}

    /**
     * How far the table's event precision may fall below its precision without proposals: the threshold is chosen among
     * those that keep it within this, as the pipeline's rule for shipping a stage asks of its measurement.
     */
    public static final double MAX_PRECISION_FALL = 0.01;

    /** The thresholds tried, 0.05 to 0.95 by 0.05. */
    public static final double[] THRESHOLDS = thresholds();

    private static double[] thresholds() {
        double[] out = new double[19];
        for (int i = 0; i < out.length; i++) {
            out[i] = (i + 1) / 20.0;
        }
        return out;
    }

    /**
     * The labelled proposals and, per split, what the other candidates give.
     *
     * @param candidates the proposed candidates with their splits' gold counts
     * @param base per split, the gold events matched by the other kept candidates and how many those are
     */
    public record Table(FilterTraining.Table candidates, Map<String, int[]> base) {
        public Table {
            Map<String, int[]> copy = new LinkedHashMap<>();
            base.forEach((split, counts) -> {
                if (counts.length != 2 || counts[0] < 0 || counts[1] < counts[0]) {
                    throw new IllegalArgumentException("base of " + split + " (" + java.util.Arrays.toString(counts)
                            + ") must be matched and predicted, 0 <= matched <= predicted.");
                }
                copy.put(split, counts.clone());
            });
            base = java.util.Collections.unmodifiableMap(copy);
        }

        /** @return the table as a file */
        public String toText() {
            StringBuilder out = new StringBuilder(candidates.toText());
            base.forEach((split, c) -> out.append("base\t")
                    .append(split)
                    .append('\t')
                    .append(c[0])
                    .append('\t')
                    .append(c[1])
                    .append('\n'));
            return out.toString();
        }

        /**
         * @param split a split
         * @return this table without that split's rows, gold and base
         */
        public Table without(String split) {
            Map<String, Integer> gold = new LinkedHashMap<>(candidates.gold());
            gold.remove(split);
            Map<String, int[]> b = new LinkedHashMap<>(base);
            b.remove(split);
            return new Table(
                    new FilterTraining.Table(
                            gold,
                            candidates.rows().stream()
                                    .filter(r -> !r.split().equals(split))
                                    .toList(),
                            candidates.names()),
                    b);
        }

        /**
         * @param n how many features to keep
         * @return this table with each row's first {@code n} features alone (the gate over the candidate filter's
         *     features alone is {@code first(CandidateFeatures.NAMES.size())})
         */
        public Table first(int n) {
            if (n < 1 || n > candidates.names().size()) {
                throw new IllegalArgumentException("features kept (" + n + ") must be in [1, "
                        + candidates.names().size() + "].");
            }
            return new Table(
                    new FilterTraining.Table(
                            candidates.gold(),
                            candidates.rows().stream()
                                    .map(r -> new FilterTraining.Row(
                                            r.split(), r.article(), r.real(), java.util.Arrays.copyOf(r.x(), n)))
                                    .toList(),
                            candidates.names().subList(0, n)),
                    base);
        }
    }

    /**
     * @param text a table file
     * @param location where it was read from, for messages
     * @return the table
     * @throws IllegalArgumentException naming the line that does not fit
     */
    public static Table parse(String text, String location) {
        StringBuilder rest = new StringBuilder();
        Map<String, int[]> base = new LinkedHashMap<>();
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].startsWith("base\t")) {
                String[] cells = lines[i].split("\t", -1);
                try {
                    if (cells.length != 4) {
                        throw new NumberFormatException("four cells expected");
                    }
                    base.put(cells[1], new int[] {Integer.parseInt(cells[2]), Integer.parseInt(cells[3])});
                } catch (NumberFormatException e) {
                    throw new IllegalArgumentException(
                            location + ":" + (i + 1) + ": line (" + lines[i]
                                    + ") must be base<TAB>split<TAB>matched<TAB>predicted.",
                            e);
                }
                // keep the line count, so that the candidate table's messages name the file's lines
                rest.append('\n');
            } else {
                rest.append(lines[i]).append('\n');
            }
        }
        return new Table(FilterTraining.parse(rest.toString(), location, names(text, location)), base);
    }

    /**
     * @return the features a table's header names: the first of {@link GateFeatures#NAMES}, at least those of the
     *     candidate filter (a table of the gate of rounds 14a-15b names those alone)
     */
    private static List<String> names(String text, String location) {
        String start = "split\tarticle\treal\t";
        for (String line : text.split("\n", -1)) {
            if (line.startsWith(start)) {
                List<String> names = List.of(line.substring(start.length()).split("\t", -1));
                if (names.size() >= CandidateFeatures.NAMES.size()
                        && names.size() <= GateFeatures.NAMES.size()
                        && GateFeatures.NAMES.subList(0, names.size()).equals(names)) {
                    return names;
                }
                throw new IllegalArgumentException(location + ": the header's features (" + names.size()
                        + ") must be the first of " + GateFeatures.NAMES + ".");
            }
        }
        throw new IllegalArgumentException(location + ": no header (" + start.strip() + " and the features).");
    }

    /**
     * @param table the labelled proposals
     * @return the gate: weights fitted on the proposals, the threshold that maximises the table's event F1
     */
    public static LogisticFilter train(Table table) {
        return train(table, MAX_PRECISION_FALL);
    }

    /**
     * @param table the labelled proposals
     * @param maxPrecisionFall how far the table's event precision may fall below its precision without proposals
     * @return the gate: weights fitted on the proposals, the threshold that maximises the table's event F1 within that
     */
    public static LogisticFilter train(Table table, double maxPrecisionFall) {
        return train(table, maxPrecisionFall, FilterTraining.PRECISION_FLOOR);
    }

    /**
     * @param table the labelled proposals
     * @param maxPrecisionFall how far the table's event precision may fall below its precision without proposals
     * @param precisionFloor the pooled event precision the threshold must keep out of fold (0: none)
     * @return the gate: weights fitted on the proposals, the threshold that maximises the table's event F1 within both
     */
    public static LogisticFilter train(Table table, double maxPrecisionFall, double precisionFloor) {
        double[] w = FilterTraining.fit(table.candidates().rows(), FilterTraining.L2);
        int matched = table.base().values().stream().mapToInt(c -> c[0]).sum();
        int predicted = table.base().values().stream().mapToInt(c -> c[1]).sum();
        List<String> names = table.candidates().names();
        return new LogisticFilter(
                names,
                w,
                FilterTraining.bestThreshold(
                        FilterTraining.outOfFold(table.candidates().rows(), names, w, FilterTraining.L2),
                        table.candidates(),
                        THRESHOLDS,
                        matched,
                        predicted,
                        maxPrecisionFall,
                        precisionFloor,
                        /* higherOnTie= */ true));
    }

    /**
     * Trains the gate from a table file and writes its weights file.
     *
     * @param args the table and the weights file to write
     * @throws IOException if a file cannot be read or written
     */
    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            throw new IllegalArgumentException("usage: GateTraining PROPOSALS.tsv WEIGHTS.tsv");
        }
        Path in = Path.of(args[0]);
        Table table = parse(Files.readString(in, StandardCharsets.UTF_8), in.toString());
        LogisticFilter gate = train(table);
        long real = table.candidates().rows().stream()
                .filter(FilterTraining.Row::real)
                .count();
        Files.writeString(
                Path.of(args[1]),
                gate.toText(List.of(
                        "gate of proposed frames (lodestone.news.frame.ProposalGate); written by GateTraining from "
                                + in.getFileName(),
                        String.format(
                                Locale.ROOT,
                                "%d proposed candidates (%d real) of %d splits; L2 %s; threshold by event F1 out of fold,"
                                        + " precision falling at most %s and at least %s",
                                table.candidates().rows().size(),
                                real,
                                table.base().size(),
                                FilterTraining.L2,
                                MAX_PRECISION_FALL,
                                FilterTraining.PRECISION_FLOOR))),
                StandardCharsets.UTF_8);
    }
}
