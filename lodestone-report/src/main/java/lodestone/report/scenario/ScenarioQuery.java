package lodestone.report.scenario;

import java.util.Objects;
import lodestone.model.knowledge.KnowledgeSnapshot;
import lodestone.report.Lookup;
import lodestone.report.Query;
import lodestone.report.QueryError;
import lodestone.report.QueryException;
import lodestone.report.ReportContext;
import lodestone.sim.engine.MonteCarloEngine;
import lodestone.sim.engine.Progress;
import lodestone.sim.engine.RunOptions;
import lodestone.sim.engine.SimulationTooLargeException;
import lodestone.sim.scenario.Presets;
import lodestone.sim.scenario.ScenarioException;
import lodestone.sim.scenario.ScenarioReader;
import lodestone.sim.scenario.ScenarioSpec;

/**
 * A disruption scenario run: a shipped preset, or a spec (YAML or JSON text), resolved against the knowledge base and
 * simulated with a seed. The same seed gives the same numbers on any number of threads.
 *
 * @param scenario a preset id, or a name for the spec (its file, "the posted spec")
 * @param spec the spec's text, or null to run the preset named by {@code scenario}
 * @param paths Monte Carlo paths, or null for {@link ScenarioDefaults#PATHS}
 * @param seed the seed, or null for {@link ScenarioDefaults#SEED}
 * @param horizon months to simulate, or null for the scenario's own
 * @param threads worker threads, or null for every core
 * @param maxPaths the most paths the face allows
 */
public record ScenarioQuery(
        String scenario, String spec, Integer paths, Long seed, Integer horizon, Integer threads, int maxPaths)
        implements Query<SimulationView.View> {
    public ScenarioQuery {
        Objects.requireNonNull(scenario, "scenario");
    }

    /**
     * @param preset a preset id
     * @return a run of it with the default paths and seed
     */
    public static ScenarioQuery preset(String preset) {
        return new ScenarioQuery(preset, null, null, null, null, null, ScenarioDefaults.MAX_PATHS);
    }

    /**
     * A scenario resolved and checked, with its options: ready to run.
     *
     * @param spec the resolved scenario
     * @param options paths, seed, horizon, threads
     */
    public record Prepared(ScenarioSpec spec, RunOptions options) {
        /** @return the number of path-markets the run steps through, for progress */
        public long steps() {
            return (long) options.paths() * spec.markets().size();
        }

        /**
         * @param progress told of finished paths
         * @return the result
         * @throws QueryException if the run would not fit in memory (field {@code paths}; the message gives the limit
         *     and the largest run that fits)
         */
        public SimulationView.View run(Progress progress) {
            try (MonteCarloEngine engine = new MonteCarloEngine(options.threads())) {
                return SimulationView.View.of(spec, engine.simulate(spec, options, progress));
            } catch (SimulationTooLargeException e) {
                throw QueryException.badParameter("paths", e.getMessage());
            }
        }
    }

    /**
     * @param context the knowledge
     * @return the scenario resolved against the knowledge base, with its options
     * @throws QueryException if the preset is unknown, the spec has problems or an option is out of range
     */
    public Prepared prepare(ReportContext context) {
        int n = paths == null ? ScenarioDefaults.PATHS : Lookup.within(paths, "paths", 1, maxPaths);
        Lookup.within(horizon, "horizon", 1, ScenarioDefaults.MAX_HORIZON_MONTHS);
        Lookup.within(threads, "threads", 1, ScenarioDefaults.MAX_THREADS);
        RunOptions options = RunOptions.of(n, seed == null ? ScenarioDefaults.SEED : seed);
        options = threads == null ? options : options.withThreads(threads);
        options = horizon == null ? options : options.withHorizon(horizon);
        return new Prepared(resolved(context.snapshot()), options);
    }

    @Override
    public SimulationView.View answer(ReportContext context) {
        return prepare(context).run(Progress.NONE);
    }

    private ScenarioSpec resolved(KnowledgeSnapshot snapshot) {
        try {
            ScenarioSpec parsed;
            if (spec != null) {
                parsed = ScenarioReader.read(spec, scenario, snapshot.minerals());
            } else if (ScenarioLibrary.presetText(scenario).isPresent()) {
                parsed = ScenarioLibrary.preset(scenario, snapshot);
            } else {
                throw new QueryException(
                        QueryError.UNKNOWN_SCENARIO,
                        "preset",
                        "scenario (" + scenario + ") is neither a preset nor a file.\nMaybe use one of: "
                                + String.join(", ", Presets.IDS) + ".");
            }
            return ScenarioLibrary.resolve(parsed, snapshot);
        } catch (ScenarioException e) {
            String first = e.problems().isEmpty() ? "spec" : e.problems().get(0).split(" ", -1)[0];
            throw new QueryException(QueryError.BAD_SCENARIO, first, e.getMessage(), e.problems());
        } catch (IllegalArgumentException e) {
            throw new QueryException(QueryError.NO_DATA, "spec", e.getMessage());
        }
    }
}
