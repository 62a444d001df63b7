package lodestone.sim.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import lodestone.model.mineral.MineralId;
import lodestone.sim.scenario.Distribution;
import lodestone.sim.scenario.Market;
import lodestone.sim.scenario.Phase;
import lodestone.sim.scenario.ScenarioSpec;
import lodestone.sim.scenario.StockRelease;
import org.junit.jupiter.api.Test;

/** Cases whose answer follows from arithmetic alone. */
class ClosedFormTest {
    private static final MineralId DY = MineralId.of("dysprosium");

    private static ScenarioSpec scenario(double severity, double months, Market market) {
        return ScenarioSpec.of(
                "closed-form",
                YearMonth.of(2025, 4),
                12,
                "CN",
                List.of(new Phase(Distribution.fixed(months), Distribution.fixed(severity))),
                market);
    }

    @Test
    void withoutStocksOrMitigationTheShortfallIsSeverityTimesTheIssuerShare() {
        Market market = Market.bare(DY, Map.of("CN", 0.7, "OTHER", 0.3));
        MarketResult result = MonteCarloEngine.run(scenario(0.6, 12, market), RunOptions.of(500, 1))
                .markets()
                .get(0);
        double expected = 0.6 * 0.7;
        assertThat(result.issuerShare()).isEqualTo(0.7);
        for (MonthStatistics month : result.months()) {
            assertThat(month.shortfallP5()).isCloseTo(expected, within(1e-12));
            assertThat(month.shortfallP50()).isCloseTo(expected, within(1e-12));
            assertThat(month.shortfallP95()).isCloseTo(expected, within(1e-12));
            // constant elasticities: price = (1 / (1 - s))^(1 / (|-0.1| + 0.05)), capped at 4
            assertThat(month.priceP50()).isEqualTo(Math.min(4, Math.pow(1 / (1 - expected), 1 / 0.15)));
        }
        assertThat(result.cumulativeShortfall().mean()).isCloseTo(12 * expected, within(1e-9));
        assertThat(result.probabilityAboveThreshold()).isEqualTo(1.0);
        assertThat(result.notRecovered()).isEqualTo(1.0);
    }

    @Test
    void theBelowCapPriceFollowsTheElasticities() {
        Market market = Market.bare(DY, Map.of("CN", 0.1, "OTHER", 0.9));
        MonthStatistics month = MonteCarloEngine.run(scenario(0.5, 12, market), RunOptions.of(10, 1))
                .markets()
                .get(0)
                .months()
                .get(0);
        assertThat(month.shortfallP50()).isCloseTo(0.05, within(1e-12));
        assertThat(month.priceP50()).isCloseTo(Math.pow(1 / 0.95, 1 / 0.15), within(1e-12));
    }

    @Test
    void stocksRunOutInTheMonthTheArithmeticSays() {
        // gap 0.5 of demand a month; 1.2 months of stock: draws 0.5, 0.5, 0.2 -> short 0, 0, 0.3, then 0.5
        Market market = Market.bare(DY, Map.of("CN", 1.0)).withStocks(Distribution.fixed(1.2), StockRelease.WHEN_SHORT);
        MarketResult result = MonteCarloEngine.run(scenario(0.5, 12, market), RunOptions.of(100, 3))
                .markets()
                .get(0);
        double[] expected = {0, 0, 0.3, 0.5, 0.5, 0.5, 0.5, 0.5, 0.5, 0.5, 0.5, 0.5};
        for (int t = 0; t < 12; t++) {
            assertThat(result.months().get(t).shortfallP50()).as("month " + t).isCloseTo(expected[t], within(1e-12));
        }
        assertThat(result.cumulativeShortfall().p50()).isCloseTo(12 * 0.5 - 1.2, within(1e-9));
    }

    @Test
    void aReleaseCapAndATriggerLimitTheDraw() {
        // gap 0.5; draw at most 0.3 a month and only above a tolerated 0.1: draw min(0.3, 0.4) = 0.3 -> short 0.2
        Market market =
                Market.bare(DY, Map.of("CN", 1.0)).withStocks(Distribution.fixed(0.6), new StockRelease(0.3, 0.1));
        MarketResult result = MonteCarloEngine.run(scenario(0.5, 12, market), RunOptions.of(10, 3))
                .markets()
                .get(0);
        assertThat(result.months().get(0).shortfallP50()).isCloseTo(0.2, within(1e-12));
        assertThat(result.months().get(1).shortfallP50()).isCloseTo(0.2, within(1e-12));
        assertThat(result.months().get(2).shortfallP50()).isCloseTo(0.5, within(1e-12));
    }

    @Test
    void aFractionalLastMonthCountsProRataAndRecoveryFollows() {
        Market market = Market.bare(DY, Map.of("CN", 1.0));
        MarketResult result = MonteCarloEngine.run(scenario(0.4, 2.5, market), RunOptions.of(10, 3))
                .markets()
                .get(0);
        assertThat(result.months().get(2).shortfallP50()).isCloseTo(0.2, within(1e-12));
        assertThat(result.months().get(3).shortfallP50()).isZero();
        assertThat(result.monthsToRecovery().p50()).isEqualTo(3);
        assertThat(result.cumulativeShortfall().mean()).isCloseTo(1.0, within(1e-12));
        assertThat(result.notRecovered()).isZero();
    }

    @Test
    void monteCarloMomentsMatchTheInputDistribution() {
        // severity uniform(0.2, 0.6), share 1, no stocks: monthly shortfall is the severity; mean 0.4, P50 0.4
        Market market = Market.bare(DY, Map.of("CN", 1.0));
        ScenarioSpec spec = ScenarioSpec.of(
                "moments",
                YearMonth.of(2025, 1),
                3,
                "CN",
                List.of(new Phase(Distribution.fixed(3), Distribution.uniform(0.2, 0.6))),
                market);
        MonthStatistics month = MonteCarloEngine.run(spec, RunOptions.of(20_000, 11))
                .markets()
                .get(0)
                .months()
                .get(0);
        assertThat(month.shortfallMean()).isCloseTo(0.4, within(0.004));
        assertThat(month.shortfallP5()).isCloseTo(0.22, within(0.004));
        assertThat(month.shortfallP95()).isCloseTo(0.58, within(0.004));
    }
}
