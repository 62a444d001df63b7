package lodestone.sim.engine;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.random.RandomGenerator.SplittableGenerator;
import java.util.random.RandomGeneratorFactory;
import lodestone.model.Guards;
import lodestone.sim.parallel.WorkerPool;
import lodestone.sim.scenario.Market;
import lodestone.sim.scenario.ScenarioSpec;
import org.jspecify.annotations.Nullable;

/**
 * Seeded Monte Carlo over a {@link ScenarioSpec}: the two-region market model of {@code docs/methods/simulation.md}.
 *
 * <p><b>One path, one market.</b> Each path draws its uncertain inputs by inverse transform, then steps month by month
 * from the announcement (or the start) to the horizon: buyers order against their stock cover and precaution, the
 * issuer's licence office decides applications after a lag and grants a share of them in whole licences, refused
 * volume partly leaks through third countries, buyers draw their own stocks class by class and stop when they cannot
 * cover half their use, and the prices follow: the outside spot price from the outside buyers' cover ratio, the
 * issuer's home price from the surplus of withheld exports, the perspective's realised price as the volume-weighted mix.
 * {@link PathSimulator} holds the month loop.
 *
 * <p><b>Reproducibility.</b> An {@code L64X128MixRandom} seeded with the run's seed is split once per block of
 * {@value #BLOCK} paths, in block order; each block's generator gives one seed per path; each path derives its
 * streams from that seed ({@link PathStreams}). Nothing depends on which thread runs which block, and statistics are
 * exact order statistics and sums taken in path order, so a seed gives bit-identical results on any number of threads.
 *
 * <p><b>Size.</b> Before a run the engine checks that the monthly values fit in the memory the JVM may use and refuses
 * the run otherwise ({@link SimulationTooLargeException}, naming the limit and the largest number of paths that fits).
 * Sizes are counted in {@code long}; monthly values are held in one array per month, so no index exceeds the number
 * of paths.
 *
 * <p><b>Performance.</b> Paths write into per-month {@code float} arrays reused across markets and runs; the month loop
 * allocates nothing. Each month's five quantiles are taken by one multi-rank quickselect on a copy of the column
 * ({@link Quantiles#selectAll}), months in parallel; a run that asks for its paths alone ({@link
 * RunOptions#pathsAlone()}) skips them. An engine is not safe for concurrent runs; create one per thread
 * of control and close it.
 */
public final class MonteCarloEngine implements AutoCloseable {
    /** Paths per generator split; part of the definition of a seed's results, so never change it silently. */
    public static final int BLOCK = 256;

    private static final String ALGORITHM = "L64X128MixRandom";

    private final int threads;
    private final WorkerPool pool;
    private final MemoryBudget budget;
    private @Nullable MonthlyStore reusable;

    /** @param threads worker threads (≥ 1); 1 runs on the caller's thread */
    public MonteCarloEngine(int threads) {
        this(threads, MemoryBudget.ofRuntime());
    }

    /**
     * @param threads worker threads (≥ 1)
     * @param budget the memory the engine may use (tests pretend a small JVM)
     */
    MonteCarloEngine(int threads, MemoryBudget budget) {
        Guards.requireAtLeast(threads, 1, "threads");
        this.threads = threads;
        this.budget = budget;
        this.pool = new WorkerPool(threads, "lodestone-sim", "simulation interrupted");
    }

    /** @return the engine's worker threads */
    public int threads() {
        return threads;
    }

    /**
     * Runs one scenario on a new engine with {@code options.threads()} threads.
     *
     * @param spec a resolved scenario (every supply mix known)
     * @param options paths, seed, horizon, threads
     * @return the distributions
     */
    public static ScenarioResult run(ScenarioSpec spec, RunOptions options) {
        try (MonteCarloEngine engine = new MonteCarloEngine(options.threads())) {
            return engine.simulate(spec, options, Progress.NONE);
        }
    }

    /**
     * @param spec a resolved scenario (every supply mix known)
     * @param options paths, seed, horizon and whether to keep paths (the thread count is this engine's)
     * @param progress told of finished paths, once per block and market
     * @return the distributions
     * @throws IllegalArgumentException if a market's supply mix is not resolved
     * @throws SimulationTooLargeException if the run would not fit in memory
     */
    public ScenarioResult simulate(ScenarioSpec spec, RunOptions options, Progress progress) {
        if (!spec.isResolved()) {
            throw new IllegalArgumentException("scenario " + spec.id() + " has markets whose supply comes from the"
                    + " knowledge base; resolve it first.\nMaybe call SnapshotSupply.resolve(spec, snapshot, mixes).");
        }
        int paths = options.paths();
        int horizon = options.horizonMonths().orElse(spec.horizonMonths());
        int lead = spec.leadWholeMonths();
        int months = lead + horizon;
        boolean keep = options.keepPaths();
        budget.check(
                paths,
                months,
                keep ? spec.markets().size() : 1,
                threads,
                reusable == null || keep ? 0 : reusable.bytes());
        if (!keep && (reusable == null || !reusable.fits(paths, months))) {
            reusable = null;
            reusable = new MonthlyStore(paths, months);
        }
        int blocks = (paths + BLOCK - 1) / BLOCK;
        long[] pathSeeds = new long[paths];
        SplittableGenerator root =
                (SplittableGenerator) RandomGeneratorFactory.of(ALGORITHM).create(options.seed());
        List<SplittableGenerator> splits = root.splits(blocks).toList();
        pool.forEach(blocks, b -> {
            SplittableGenerator generator = splits.get(b);
            for (int p = b * BLOCK, end = Math.min(paths, p + BLOCK); p < end; p++) {
                pathSeeds[p] = generator.nextLong();
            }
        });
        List<MarketResult> results = new ArrayList<>();
        for (int index = 0; index < spec.markets().size(); index++) {
            MonthlyStore store = keep ? new MonthlyStore(paths, months) : Objects.requireNonNull(reusable);
            results.add(market(spec, index, horizon, months, paths, blocks, pathSeeds, store, options, progress));
        }
        return new ScenarioResult(
                spec.id(), spec.title(), options.seed(), paths, spec.start(), lead, horizon, spec.threshold(), results);
    }

    private MarketResult market(
            ScenarioSpec spec,
            int index,
            int horizon,
            int months,
            int paths,
            int blocks,
            long[] pathSeeds,
            MonthlyStore store,
            RunOptions options,
            Progress progress) {
        Market market = spec.markets().get(index);
        MarketModel model = new MarketModel(spec, market, index);
        double[] cumulative = new double[paths];
        double[] recovery = new double[paths];
        double[] firstStop = new double[paths];
        boolean[] exceeded = new boolean[paths];
        pool.forEach(blocks, b -> {
            PathSimulator simulator = new PathSimulator(model);
            PathTile tile = new PathTile(store, months);
            for (int p = b * BLOCK, end = Math.min(paths, p + BLOCK); p < end; p++) {
                simulator.run(pathSeeds[p], horizon, p, tile);
                cumulative[p] = simulator.cumulative;
                recovery[p] = simulator.recovery;
                firstStop[p] = simulator.firstStop;
                exceeded[p] = simulator.exceeded;
            }
            tile.flush();
            progress.advance(Math.min(paths, (b + 1) * BLOCK) - b * BLOCK);
        });
        int[] ranks = ranks(paths);
        List<MonthStatistics> stats = options.monthBands()
                ? monthStatistics(spec, model, months, paths, store, ranks)
                : List.of(); // asked for the paths alone: whoever asked reads them
        int anyAbove = 0;
        int notRecovered = 0;
        int stoppedPaths = 0;
        for (int p = 0; p < paths; p++) {
            anyAbove += exceeded[p] ? 1 : 0;
            notRecovered += recovery[p] >= horizon ? 1 : 0;
            stoppedPaths += firstStop[p] < horizon ? 1 : 0;
        }
        float[] scratch = new float[paths];
        double[] quantiles = new double[ranks.length];
        return new MarketResult(
                market.mineral(),
                market.trade().product(),
                model.issuerShare,
                stats,
                band(cumulative, scratch, ranks, quantiles),
                (double) anyAbove / paths,
                band(recovery, scratch, ranks, quantiles),
                (double) notRecovered / paths,
                (double) stoppedPaths / paths,
                band(firstStop, scratch, ranks, quantiles),
                options.keepPaths()
                        ? Optional.of(new PathOutcomes(store.values, cumulative, firstStop, model.issuerHomeUse))
                        : Optional.empty());
    }

    /**
     * Each month's distribution across paths: the band of every series, the share of paths above the threshold and
     * the stopped share, months in chunks on the engine's threads.
     */
    private List<MonthStatistics> monthStatistics(
            ScenarioSpec spec, MarketModel model, int months, int paths, MonthlyStore store, int[] ranks) {
        MonthStatistics[] stats = new MonthStatistics[months];
        int chunks = Math.min(threads, months);
        double stopUnit = model.classShare;
        pool.forEach(chunks, c -> {
            float[] scratch = new float[paths];
            double[] quantiles = new double[ranks.length];
            for (int t = (int) ((long) c * months / chunks), to = (int) ((long) (c + 1) * months / chunks);
                    t < to;
                    t++) {
                EnumMap<Series, Band> bands = new EnumMap<>(Series.class);
                for (Series series : Series.values()) {
                    bands.put(series, band(store.values[series.slot()][t], paths, scratch, ranks, quantiles));
                }
                float[] shortfall = store.values[Series.SHORTFALL.slot()][t];
                byte[] stopped = store.stopped[t];
                int above = 0;
                long stoppedClasses = 0;
                for (int p = 0; p < paths; p++) {
                    if (shortfall[p] > spec.threshold()) {
                        above++;
                    }
                    stoppedClasses += stopped[p];
                }
                stats[t] = new MonthStatistics(
                        spec.start().plusMonths(t - (long) model.leadMonths),
                        bands,
                        (double) above / paths,
                        stopUnit * stoppedClasses / paths);
            }
        });
        return List.of(stats);
    }

    /** @return the nearest ranks of {@link Band#QUANTILES} among n values, ascending */
    static int[] ranks(int n) {
        int[] ranks = new int[Band.QUANTILES.length];
        for (int i = 0; i < ranks.length; i++) {
            ranks[i] = Quantiles.rank(Band.QUANTILES[i], n);
        }
        return ranks;
    }

    /** The band of one month's column: copied to the scratch array (the column keeps its path order), then selected. */
    private static Band band(float[] column, int n, float[] scratch, int[] ranks, double[] quantiles) {
        double sum = 0;
        int first = Float.floatToRawIntBits(column[0]);
        boolean constant = true;
        for (int p = 0; p < n; p++) {
            float value = column[p];
            scratch[p] = value;
            sum += value;
            constant &= Float.floatToRawIntBits(value) == first;
        }
        if (constant) {
            // every path has the same value (prices fixed, a month before the measure): each rank is that value
            Arrays.fill(quantiles, column[0]);
        } else {
            Quantiles.selectAll(scratch, n, ranks, quantiles);
        }
        return new Band(quantiles[0], quantiles[1], quantiles[2], quantiles[3], quantiles[4], sum / n);
    }

    private static Band band(double[] values, float[] scratch, int[] ranks, double[] quantiles) {
        double sum = 0;
        for (int p = 0; p < values.length; p++) {
            scratch[p] = (float) values[p];
            sum += values[p];
        }
        Quantiles.selectAll(scratch, values.length, ranks, quantiles);
        return new Band(quantiles[0], quantiles[1], quantiles[2], quantiles[3], quantiles[4], sum / values.length);
    }

    @Override
    public void close() {
        pool.close();
    }
}
