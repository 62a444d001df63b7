package lodestone.sim.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntConsumer;
import java.util.random.RandomGenerator.SplittableGenerator;
import java.util.random.RandomGeneratorFactory;
import lodestone.sim.scenario.Distribution;
import lodestone.sim.scenario.Market;
import lodestone.sim.scenario.Partner;
import lodestone.sim.scenario.Phase;
import lodestone.sim.scenario.Ramp;
import lodestone.sim.scenario.ScenarioSpec;

/**
 * Seeded Monte Carlo over a {@link ScenarioSpec}.
 *
 * <p><b>One path, one market.</b> The path draws its uncertain inputs by inverse transform (phase lengths and
 * severities from the disruption stream, shared by all markets of the path; stocks, spare capacity, leakage and each
 * partner's start and delivery from the market's own stream), then steps month by month, t = 0 … H−1:
 *
 * <pre>
 *   severity_t  = Σ_k severity_k × overlap([t, t+1), phase_k)          (fractional months count pro rata)
 *   lost_t      = issuerShare × severity_t × (1 − leakage)
 *   relief_t    = substitution(t) + recycling(t) + Σ_j delivered_j × capacity_j × ramp(t − start_j)
 *   gap_t       = max(0, lost_t − relief_t − spare × ramp(t))
 *   draw_t      = min(stock_t, maxRelease, max(0, gap_t − trigger));   stock_{t+1} = stock_t − draw_t
 *   shortfall_t = gap_t − draw_t                                        (fraction of baseline demand)
 *   price_t     = min(cap, (1 / (1 − shortfall_t))^(1 / (|ε_d| + ε_s)))  (1 when there is no shortfall)
 * </pre>
 *
 * The price is the constant-elasticity index that would clear the remaining gap through demand destruction and
 * supply from others; the cap stands for the observed ceiling of thin spot markets. Shortfall is physical: what the
 * perspective country does not receive. Every term is monotone, so more partner supply never raises a shortfall and a
 * longer last phase never lowers the cumulative shortfall (the property tests check both).
 *
 * <p><b>Reproducibility.</b> An {@code L64X128MixRandom} seeded with the run's seed is split once per block of
 * {@value #BLOCK} paths, in block order; each block's generator gives one seed per path; each path derives its
 * streams from that seed ({@link PathStreams}). Nothing depends on which thread runs which block, and statistics are
 * exact order statistics and sums taken in path order, so a seed gives bit-identical results on any number of threads.
 *
 * <p><b>Performance.</b> Paths write into two preallocated {@code double[horizon × paths]} arrays (month-major) that
 * are reused across markets and runs; the month loop allocates nothing. Percentiles are taken by quickselect, months
 * in parallel. An engine is not safe for concurrent runs; create one per thread of control and close it.
 */
public final class MonteCarloEngine implements AutoCloseable {
    /** Paths per generator split; part of the definition of a seed's results, so never change it silently. */
    public static final int BLOCK = 256;

    private static final String ALGORITHM = "L64X128MixRandom";

    private final int threads;
    private final ExecutorService pool;
    private double[] shortfall = new double[0];
    private double[] price = new double[0];

    /** @param threads worker threads (≥ 1); 1 runs on the caller's thread */
    public MonteCarloEngine(int threads) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads (" + threads + ") must be at least 1.");
        }
        this.threads = threads;
        this.pool = threads == 1
                ? null
                : Executors.newFixedThreadPool(threads, runnable -> {
                    Thread thread = new Thread(runnable, "lodestone-sim");
                    thread.setDaemon(true);
                    return thread;
                });
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
     * @param options paths, seed and horizon (the thread count is this engine's)
     * @param progress told of finished paths, once per block and market
     * @return the distributions
     * @throws IllegalArgumentException if a market's supply mix is not resolved
     */
    public ScenarioResult simulate(ScenarioSpec spec, RunOptions options, Progress progress) {
        if (!spec.isResolved()) {
            throw new IllegalArgumentException("scenario " + spec.id() + " has markets whose supply comes from the"
                    + " knowledge base; resolve it first.\nMaybe call SnapshotSupply.resolve(spec, snapshot, mixes).");
        }
        int paths = options.paths();
        int horizon = options.horizonMonths().orElse(spec.horizonMonths());
        int cells = Math.multiplyExact(paths, horizon);
        if (shortfall.length < cells) {
            shortfall = new double[cells];
            price = new double[cells];
        }
        int blocks = (paths + BLOCK - 1) / BLOCK;
        long[] pathSeeds = new long[paths];
        SplittableGenerator root =
                (SplittableGenerator) RandomGeneratorFactory.of(ALGORITHM).create(options.seed());
        List<SplittableGenerator> splits = root.splits(blocks).toList();
        parallel(blocks, b -> {
            SplittableGenerator generator = splits.get(b);
            for (int p = b * BLOCK, end = Math.min(paths, p + BLOCK); p < end; p++) {
                pathSeeds[p] = generator.nextLong();
            }
        });
        List<MarketResult> results = new ArrayList<>();
        for (int m = 0; m < spec.markets().size(); m++) {
            results.add(market(spec, m, horizon, paths, blocks, pathSeeds, progress));
        }
        return new ScenarioResult(
                spec.id(), spec.title(), options.seed(), paths, spec.start(), horizon, spec.threshold(), results);
    }

    private MarketResult market(
            ScenarioSpec spec, int index, int horizon, int paths, int blocks, long[] pathSeeds, Progress progress) {
        Market market = spec.markets().get(index);
        MarketModel model = new MarketModel(spec, market, index);
        double[] cumulative = new double[paths];
        double[] recovery = new double[paths];
        boolean[] exceeded = new boolean[paths];
        double[] shortfalls = shortfall;
        double[] prices = price;
        parallel(blocks, b -> {
            PathState state = new PathState(model);
            for (int p = b * BLOCK, end = Math.min(paths, p + BLOCK); p < end; p++) {
                state.run(model, pathSeeds[p], horizon, paths, p, shortfalls, prices);
                cumulative[p] = state.cumulative;
                recovery[p] = state.monthsToRecovery;
                exceeded[p] = state.exceeded;
            }
            progress.advance(Math.min(paths, (b + 1) * BLOCK) - b * BLOCK);
        });
        MonthStatistics[] months = new MonthStatistics[horizon];
        int[] above = new int[horizon];
        parallel(horizon, t -> {
            int from = t * paths;
            int to = from + paths;
            double sum = 0;
            int count = 0;
            for (int i = from; i < to; i++) {
                sum += shortfalls[i];
                if (shortfalls[i] > spec.threshold()) {
                    count++;
                }
            }
            above[t] = count;
            months[t] = new MonthStatistics(
                    spec.start().plusMonths(t),
                    Quantiles.select(shortfalls, from, to, from + Quantiles.rank(0.05, paths)),
                    Quantiles.select(shortfalls, from, to, from + Quantiles.rank(0.50, paths)),
                    Quantiles.select(shortfalls, from, to, from + Quantiles.rank(0.95, paths)),
                    sum / paths,
                    Quantiles.select(prices, from, to, from + Quantiles.rank(0.05, paths)),
                    Quantiles.select(prices, from, to, from + Quantiles.rank(0.50, paths)),
                    Quantiles.select(prices, from, to, from + Quantiles.rank(0.95, paths)),
                    (double) count / paths);
        });
        int anyAbove = 0;
        int notRecovered = 0;
        for (int p = 0; p < paths; p++) {
            anyAbove += exceeded[p] ? 1 : 0;
            notRecovered += recovery[p] >= horizon ? 1 : 0;
        }
        return new MarketResult(
                market.mineral(),
                model.issuerShare,
                List.of(months),
                summary(cumulative),
                (double) anyAbove / paths,
                summary(recovery),
                (double) notRecovered / paths);
    }

    private static Summary summary(double[] values) {
        double sum = 0;
        for (double value : values) {
            sum += value;
        }
        int n = values.length;
        return new Summary(
                Quantiles.select(values, 0, n, Quantiles.rank(0.05, n)),
                Quantiles.select(values, 0, n, Quantiles.rank(0.50, n)),
                Quantiles.select(values, 0, n, Quantiles.rank(0.95, n)),
                sum / n);
    }

    /** Runs task(0 … count−1) on the pool; each index exactly once, in any order. */
    private void parallel(int count, IntConsumer task) {
        if (pool == null || count == 1) {
            for (int i = 0; i < count; i++) {
                task.accept(i);
            }
            return;
        }
        AtomicInteger next = new AtomicInteger();
        List<Future<?>> futures = new ArrayList<>();
        for (int w = 0; w < Math.min(threads, count); w++) {
            futures.add(pool.submit(() -> {
                for (int i = next.getAndIncrement(); i < count; i = next.getAndIncrement()) {
                    task.accept(i);
                }
            }));
        }
        for (Future<?> future : futures) {
            try {
                future.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("simulation interrupted", e);
            } catch (ExecutionException e) {
                if (e.getCause() instanceof RuntimeException runtime) {
                    throw runtime;
                }
                throw new IllegalStateException(e.getCause());
            }
        }
    }

    @Override
    public void close() {
        if (pool != null) {
            pool.shutdownNow();
        }
    }

    /** One market's parameters, flattened for the month loop. */
    static final class MarketModel {
        final int stream;
        final double issuerShare;
        final Distribution[] phaseMonths;
        final Distribution[] phaseSeverity;
        final Distribution stocks;
        final double maxRelease;
        final double trigger;
        final Distribution spare;
        final double spareRamp;
        final Distribution leakage;
        final double inverseEta;
        final double priceCap;
        final double subMax;
        final double subLag;
        final double subRamp;
        final double recMax;
        final double recLag;
        final double recRamp;
        final double[] partnerCapacity;
        final Distribution[] partnerStart;
        final double[] partnerRamp;
        final double[] partnerProbability;
        final double threshold;
        final double recoveryLevel;

        MarketModel(ScenarioSpec spec, Market market, int index) {
            stream = index + 1;
            issuerShare = market.shareOf(spec.disruption().issuer());
            List<Phase> phases = market.phases().isEmpty() ? spec.disruption().phases() : market.phases();
            phaseMonths = phases.stream().map(Phase::months).toArray(Distribution[]::new);
            phaseSeverity = phases.stream().map(Phase::severity).toArray(Distribution[]::new);
            stocks = market.stocksMonths();
            maxRelease = market.release().maxPerMonth();
            trigger = market.release().trigger();
            spare = market.spareCapacity();
            spareRamp = market.spareRampMonths();
            leakage = market.leakage();
            double eta = Math.abs(market.demandElasticity()) + market.supplyElasticity();
            inverseEta = eta == 0 ? Double.POSITIVE_INFINITY : 1 / eta;
            priceCap = market.priceCap();
            subMax = market.substitution().maxFraction();
            subLag = market.substitution().lagMonths();
            subRamp = market.substitution().rampMonths();
            recMax = market.recycling().maxFraction();
            recLag = market.recycling().lagMonths();
            recRamp = market.recycling().rampMonths();
            List<Partner> partners = market.partners();
            partnerCapacity =
                    partners.stream().mapToDouble(Partner::capacityFraction).toArray();
            partnerStart = partners.stream().map(Partner::startMonth).toArray(Distribution[]::new);
            partnerRamp = partners.stream().mapToDouble(Partner::rampMonths).toArray();
            partnerProbability =
                    partners.stream().mapToDouble(Partner::probability).toArray();
            threshold = spec.threshold();
            recoveryLevel = spec.recoveryLevel();
        }

        /** @return the price index for a shortfall fraction */
        double price(double s) {
            if (s <= 0) {
                return 1;
            }
            if (s >= 1 || inverseEta == Double.POSITIVE_INFINITY) {
                return priceCap;
            }
            return Math.min(priceCap, Math.exp(-Math.log1p(-s) * inverseEta));
        }
    }

    /** A worker's scratch state for one block: reused for every path of the block. */
    static final class PathState {
        final PathStreams streams = new PathStreams();
        final double[] phaseStart;
        final double[] phaseEnd;
        final double[] phaseSeverity;
        final double[] partnerStart;
        double cumulative;
        double monthsToRecovery;
        boolean exceeded;

        PathState(MarketModel model) {
            phaseStart = new double[model.phaseMonths.length];
            phaseEnd = new double[model.phaseMonths.length];
            phaseSeverity = new double[model.phaseMonths.length];
            partnerStart = new double[model.partnerCapacity.length];
        }

        void run(MarketModel m, long seed, int horizon, int paths, int p, double[] shortfalls, double[] prices) {
            streams.reset(seed, 0);
            double at = 0;
            for (int k = 0; k < phaseStart.length; k++) {
                double months = m.phaseMonths[k].quantile(streams.nextUniform());
                phaseSeverity[k] = m.phaseSeverity[k].quantile(streams.nextUniform());
                phaseStart[k] = at;
                at += months;
                phaseEnd[k] = at;
            }
            streams.reset(seed, m.stream);
            double stock = m.stocks.quantile(streams.nextUniform());
            double spare = m.spare.quantile(streams.nextUniform());
            double keep = 1 - m.leakage.quantile(streams.nextUniform());
            for (int j = 0; j < partnerStart.length; j++) {
                double start = m.partnerStart[j].quantile(streams.nextUniform());
                boolean delivered = streams.nextUniform() < m.partnerProbability[j];
                partnerStart[j] = delivered ? start : Double.POSITIVE_INFINITY;
            }
            double cum = 0;
            int last = -1;
            boolean above = false;
            for (int t = 0; t < horizon; t++) {
                double severity = 0;
                for (int k = 0; k < phaseStart.length; k++) {
                    double overlap = Math.min(t + 1, phaseEnd[k]) - Math.max(t, phaseStart[k]);
                    if (overlap > 0) {
                        severity += phaseSeverity[k] * overlap;
                    }
                }
                double lost = m.issuerShare * severity * keep;
                double relief = m.subMax * Ramp.of(t - m.subLag, m.subRamp)
                        + m.recMax * Ramp.of(t - m.recLag, m.recRamp)
                        + spare * Ramp.of(t, m.spareRamp);
                for (int j = 0; j < partnerStart.length; j++) {
                    relief += m.partnerCapacity[j] * Ramp.of(t - partnerStart[j], m.partnerRamp[j]);
                }
                double gap = lost - relief;
                if (gap < 0) {
                    gap = 0;
                }
                double draw = Math.min(Math.min(stock, m.maxRelease), Math.max(0, gap - m.trigger));
                stock -= draw;
                double s = gap - draw;
                int cell = t * paths + p;
                shortfalls[cell] = s;
                prices[cell] = m.price(s);
                cum += s;
                if (s > m.recoveryLevel) {
                    last = t;
                }
                if (s > m.threshold) {
                    above = true;
                }
            }
            cumulative = cum;
            monthsToRecovery = last + 1;
            exceeded = above;
        }
    }
}
