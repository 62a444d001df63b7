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
        ScenarioResult result =
                MonteCarloEngine.run(Fixtures.resolved(Fixtures.preset("china-ree-2025-04")), RunOptions.of(2_000, 7));
        MarketResult dysprosium = result.markets().get(0);
        assertThat(dysprosium.cumulativeShortfall()).isEqualTo(EXPECTED_CUMULATIVE);
        assertThat(dysprosium.probabilityAboveThreshold()).isEqualTo(0.9255);
        assertThat(dysprosium.probabilityOfStop()).isEqualTo(0.9885);
        MonthStatistics june = dysprosium.months().get(2);
        assertThat(june.shortfallP95()).isEqualTo(0.3935086131095886);
        assertThat(june.band(Series.PRICE_OUTSIDE).p50()).isEqualTo(1.5699527263641357);
        assertThat(june.band(Series.PRICE_INSIDE).p50()).isEqualTo(0.9263995885848999);
    }

    private static final Band EXPECTED_CUMULATIVE = new Band(
            0.4474153518676758,
            0.6894078254699707,
            1.9910393953323364,
            3.269468307495117,
            3.543674945831299,
            1.995993984644108);
}
