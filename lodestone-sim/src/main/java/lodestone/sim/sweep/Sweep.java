package lodestone.sim.sweep;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import lodestone.model.mineral.MineralId;
import lodestone.sim.engine.MarketResult;
import lodestone.sim.engine.MonteCarloEngine;
import lodestone.sim.engine.MonthStatistics;
import lodestone.sim.engine.Progress;
import lodestone.sim.engine.RunOptions;
import lodestone.sim.scenario.Disruption;
import lodestone.sim.scenario.Distribution;
import lodestone.sim.scenario.IssuerStocks;
import lodestone.sim.scenario.Licensing;
import lodestone.sim.scenario.Market;
import lodestone.sim.scenario.Partner;
import lodestone.sim.scenario.Phase;
import lodestone.sim.scenario.Response;
import lodestone.sim.scenario.ScenarioSpec;
import lodestone.sim.scenario.StockRelease;
import lodestone.sim.scenario.Trade;

/**
 * A screen over minerals × supplier countries × severities: the USGS-style trade-disruption screen in one call, with
 * the uncertainty that changes the ranking. Every cell is a licensed measure by one supplier against the perspective,
 * of uncertain length, lag and severity, met by buyers whose stock cover differs; cells are ranked by the tail (the
 * 95th percentile of the cumulative shortfall) or by the probability that buyers stop, not only by the mean. A total
 * cut of a small share and a partial cut of a large one can lose the same volume on average, yet only the first stops
 * the buyers who depend on that supplier: that is what the Monte Carlo adds to a closed form.
 *
 * <p>Every cell runs with the same seed (common random numbers), so differences between cells come from the cells,
 * not from sampling noise.
 */
public final class Sweep {
    /**
     * The month every sweep scenario is labelled as starting in; a partner project is timed from the date the sweep is
     * run for instead ({@link PartnerSupply#of}).
     */
    public static final YearMonth START = YearMonth.of(2026, 1);

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
     * @param perspective the importing country whose supply the cell disrupts, ISO 3166-1 alpha-2
     * @return the scenario the cell stands for
     */
    public static ScenarioSpec scenario(SweepCell cell, SweepSettings settings, String perspective) {
        return scenario(cell, settings, perspective, List.of());
    }

    /**
     * @param cell a sweep cell
     * @param settings the shared assumptions
     * @param perspective the importing country whose supply the cell disrupts, ISO 3166-1 alpha-2
     * @param partners partner supply available to the perspective when the cell's supplier withholds
     * @return the scenario the cell stands for
     */
    public static ScenarioSpec scenario(
            SweepCell cell, SweepSettings settings, String perspective, List<Partner> partners) {
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
                Distribution.fixed(0),
                0,
                settings.leakage(),
                settings.demandElasticity(),
                settings.supplyElasticity(),
                Double.POSITIVE_INFINITY,
                Response.NONE,
                Response.NONE,
                partners,
                List.of(),
                Trade.DEFAULT,
                settings.behaviour(),
                IssuerStocks.NONE,
                Optional.empty(),
                Optional.empty(),
                OptionalDouble.empty());
        double low = Math.max(0, cell.severity() - settings.severitySpread());
        double high = Math.min(1, cell.severity() + settings.severitySpread());
        Disruption disruption = new Disruption(
                cell.supplier(),
                Optional.empty(),
                List.of("ALL"),
                List.of(),
                List.of(new Phase(settings.durationMonths(), Distribution.uniform(low, high))),
                Optional.empty(),
                Optional.of(new Licensing(settings.lagMonths(), 1.6, Distribution.uniform(0.4, 1))),
                Optional.empty());
        String id = cell.mineral() + "-" + cell.supplier().toLowerCase(Locale.ROOT) + "-"
                + Math.round(cell.severity() * 100);
        return new ScenarioSpec(
                id,
                id,
                "",
                START,
                settings.horizonMonths(),
                perspective,
                settings.threshold(),
                0.01,
                disruption,
                List.of(market),
                List.of(),
                List.of());
    }

    /**
     * @param engine the engine (its threads run each cell's paths)
     * @param cells the grid
     * @param settings the shared assumptions
     * @param perspective the importing country whose supply the cells disrupt, ISO 3166-1 alpha-2
     * @param paths paths per cell
     * @param seed the seed, the same for every cell
     * @param ranking what to rank by
     * @param progress told once per finished cell (with 1)
     * @return the rows, worst first by {@code ranking} (ties by mineral, supplier, severity), each with its rank by
     *     the mean as well
     */
    public static List<SweepRow> run(
            MonteCarloEngine engine,
            List<SweepCell> cells,
            SweepSettings settings,
            String perspective,
            int paths,
            long seed,
            Ranking ranking,
            Progress progress) {
        return run(engine, cells, settings, perspective, Map.of(), paths, seed, ranking, progress);
    }

    /**
     * The sweep with partner supply among its uncertain inputs: each cell's market gets the partner supply of its
     * mineral located outside the cell's supplier, delivered on each path with its probability of delivery.
     *
     * @param engine the engine (its threads run each cell's paths)
     * @param cells the grid
     * @param settings the shared assumptions
     * @param perspective the importing country whose supply the cells disrupt, ISO 3166-1 alpha-2
     * @param partners partner supply by mineral (minerals without any may be absent)
     * @param paths paths per cell
     * @param seed the seed, the same for every cell
     * @param ranking what to rank by
     * @param progress told once per finished cell (with 1)
     * @return the rows, worst first by {@code ranking} (ties by mineral, supplier, severity), each with its rank by
     *     the mean as well
     */
    public static List<SweepRow> run(
            MonteCarloEngine engine,
            List<SweepCell> cells,
            SweepSettings settings,
            String perspective,
            Map<MineralId, List<PartnerSupply>> partners,
            int paths,
            long seed,
            Ranking ranking,
            Progress progress) {
        RunOptions options = new RunOptions(paths, seed, OptionalInt.of(settings.horizonMonths()), 1);
        List<SweepRow> rows = new ArrayList<>();
        for (SweepCell cell : cells) {
            List<Partner> relief = partners.getOrDefault(cell.mineral(), List.of()).stream()
                    .filter(supply -> supply.reliefFor(cell.supplier()))
                    .map(PartnerSupply::partner)
                    .toList();
            MarketResult result = engine.simulate(scenario(cell, settings, perspective, relief), options, Progress.NONE)
                    .markets()
                    .get(0);
            double peak = 0;
            double peakPrice = 1;
            for (MonthStatistics month : result.months()) {
                peak = Math.max(peak, month.shortfall().p50());
                peakPrice = Math.max(peakPrice, month.price().p50());
            }
            rows.add(new SweepRow(
                    0,
                    cell,
                    result.cumulativeShortfall().mean(),
                    result.cumulativeShortfall().p95(),
                    peak,
                    result.probabilityAboveThreshold(),
                    peakPrice,
                    result.probabilityOfStop(),
                    0));
            progress.advance(1);
        }
        List<SweepRow> byMean = new ArrayList<>(rows);
        byMean.sort(Ranking.MEAN.order());
        Map<SweepCell, Integer> meanRank = new HashMap<>();
        for (int i = 0; i < byMean.size(); i++) {
            meanRank.put(byMean.get(i).cell(), i + 1);
        }
        rows.sort(ranking.order());
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
                    row.peakMedianPrice(),
                    row.probabilityOfStop(),
                    Objects.requireNonNull(meanRank.get(row.cell()))));
        }
        return ranked;
    }

    /**
     * Kendall's rank correlation between the sweep's order and the order by the mean (1: identical, 0: unrelated):
     * how much the tail changes the ranking.
     *
     * @param rows ranked rows (each with its rank by the mean)
     * @return τ-a over all pairs
     */
    public static double kendallTauWithMean(List<SweepRow> rows) {
        long concordant = 0;
        long discordant = 0;
        for (int i = 0; i < rows.size(); i++) {
            for (int j = i + 1; j < rows.size(); j++) {
                long a = Integer.compare(rows.get(i).rank(), rows.get(j).rank());
                long b = Integer.compare(rows.get(i).rankByMean(), rows.get(j).rankByMean());
                if (a * b > 0) {
                    concordant++;
                } else if (a * b < 0) {
                    discordant++;
                }
            }
        }
        long pairs = (long) rows.size() * (rows.size() - 1) / 2;
        return pairs == 0 ? 1 : (concordant - discordant) / (double) pairs;
    }
}
