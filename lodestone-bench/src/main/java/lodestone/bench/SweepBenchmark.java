package lodestone.bench;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import lodestone.model.mineral.MineralId;
import lodestone.sim.engine.MonteCarloEngine;
import lodestone.sim.engine.Progress;
import lodestone.sim.sweep.Ranking;
import lodestone.sim.sweep.Sweep;
import lodestone.sim.sweep.SweepCell;
import lodestone.sim.sweep.SweepRow;
import lodestone.sim.sweep.SweepSettings;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The USGS-style screen: 60 minerals × 5 supplier countries × 4 severities = 1,200 one-year scenarios, 10,000 paths
 * each, with seeded synthetic supply shares (the benchmark measures the engine, not the knowledge base).
 */
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 1)
@Measurement(iterations = 3)
public class SweepBenchmark extends SingleShotBenchmark {
    @Param({"2"})
    int threads;

    @Param({"10000"})
    int paths;

    private MonteCarloEngine engine;
    private List<SweepCell> cells;

    @Setup(Level.Trial)
    public void setUp() {
        SplittableRandom random = new SplittableRandom(42);
        String[] countries = {"CN", "AU", "BR", "CD", "ZA", "RU", "CL", "ID", "CA", "JP"};
        Map<MineralId, Map<String, Double>> supply = new LinkedHashMap<>();
        for (int m = 0; m < 60; m++) {
            Map<String, Double> mix = new LinkedHashMap<>();
            double left = 1;
            for (int c = 0; c < 5; c++) {
                double share = left * random.nextDouble(0.2, 0.7);
                mix.put(countries[(m + c) % countries.length], share);
                left -= share;
            }
            mix.put("OTHER", left);
            supply.put(MineralId.of("mineral-" + m), mix);
        }
        cells = Sweep.grid(supply, 5, new double[] {0.25, 0.5, 0.75, 1.0}, Map.of());
        if (cells.size() != 1200) {
            throw new IllegalStateException("expected 1200 cells, got " + cells.size());
        }
        engine = new MonteCarloEngine(threads);
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        engine.close();
    }

    @Benchmark
    public List<SweepRow> sweep() {
        return Sweep.run(engine, cells, SweepSettings.DEFAULT, "US", paths, 0, Ranking.STOP, Progress.NONE);
    }
}
