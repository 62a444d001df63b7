package lodestone.bench;

import lodestone.sim.engine.MonteCarloEngine;
import lodestone.sim.engine.Progress;
import lodestone.sim.engine.RunOptions;
import lodestone.sim.engine.ScenarioResult;
import lodestone.sim.scenario.ScenarioSpec;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.TearDown;

/**
 * The scenario engine's timed workload that {@link ScenarioBenchmark} and {@link EngineVersusLeanBenchmark} share:
 * 10,000 paths over 120 months with seed {@value #SEED}, on an engine of a given number of threads that is closed
 * after the trial. A subclass picks the scenario and threads in its set-up ({@link #prepare}).
 */
@SuppressWarnings("NullAway.Init") // prepare(), called from the subclasses' @Setup methods, sets the fields
public abstract class EngineBenchmark extends TimedBenchmark {
    /** The seed of every timed run, so that each operation computes the same numbers. */
    static final long SEED = 7;

    /** Disruption paths per run. */
    @Param({"10000"})
    int paths;

    /** Months per path. */
    @Param({"120"})
    int months;

    private MonteCarloEngine engine;
    private ScenarioSpec spec;
    private RunOptions options;

    /**
     * @param scenario the scenario to run
     * @param threads the engine's threads
     */
    void prepare(ScenarioSpec scenario, int threads) {
        spec = scenario;
        options = RunOptions.of(paths, SEED).withHorizon(months).withThreads(threads);
        engine = new MonteCarloEngine(threads);
    }

    /** @return one run of the scenario on the engine */
    ScenarioResult simulate() {
        return engine.simulate(spec, options, Progress.NONE);
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        engine.close();
    }
}
