package lodestone.sim.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import lodestone.model.mineral.MineralId;
import lodestone.sim.scenario.Distribution;
import lodestone.sim.scenario.Market;
import lodestone.sim.scenario.Phase;
import lodestone.sim.scenario.ScenarioSpec;
import org.junit.jupiter.api.Test;

/** Sizes are checked before a run, in long arithmetic; options and results refuse bad values. */
class EngineLimitsTest {
    private static final ScenarioSpec SPEC = ScenarioSpec.of(
            "limits",
            YearMonth.of(2026, 1),
            12,
            "CN",
            List.of(new Phase(Distribution.fixed(12), Distribution.fixed(1))),
            Market.bare(MineralId.of("gallium"), Map.of("CN", 1.0)));

    @Test
    void theBytesNeededAreCountedInLongsWithoutOverflow() {
        // 10 million paths x 600 months: 6e9 path-months, beyond int
        long needed = MemoryBudget.needed(10_000_000, 600, 1, 2);
        assertThat(needed).isEqualTo(10_000_000L * (29L * 600 + 33 + 8));
        assertThat(MemoryBudget.needed(1, 12, 3, 1)).isEqualTo(29L * 12 * 3 + 33 + 4);
        assertThat(MemoryBudget.BYTES_PER_PATH_MONTH).isEqualTo(4L * Series.values().length + 1);
    }

    @Test
    void aRunTooLargeForThisJvmIsRefusedWithTheLimitAndTheLargestSizeThatFits() {
        // a JVM of 74 MiB with nothing in use: 10 MiB for the engine after the 64 MiB headroom
        try (MonteCarloEngine engine = new MonteCarloEngine(2, new MemoryBudget(74L << 20, () -> 0))) {
            RunOptions huge = new RunOptions(1_000_000, 1, OptionalInt.of(600), 2);
            assertThatThrownBy(() -> engine.simulate(SPEC, huge, Progress.NONE))
                    .isInstanceOfSatisfying(SimulationTooLargeException.class, e -> {
                        long perPath = MemoryBudget.needed(1, 600, 1, 2);
                        assertThat(e.bytesNeeded()).isEqualTo(1_000_000 * perPath);
                        assertThat(e.bytesAvailable()).isEqualTo(10L << 20);
                        assertThat(e.largestPaths())
                                .isEqualTo((int) ((10L << 20) / perPath))
                                .isEqualTo(601);
                        assertThat(e.getMessage())
                                .startsWith("1,000,000 paths x 600 months need about 16.2 GiB")
                                .contains("this JVM can give the engine about 10 MiB (its limit, -Xmx, is 74 MiB)")
                                .contains("At 600 months at most 601 paths fit.")
                                .contains("Maybe lower the paths or the horizon");
                    });
            // at 120 months the largest size it would name runs, one more path does not
            int fits = (int) ((10L << 20) / MemoryBudget.needed(1, 120, 1, 2));
            assertThat(fits).isEqualTo(2_978);
            assertThatThrownBy(() ->
                            engine.simulate(SPEC, new RunOptions(fits + 1, 1, OptionalInt.of(120), 2), Progress.NONE))
                    .isInstanceOf(SimulationTooLargeException.class);
            ScenarioResult result =
                    engine.simulate(SPEC, new RunOptions(fits, 1, OptionalInt.of(120), 2), Progress.NONE);
            assertThat(result.markets().get(0).months()).hasSize(120);
        }
    }

    @Test
    void keepingPathsCountsEveryMarketAtOnce() {
        ScenarioSpec two =
                SPEC.withMarkets(List.of(SPEC.markets().get(0), SPEC.markets().get(0)));
        // 20 MiB for the engine: one market of 30,000 paths x 12 months (11 MiB) fits; two kept at 24 months do not
        try (MonteCarloEngine engine = new MonteCarloEngine(1, new MemoryBudget(84L << 20, () -> 0))) {
            RunOptions options = new RunOptions(30_000, 1, OptionalInt.of(12), 1);
            assertThat(engine.simulate(two, options, Progress.NONE).markets()).hasSize(2);
            assertThatThrownBy(
                            () -> engine.simulate(two, options.withHorizon(24).keepingPaths(), Progress.NONE))
                    .isInstanceOf(SimulationTooLargeException.class)
                    .hasMessageContaining("for 2 markets kept at once");
        }
    }

    @Test
    void sizesPrintInMebibytesOrGibibytes() {
        assertThat(SimulationTooLargeException.bytes(3L << 20)).isEqualTo("3 MiB");
        assertThat(SimulationTooLargeException.bytes(3L << 29)).isEqualTo("1.5 GiB");
    }

    @Test
    void optionsRefuseOutOfRangeValues() {
        assertThatThrownBy(() -> new RunOptions(0, 1, OptionalInt.empty(), 1)).hasMessageContaining("paths (0)");
        assertThatThrownBy(() -> new RunOptions(RunOptions.MAX_PATHS + 1, 1, OptionalInt.empty(), 1))
                .hasMessageContaining("paths (10000001) must be within [1, 10000000]");
        assertThatThrownBy(() -> new RunOptions(10, 1, OptionalInt.of(601), 1)).hasMessageContaining("horizon (601");
        assertThatThrownBy(() -> new RunOptions(10, 1, OptionalInt.of(0), 1)).hasMessageContaining("horizon (0");
        assertThatThrownBy(() -> new RunOptions(10, 1, OptionalInt.empty(), 0)).hasMessageContaining("threads (0)");
        assertThatThrownBy(() -> new RunOptions(10, 1, OptionalInt.empty(), 1025))
                .hasMessageContaining("threads (1025)");
        assertThatThrownBy(() -> new MonteCarloEngine(0)).hasMessageContaining("threads (0) must be at least 1");
        assertThat(new RunOptions(1, 1, OptionalInt.of(1), 1).paths()).isEqualTo(1);
        assertThat(new RunOptions(RunOptions.MAX_PATHS, 1, OptionalInt.of(600), 1024).threads())
                .isEqualTo(1024);
        RunOptions options = RunOptions.of(10, 3).withThreads(4).withHorizon(7).keepingPaths();
        assertThat(options).isEqualTo(new RunOptions(10, 3, OptionalInt.of(7), 4, true));
        assertThat(RunOptions.of(10, 3).keepPaths()).isFalse();
    }

    @Test
    void pathOutcomesGiveEveryPathAndMonthAndCheckIndices() {
        ScenarioResult result =
                MonteCarloEngine.run(SPEC, RunOptions.of(40, 2).withThreads(1).keepingPaths());
        PathOutcomes paths = result.markets().get(0).paths().orElseThrow();
        assertThat(paths.paths()).isEqualTo(40);
        assertThat(paths.months()).isEqualTo(12);
        // a full ban of the only source, no stocks: every month of every path is short by all of it
        assertThat(paths.shortfall(39, 11)).isEqualTo(1.0);
        assertThat(paths.shortfallPath(3)).containsOnly(1.0).hasSize(12);
        assertThat(paths.cumulativeShortfall(0)).isEqualTo(12.0);
        assertThat(paths.monthsToFirstStop(0)).isZero();
        assertThat(paths.value(Series.EXPORTS, 5, 5)).isZero();
        assertThatThrownBy(() -> paths.shortfall(40, 0)).isInstanceOf(IndexOutOfBoundsException.class);
        assertThatThrownBy(() -> paths.shortfall(0, 12)).isInstanceOf(IndexOutOfBoundsException.class);
        assertThatThrownBy(() -> paths.cumulativeShortfall(-1)).isInstanceOf(IndexOutOfBoundsException.class);
        assertThatThrownBy(() -> paths.monthsToFirstStop(40)).isInstanceOf(IndexOutOfBoundsException.class);
        assertThatThrownBy(() -> paths.shortfallPath(40)).isInstanceOf(IndexOutOfBoundsException.class);
        assertThat(paths).hasToString("PathOutcomes[40 paths x 12 months]");
        assertThat(MonteCarloEngine.run(
                                SPEC, RunOptions.of(40, 2).withThreads(2).keepingPaths())
                        .markets()
                        .get(0)
                        .paths()
                        .orElseThrow())
                .isEqualTo(paths)
                .hasSameHashCodeAs(paths);
        assertThat(MonteCarloEngine.run(SPEC, RunOptions.of(40, 2))
                        .markets()
                        .get(0)
                        .paths())
                .isEmpty();
    }

    @Test
    void seriesAreFoundByIdAndEveryMonthNeedsEveryBand() {
        assertThat(Series.find("priceoutside")).contains(Series.PRICE_OUTSIDE);
        assertThat(Series.find("volume")).isEmpty();
        assertThat(Series.PRICE_REALISED.isPrice()).isTrue();
        assertThat(Series.RECEIPTS.isPrice()).isFalse();
        assertThat(Series.EXPORTS.unit()).contains("index");
        assertThat(java.util.Arrays.stream(Series.values()).mapToInt(Series::slot))
                .containsExactly(0, 1, 2, 3, 4, 5, 6);
        assertThatThrownBy(() ->
                        new MonthStatistics(YearMonth.of(2026, 1), Map.of(Series.SHORTFALL, Band.constant(0)), 0, 0))
                .hasMessageContaining("every series needs one");
        assertThat(Band.constant(2)).isEqualTo(new Band(2, 2, 2, 2, 2, 2));
    }

    @Test
    void ranksAreNearestRanksOfTheFiveQuantiles() {
        assertThat(MonteCarloEngine.ranks(100)).containsExactly(4, 9, 49, 89, 94);
        assertThat(MonteCarloEngine.ranks(1)).containsExactly(0, 0, 0, 0, 0);
    }
}
