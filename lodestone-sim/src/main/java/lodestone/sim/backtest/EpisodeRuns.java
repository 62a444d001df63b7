package lodestone.sim.backtest;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.Predicate;
import lodestone.sim.engine.MonteCarloEngine;
import lodestone.sim.scenario.Behaviour;
import org.jspecify.annotations.Nullable;

/**
 * The back-test runs the folds make, each behaviour run at most once on each episode. The cross-validation's folds and
 * the predictive bands' inner folds ask for the same behaviour on the same episode again and again (five of the ten
 * development folds choose what every row chooses, and a fold's choice is run on its held-out episode, then on each of
 * its training episodes for the in-sample variant): measured at 1,000 paths, 168 of the 210 episode runs after the
 * grid repeated one made before (docs/benchmarks.md, "The calibration's cost").
 *
 * <p>Reusing a run is exact: {@link Backtest#run} scores each episode on its own scenarios alone, every scenario with
 * the same paths and seed, and the engine's results depend on nothing else (the same seed gives bit-identical
 * results, {@link MonteCarloEngine}); the evidence for a behaviour is a function of the behaviour ({@link
 * ParsedEpisodes}). So the rows of a behaviour on an episode are the same whenever they are asked for, and a report
 * here equals {@link Backtest#run} on the same episodes, row for row. Not safe for concurrent use (nor is the engine).
 */
final class EpisodeRuns {
    private final Function<Behaviour, List<Episode>> evidence;
    private final MonteCarloEngine engine;
    private final int paths;
    private final long seed;
    private final Map<Behaviour, Map<String, List<Row>>> done = new HashMap<>();
    private @Nullable List<String> ids;

    /**
     * @param evidence the episodes for a behaviour
     * @param engine the engine
     * @param paths paths per scenario
     * @param seed the seed, the same for every run
     */
    EpisodeRuns(Function<Behaviour, List<Episode>> evidence, MonteCarloEngine engine, int paths, long seed) {
        this.evidence = evidence;
        this.engine = engine;
        this.paths = paths;
        this.seed = seed;
    }

    /**
     * Keeps the rows of a report run on the same evidence with the same paths and seed, whole episodes only (as {@link
     * Backtest#run} gives them), so that they are not run again.
     *
     * @param behaviour the behaviour it was run under
     * @param report its rows
     */
    void keep(Behaviour behaviour, Report report) {
        Map<String, List<Row>> byEpisode = new LinkedHashMap<>();
        for (Row row : report.rows()) {
            byEpisode.computeIfAbsent(row.episode(), e -> new ArrayList<>()).add(row);
        }
        Map<String, List<Row>> kept = done.computeIfAbsent(behaviour, b -> new HashMap<>());
        byEpisode.forEach((episode, rows) -> kept.putIfAbsent(episode, List.copyOf(rows)));
    }

    /**
     * @param behaviour the behaviour
     * @param episodes which episodes to score, by id
     * @param label the report's label
     * @return the rows of those episodes under the behaviour, in the evidence's order: {@link Backtest#run} on them
     */
    Report run(Behaviour behaviour, Predicate<String> episodes, String label) {
        Map<String, List<Row>> kept = done.computeIfAbsent(behaviour, b -> new HashMap<>());
        List<String> order = ids;
        if (order == null || !order.stream().filter(episodes).allMatch(kept::containsKey)) {
            // something to run: the evidence under this behaviour (its episodes, in order, are the same under any)
            List<Episode> all = evidence.apply(behaviour);
            order = all.stream().map(Episode::id).toList();
            ids = order;
            for (Episode episode : all) {
                if (episodes.test(episode.id()) && !kept.containsKey(episode.id())) {
                    kept.put(
                            episode.id(),
                            Backtest.run(List.of(episode), engine, paths, seed, label)
                                    .rows());
                }
            }
        }
        List<Row> rows = new ArrayList<>();
        for (String id : order) {
            if (episodes.test(id)) {
                rows.addAll(Objects.requireNonNull(kept.get(id), id)); // run above if it was not kept
            }
        }
        return new Report(label, rows);
    }
}
