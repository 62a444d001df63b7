package lodestone.sim.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import java.util.stream.Collectors;
import lodestone.model.mineral.MineralId;
import lodestone.sim.Fixtures;
import lodestone.sim.engine.MarketResult;
import lodestone.sim.engine.MonteCarloEngine;
import lodestone.sim.engine.RunOptions;
import lodestone.sim.engine.ScenarioResult;
import org.junit.jupiter.api.Test;

/** The shipped presets parse, document their assumptions, and run. */
class PresetsTest {
    @Test
    void everyPresetParsesStatesAssumptionsAndSourcesAndRuns() {
        for (String id : Presets.IDS) {
            ScenarioSpec spec = Fixtures.preset(id);
            assertThat(spec.id()).isEqualTo(id);
            assertThat(spec.assumptions()).as(id).isNotEmpty();
            assertThat(spec.assumptions()).as(id).anyMatch(a -> a.basis().contains("ASSUMPTION"));
            assertThat(spec.sources()).as(id).isNotEmpty();
            assertThat(spec.disruption().measure()).as(id).isPresent();
            ScenarioResult result = MonteCarloEngine.run(Fixtures.resolved(spec), RunOptions.of(500, 1));
            assertThat(result.markets()).hasSize(spec.markets().size());
            for (MarketResult market : result.markets()) {
                assertThat(market.cumulativeShortfall().mean())
                        .as(id + " " + market.mineral())
                        .isPositive();
            }
        }
    }

    @Test
    void theAprilPresetCoversTheSevenElementsAndTheReinstatedOneTwelve() {
        Set<String> april = Fixtures.preset("china-ree-2025-04").markets().stream()
                .map(m -> m.mineral().value())
                .collect(Collectors.toSet());
        assertThat(april)
                .containsExactlyInAnyOrder(
                        "samarium", "gadolinium", "terbium", "dysprosium", "lutetium", "scandium", "yttrium");
        ScenarioSpec reinstated = Fixtures.preset("china-ree-2025-10-reinstated");
        assertThat(reinstated.markets()).hasSize(12);
        assertThat(reinstated.start()).hasToString("2026-11");
        assertThat(reinstated.markets().stream().map(Market::mineral))
                .contains(MineralId.of("holmium"), MineralId.of("europium"));
    }

    @Test
    void anUnknownPresetIsRefusedWithTheList() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> Fixtures.preset("china-nope"))
                .hasMessageContaining("preset (china-nope) is not known; presets: china-ree-2025-04");
    }
}
