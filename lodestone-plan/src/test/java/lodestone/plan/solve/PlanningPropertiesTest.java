package lodestone.plan.solve;

import static lodestone.plan.OptionFixture.constant;
import static lodestone.plan.OptionFixture.flow;
import static lodestone.plan.OptionFixture.random;
import static lodestone.plan.OptionFixture.stockpile;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.longs;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import lodestone.plan.OptionFixture;
import lodestone.plan.option.PlanOption;
import lodestone.plan.path.PathMatrix;
import lodestone.sim.scenario.Distribution;
import org.junit.jupiter.api.Test;

/** Invariants of the optimiser on random instances. */
class PlanningPropertiesTest {
    private static final double M = 1e6;

    /** A random instance: 4–6 options of every kind, some all-or-nothing, some uncertain. */
    static List<PlanOption> options(long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        List<PlanOption> options = new ArrayList<>();
        int n = 4 + random.nextInt(3);
        for (int i = 0; i < n; i++) {
            if (i == n - 1) {
                options.add(stockpile(
                        "s" + i,
                        0.5 + 3 * random.nextDouble(),
                        0.05 + 0.5 * random.nextDouble(),
                        (10 + 200 * random.nextDouble()) * M));
                continue;
            }
            double first = 12 * random.nextDouble();
            options.add(flow(
                    "o" + i,
                    0.02 + 0.3 * random.nextDouble(),
                    Distribution.uniform(first, first + 6 * random.nextDouble()),
                    random.nextInt(7),
                    random.nextDouble(),
                    (10 + 300 * random.nextDouble()) * M,
                    random.nextInt(3) == 0,
                    random.nextBoolean() ? "AU" : "CA"));
        }
        return options;
    }

    @Test
    void raisingTheBudgetNeverRaisesTheOptimalTailShortfall() {
        qt().withFixedSeed(19L)
                .withExamples(12)
                .forAll(longs().all(), doubles().between(0, 600), doubles().between(0, 300))
                .checkAssert((seed, budget, more) -> {
                    PathMatrix paths = random(200, 24, seed);
                    try (PortfolioOptimizer low = new PortfolioOptimizer(options(seed), paths, seed, 0.95, 1);
                            PortfolioOptimizer high = new PortfolioOptimizer(options(seed), paths, seed, 0.95, 1)) {
                        double a = low.solve(budget * M, 1, List.of()).cvar();
                        double b = high.solve((budget + more) * M, 1, List.of()).cvar();
                        assertThat(b).isLessThanOrEqualTo(a + PortfolioOptimizer.TOLERANCE * Math.max(1, a));
                    }
                });
    }

    @Test
    void anOptionThatNeverDeliversIsNeverChosen() {
        qt().withFixedSeed(20L)
                .withExamples(12)
                .forAll(longs().all(), doubles().between(0, 2000))
                .checkAssert((seed, budget) -> {
                    List<PlanOption> options = new ArrayList<>(options(seed));
                    // cheap and large, but with zero probability of delivery
                    options.add(flow("never", 0.9, Distribution.fixed(0), 0, 0, 1 * M, false, "AU"));
                    options.add(flow("never-whole", 0.9, Distribution.fixed(0), 0, 0, 1 * M, true, "CA"));
                    try (PortfolioOptimizer optimizer =
                            new PortfolioOptimizer(options, random(200, 24, seed), seed, 0.95, 1)) {
                        double[] levels =
                                optimizer.solve(budget * M, 1, List.of()).levels();
                        assertThat(levels[options.size() - 2]).isZero();
                        assertThat(levels[options.size() - 1]).isZero();
                    }
                });
    }

    @Test
    void theSameSeedGivesTheSamePlanOnAnyThreadCount() {
        List<PlanOption> options = options(5);
        PathMatrix paths = random(1000, 36, 5);
        double[] one;
        double cvarOne;
        try (PortfolioOptimizer optimizer = new PortfolioOptimizer(options, paths, 42, 0.95, 1)) {
            Solution solution = optimizer.solve(300 * M, 1, List.of());
            one = solution.levels();
            cvarOne = solution.cvar();
        }
        for (int threads : new int[] {2, 3}) {
            try (PortfolioOptimizer optimizer = new PortfolioOptimizer(options, paths, 42, 0.95, threads)) {
                Solution solution = optimizer.solve(300 * M, 1, List.of());
                assertThat(solution.levels()).containsExactly(one);
                assertThat(solution.cvar()).isEqualTo(cvarOne);
            }
        }
    }

    @Test
    void infeasibleConstraintsAreNamedWithTheirShortfall() {
        List<PlanOption> options = List.of(
                OptionFixture.committed(flow("committed-mine", 0.2, 0, 0, 1, 800 * M), 1),
                OptionFixture.committed(stockpile("reserve", 2, 0.5, 400 * M), 0.5),
                flow("other", 0.2, 0, 0, 1, 100 * M));
        try (PortfolioOptimizer optimizer = new PortfolioOptimizer(options, constant(10, 12, 12, 0.5), 1, 0.95, 1)) {
            assertThatThrownBy(() -> optimizer.solve(500 * M, 1, List.of()))
                    .isInstanceOf(PlanInfeasibleException.class)
                    .hasMessageContaining("budget (US$500,000,000) would have to grow by US$500,000,000")
                    .hasMessageContaining("minimum level of option committed-mine (1.00 in XX, US$800,000,000)")
                    .hasMessageContaining("minimum level of option reserve (0.50 in US, US$200,000,000)")
                    .hasMessageContaining("Maybe raise the budget");
            assertThat(optimizer.solve(1000 * M, 1, List.of()).spent()).isGreaterThanOrEqualTo(1000 * M - 1);
        }
    }

    @Test
    void aCountryCapThatTheCommittedOptionsExceedIsNamed() {
        List<PlanOption> options = List.of(
                OptionFixture.committed(flow("committed-mine", 0.2, 0, 0, 1, 800 * M), 1),
                flow("other", 0.2, 0, 0, 1, 100 * M));
        try (PortfolioOptimizer optimizer = new PortfolioOptimizer(options, constant(10, 12, 12, 0.5), 1, 0.95, 1)) {
            assertThatThrownBy(() -> optimizer.solve(1000 * M, 0.5, List.of()))
                    .isInstanceOf(PlanInfeasibleException.class)
                    .hasMessageContaining("spending cap for XX (50 % of the budget, US$500,000,000) is exceeded by"
                            + " US$300,000,000");
        }
    }
}
