package lodestone.sim.backtest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import lodestone.sim.Fixtures;
import lodestone.sim.engine.Series;
import lodestone.sim.scenario.Behaviour;
import lodestone.sim.scenario.Distribution;
import org.junit.jupiter.api.Test;

/**
 * The selection rule's parts on hand-made candidates: the ranking (coverage first, then the interval score), the
 * merged behaviour (ranges spanning the members', a distribution they share kept as it is, the most common restocking
 * time), the grid's levels, and the development evidence.
 */
class CalibrationRuleTest {
    private static Calibration.Candidate candidate(String label, Behaviour behaviour) {
        return new Calibration.Candidate(label, behaviour);
    }

    private static Calibration.Scored scored(Calibration.Candidate candidate, double coverage) {
        return new Calibration.Scored(candidate, coverage, 1);
    }

    @Test
    void candidatesRankByCoverageThenByTheLowerIntervalScore() {
        Calibration.Candidate wide = candidate("wide", Behaviour.PRIOR);
        Calibration.Candidate narrow = candidate("narrow", Behaviour.STATIC);
        Calibration.Candidate poor = candidate("poor", Behaviour.CALIBRATED);
        // one row of episode e: all three cover it except poor; narrow's band is tighter than wide's
        String[] one = {"e"};
        List<Calibration.Evaluated> evaluated = List.of(
                new Calibration.Evaluated(
                        wide, new Report("w", List.of(HandEpisodes.row("e", "r", Series.EXPORTS, 1, 0.1, 9)))),
                HandEpisodes.evaluated(poor, one, false),
                new Calibration.Evaluated(
                        narrow, new Report("n", List.of(HandEpisodes.row("e", "r", Series.EXPORTS, 1, 0.9, 1.1)))));
        List<Calibration.Scored> ranked = Calibration.rank(evaluated, row -> true);
        assertThat(ranked).extracting(s -> s.candidate().label()).containsExactly("narrow", "wide", "poor");
        assertThat(ranked).extracting(Calibration.Scored::coverage).containsExactly(1.0, 1.0, 0.0);
        assertThat(ranked.get(0).intervalScore()).isLessThan(ranked.get(1).intervalScore());
        // the tolerance of one row in one is 1: all three are members
        assertThat(Calibration.select(evaluated, row -> true).members()).isEqualTo(3);
    }

    @Test
    void theMergedBehaviourSpansTheMembersAndKeepsWhatTheyShare() {
        Distribution shared = Distribution.triangular(0.5, 1, 2);
        Calibration.Candidate low = candidate(
                "low",
                Fixtures.behaviour()
                        .flexibility(0.5)
                        .stockLevel(shared)
                        .restock(4)
                        .build());
        Calibration.Candidate high = candidate(
                "high",
                Fixtures.behaviour()
                        .flexibility(1)
                        .stockLevel(shared)
                        .restock(1)
                        .build());
        Calibration.Candidate alsoHigh = candidate(
                "also",
                Fixtures.behaviour()
                        .flexibility(1)
                        .stockLevel(shared)
                        .restock(1)
                        .build());
        Behaviour two = Calibration.behaviouralSet(List.of(scored(low, 0.9), scored(high, 0.9)), 0);
        assertThat(two.flexibility()).isEqualTo(Distribution.uniform(0.5, 1));
        assertThat(two.stockLevel()).isEqualTo(shared);
        assertThat(two.precautionMonths()).isEqualTo(Distribution.fixed(0));
        // a tie in restocking time goes to the best candidate's
        assertThat(two.restockMonths()).isEqualTo(4);
        Behaviour three =
                Calibration.behaviouralSet(List.of(scored(low, 0.9), scored(high, 0.9), scored(alsoHigh, 0.9)), 0);
        assertThat(three.restockMonths()).isEqualTo(1);
        // outside the tolerance: not a member
        Behaviour alone =
                Calibration.behaviouralSet(List.of(scored(low, 0.9), scored(high, 0.8), scored(alsoHigh, 0.8)), 0.05);
        assertThat(alone).isEqualTo(low.behaviour());
    }

    @Test
    void theGridsNettingAndLastingPrecautionAreFixedAtTheEndsAndUniformBetween() {
        List<Calibration.Candidate> grid = Calibration.grid();
        Set<Distribution> netting =
                grid.stream().map(c -> c.behaviour().pendingNetting()).collect(Collectors.toSet());
        assertThat(netting)
                .containsExactlyInAnyOrder(Distribution.fixed(0), Distribution.uniform(0, 1), Distribution.fixed(1));
        Set<Distribution> lasting =
                grid.stream().map(c -> c.behaviour().lastingPrecaution()).collect(Collectors.toSet());
        assertThat(lasting).containsExactlyInAnyOrder(Distribution.fixed(0), Distribution.uniform(0, 1));
        assertThat(grid).allSatisfy(c -> assertThat(c.label()).contains("netting", "lasting precaution"));
    }

    @Test
    void theDevelopmentEvidenceIsTheEpisodesWithTheirDevelopmentRows() {
        assertThat(Calibration.development(Fixtures::text, Fixtures.catalogue()).apply(Behaviour.PRIOR))
                .isEqualTo(Episodes.withDevelopment(Fixtures::text, Fixtures.catalogue(), Behaviour.PRIOR));
    }

    @Test
    void theTableSelectsAsTheRuleOnTheRowsOfTheSameEpisodesToTheBit() {
        List<Calibration.Candidate> grid = Calibration.grid();
        String[] episodes = {"a", "b", "c", "d"};
        // per example: 8 candidates x 40 rows of four episodes, random bands around random values, so that coverages
        // tie and the interval scores break the ties; a random non-empty set of training episodes
        qt().withFixedSeed(17L).withExamples(300).forAll(longs().all()).check(seed -> {
            Random random = new Random(seed);
            String[] rowEpisodes = new String[40];
            for (int i = 0; i < rowEpisodes.length; i++) {
                rowEpisodes[i] = episodes[random.nextInt(episodes.length)];
            }
            List<Calibration.Evaluated> evaluated = new ArrayList<>();
            for (int c = 0; c < 8; c++) {
                List<Row> rows = new ArrayList<>();
                for (int i = 0; i < rowEpisodes.length; i++) {
                    double p10 = random.nextDouble() * 2;
                    rows.add(HandEpisodes.row(
                            rowEpisodes[i],
                            "r" + i,
                            Series.EXPORTS,
                            random.nextDouble() * 3,
                            p10,
                            p10 + random.nextDouble()));
                }
                Calibration.Candidate candidate = grid.get(random.nextInt(grid.size()));
                evaluated.add(new Calibration.Evaluated(candidate, new Report(candidate.label(), rows)));
            }
            Set<String> training =
                    Arrays.stream(episodes).filter(e -> random.nextBoolean()).collect(Collectors.toSet());
            if (Arrays.stream(rowEpisodes).noneMatch(training::contains)) {
                return true; // no training row: both refuse (the rule's own test)
            }
            Calibration.Table table = new Calibration.Table(evaluated);
            Calibration.Selection rule = Calibration.select(evaluated, row -> training.contains(row.episode()));
            // and the merged behaviour alone, as the inner folds ask for it, is the rule's
            return table.select(training::contains).equals(rule)
                    && table.merged(training::contains).equals(rule.merged());
        });
        // reports that do not score the same episodes row for row are left to the rule
        List<Calibration.Evaluated> unaligned = List.of(
                HandEpisodes.evaluated(grid.get(0), new String[] {"a", "b"}, true, false),
                HandEpisodes.evaluated(grid.get(1), new String[] {"b", "a"}, true, true));
        assertThat(new Calibration.Table(unaligned).select(Set.of("a")::contains))
                .isEqualTo(Calibration.select(unaligned, Report.episode("a")));
        assertThatThrownBy(() -> new Calibration.Table(unaligned).select(Set.of("e")::contains))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("no training rows");
        List<Calibration.Evaluated> aligned = List.of(
                HandEpisodes.evaluated(grid.get(0), new String[] {"a", "b"}, true, false),
                HandEpisodes.evaluated(grid.get(1), new String[] {"a", "b"}, false, true));
        assertThatThrownBy(() -> new Calibration.Table(aligned).select(Set.of("e")::contains))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("no training rows");
        assertThat(new Calibration.Table(unaligned).merged(Set.of("a")::contains))
                .isEqualTo(Calibration.select(unaligned, Report.episode("a")).merged());
        assertThatThrownBy(() -> new Calibration.Table(aligned).merged(Set.of("e")::contains))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("no training rows");
    }
}
