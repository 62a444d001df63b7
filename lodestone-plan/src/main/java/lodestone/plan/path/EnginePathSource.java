package lodestone.plan.path;

import java.util.List;
import java.util.OptionalInt;
import java.util.SplittableRandom;
import java.util.stream.Collectors;
import lodestone.model.mineral.MineralId;
import lodestone.sim.engine.MarketResult;
import lodestone.sim.engine.MonteCarloEngine;
import lodestone.sim.engine.MonthStatistics;
import lodestone.sim.engine.Progress;
import lodestone.sim.engine.RunOptions;
import lodestone.sim.parallel.WorkerPool;
import lodestone.sim.scenario.Market;
import lodestone.sim.scenario.ScenarioSpec;

/**
 * The adapter from today's {@link MonteCarloEngine} to {@link DisruptionPaths}: the only class of the planner that
 * knows the simulator's API.
 *
 * <p>Today's engine reports distributions (per-month percentiles and means), not per-path series. A run of one path
 * does report its path: each month's mean over one path is that path's shortfall. So path {@code p} of a sample is a
 * one-path run of the scenario's market for the mineral, seeded with the {@code p}-th long of a
 * {@link SplittableRandom} seeded with the sample's seed. Paths are independent and each is written to its own slot,
 * so the result does not depend on the number of threads. When the engine exposes per-path shortfall (issue #14), this
 * class changes and nothing else.
 */
public final class EnginePathSource implements PathSource {
    private final ScenarioSpec single;
    private final Scope scope;

    /**
     * @param spec a resolved scenario (every supply mix known)
     * @param mineral the mineral to plan for; the scenario must have a market for it
     * @param horizonMonths months per path; empty for the scenario's own horizon
     * @throws IllegalArgumentException if the scenario has no market for the mineral (naming those it has) or is not
     *     resolved
     */
    public EnginePathSource(ScenarioSpec spec, MineralId mineral, OptionalInt horizonMonths) {
        if (!spec.isResolved()) {
            throw new IllegalArgumentException("scenario " + spec.id() + " must be resolved against the knowledge base"
                    + " before planning.\nMaybe call SnapshotSupply.resolve(spec, snapshot, mixes).");
        }
        Market market = spec.markets().stream()
                .filter(m -> m.mineral().equals(mineral))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("scenario " + spec.id() + " has no market for "
                        + mineral + "; it has "
                        + spec.markets().stream().map(m -> m.mineral().value()).collect(Collectors.joining(", "))
                        + "."));
        int months = horizonMonths.orElse(spec.horizonMonths());
        this.single = spec.withHorizon(months).withMarkets(List.of(market));
        this.scope = new Scope(single.id(), mineral, single.perspective(), single.start(), months);
    }

    @Override
    public Scope scope() {
        return scope;
    }

    @Override
    public DisruptionPaths sample(int paths, long seed, int threads) {
        if (paths < 1 || threads < 1) {
            throw new IllegalArgumentException(
                    "paths (" + paths + ") and threads (" + threads + ") must both be at least 1.");
        }
        int months = scope.months();
        long[] seeds = new long[paths];
        SplittableRandom root = new SplittableRandom(seed);
        for (int p = 0; p < paths; p++) {
            seeds[p] = root.nextLong();
        }
        double[] shortfall = new double[Math.multiplyExact(paths, months)];
        int workers = Math.min(threads, paths);
        int chunk = (paths + workers - 1) / workers;
        try (WorkerPool pool =
                new WorkerPool(workers, "lodestone-plan-paths", "sampling disruption paths was interrupted")) {
            pool.forEach(workers, w -> run(seeds, w * chunk, Math.min(paths, w * chunk + chunk), shortfall));
        }
        return PathMatrix.of(paths, months, shortfall);
    }

    private void run(long[] seeds, int from, int to, double[] shortfall) {
        int months = scope.months();
        try (MonteCarloEngine engine = new MonteCarloEngine(1)) {
            for (int p = from; p < to; p++) {
                MarketResult market = engine.simulate(
                                single, new RunOptions(1, seeds[p], OptionalInt.of(months), 1), Progress.NONE)
                        .markets()
                        .get(0);
                List<MonthStatistics> stats = market.months();
                for (int t = 0; t < months; t++) {
                    shortfall[p * months + t] =
                            Math.max(0, Math.min(1, stats.get(t).shortfall().mean()));
                }
            }
        }
    }
}
