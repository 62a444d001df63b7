package lodestone.sim.backtest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.stream.Stream;
import lodestone.sim.engine.MonteCarloEngine;
import lodestone.sim.scenario.Behaviour;
import org.junit.jupiter.api.Test;

/** The folds' runs: each behaviour run once on each episode, every report equal to a run of its episodes. */
class EpisodeRunsTest {
    private static final int PATHS = 20;
    private static final long SEED = 5;

    @Test
    void aBehaviourIsRunOnceOnEachEpisodeAndEveryReportEqualsABacktestOfItsEpisodes() {
        AtomicInteger asked = new AtomicInteger();
        Function<Behaviour, List<Episode>> evidence = b -> {
            asked.incrementAndGet();
            return episodes(b);
        };
        Behaviour other = Calibration.grid().get(72).behaviour();
        try (MonteCarloEngine engine = new MonteCarloEngine(1)) {
            EpisodeRuns runs = new EpisodeRuns(evidence, engine, PATHS, SEED);
            Report b = runs.run(Behaviour.PRIOR, "b"::equals, "b alone");
            assertThat(b.label()).isEqualTo("b alone");
            assertThat(b.rows()).isEqualTo(backtest(Behaviour.PRIOR, Set.of("b"), engine));
            assertThat(asked).hasValue(1);
            // a and c are run, b is reused; the rows come in the evidence's order
            Report all = runs.run(Behaviour.PRIOR, id -> true, "all");
            assertThat(all.rows()).isEqualTo(backtest(Behaviour.PRIOR, Set.of("a", "b", "c"), engine));
            assertThat(asked).hasValue(2);
            // everything asked for again is kept: the evidence is not even built
            assertThat(runs.run(Behaviour.PRIOR, Set.of("c", "a")::contains, "again")
                            .rows())
                    .isEqualTo(backtest(Behaviour.PRIOR, Set.of("a", "c"), engine));
            assertThat(asked).hasValue(2);
            // another behaviour is another run, with its own rows
            Report under = runs.run(other, "a"::equals, "other");
            assertThat(under.rows())
                    .isEqualTo(backtest(other, Set.of("a"), engine))
                    .isNotEqualTo(runs.run(Behaviour.PRIOR, "a"::equals, "x").rows());
            int before = asked.get();
            runs.run(other, "a"::equals, "again");
            assertThat(asked).hasValue(before);

            // rows kept from a run made elsewhere are not run again
            EpisodeRuns fresh = new EpisodeRuns(evidence, engine, PATHS, SEED);
            fresh.keep(other, under);
            List<Row> kept = fresh.run(other, "a"::equals, "kept").rows();
            assertThat(kept).hasSameSizeAs(under.rows());
            for (int i = 0; i < kept.size(); i++) {
                assertThat(kept.get(i)).isSameAs(under.rows().get(i));
            }
        }
    }

    private static List<Episode> episodes(Behaviour behaviour) {
        return Stream.of("a", "b", "c")
                .map(id -> HandEpisodes.episode(id, behaviour))
                .toList();
    }

    /** Backtest.run on the episodes named. */
    private static List<Row> backtest(Behaviour behaviour, Set<String> ids, MonteCarloEngine engine) {
        return Backtest.run(
                        episodes(behaviour).stream()
                                .filter(e -> ids.contains(e.id()))
                                .toList(),
                        engine,
                        PATHS,
                        SEED,
                        "x")
                .rows();
    }
}
