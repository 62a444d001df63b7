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
        MonthStatistics m2 = dysprosium.months().get(2);
        System.out.println(
                "PIN " + dysprosium.cumulativeShortfall() + " " + dysprosium.probabilityAboveThreshold() + " "
                        + dysprosium.probabilityOfStop() + " " + m2.shortfall().p95() + " "
                        + m2.band(Series.PRICE_OUTSIDE).p50()
                        + " " + m2.band(Series.PRICE_INSIDE).p50());
        assertThat(dysprosium.cumulativeShortfall()).isEqualTo(EXPECTED_CUMULATIVE);
        assertThat(dysprosium.probabilityAboveThreshold()).isEqualTo(0.8925);
        assertThat(dysprosium.probabilityOfStop()).isEqualTo(0.977);
        MonthStatistics june = dysprosium.months().get(2);
        assertThat(june.shortfall().p95()).isEqualTo(0.3919357359409332);
        assertThat(june.band(Series.PRICE_OUTSIDE).p50()).isEqualTo(1.3979936838150024);
        assertThat(june.band(Series.PRICE_INSIDE).p50()).isEqualTo(0.9306150078773499);
    }

    private static final Band EXPECTED_CUMULATIVE = new Band(
            0.2831884026527405,
            0.5094545483589172,
            1.893248438835144,
            3.2670652866363525,
            3.5423827171325684,
            1.8974190280237833);
}
