package lodestone.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.SplittableRandom;
import lodestone.model.mineral.MineralId;
import lodestone.plan.Plan;
import lodestone.plan.PlanSettings;
import lodestone.plan.Planner;
import lodestone.plan.option.Figure;
import lodestone.plan.option.OptionKind;
import lodestone.plan.option.PlanOption;
import lodestone.plan.option.Reserve;
import lodestone.plan.option.Supply;
import lodestone.plan.path.DisruptionPaths;
import lodestone.plan.path.EnginePathSource;
import lodestone.plan.path.PathMatrix;
import lodestone.plan.path.PathSource;
import lodestone.plan.solve.PortfolioOptimizer;
import lodestone.plan.solve.Solution;
import lodestone.sim.scenario.Distribution;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The planner on one mineral: 10,000 disruption paths of 60 months from the dysprosium market of the preset
 * {@code china-ree-2025-10-reinstated} (supply mix fixed to the knowledge base's rare-earth mix), and 30 seeded
 * synthetic options (20 supply options, a quarter of them all-or-nothing; 3 stockpiles; 7 late new sources) under a
 * budget that binds. {@code optimise} is one budget's optimisation (delivery draws, cutting planes); {@code plan} is the whole
 * {@link Planner#plan} (the optimisation, a 9-point frontier, contributions, the least certain option's failure and
 * the re-simulation, with paths already sampled); {@code samplePaths} is the engine adapter drawing the 10,000 paths.
 * Single-shot times (see docs/benchmarks.md).
 */
@Warmup(iterations = 3)
@Measurement(iterations = 5)
public class PlanBenchmark extends SingleShotBenchmark {
    @Param({"1", "2"})
    int threads;

    @Param({"10000"})
    int paths;

    @Param({"30"})
    int options;

    @Param({"60"})
    int months;

    /** US dollars: binds (the unconstrained optimum costs about US$200m). */
    @Param({"60000000"})
    double budget;

    private EnginePathSource source;
    private DisruptionPaths sampled;
    private DisruptionPaths resampled;
    private List<PlanOption> catalogue;

    @Setup(Level.Trial)
    public void setUp() {
        source = new EnginePathSource(
                ScenarioBenchmark.reinstated(), MineralId.of("dysprosium"), OptionalInt.of(months));
        sampled = source.sample(paths, 7, threads);
        resampled = source.sample(paths, 8, threads);
        catalogue = options(options, 19);
    }

    @Benchmark
    public Solution optimise() {
        try (PortfolioOptimizer optimizer = new PortfolioOptimizer(catalogue, sampled, 7, 0.95, threads)) {
            return optimizer.solve(budget, 1, List.of());
        }
    }

    @Benchmark
    public Plan plan() {
        PathSource fixed = new PathSource() {
            @Override
            public Scope scope() {
                return source.scope();
            }

            @Override
            public DisruptionPaths sample(int count, long seed, int workers) {
                return seed == 7 ? sampled : resampled;
            }
        };
        return Planner.plan(
                fixed, catalogue, new PlanSettings(budget, 0.95, paths, 7, threads, 1, PlanSettings.DEFAULT_FRONTIER));
    }

    @Benchmark
    public DisruptionPaths samplePaths() {
        return PathMatrix.copyOf(source.sample(paths, 7, threads));
    }

    /** Seeded synthetic options shaped like the shipped catalogue's. */
    static List<PlanOption> options(int count, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        List<PlanOption> all = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            Figure cost = Figure.assumed((20 + 480 * random.nextDouble()) * 1e6, "benchmark");
            if (i % 10 == 9 && i < 40) {
                all.add(new PlanOption(
                        "reserve-" + i,
                        "reserve " + i,
                        OptionKind.STOCKPILE,
                        Optional.of("US"),
                        cost,
                        Optional.empty(),
                        Optional.of(new Reserve(
                                Figure.assumed(1 + 5 * random.nextDouble(), "benchmark"),
                                Figure.assumed(0.1 + 0.4 * random.nextDouble(), "benchmark"))),
                        0,
                        1,
                        false,
                        List.of(),
                        ""));
                continue;
            }
            boolean late = i >= count - 6;
            double first = late ? 60 + 36 * random.nextDouble() : 24 * random.nextDouble();
            Supply supply = new Supply(
                    Figure.assumed(0.02 + 0.2 * random.nextDouble(), "benchmark"),
                    Distribution.uniform(first, first + 12 * random.nextDouble()),
                    "benchmark",
                    true,
                    Figure.assumed(random.nextInt(25), "benchmark"),
                    Figure.assumed(0.3 + 0.7 * random.nextDouble(), "benchmark"));
            all.add(new PlanOption(
                    "option-" + i,
                    "option " + i,
                    late ? OptionKind.NEW_SOURCE : OptionKind.OFFTAKE,
                    Optional.of(late ? "BR" : (i % 2 == 0 ? "AU" : "MY")),
                    cost,
                    Optional.of(supply),
                    Optional.empty(),
                    0,
                    1,
                    late || i % 4 == 0,
                    List.of(),
                    ""));
        }
        return all;
    }
}
