package lodestone.plan.path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

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

class EnginePathSourceTest {
    private static final MineralId GALLIUM = MineralId.of("gallium");

    /** China supplies half; it withholds everything for 6 months, then 40 % to the horizon; no mitigation. */
    static ScenarioSpec bare(Distribution firstPhase) {
        return ScenarioSpec.of(
                "test",
                YearMonth.of(2026, 1),
                12,
                "CN",
                List.of(
                        new Phase(firstPhase, Distribution.fixed(1)),
                        new Phase(Distribution.fixed(24), Distribution.fixed(0.4))),
                Market.bare(GALLIUM, Map.of("CN", 0.5, "OTHER", 0.5)));
    }

    @Test
    void aBareMarketGivesTheClosedFormShortfallOnEveryPath() {
        DisruptionPaths paths =
                new EnginePathSource(bare(Distribution.fixed(6)), GALLIUM, OptionalInt.empty()).sample(50, 3, 1);
        assertThat(paths.paths()).isEqualTo(50);
        assertThat(paths.months()).isEqualTo(12);
        for (int p = 0; p < 50; p++) {
            for (int t = 0; t < 12; t++) {
                // the engine keeps monthly values as float (docs/methods/simulation.md): exact to 1e-6
                assertThat(paths.shortfall(p, t)).isCloseTo(t < 6 ? 0.5 : 0.2, within(1e-6));
            }
        }
    }

    @Test
    void theSameSeedGivesTheSamePathsOnAnyThreadCountAndAnotherSeedOthers() {
        EnginePathSource source = new EnginePathSource(bare(Distribution.uniform(1, 11)), GALLIUM, OptionalInt.of(18));
        PathMatrix one = PathMatrix.copyOf(source.sample(700, 9, 1));
        PathMatrix three = PathMatrix.copyOf(source.sample(700, 9, 3));
        PathMatrix other = PathMatrix.copyOf(source.sample(700, 10, 3));
        assertThat(three.months()).isEqualTo(18);
        boolean differs = false;
        for (int p = 0; p < 700; p++) {
            assertThat(three.path(p)).containsExactly(one.path(p));
            differs |= other.cumulative(p) != one.cumulative(p);
        }
        assertThat(differs).isTrue();
    }

    @Test
    void aMineralWithoutAMarketIsNamedWithTheMarketsThereAre() {
        assertThatThrownBy(() -> new EnginePathSource(
                        bare(Distribution.fixed(6)), MineralId.of("germanium"), OptionalInt.empty()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("scenario test has no market for germanium; it has gallium.");
    }
}
