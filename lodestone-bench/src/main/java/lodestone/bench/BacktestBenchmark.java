package lodestone.bench;

import java.util.List;
import java.util.function.Function;
import lodestone.model.knowledge.EditionChoice;
import lodestone.model.knowledge.KnowledgeSnapshot;
import lodestone.report.ClasspathText;
import lodestone.sim.backtest.Backtest;
import lodestone.sim.backtest.Calibration;
import lodestone.sim.backtest.Episode;
import lodestone.sim.backtest.Episodes;
import lodestone.sim.backtest.Report;
import lodestone.sim.engine.MonteCarloEngine;
import lodestone.sim.scenario.Behaviour;
import lodestone.store.baseline.BundledKnowledge;
import lodestone.store.reference.ReferenceData;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.TearDown;

/**
 * The unit of work of {@code backtest --calibrate --cross-validate}: one candidate of the calibration's grid run on the
 * development evidence (every shipped episode with its development records' rows) at the command's floor of 100 paths,
 * on an engine of one thread, as each of the command's workers runs it; the command runs 864 of them, then the folds'
 * choices. After the selections were made cheap (docs/benchmarks.md, suite17) this is the command's cost: the engine's
 * month loop ({@code PathSimulator}) and the rows' scoring from the kept paths; the month bands, which the back-test
 * does not read, are no longer worked out (suite18: 27.1 to 20.3 ms). Average time per run.
 */
public class BacktestBenchmark extends TimedBenchmark {
    @Param({"100"})
    int paths;

    private MonteCarloEngine engine;
    private Function<Behaviour, List<Episode>> evidence;

    @Setup(Level.Trial)
    public void setUp() {
        KnowledgeSnapshot snapshot =
                EditionChoice.latest().apply(BundledKnowledge.snapshot(ReferenceData.load(), EditionChoice.all()));
        evidence =
                Calibration.development(resource -> ClasspathText.read(Episodes.class, resource), snapshot.minerals());
        engine = new MonteCarloEngine(1);
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        engine.close();
    }

    @Benchmark
    public Report candidate() {
        return Backtest.run(evidence.apply(Behaviour.CALIBRATED), engine, paths, 7, "one candidate");
    }
}
