package lodestone.screen.cell;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import lodestone.plan.option.PlanOption;
import lodestone.plan.path.DisruptionPaths;
import lodestone.plan.path.EnginePathSource;
import lodestone.plan.solve.PlanInfeasibleException;
import lodestone.plan.solve.PortfolioOptimizer;
import lodestone.plan.solve.Solution;
import lodestone.screen.ScreenSpec;
import lodestone.screen.job.ScreenJob;
import lodestone.sim.engine.MarketResult;
import lodestone.sim.engine.MonteCarloEngine;
import lodestone.sim.engine.MonthStatistics;
import lodestone.sim.engine.Progress;
import lodestone.sim.engine.RunOptions;
import lodestone.sim.scenario.Behaviour;
import lodestone.sim.scenario.Disruption;
import lodestone.sim.scenario.Distribution;
import lodestone.sim.scenario.Market;
import lodestone.sim.scenario.ScenarioSpec;
import lodestone.sim.sweep.Sweep;
import lodestone.sim.sweep.SweepCell;
import lodestone.sim.sweep.SweepSettings;

/**
 * The adapter from a screen cell to today's simulator and planner: the only class of the screen that knows their
 * API.
 *
 * <p>A cell is the sweep's one-market scenario ({@link Sweep#scenario}) for its mineral, supplier, share and severity,
 * with the cell's duration as the disruption's length, the response package's stocks, spare capacity, substitution
 * and recycling as the market's mitigations, the screen's market assumptions, horizon and first month, and the
 * perspective as the scenario's. It runs on a one-thread {@link MonteCarloEngine} with the cell's seed; the engine's
 * results do not depend on its thread count. The metrics are the sweep's ({@code Sweep#run}: mean and P95 of the
 * cumulative shortfall, peak monthly median shortfall and price, probability of a month above the threshold) plus the
 * median cumulative shortfall, the median months to recovery and the share of paths not recovered.
 *
 * <p>With a plan, the planner samples its own paths of the same scenario ({@link EnginePathSource}, seeded with the
 * cell's seed) and chooses the portfolio from the catalogue of the cell's mineral and perspective that minimises the
 * tail of the cumulative shortfall within the budget ({@link PortfolioOptimizer}, one thread).
 *
 * <p>Since the two-region market model (issue #14) the sweep's own scenario is a licensed measure of uncertain
 * length and severity met by responding buyers; a screen cell keeps the screen's stated terms instead: the cell's
 * exact duration and severity withheld outright (no licensing), no behavioural response ({@link Behaviour#STATIC}),
 * and the screen's price cap, so that a cell without mitigation loses exactly share × severity × duration. A change of the simulator's API changes this class and nothing else, and {@link #VERSION}
 * with it.
 */
public final class SweepEngineAdapter implements CellComputation {
    /** The code path results depend on; part of every results manifest. */
    public static final String VERSION = "lodestone-sim sweep scenario (two-region market model, issue 14) +"
            + " MonteCarloEngine (block "
            + MonteCarloEngine.BLOCK + "); lodestone-plan EnginePathSource + PortfolioOptimizer; screen cells v1";

    private final ScreenJob job;
    private final MonteCarloEngine engine = new MonteCarloEngine(1);

    /** @param job the job whose cells will be computed */
    public SweepEngineAdapter(ScreenJob job) {
        this.job = job;
    }

    @Override
    public CellResult compute(ScreenCell cell) {
        ScreenSpec spec = job.spec();
        CellKey key = cell.key();
        ScenarioSpec scenario = scenario(spec, cell);
        RunOptions options = new RunOptions(spec.paths(), cell.seed(), OptionalInt.of(spec.horizonMonths()), 1);
        MarketResult result =
                engine.simulate(scenario, options, Progress.NONE).markets().get(0);
        double peak = 0;
        double peakPrice = 1;
        for (MonthStatistics month : result.months()) {
            peak = Math.max(peak, month.shortfall().p50());
            peakPrice = Math.max(peakPrice, month.price().p50());
        }
        Optional<PlanOutcome> plan = Optional.empty();
        String note = "";
        if (spec.plan().isPresent()) {
            List<PlanOption> catalogue = job.catalogues().get(ScreenJob.catalogueKey(key.perspective(), key.mineral()));
            if (catalogue == null || catalogue.isEmpty()) {
                note = "no option catalogue for " + key.mineral() + " and " + key.perspective();
            } else {
                try {
                    plan = Optional.of(plan(spec.plan().get(), scenario, catalogue, cell.seed()));
                } catch (PlanInfeasibleException e) {
                    note = "infeasible: " + e.getMessage();
                }
            }
        }
        return new CellResult(
                spec.id(),
                cell,
                spec.paths(),
                spec.horizonMonths(),
                result.cumulativeShortfall().mean(),
                result.cumulativeShortfall().p50(),
                result.cumulativeShortfall().p95(),
                peak,
                result.probabilityAboveThreshold(),
                peakPrice,
                result.monthsToRecovery().p50(),
                result.notRecovered(),
                plan,
                note);
    }

    /** The sweep's scenario for the cell, with the cell's duration, response, perspective and the screen's start. */
    static ScenarioSpec scenario(ScreenSpec spec, ScreenCell cell) {
        CellKey key = cell.key();
        ScreenSpec.ResponsePackage response = spec.response(key.response())
                .orElseThrow(() -> new IllegalArgumentException("cell " + key.id() + " names response " + key.response()
                        + ", which screen " + spec.id() + " does not define."));
        ScreenSpec.MarketAssumptions market = spec.market();
        SweepSettings settings = new SweepSettings(
                spec.horizonMonths(),
                Distribution.fixed(key.durationMonths()),
                SweepSettings.DEFAULT.lagMonths(),
                0,
                response.stocksMonths(),
                market.leakage(),
                Behaviour.STATIC,
                market.demandElasticity(),
                market.supplyElasticity(),
                market.threshold());
        ScenarioSpec sweep = Sweep.scenario(
                new SweepCell(key.mineral(), key.supplier(), cell.supplierShare(), key.severity(), cell.shareBasis()),
                settings,
                key.perspective());
        Market base = sweep.markets().get(0);
        Market mitigated = base.withMitigations(
                        response.spareCapacity(),
                        response.spareRampMonths(),
                        base.leakage(),
                        response.substitution(),
                        response.recycling())
                .withPriceCap(market.priceCap())
                .withBehaviour(Behaviour.STATIC);
        Disruption withheld = sweep.disruption();
        return new ScenarioSpec(
                sweep.id(),
                key.id(),
                "",
                spec.start(),
                spec.horizonMonths(),
                key.perspective(),
                sweep.threshold(),
                sweep.recoveryLevel(),
                new Disruption(
                        withheld.issuer(),
                        withheld.measure(),
                        withheld.targets(),
                        withheld.stages(),
                        withheld.phases(),
                        withheld.announced(),
                        Optional.empty(),
                        withheld.effective()),
                List.of(mitigated),
                sweep.assumptions(),
                sweep.sources());
    }

    private static PlanOutcome plan(
            ScreenSpec.PlanSpec plan, ScenarioSpec scenario, List<PlanOption> catalogue, long seed) {
        EnginePathSource source = new EnginePathSource(
                scenario, scenario.markets().get(0).mineral(), OptionalInt.of(scenario.horizonMonths()));
        DisruptionPaths paths = source.sample(plan.paths(), seed, 1);
        try (PortfolioOptimizer optimizer = new PortfolioOptimizer(catalogue, paths, seed, plan.alpha(), 1)) {
            Solution solution = optimizer.solve(plan.budgetUsd(), plan.countryShare(), List.of());
            double[] levels = solution.levels();
            List<String> chosen = new ArrayList<>();
            for (int i = 0; i < levels.length; i++) {
                if (levels[i] > 0) {
                    chosen.add(catalogue.get(i).id());
                }
            }
            return new PlanOutcome(
                    plan.budgetUsd(),
                    plan.alpha(),
                    plan.paths(),
                    optimizer.cvar(new double[catalogue.size()]),
                    solution.cvar(),
                    solution.spent(),
                    chosen,
                    solution.converged());
        }
    }

    @Override
    public void close() {
        engine.close();
    }
}
