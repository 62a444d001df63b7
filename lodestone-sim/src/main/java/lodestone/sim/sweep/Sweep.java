package lodestone.sim.sweep;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import lodestone.model.mineral.MineralId;
import lodestone.sim.engine.MarketResult;
import lodestone.sim.engine.MonteCarloEngine;
import lodestone.sim.engine.MonthStatistics;
import lodestone.sim.engine.Progress;
import lodestone.sim.engine.RunOptions;
import lodestone.sim.scenario.Market;
import lodestone.sim.scenario.Phase;
import lodestone.sim.scenario.ScenarioSpec;
import lodestone.sim.scenario.StockRelease;

/**
 * A screen over minerals × supplier countries × severities, ranked by expected (mean cumulative) shortfall: the
 * USGS-style trade-disruption screen in one call. Every cell runs with the same seed (common random numbers), so
 * differences between cells come from the cells, not from sampling noise.
 */
public final class Sweep {
    private Sweep() {}

    /**
     * @param supply for each mineral, the perspective country's supply shares by source country
     * @param suppliersPerMineral how many of the largest sources to disrupt per mineral
     * @param severities the severities to try (fractions)
     * @param basis how the shares were obtained, by mineral
     * @return the grid, mineral by mineral, largest supplier first, severities in the given order
     */
    public static List<SweepCell> grid(
            Map<MineralId, Map<String, Double>> supply,
            int suppliersPerMineral,
            double[] severities,
            Map<MineralId, String> basis) {
        List<SweepCell> cells = new ArrayList<>();
        supply.forEach((mineral, shares) -> shares.entrySet().stream()
                .filter(e -> !e.getKey().equals("OTHER") && e.getValue() > 0)
                .sorted(Map.Entry.<String, Double>comparingByValue()
                        .reversed()
                        .thenComparing(Map.Entry.comparingByKey()))
                .limit(suppliersPerMineral)
                .forEach(e -> {
                    for (double severity : severities) {
                        cells.add(new SweepCell(
                                mineral, e.getKey(), e.getValue(), severity, basis.getOrDefault(mineral, "")));
                    }
                }));
        return cells;
    }

    /**
     * @param cell a sweep cell
     * @param settings the shared assumptions
     * @return the scenario the cell stands for
     */
    public static ScenarioSpec scenario(SweepCell cell, SweepSettings settings) {
        Map<String, Double> supply = new LinkedHashMap<>();
        supply.put(cell.supplier(), cell.supplierShare());
        if (cell.supplierShare() < 1) {
            supply.put("OTHER", 1 - cell.supplierShare());
        }
        Market market = new Market(
                cell.mineral(),
                supply,
                Optional.empty(),
                List.of(),
                settings.stocksMonths(),
                StockRelease.WHEN_SHORT,
                lodestone.sim.scenario.Distribution.fixed(0),
                0,
                settings.leakage(),
                settings.demandElasticity(),
                settings.supplyElasticity(),
                settings.priceCap(),
                lodestone.sim.scenario.Response.NONE,
                lodestone.sim.scenario.Response.NONE,
                List.of(),
                List.of());
        String id = cell.mineral() + "-" + cell.supplier().toLowerCase(java.util.Locale.ROOT) + "-"
                + Math.round(cell.severity() * 100);
        ScenarioSpec spec = ScenarioSpec.of(
                id,
                YearMonth.of(2026, 1),
                settings.horizonMonths(),
                cell.supplier(),
                List.of(new Phase(
                        settings.durationMonths(), lodestone.sim.scenario.Distribution.fixed(cell.severity()))),
                market);
        return new ScenarioSpec(
                spec.id(),
                spec.title(),
                spec.description(),
                spec.start(),
                spec.horizonMonths(),
                spec.perspective(),
                settings.threshold(),
                spec.recoveryLevel(),
                spec.disruption(),
                spec.markets(),
                spec.assumptions(),
                spec.sources());
    }

    /**
     * @param engine the engine (its threads run each cell's paths)
     * @param cells the grid
     * @param settings the shared assumptions
     * @param paths paths per cell
     * @param seed the seed, the same for every cell
     * @param progress told once per finished cell (with 1)
     * @return the rows, largest expected shortfall first (ties by mineral, supplier, severity)
     */
    public static List<SweepRow> run(
            MonteCarloEngine engine,
            List<SweepCell> cells,
            SweepSettings settings,
            int paths,
            long seed,
            Progress progress) {
        RunOptions options = new RunOptions(paths, seed, java.util.OptionalInt.of(settings.horizonMonths()), 1);
        List<SweepRow> rows = new ArrayList<>();
        for (SweepCell cell : cells) {
            MarketResult result = engine.simulate(scenario(cell, settings), options, Progress.NONE)
                    .markets()
                    .get(0);
            double peak = 0;
            double peakPrice = 1;
            for (MonthStatistics month : result.months()) {
                peak = Math.max(peak, month.shortfallP50());
                peakPrice = Math.max(peakPrice, month.priceP50());
            }
            rows.add(new SweepRow(
                    0,
                    cell,
                    result.cumulativeShortfall().mean(),
                    result.cumulativeShortfall().p95(),
                    peak,
                    result.probabilityAboveThreshold(),
                    peakPrice));
            progress.advance(1);
        }
        rows.sort(Comparator.comparingDouble(SweepRow::expectedShortfall)
                .reversed()
                .thenComparing(row -> row.cell().mineral())
                .thenComparing(row -> row.cell().supplier())
                .thenComparingDouble(row -> row.cell().severity()));
        List<SweepRow> ranked = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            SweepRow row = rows.get(i);
            ranked.add(new SweepRow(
                    i + 1,
                    row.cell(),
                    row.expectedShortfall(),
                    row.cumulativeP95(),
                    row.peakMedianShortfall(),
                    row.probabilityAboveThreshold(),
                    row.peakMedianPrice()));
        }
        return ranked;
    }
}
