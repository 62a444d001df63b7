package lodestone.bench;

import lodestone.sim.engine.Band;
import lodestone.sim.engine.MarketResult;
import lodestone.sim.engine.MonthStatistics;
import lodestone.sim.engine.ScenarioResult;
import lodestone.sim.engine.Series;
import lodestone.sim.scenario.ScenarioSpec;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Setup;

/**
 * The engine against its lean baseline ({@link LeanBaseline}), one market, one thread: the dysprosium market of
 * {@code china-ree-2025-10-reinstated} (licensing, substitution, a partner, the calibrated behaviour) over 10,000
 * paths. The set-up checks that both compute the same monthly numbers before anything is timed; the ratio of the two
 * times is the engine's overhead. See docs/benchmarks.md.
 */
public class EngineVersusLeanBenchmark extends EngineBenchmark {
    private LeanBaseline lean;

    @Setup(Level.Trial)
    public void setUp() {
        ScenarioSpec spec = ScenarioBenchmark.firstMarket(ScenarioBenchmark.reinstated());
        prepare(spec, 1);
        lean = new LeanBaseline(spec);
        verify(simulate(), lean.run(paths, months, SEED));
    }

    /** Throws unless the lean loop and the engine give the same shortfall and price quantiles every month. */
    static void verify(ScenarioResult result, double[] leanNumbers) {
        MarketResult market = result.markets().get(0);
        for (int t = 0; t < market.months().size(); t++) {
            MonthStatistics month = market.months().get(t);
            Band shortfall = month.band(Series.SHORTFALL);
            double[] engineNumbers = {
                shortfall.p5(),
                shortfall.p50(),
                shortfall.p95(),
                month.band(Series.PRICE_OUTSIDE).p50(),
                month.band(Series.PRICE_INSIDE).p50()
            };
            for (int i = 0; i < engineNumbers.length; i++) {
                if (engineNumbers[i] != leanNumbers[t * 5 + i]) {
                    throw new IllegalStateException("month " + t + " statistic " + i + ": engine " + engineNumbers[i]
                            + ", lean baseline " + leanNumbers[t * 5 + i] + "; they must compute the same model.");
                }
            }
        }
    }

    @Benchmark
    public ScenarioResult engine() {
        return simulate();
    }

    @Benchmark
    public double[] lean() {
        return lean.run(paths, months, SEED);
    }
}
