package lodestone.sim.sweep;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import lodestone.model.mineral.MineralId;
import lodestone.sim.engine.MonteCarloEngine;
import lodestone.sim.engine.Progress;
import org.junit.jupiter.api.Test;

/** The grid is minerals × suppliers × severities; rows are ranked by expected shortfall. */
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
    void rowsAreRankedByExpectedShortfall() {
        List<SweepCell> cells = Sweep.grid(supply(), 2, new double[] {0.25, 1.0}, Map.of());
        int[] finished = new int[1];
        List<SweepRow> rows;
        try (MonteCarloEngine engine = new MonteCarloEngine(2)) {
            rows = Sweep.run(engine, cells, SweepSettings.DEFAULT, 500, 1, n -> finished[0] += n);
        }
        assertThat(finished[0]).isEqualTo(cells.size());
        assertThat(rows).hasSize(cells.size());
        assertThat(rows.get(0).rank()).isEqualTo(1);
        assertThat(rows.get(0).cell().mineral()).isEqualTo(MineralId.of("gallium"));
        assertThat(rows.get(0).cell().severity()).isEqualTo(1.0);
        for (int i = 1; i < rows.size(); i++) {
            assertThat(rows.get(i).expectedShortfall())
                    .isLessThanOrEqualTo(rows.get(i - 1).expectedShortfall());
        }
        // a 12-month total cut of 0.9 of supply with 1.5-3 months of stock: about 12 x 0.9 - 2.25 months lost
        assertThat(rows.get(0).expectedShortfall()).isCloseTo(12 * 0.9 - 2.25, within(0.1));
    }

    @Test
    void theSameSeedGivesTheSameRanking() {
        List<SweepCell> cells = Sweep.grid(supply(), 3, new double[] {0.5}, Map.of());
        try (MonteCarloEngine one = new MonteCarloEngine(1);
                MonteCarloEngine two = new MonteCarloEngine(2)) {
            assertThat(Sweep.run(two, cells, SweepSettings.DEFAULT, 300, 4, Progress.NONE))
                    .isEqualTo(Sweep.run(one, cells, SweepSettings.DEFAULT, 300, 4, Progress.NONE));
        }
    }
}
