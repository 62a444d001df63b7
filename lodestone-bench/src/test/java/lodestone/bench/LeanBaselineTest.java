package lodestone.bench;

import static org.assertj.core.api.Assertions.assertThatCode;

import lodestone.sim.engine.MonteCarloEngine;
import lodestone.sim.engine.Progress;
import lodestone.sim.engine.RunOptions;
import lodestone.sim.engine.ScenarioResult;
import lodestone.sim.scenario.ScenarioSpec;
import org.junit.jupiter.api.Test;

/**
 * The lean baseline computes the engine's model: {@code EngineVersusLeanBenchmark}'s set-up check, run on the
 * benchmark's scenario at few paths, so that a change to the model the lean loop does not follow fails the build
 * instead of the next benchmark run (docs/benchmarks.md).
 */
class LeanBaselineTest {
    private static final int PATHS = 600;
    private static final int MONTHS = 120;

    @Test
    void computesTheEnginesNumbersEveryMonth() {
        ScenarioSpec spec = ScenarioBenchmark.firstMarket(ScenarioBenchmark.reinstated());
        ScenarioResult engine;
        try (MonteCarloEngine simulator = new MonteCarloEngine(1)) {
            engine = simulator.simulate(
                    spec,
                    RunOptions.of(PATHS, EngineBenchmark.SEED)
                            .withHorizon(MONTHS)
                            .withThreads(1),
                    Progress.NONE);
        }
        double[] lean = new LeanBaseline(spec).run(PATHS, MONTHS, EngineBenchmark.SEED);

        assertThatCode(() -> EngineVersusLeanBenchmark.verify(engine, lean)).doesNotThrowAnyException();
    }
}
