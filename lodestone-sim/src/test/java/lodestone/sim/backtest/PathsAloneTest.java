package lodestone.sim.backtest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import lodestone.sim.engine.MarketResult;
import lodestone.sim.engine.MonteCarloEngine;
import lodestone.sim.engine.Progress;
import lodestone.sim.engine.RunOptions;
import lodestone.sim.engine.ScenarioResult;
import lodestone.sim.scenario.Behaviour;
import lodestone.sim.scenario.ScenarioSpec;
import org.junit.jupiter.api.Test;

/**
 * The back-test asks the engine for its paths alone ({@link RunOptions#pathsAlone()}): the same paths and market totals
 * as a run that also works out the month bands, which a row never reads, so the same rows.
 */
class PathsAloneTest {
    private static final Episode EPISODE = HandEpisodes.episode("hand", Behaviour.PRIOR);

    @Test
    void aRunOfPathsAloneIsTheRunWithBandsLessItsMonths() {
        for (ScenarioSpec scenario : EPISODE.scenarios()) {
            for (int threads : new int[] {1, 2}) {
                RunOptions options = new RunOptions(300, 7, OptionalInt.empty(), threads);
                ScenarioResult banded;
                ScenarioResult alone;
                try (MonteCarloEngine engine = new MonteCarloEngine(threads)) {
                    banded = engine.simulate(scenario, options.keepingPaths(), Progress.NONE);
                    alone = engine.simulate(scenario, options.pathsAlone(), Progress.NONE);
                }
                assertThat(banded.markets())
                        .allSatisfy(m -> assertThat(m.months()).isNotEmpty());
                List<MarketResult> withoutMonths = new ArrayList<>();
                for (MarketResult m : banded.markets()) {
                    withoutMonths.add(new MarketResult(
                            m.mineral(),
                            m.product(),
                            m.issuerShare(),
                            List.of(),
                            m.cumulativeShortfall(),
                            m.probabilityAboveThreshold(),
                            m.monthsToRecovery(),
                            m.notRecovered(),
                            m.probabilityOfStop(),
                            m.monthsToFirstStop(),
                            m.paths()));
                }
                assertThat(alone.markets()).as(scenario.id()).isEqualTo(withoutMonths);
                assertThat(alone.firstMonth()).isEqualTo(banded.firstMonth());
            }
        }
    }

    @Test
    void theBacktestScoresEveryRowAsOnTheRunWithBands() {
        try (MonteCarloEngine engine = new MonteCarloEngine(1)) {
            Map<String, ScenarioResult> alone = Backtest.simulate(EPISODE, engine, 200, 5);
            assertThat(alone.values())
                    .allSatisfy(r -> assertThat(r.markets())
                            .allSatisfy(m -> assertThat(m.months()).isEmpty()));
            List<Row> expected = new ArrayList<>();
            for (Observation observation : EPISODE.observations()) {
                ScenarioSpec scenario = EPISODE.scenario(observation.scenario()).orElseThrow();
                ScenarioResult banded = engine.simulate(
                        scenario, new RunOptions(200, 5, OptionalInt.empty(), 1).keepingPaths(), Progress.NONE);
                int market = Markets.find(scenario, observation.market()).orElseThrow();
                expected.add(Backtest.score(
                        EPISODE, observation, banded, banded.markets().get(market)));
            }
            assertThat(Backtest.run(List.of(EPISODE), engine, 200, 5, "alone").rows())
                    .hasSize(EPISODE.observations().size())
                    .isEqualTo(expected);
        }
    }

    @Test
    void aRunWithoutBandsMustKeepItsPaths() {
        assertThatThrownBy(() -> new RunOptions(10, 1, OptionalInt.empty(), 1, false, false))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("must keep its paths")
                .hasMessageContaining("Maybe call pathsAlone()");
        RunOptions alone = RunOptions.of(10, 3).withHorizon(7).pathsAlone();
        assertThat(alone.keepPaths()).isTrue();
        assertThat(alone.monthBands()).isFalse();
        // the copies keep the choice; keeping paths alone keeps the bands
        assertThat(alone.withThreads(3).withHorizon(5).monthBands()).isFalse();
        assertThat(RunOptions.of(10, 3).keepingPaths().monthBands()).isTrue();
    }
}
