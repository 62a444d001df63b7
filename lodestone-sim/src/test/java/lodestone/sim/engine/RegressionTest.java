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
        assertThat(dysprosium.probabilityAboveThreshold()).isEqualTo(0.9795);
        assertThat(dysprosium.probabilityOfStop()).isEqualTo(0.9985);
        MonthStatistics june = dysprosium.months().get(2);
        assertThat(june.shortfallP95()).isEqualTo(0.41279271245002747);
        assertThat(june.band(Series.PRICE_OUTSIDE).p50()).isEqualTo(1.6428111791610718);
        assertThat(june.band(Series.PRICE_INSIDE).p50()).isEqualTo(0.9152494072914124);
    }

    private static final Band EXPECTED_CUMULATIVE = new Band(
            0.9729812145233154,
            1.2570205926895142,
            2.5134541988372803,
            3.6112616062164307,
            3.869124174118042,
            2.470858214434113);
}
