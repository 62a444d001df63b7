package lodestone.sim.backtest;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.IntUnaryOperator;
import java.util.function.Predicate;

/**
 * Every candidate of the calibration grid on every development row, as a full run of the grid gave them: per candidate
 * which rows its P10-P90 band covers, and a digest of its whole report (every row's P10, P50 and P90 to the bit, the
 * inside flag and the direction). {@code CalibrationTest} runs the grid in full only when asked ({@value #RECORD}, the
 * command {@link #COMMAND}), and writes this table then; otherwise it reads the table to find the candidates that can
 * take part in a selection ({@link #contenders}), runs those and a fixed sample of the others, and checks each run
 * against its digest here.
 *
 * <p><b>Why the contenders suffice.</b> The selection rule ({@link Calibration#select}) keeps every candidate whose
 * coverage of the training rows is at least the best's less one row, and merges them in the ranked order; a candidate
 * below that line takes no part in the merged behaviour nor in the count of members. The cross-validation's folds and
 * the predictive bands' inner folds choose on every development row, on every row but one episode's, and on every row
 * but two episodes' (the held-out episode and the inner fold's): no other training rows. A candidate that, by the
 * recorded coverage, is below the line on every one of those training sets is not needed: the candidates run contain
 * the best and every member of every one of them, in the grid's order, so each selection has the same members in the
 * same ranked order (coverage, then the interval score, which is computed from the live runs; ties keep the grid's
 * order) and merges to the same behaviour. This holds as long as the recorded coverage is what the engine gives now,
 * which the digests of the candidates run (the contenders and every {@value #SAMPLE_STRIDE}th of the others, a stride
 * prime to the grid's 2- and 3-level dimensions so that every level of each is sampled) check in every build. A change
 * to the engine or the evidence that changes any of them fails the test with the command to record the table again.
 */
final class RecordedGrid {
    /** The system property that makes the test run the whole grid and record this table. */
    static final String RECORD = "lodestone.calibration.record";

    /** The command that runs the whole grid and records the table (from the repository's root). */
    static final String COMMAND = "mvn -B verify -pl lodestone-sim -am -Dtest=CalibrationTest"
            + " -Dsurefire.failIfNoSpecifiedTests=false -D" + RECORD + "=true";

    /** The class-path resource the test reads. */
    static final String RESOURCE = "/lodestone/sim/backtest/calibration-grid.tsv";

    /** Where the record is written, from the module's directory (where Maven runs the tests). */
    static final Path SOURCE =
            Path.of("src", "test", "resources", "lodestone", "sim", "backtest", "calibration-grid.tsv");

    /** Every how many candidates one outside the contenders is run and checked. */
    static final int SAMPLE_STRIDE = 11;

    private final int paths;
    private final long seed;
    private final String rows;
    private final String grid;
    private final List<String> digests;
    private final List<boolean[]> inside;

    private RecordedGrid(int paths, long seed, String rows, String grid, List<String> digests, List<boolean[]> inside) {
        this.paths = paths;
        this.seed = seed;
        this.rows = rows;
        this.grid = grid;
        this.digests = List.copyOf(digests);
        this.inside = List.copyOf(inside);
    }

    /**
     * @param evaluated every candidate of the grid, in its order, run on the development rows
     * @param paths the paths they ran with
     * @param seed the seed
     * @return the record of that run
     */
    static RecordedGrid of(List<Calibration.Evaluated> evaluated, int paths, long seed) {
        List<String> digests = new ArrayList<>();
        List<boolean[]> inside = new ArrayList<>();
        for (Calibration.Evaluated e : evaluated) {
            digests.add(digest(e.report()));
            List<Row> rows = e.report().rows();
            boolean[] bits = new boolean[rows.size()];
            for (int i = 0; i < bits.length; i++) {
                bits[i] = rows.get(i).inside();
            }
            inside.add(bits);
        }
        return new RecordedGrid(
                paths,
                seed,
                rowsKey(keys(evaluated.get(0).report().rows())),
                gridKey(evaluated.stream().map(Calibration.Evaluated::candidate).toList()),
                digests,
                inside);
    }

    /** @return the recorded table on the class path, if there is one */
    static Optional<RecordedGrid> read() {
        try (InputStream in = RecordedGrid.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                return Optional.empty();
            }
            return Optional.of(parse(new String(in.readAllBytes(), StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static RecordedGrid parse(String text) {
        int paths = 0;
        long seed = 0;
        String rows = "";
        String grid = "";
        List<String> digests = new ArrayList<>();
        List<boolean[]> inside = new ArrayList<>();
        for (String line : text.split("\n", -1)) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] f = line.split("\t", -1);
            switch (f[0]) {
                case "paths" -> paths = Integer.parseInt(f[1]);
                case "seed" -> seed = Long.parseLong(f[1]);
                case "rows" -> rows = f[1] + "\t" + f[2];
                case "grid" -> grid = f[1] + "\t" + f[2];
                default -> {
                    if (Integer.parseInt(f[0]) != digests.size()) {
                        throw new IllegalArgumentException("candidate " + f[0] + " out of order in " + RESOURCE);
                    }
                    digests.add(f[1]);
                    inside.add(bits(f[2], Integer.parseInt(rows.substring(0, rows.indexOf('\t')))));
                }
            }
        }
        return new RecordedGrid(paths, seed, rows, grid, digests, inside);
    }

    /** Writes the table to its source file in the module. */
    void write() throws IOException {
        Files.writeString(SOURCE, text(), StandardCharsets.UTF_8);
    }

    /** @return the table as written */
    String text() {
        StringBuilder out = new StringBuilder();
        out.append("# Every candidate of Calibration.grid() on every development row, recorded by CalibrationTest.\n")
                .append("# Columns: the candidate's index in the grid, a digest of its report (every row's P10, P50")
                .append(" and P90 to the bit), and which rows its band covers (hexadecimal, four rows a digit).\n")
                .append("# Record it again after changing the engine, the episodes or the grid (the test says when):\n")
                .append("#   ")
                .append(COMMAND)
                .append('\n');
        out.append("paths\t").append(paths).append('\n');
        out.append("seed\t").append(seed).append('\n');
        out.append("rows\t").append(rows).append('\n');
        out.append("grid\t").append(grid).append('\n');
        for (int c = 0; c < digests.size(); c++) {
            out.append(c)
                    .append('\t')
                    .append(digests.get(c))
                    .append('\t')
                    .append(hex(inside.get(c)))
                    .append('\n');
        }
        return out.toString();
    }

    /**
     * @param candidates the grid now
     * @param rowsNow the development rows now, in order ({@link #keys})
     * @param pathsNow the paths the test runs with
     * @param seedNow the seed
     * @return why the table does not describe this grid, these rows, paths and seed, if it does not
     */
    Optional<String> staleness(
            List<Calibration.Candidate> candidates, List<String> rowsNow, int pathsNow, long seedNow) {
        if (paths != pathsNow || seed != seedNow) {
            return Optional.of("it was recorded at " + paths + " paths, seed " + seed);
        }
        if (!grid.equals(gridKey(candidates))) {
            return Optional.of("the grid changed");
        }
        if (!rows.equals(rowsKey(rowsNow))) {
            return Optional.of("the development rows changed");
        }
        return Optional.empty();
    }

    /** @return the recorded digest of a candidate's report */
    String digest(int candidate) {
        return digests.get(candidate);
    }

    /**
     * The candidates that can take part in a selection on any training set the folds use: on every row, and on every
     * row but those of one or two episodes, each candidate covering at least the best's count of rows less one. The
     * training sets are those {@link #trainings} lists (436 for 29 episodes), each counted from every candidate's
     * covered rows per episode (its covered rows less those of the episodes left out) instead of by testing every row
     * of every candidate against it again: the same counts, so the same contenders ({@code RecordedGridTest} compares
     * the two ways).
     *
     * @param episodeOfRow each development row's episode, in the recorded order
     * @return the candidates' indices in the grid
     */
    Set<Integer> contenders(List<String> episodeOfRow) {
        List<String> episodes = new ArrayList<>(new LinkedHashSet<>(episodeOfRow));
        Map<String, Integer> index = new HashMap<>();
        episodes.forEach(e -> index.put(e, index.size()));
        int n = episodes.size();
        // per candidate, its covered rows of each episode, then of all of them
        int[][] covered = new int[inside.size()][n + 1];
        for (int c = 0; c < inside.size(); c++) {
            boolean[] bits = inside.get(c);
            for (int r = 0; r < bits.length; r++) {
                if (bits[r]) {
                    covered[c][index.get(episodeOfRow.get(r))]++;
                    covered[c][n]++;
                }
            }
        }
        Set<Integer> out = new TreeSet<>();
        // every episode; every episode but one; every episode but two (the order of trainings())
        withinOneOfTheBest(covered, c -> covered[c][n], out);
        for (int h = 0; h < n; h++) {
            int held = h;
            withinOneOfTheBest(covered, c -> covered[c][n] - covered[c][held], out);
            for (int l = h + 1; l < n; l++) {
                int left = l;
                withinOneOfTheBest(covered, c -> covered[c][n] - covered[c][held] - covered[c][left], out);
            }
        }
        return out;
    }

    /** Adds the candidates whose count is at least the best count less one: the rule's line, coverage >= best - 1 / n. */
    private static void withinOneOfTheBest(int[][] covered, IntUnaryOperator count, Set<Integer> out) {
        int best = 0;
        for (int c = 0; c < covered.length; c++) {
            best = Math.max(best, count.applyAsInt(c));
        }
        for (int c = 0; c < covered.length; c++) {
            if (count.applyAsInt(c) >= best - 1) {
                out.add(c);
            }
        }
    }

    /**
     * @param episodes the episodes, in order
     * @return which episodes' rows choose, for every selection the folds make: every episode, every episode but one,
     *     every episode but two
     */
    static List<Predicate<String>> trainings(List<String> episodes) {
        List<Predicate<String>> trainings = new ArrayList<>();
        trainings.add(e -> true);
        for (int h = 0; h < episodes.size(); h++) {
            String held = episodes.get(h);
            trainings.add(e -> !e.equals(held));
            for (int l = h + 1; l < episodes.size(); l++) {
                String left = episodes.get(l);
                trainings.add(e -> !e.equals(held) && !e.equals(left));
            }
        }
        return trainings;
    }

    /**
     * @param size the grid's size
     * @return every {@value #SAMPLE_STRIDE}th candidate
     */
    static Set<Integer> sample(int size) {
        Set<Integer> out = new TreeSet<>();
        for (int c = 0; c < size; c += SAMPLE_STRIDE) {
            out.add(c);
        }
        return out;
    }

    /** @return a digest of every row's values to the bit */
    static String digest(Report report) {
        StringBuilder text = new StringBuilder();
        for (Row row : report.rows()) {
            text.append(row.episode())
                    .append('|')
                    .append(row.observation().id())
                    .append('|')
                    .append(Long.toHexString(Double.doubleToLongBits(row.p10())))
                    .append('|')
                    .append(Long.toHexString(Double.doubleToLongBits(row.p50())))
                    .append('|')
                    .append(Long.toHexString(Double.doubleToLongBits(row.p90())))
                    .append('|')
                    .append(row.inside())
                    .append('|')
                    .append(row.directionRight().map(String::valueOf).orElse("-"))
                    .append('\n');
        }
        return sha256(text.toString()).substring(0, 16);
    }

    /** @return each row's episode and observation, in order */
    static List<String> keys(List<Row> rows) {
        return rows.stream().map(r -> r.episode() + "|" + r.observation().id()).toList();
    }

    /** @return each row's episode and observation, in the order a back-test of the episodes scores them */
    static List<String> keysOf(List<Episode> episodes) {
        return episodes.stream()
                .flatMap(e -> e.observations().stream().map(o -> e.id() + "|" + o.id()))
                .toList();
    }

    private static String rowsKey(List<String> keys) {
        return keys.size() + "\t" + sha256(String.join("\n", keys)).substring(0, 16);
    }

    private static String gridKey(List<Calibration.Candidate> candidates) {
        StringBuilder text = new StringBuilder();
        candidates.forEach(
                c -> text.append(c.label()).append('|').append(c.behaviour()).append('\n'));
        return candidates.size() + "\t" + sha256(text.toString()).substring(0, 16);
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String hex(boolean[] bits) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < bits.length; i += 4) {
            int digit = 0;
            for (int j = 0; j < 4 && i + j < bits.length; j++) {
                digit |= bits[i + j] ? 1 << j : 0;
            }
            out.append(Character.forDigit(digit, 16));
        }
        return out.toString();
    }

    private static boolean[] bits(String hex, int n) {
        boolean[] bits = new boolean[n];
        for (int i = 0; i < n; i++) {
            bits[i] = (Character.digit(hex.charAt(i / 4), 16) >> (i % 4) & 1) == 1;
        }
        return bits;
    }
}
