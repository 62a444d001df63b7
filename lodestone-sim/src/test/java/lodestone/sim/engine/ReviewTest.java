package lodestone.sim.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import lodestone.model.mineral.MineralId;
import lodestone.sim.Fixtures;
import lodestone.sim.scenario.Distribution;
import lodestone.sim.scenario.Market;
import lodestone.sim.scenario.Phase;
import lodestone.sim.scenario.ScenarioSpec;
import org.junit.jupiter.api.Test;

/**
 * The review that may end a phase: lifted, the measure ends there; extended, it goes on to the next phase, or the last
 * phase runs again for its own length, reviewed again at each new end. A review that always continues, or a last one
 * that never extends, leaves every result as without it.
 */
class ReviewTest {
    private static final MineralId GA = MineralId.of("gallium");

    /** Two months of a full ban, then three of half a ban. */
    private static final Phase BAN = new Phase(Distribution.fixed(2), Distribution.fixed(1));

    private static final Phase HALF = new Phase(Distribution.fixed(3), Distribution.fixed(0.5));

    /** Everyone depends on China and holds no stock: the shortfall is the share refused. */
    private static ScenarioSpec spec(List<Phase> phases, int horizon) {
        return Fixtures.chinaCut(
                "review", Market.bare(GA, Map.of("CN", 1.0)), phases, Optional.empty(), Optional.empty(), horizon);
    }

    /** The phases' ends on one path, reviews decided (months from the start). */
    private static double[] ends(List<Phase> phases, int horizon, long seed) {
        ScenarioSpec spec = spec(phases, horizon);
        PathSimulator simulator =
                new PathSimulator(new MarketModel(spec, spec.markets().get(0), 0));
        simulator.run(seed, horizon, 0, new PathTile(new MonthlyStore(1, horizon), horizon));
        return simulator.phaseEnds();
    }

    private static MarketResult run(List<Phase> phases, int horizon, int paths) {
        return MonteCarloEngine.run(
                        spec(phases, horizon), RunOptions.of(paths, 3).withThreads(1))
                .markets()
                .get(0);
    }

    @Test
    void aLiftedMeasureEndsWithItsPhaseAndAnExtendedOneGoesOn() {
        for (long seed = 0; seed < 20; seed++) {
            // lifted at the review after two months: the half ban takes no time
            assertThat(ends(List.of(BAN.withExtension(0), HALF), 12, seed)).containsExactly(2, 2);
            // extended: the half ban follows as written, and the measure ends after it
            assertThat(ends(List.of(BAN.withExtension(1), HALF), 12, seed)).containsExactly(2, 5);
            // the last phase extended at every review: two more months at a time until it stands past the horizon
            assertThat(ends(List.of(BAN, HALF.withExtension(1)), 12, seed)).containsExactly(2, 14);
            assertThat(ends(List.of(BAN.withExtension(1)), 7, seed)).containsExactly(8);
            // never extended: as written
            assertThat(ends(List.of(BAN, HALF.withExtension(0)), 12, seed)).containsExactly(2, 5);
            // a last phase that takes no time is not extended, however likely the extension (nothing to repeat)
            Phase instant = new Phase(Distribution.fixed(0), Distribution.fixed(1)).withExtension(1);
            assertThat(ends(List.of(BAN, instant), 12, seed)).containsExactly(2, 2);
        }
    }

    @Test
    void aReviewThatAlwaysContinuesOrNeverExtendsChangesNothing() {
        MarketResult plain = run(List.of(BAN, HALF), 9, 64);
        MarketResult continues = run(List.of(BAN.withExtension(1), HALF.withExtension(0)), 9, 64);
        for (int t = 0; t < 9; t++) {
            for (Series series : Series.values()) {
                assertThat(continues.months().get(t).band(series))
                        .as(series + " in month " + t)
                        .isEqualTo(plain.months().get(t).band(series));
            }
        }
    }

    @Test
    void eachReviewExtendsWithItsProbability() {
        // a full ban of two months, reviewed at each end with q = 0.6: in force in months 2-3 on a share q of the
        // paths, in months 4-5 on q², in months 6-7 on q³; with nothing in stock a path's shortfall is 1 in force and
        // 0 after it, so the share of paths above the threshold (0.5) is the share in force
        double q = 0.6;
        MarketResult result = run(List.of(BAN.withExtension(q)), 8, 8_000);
        double[] inForce = {1, 1, q, q, q * q, q * q, q * q * q, q * q * q};
        for (int t = 0; t < 8; t++) {
            // within about four standard errors of a share estimated on 8,000 paths (at most 0.0056)
            assertThat(result.months().get(t).probabilityAboveThreshold())
                    .as("month " + t)
                    .isCloseTo(inForce[t], within(0.025));
        }
        // before the first review nothing moved: the first two months are the ban's on every path
        assertThat(result.months().get(1).shortfall().p10()).isEqualTo(1);
    }

    @Test
    void aPhaseLiftedAtItsReviewEndsPrecautionWithIt() {
        // lifted after the ban on every path: month 2 trades freely and nothing is refused
        MarketResult lifted = run(List.of(BAN.withExtension(0), HALF), 6, 16);
        assertThat(lifted.months().get(2).shortfall().p90()).isZero();
        // extended: month 2 refuses half of what is ordered, and no buyer holds stock to draw
        MarketResult extended = run(List.of(BAN.withExtension(1), HALF), 6, 16);
        assertThat(extended.months().get(2).shortfall().p10()).isPositive();
    }
}
