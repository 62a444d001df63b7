package lodestone.sim.engine;

import static org.assertj.core.api.Assertions.assertThat;

import lodestone.sim.Fixtures;
import lodestone.sim.scenario.ScenarioSpec;
import org.junit.jupiter.api.Test;

/** A seed gives the same numbers on any number of threads; another seed gives other numbers. */
class ReproducibilityTest {
    /** The reinstated preset cut to three markets (with partners, substitution and licensing), to stay quick. */
    private static final ScenarioSpec SPEC = three(Fixtures.resolved(Fixtures.preset("china-ree-2025-10-reinstated")));

    private static ScenarioSpec three(ScenarioSpec spec) {
        return spec.withMarkets(spec.markets().subList(0, 3));
    }

    @Test
    void sameSeedSameNumbersOnOneTwoAndFiveThreads() {
        RunOptions options = RunOptions.of(1_000, 7).keepingPaths();
        ScenarioResult one = MonteCarloEngine.run(SPEC, options.withThreads(1));
        ScenarioResult two = MonteCarloEngine.run(SPEC, options.withThreads(2));
        ScenarioResult five = MonteCarloEngine.run(SPEC, options.withThreads(5));
        assertThat(two).isEqualTo(one);
        assertThat(five).isEqualTo(one);
        assertThat(one.markets().get(0).paths()).isPresent();
    }

    @Test
    void anEngineReusedAcrossRunsGivesTheSameNumbers() {
        try (MonteCarloEngine engine = new MonteCarloEngine(2)) {
            ScenarioResult first = engine.simulate(SPEC, RunOptions.of(1_000, 7), Progress.NONE);
            engine.simulate(SPEC.withHorizon(6), RunOptions.of(2_000, 8), Progress.NONE);
            assertThat(engine.simulate(SPEC, RunOptions.of(1_000, 7), Progress.NONE))
                    .isEqualTo(first);
        }
    }

    @Test
    void anotherSeedGivesOtherNumbers() {
        ScenarioResult a = MonteCarloEngine.run(SPEC, RunOptions.of(1_000, 7));
        ScenarioResult b = MonteCarloEngine.run(SPEC, RunOptions.of(1_000, 8));
        assertThat(b.markets().get(0).cumulativeShortfall())
                .isNotEqualTo(a.markets().get(0).cumulativeShortfall());
    }
}
