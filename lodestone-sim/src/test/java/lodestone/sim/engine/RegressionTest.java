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
        assertThat(dysprosium.probabilityAboveThreshold()).isEqualTo(0.886);
        assertThat(dysprosium.probabilityOfStop()).isEqualTo(0.976);
        MonthStatistics june = dysprosium.months().get(2);
        assertThat(june.shortfall().p95()).isEqualTo(0.380974143743515);
        assertThat(june.band(Series.PRICE_OUTSIDE).p50()).isEqualTo(1.5261223316192627);
        assertThat(june.band(Series.PRICE_INSIDE).p50()).isEqualTo(0.9305351376533508);
    }

    private static final Band EXPECTED_CUMULATIVE = new Band(
            0.25889652967453003,
            0.48295751214027405,
            1.811288595199585,
            3.17777681350708,
            3.4576001167297363,
            1.8271291617175818);
}
