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
        assertThat(dysprosium.probabilityAboveThreshold()).isEqualTo(0.88);
        assertThat(dysprosium.probabilityOfStop()).isEqualTo(0.975);
        MonthStatistics june = dysprosium.months().get(2);
        assertThat(june.shortfallP95()).isEqualTo(0.37614569067955017);
        assertThat(june.band(Series.PRICE_OUTSIDE).p50()).isEqualTo(1.6229197978973389);
        assertThat(june.band(Series.PRICE_INSIDE).p50()).isEqualTo(0.9300662279129028);
    }

    private static final Band EXPECTED_CUMULATIVE = new Band(
            0.26078882813453674,
            0.47611191868782043,
            1.7878642082214355,
            3.1143970489501953,
            3.4031240940093994,
            1.8005582040531536);
}
