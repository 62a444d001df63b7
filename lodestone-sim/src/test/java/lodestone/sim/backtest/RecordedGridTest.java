package lodestone.sim.backtest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import lodestone.sim.engine.Series;
import org.junit.jupiter.api.Test;

/**
 * The recorded grid on hand reports: its contenders give every selection the folds make exactly as the whole grid
 * does, it reads back what it wrote, and it says when it is stale.
 */
class RecordedGridTest {
    private static final String[] EPISODES = {"a", "a", "a", "b", "b", "b", "c", "c", "c", "d", "d", "d"};

    @Test
    void theContendersGiveEverySelectionTheFoldsMakeAsTheWholeGridDoes() {
        List<Calibration.Candidate> grid = Calibration.grid();
        Random random = new Random(11);
        List<String> episodeOfRow = List.of(EPISODES);
        List<Predicate<String>> trainings = RecordedGrid.trainings(List.of("a", "b", "c", "d"));
        // every episode, each left out, each pair left out
        assertThat(trainings).hasSize(1 + 4 + 6);
        int fewer = 0;
        for (int trial = 0; trial < 100; trial++) {
            List<Calibration.Evaluated> all = new ArrayList<>();
            for (int c = 0; c < 40; c++) {
                // candidates spread over the grid (restocking times and ranges differ), each with its own hit rate
                double rate = random.nextDouble();
                List<Row> rows = new ArrayList<>();
                for (int r = 0; r < EPISODES.length; r++) {
                    double width = 0.5 + random.nextInt(4) * 0.25;
                    rows.add(
                            random.nextDouble() < rate
                                    ? HandEpisodes.row(
                                            EPISODES[r], "r" + r, Series.EXPORTS, 1, 1 - width / 4, 1 + width)
                                    : HandEpisodes.row(EPISODES[r], "r" + r, Series.EXPORTS, 1, 1.5, 1.5 + width));
                }
                Calibration.Candidate candidate = grid.get(c * 21);
                all.add(new Calibration.Evaluated(candidate, new Report(candidate.label(), rows)));
            }
            RecordedGrid record = RecordedGrid.parse(RecordedGrid.of(all, 1, 1).text());
            Set<Integer> contenders = record.contenders(episodeOfRow);
            assertThat(contenders).isEqualTo(contendersRowByRow(all, trainings));
            List<Calibration.Evaluated> few = contenders.stream().map(all::get).toList();
            fewer += all.size() - few.size();
            for (Predicate<String> training : trainings) {
                Calibration.Selection whole = Calibration.select(all, r -> training.test(r.episode()));
                Calibration.Selection part = Calibration.select(few, r -> training.test(r.episode()));
                assertThat(part.merged()).isEqualTo(whole.merged());
                assertThat(part.members()).isEqualTo(whole.members());
                assertThat(part.rows()).isEqualTo(whole.rows());
                assertThat(part.ranked().subList(0, (int) part.members()))
                        .isEqualTo(whole.ranked().subList(0, (int) whole.members()));
            }
        }
        // the property is not empty: candidates were left out
        assertThat(fewer).isGreaterThan(100);
    }

    /**
     * The contenders counted row by row: for each training set, every candidate's covered rows tested one by one
     * against it (the count {@link RecordedGrid#contenders} takes per episode).
     */
    private static Set<Integer> contendersRowByRow(List<Calibration.Evaluated> all, List<Predicate<String>> trainings) {
        Set<Integer> out = new TreeSet<>();
        for (Predicate<String> training : trainings) {
            int[] covered = new int[all.size()];
            int best = 0;
            for (int c = 0; c < all.size(); c++) {
                for (Row row : all.get(c).report().rows()) {
                    if (row.inside() && training.test(row.episode())) {
                        covered[c]++;
                    }
                }
                best = Math.max(best, covered[c]);
            }
            for (int c = 0; c < covered.length; c++) {
                if (covered[c] >= best - 1) {
                    out.add(c);
                }
            }
        }
        return out;
    }

    @Test
    void theRecordReadsBackAndSaysWhenItIsStale() {
        List<Calibration.Candidate> grid = Calibration.grid();
        List<Calibration.Evaluated> all = List.of(
                HandEpisodes.evaluated(grid.get(0), EPISODES, inside("101100111001")),
                HandEpisodes.evaluated(grid.get(1), EPISODES, inside("001110101011")));
        RecordedGrid record = RecordedGrid.of(all, 1000, 7);
        RecordedGrid read = RecordedGrid.parse(record.text());
        assertThat(read.text()).isEqualTo(record.text());
        assertThat(read.digest(1)).isEqualTo(RecordedGrid.digest(all.get(1).report()));
        assertThat(read.digest(0)).isNotEqualTo(read.digest(1));
        List<String> keys = RecordedGrid.keys(all.get(0).report().rows());
        List<Calibration.Candidate> two = grid.subList(0, 2);
        assertThat(read.staleness(two, keys, 1000, 7)).isEmpty();
        assertThat(read.staleness(two, keys, 4000, 7)).contains("it was recorded at 1000 paths, seed 7");
        assertThat(read.staleness(grid.subList(0, 3), keys, 1000, 7)).contains("the grid changed");
        assertThat(read.staleness(two, keys.subList(1, keys.size()), 1000, 7)).contains("the development rows changed");
        assertThat(RecordedGrid.sample(23)).containsExactly(0, 11, 22);
    }

    /** @return which rows are inside: 1 for inside, 0 for outside, a digit a row */
    private static boolean[] inside(String ones) {
        boolean[] out = new boolean[ones.length()];
        for (int i = 0; i < out.length; i++) {
            out[i] = ones.charAt(i) == '1';
        }
        return out;
    }
}
