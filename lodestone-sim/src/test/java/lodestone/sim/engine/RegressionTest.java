package lodestone.sim.engine;

import static org.assertj.core.api.Assertions.assertThat;

import lodestone.sim.Fixtures;
import lodestone.sim.scenario.Presets;
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
                        Fixtures.resolved(Presets.load("china-ree-2025-04", Fixtures.catalogue())),
                        RunOptions.of(2_000, 7))
                .markets()
                .get(0);
        assertThat(dysprosium.cumulativeShortfall()).isEqualTo(EXPECTED_CUMULATIVE);
        assertThat(dysprosium.probabilityAboveThreshold()).isEqualTo(0.8465);
        assertThat(dysprosium.probabilityOfStop()).isEqualTo(0.9455);
        MonthStatistics june = dysprosium.months().get(2);
        assertThat(june.shortfallP95()).isEqualTo(0.3888300061225891);
        assertThat(june.band(Series.PRICE_OUTSIDE).p50()).isEqualTo(1.3935372829437256);
        assertThat(june.band(Series.PRICE_INSIDE).p50()).isEqualTo(0.9360189437866211);
    }

    private static final Band EXPECTED_CUMULATIVE = new Band(
            0.11103317886590958,
            0.29254505038261414,
            1.6073906421661377,
            3.1376137733459473,
            3.4390923976898193,
            1.6721212016345812);
}
