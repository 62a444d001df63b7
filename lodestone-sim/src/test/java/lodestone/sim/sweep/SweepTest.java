package lodestone.sim.sweep;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import lodestone.model.mineral.MineralId;
import lodestone.sim.engine.MonteCarloEngine;
import lodestone.sim.engine.Progress;
import lodestone.sim.scenario.Distribution;
import lodestone.sim.scenario.Partner;
import org.junit.jupiter.api.Test;

/** The grid is minerals × suppliers × severities; rows are ranked by the tail, the mean rank kept beside it. */
class SweepTest {
    private static Map<MineralId, Map<String, Double>> supply() {
        Map<MineralId, Map<String, Double>> supply = new LinkedHashMap<>();
        supply.put(MineralId.of("gallium"), new LinkedHashMap<>(Map.of("CN", 0.9, "JP", 0.05, "OTHER", 0.05)));
        supply.put(MineralId.of("cobalt"), new LinkedHashMap<>(Map.of("CD", 0.5, "ID", 0.1, "RU", 0.05)));
        return supply;
    }

    @Test
    void theGridCrossesMineralsLargestSuppliersAndSeverities() {
        List<SweepCell> cells = Sweep.grid(supply(), 2, new double[] {0.5, 1.0}, Map.of());
        assertThat(cells).hasSize(2 * 2 * 2);
        assertThat(cells.get(0).supplier()).isEqualTo("CN");
        assertThat(cells)
                .noneMatch(c -> c.supplier().equals("OTHER") || c.supplier().equals("RU"));
    }

    @Test
    void rowsAreRankedByTheTailWithTheirMeanRankBeside() {
        List<SweepCell> cells = Sweep.grid(supply(), 2, new double[] {0.25, 1.0}, Map.of());
        int[] finished = new int[1];
        List<SweepRow> rows;
        try (MonteCarloEngine engine = new MonteCarloEngine(2)) {
            rows = Sweep.run(engine, cells, SweepSettings.DEFAULT, "US", 400, 1, Ranking.P95, n -> finished[0] += n);
        }
        assertThat(finished[0]).isEqualTo(cells.size());
        assertThat(rows).hasSize(cells.size());
        assertThat(rows.get(0).rank()).isEqualTo(1);
        assertThat(rows.get(0).cell().mineral()).isEqualTo(MineralId.of("gallium"));
        assertThat(rows.get(0).cell().severity()).isEqualTo(1.0);
        for (int i = 1; i < rows.size(); i++) {
            assertThat(rows.get(i).cumulativeP95())
                    .isLessThanOrEqualTo(rows.get(i - 1).cumulativeP95());
            assertThat(rows.get(i).cumulativeP95())
                    .isGreaterThanOrEqualTo(rows.get(i).expectedShortfall());
        }
        assertThat(rows.stream().map(SweepRow::rankByMean).sorted().toList()).containsExactly(1, 2, 3, 4, 5, 6, 7, 8);
    }

    @Test
    void aTotalCutOfASmallShareStopsMoreBuyersThanAPartialCutOfALargeOneThatLosesMore() {
        // a full cut of 20 % of supply loses less on average than a 50 % cut of all of it, but it leaves the buyers of
        // that 20 % with nothing, so more paths see buyers stop: ranked by stops, the order flips
        List<SweepCell> cells = List.of(
                new SweepCell(MineralId.of("gallium"), "CN", 0.2, 1.0, ""),
                new SweepCell(MineralId.of("germanium"), "CN", 1.0, 0.5, ""));
        List<SweepRow> rows;
        try (MonteCarloEngine engine = new MonteCarloEngine(2)) {
            rows = Sweep.run(engine, cells, SweepSettings.DEFAULT, "US", 2_000, 5, Ranking.STOP, Progress.NONE);
        }
        SweepRow total = rows.get(0);
        SweepRow partial = rows.get(1);
        assertThat(total.cell().mineral()).isEqualTo(MineralId.of("gallium"));
        assertThat(total.probabilityOfStop()).isGreaterThan(partial.probabilityOfStop() + 0.1);
        assertThat(total.expectedShortfall()).isLessThan(partial.expectedShortfall());
        assertThat(total.rankByMean()).isEqualTo(2);
        assertThat(Sweep.kendallTauWithMean(rows)).isEqualTo(-1.0);
    }

    @Test
    void anUncertainPartnerProjectChangesTheRankingOnlyWhereItRelievesTheCut() {
        // two full cuts of China: gallium loses more (60 % of supply) than germanium (45 %), so it ranks first by the
        // tail; an Australian gallium partner covering 30 % of demand from the start turns the order if it is nearly
        // certain (97 %), not if it is a coin toss (50 %): the tail comes from the paths where it fails
        List<SweepCell> cells = List.of(
                new SweepCell(MineralId.of("gallium"), "CN", 0.6, 1.0, ""),
                new SweepCell(MineralId.of("germanium"), "CN", 0.45, 1.0, ""));
        Map<MineralId, List<PartnerSupply>> inAustralia = galliumPartner("AU", 0.97);
        Map<MineralId, List<PartnerSupply>> coinToss = galliumPartner("AU", 0.5);
        Map<MineralId, List<PartnerSupply>> inChina = galliumPartner("CN", 0.97);
        Map<MineralId, List<PartnerSupply>> neverDelivered = galliumPartner("AU", 0);
        try (MonteCarloEngine engine = new MonteCarloEngine(2)) {
            List<SweepRow> without = Sweep.run(
                    engine, cells, SweepSettings.DEFAULT, "US", Map.of(), 1_000, 3, Ranking.P95, Progress.NONE);
            List<SweepRow> with = Sweep.run(
                    engine, cells, SweepSettings.DEFAULT, "US", inAustralia, 1_000, 3, Ranking.P95, Progress.NONE);
            assertThat(without.get(0).cell().mineral()).isEqualTo(MineralId.of("gallium"));
            assertThat(with.get(0).cell().mineral()).isEqualTo(MineralId.of("germanium"));
            SweepRow galliumWithout = without.get(0);
            SweepRow galliumWith = with.get(1);
            assertThat(galliumWith.expectedShortfall()).isLessThan(galliumWithout.expectedShortfall());
            assertThat(galliumWith.probabilityOfStop()).isLessThan(galliumWithout.probabilityOfStop());
            List<SweepRow> doubtful = Sweep.run(
                    engine, cells, SweepSettings.DEFAULT, "US", coinToss, 1_000, 3, Ranking.P95, Progress.NONE);
            assertThat(doubtful.get(0).cell().mineral()).isEqualTo(MineralId.of("gallium"));
            assertThat(doubtful.get(0).expectedShortfall()).isLessThan(galliumWithout.expectedShortfall());
            // germanium has no partner: its row is the same in both runs (common random numbers)
            assertThat(with.get(0).cumulativeP95()).isEqualTo(without.get(1).cumulativeP95());
            // a project in the withholding country relieves nothing; one that never delivers changes no number
            assertThat(Sweep.run(
                            engine, cells, SweepSettings.DEFAULT, "US", inChina, 1_000, 3, Ranking.P95, Progress.NONE))
                    .isEqualTo(without);
            assertThat(Sweep.run(
                            engine,
                            cells,
                            SweepSettings.DEFAULT,
                            "US",
                            neverDelivered,
                            1_000,
                            3,
                            Ranking.P95,
                            Progress.NONE))
                    .isEqualTo(without);
        }
    }

    /** A gallium plant in {@code country} covering 30 % of demand from the first month, delivered with {@code p}. */
    private static Map<MineralId, List<PartnerSupply>> galliumPartner(String country, double p) {
        Partner plant = new Partner("a gallium plant", 0.3, Distribution.fixed(0), 0, p, "test");
        return Map.of(MineralId.of("gallium"), List.of(new PartnerSupply(country, plant)));
    }

    @Test
    void theSameSeedGivesTheSameRankingOnAnyNumberOfThreads() {
        List<SweepCell> cells = Sweep.grid(supply(), 3, new double[] {0.5}, Map.of());
        try (MonteCarloEngine one = new MonteCarloEngine(1);
                MonteCarloEngine two = new MonteCarloEngine(2)) {
            assertThat(Sweep.run(two, cells, SweepSettings.DEFAULT, "US", 300, 4, Ranking.P95, Progress.NONE))
                    .isEqualTo(Sweep.run(one, cells, SweepSettings.DEFAULT, "US", 300, 4, Ranking.P95, Progress.NONE));
        }
    }

    @Test
    void kendallTauIsOneForTheSameOrderAndRankingsParse() {
        SweepCell cell = new SweepCell(MineralId.of("gallium"), "CN", 1, 1, "");
        List<SweepRow> same =
                List.of(new SweepRow(1, cell, 2, 3, 0, 0, 1, 0, 1), new SweepRow(2, cell, 1, 2, 0, 0, 1, 0, 2));
        assertThat(Sweep.kendallTauWithMean(same)).isEqualTo(1.0);
        assertThat(Sweep.kendallTauWithMean(List.of())).isEqualTo(1.0);
        assertThat(Ranking.parse("Stop")).isEqualTo(Ranking.STOP);
        assertThatThrownBy(() -> Ranking.parse("median")).hasMessageContaining("ranking (median)");
    }
}
