package lodestone.report.scenario;

import java.util.List;
import java.util.Objects;
import java.util.Set;
import lodestone.model.knowledge.KnowledgeSnapshot;
import lodestone.report.Lookup;
import lodestone.report.Query;
import lodestone.report.QueryError;
import lodestone.report.QueryException;
import lodestone.report.ReportContext;
import lodestone.sim.engine.MonteCarloEngine;
import lodestone.sim.engine.Progress;
import lodestone.sim.engine.RunOptions;
import lodestone.sim.engine.ScenarioResult;
import lodestone.sim.engine.SimulationTooLargeException;
import lodestone.sim.scenario.BufferSwitches;
import lodestone.sim.scenario.Presets;
import lodestone.sim.scenario.ScenarioBuffers;
import lodestone.sim.scenario.ScenarioException;
import lodestone.sim.scenario.ScenarioReader;
import lodestone.sim.scenario.ScenarioSpec;
import org.jspecify.annotations.Nullable;

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
 * @param without ids or keys of stockpiles and price floors switched off ({@code --without vault}), on top of the
 *     spec's own {@code buffers.without}
 * @param assumeInForce ids or keys of buffers assumed to operate from the scenario's date although the record does not
 *     say so ({@code --assume-in-force vault}): an explicit assumption, written into the result
 */
public record ScenarioQuery(
        String scenario,
        @Nullable String spec,
        @Nullable Integer paths,
        @Nullable Long seed,
        @Nullable Integer horizon,
        @Nullable Integer threads,
        int maxPaths,
        List<String> without,
        List<String> assumeInForce)
        implements Query<SimulationView.View> {
    public ScenarioQuery {
        Objects.requireNonNull(scenario, "scenario");
        without = without == null ? List.of() : List.copyOf(without);
        assumeInForce = assumeInForce == null ? List.of() : List.copyOf(assumeInForce);
    }

    /** A run with the buffers as the record has them on the scenario's date (no switch). */
    public ScenarioQuery(
            String scenario, String spec, Integer paths, Long seed, Integer horizon, Integer threads, int maxPaths) {
        this(scenario, spec, paths, seed, horizon, threads, maxPaths, List.of(), List.of());
    }

    /**
     * @param preset a preset id
     * @return a run of it with the default paths and seed
     */
    public static ScenarioQuery preset(String preset) {
        return new ScenarioQuery(
                preset, null, null, null, null, null, ScenarioDefaults.MAX_PATHS, List.of(), List.of());
    }

    /**
     * A scenario resolved and checked, with its buffers applied and its options: ready to run.
     *
     * @param spec the resolved scenario, with the stocks of the buffers it credits
     * @param options paths, seed, horizon, threads
     * @param buffers what was done with each buffer on record, or null for a spec run as given
     * @param unbuffered the same scenario without the credited buffers, run with the same seed for comparison, or null
     *     if no buffer is credited
     */
    public record Prepared(
            ScenarioSpec spec,
            RunOptions options,
            ScenarioBuffers.@Nullable Applied buffers,
            @Nullable ScenarioSpec unbuffered) {
        public Prepared {
            Objects.requireNonNull(spec, "spec");
            Objects.requireNonNull(options, "options");
        }

        /** A run of a scenario as given, without reading the buffers on record. */
        public Prepared(ScenarioSpec spec, RunOptions options) {
            this(spec, options, null, null);
        }

        /** @return the number of path-markets the run steps through, for progress (twice when compared) */
        public long steps() {
            return (long) options.paths() * spec.markets().size() * (unbuffered == null ? 1 : 2);
        }

        /**
         * @param progress told of finished paths
         * @return the result
         * @throws QueryException if the run would not fit in memory (field {@code paths}; the message gives the limit
         *     and the largest run that fits)
         */
        public SimulationView.View run(Progress progress) {
            try (MonteCarloEngine engine = new MonteCarloEngine(options.threads())) {
                ScenarioResult result = engine.simulate(spec, options, progress);
                ScenarioResult baseline = unbuffered == null ? null : engine.simulate(unbuffered, options, progress);
                return SimulationView.View.of(spec, result, buffers, baseline);
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
        int n = Lookup.within(paths, ScenarioDefaults.PATHS, "paths", 1, maxPaths);
        Lookup.within(horizon, "horizon", 1, ScenarioDefaults.MAX_HORIZON_MONTHS);
        Lookup.within(threads, "threads", 1, ScenarioDefaults.MAX_THREADS);
        RunOptions options = RunOptions.of(n, seed == null ? ScenarioDefaults.SEED : seed);
        options = threads == null ? options : options.withThreads(threads);
        options = horizon == null ? options : options.withHorizon(horizon);
        ScenarioSpec resolved = resolved(context.snapshot());
        ScenarioBuffers.Applied applied;
        try {
            BufferSwitches switches = (spec == null
                            ? BufferSwitches.NONE
                            : ScenarioReader.bufferSwitches(spec, scenario))
                    .and(new BufferSwitches(Set.copyOf(without), Set.copyOf(assumeInForce)));
            applied = ScenarioBuffers.apply(resolved, context.snapshot().buffers(), switches);
        } catch (ScenarioException e) {
            throw new QueryException(QueryError.BAD_SCENARIO, "buffers", e.getMessage(), e.problems());
        } catch (IllegalArgumentException e) {
            throw QueryException.badParameter(
                    String.valueOf(e.getMessage()).startsWith("--assume") ? "assumeInForce" : "without",
                    e.getMessage());
        }
        return new Prepared(applied.spec(), options, applied, applied.credited() ? resolved : null);
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
