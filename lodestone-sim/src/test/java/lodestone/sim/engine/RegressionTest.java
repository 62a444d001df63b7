package lodestone.sim.engine;

import static org.assertj.core.api.Assertions.assertThat;

import lodestone.sim.Fixtures;
import org.junit.jupiter.api.Test;

/**
 * Non-regression: exact numbers of a preset for a fixed seed. A change here means the engine's results changed (a new
 * draw order, a new block size, a model change) and needs a reviewer's eye, as STYLE.md §7 asks; update the numbers
 * only with a note in the commit saying why.
 */
class RegressionTest {
    @Test
    void theAprilPresetWithSeedSevenGivesTheseNumbers() {
        MarketResult dysprosium = MonteCarloEngine.run(
                        Fixtures.resolved(Fixtures.preset("china-ree-2025-04")), RunOptions.of(2_000, 7))
                .markets()
                .get(0);
        assertThat(dysprosium.cumulativeShortfall()).isEqualTo(EXPECTED_CUMULATIVE);
        assertThat(dysprosium.probabilityAboveThreshold()).isEqualTo(EXPECTED_ABOVE);
        assertThat(dysprosium.months().get(2).shortfallP95()).isEqualTo(EXPECTED_JUNE_P95);
    }

    private static final Summary EXPECTED_CUMULATIVE =
            new Summary(0.0, 0.7357785045268406, 1.7670704559792094, 0.7549274434443631);
    private static final double EXPECTED_ABOVE = 0.16;
    private static final double EXPECTED_JUNE_P95 = 0.407204527705065;
}
