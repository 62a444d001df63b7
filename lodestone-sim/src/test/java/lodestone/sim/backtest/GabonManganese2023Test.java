package lodestone.sim.backtest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.time.YearMonth;
import lodestone.sim.engine.PathOutcomes;
import lodestone.sim.engine.Series;
import org.junit.jupiter.api.Test;

/**
 * The thirty-second ex-ante episode, the coup in Gabon of 30 August 2023, which stopped Comilog's manganese mine and
 * Setrag's railway for a day and closed the borders until further notice (docs/research/episodes/ga-manganese-2023.md):
 * what its page states of the scenario, the ex-ante rule as the file writes its dates, and the shape the model gives it.
 */
class GabonManganese2023Test {
    @Test
    void theClosedBorderHoldsGabonsOreForAtMostSeptemberThenTheMarketIsAsBefore() {
        ExAnteWorld coup = ExAnteWorld.load("ga-manganese-2023", "manganese-2023-world", "GA", "manganese", 0.23);
        var market = coup.market();
        // Gabon's share of the world's mined manganese content of 2023 (USGS MCS, world data): 4.49 of 19.6 million
        // tonnes, rounded to hundredths
        double gabonsShare = 4.49 / 19.6;
        assertThat(gabonsShare).isCloseTo(0.229, within(0.0005));
        assertThat(Math.round(gabonsShare * 100) / 100.0).isEqualTo(market.shareOf("GA"));

        // the mine's 24 hours and the railway's 18 ended on 31 August, before the window; the border is still shut on
        // 1 September, the window's first day: a ban on every buyer from then, no lead, δ = 0, twelve months. Every
        // tonne of Gabon's exports leaves by sea from Owendo: the closure covers all of them, for none to all of
        // September (uniform), refusing every tonne; its length drawn once, no review, nothing leaks. Almost no home
        // use (the Moanda complex's silicomanganese, unquantified): Gabon exports what it mines, at the outside price;
        // the mine's output goes on while the ore waits at the port
        coup.holdsEveryExportFromTheWindowsFirstDay(LocalDate.of(2023, 9, 1), 12, 0, 1);

        // the cover: China's port stocks of 5.7 Mt on 7 August 2023 against 15.38 Mt imported in the first half, 2.2
        // months, and the smelters' days: 2.3; spread as gallium's, 2.3 x 1.82 = 4.19
        assertThat(5.7 / (15.38 / 6)).isCloseTo(2.22, within(0.005));
        coup.coversMonthsSpreadAsGalliums(2.3);

        // the ex-ante rule as the file writes it: nothing after August 2023 but the window's, which names the coup's
        // day, the cut-off and the window's first day
        coup.citesNothingAfterButTheWindow(YearMonth.of(2023, 8), "30 August 2023", "cut-off", "1 September 2023");

        PathOutcomes paths = coup.paths(400);
        PathOutcomes open = coup.refusing(0, 400);
        septemberPricesTheClosureAndSplitsThePaths(paths, open);
        // October: buyers who ordered ahead in September and received it when Owendo reopened order nothing on some
        // paths
        assertThat(ExAnteWorld.shareShippingAtMost(paths, 1, 1e-6)).isGreaterThan(0.05);
        // from December to August nothing is refused on any path and the stocks are rebuilt: the market is as it
        // would have been with nothing refused, in exports and in price
        assertThat(ExAnteWorld.mean(paths, Series.EXPORTS, 3, 12))
                .isCloseTo(ExAnteWorld.mean(open, Series.EXPORTS, 3, 12), within(0.03));
        assertThat(ExAnteWorld.mean(paths, Series.PRICE_OUTSIDE, 3, 12))
                .isCloseTo(ExAnteWorld.mean(open, Series.PRICE_OUTSIDE, 3, 12), within(0.03));
        coup.scoresOnly("ga23-sep exports 2023-09", "ga23-aug priceOutside 2024-08");
    }

    /**
     * September holds the closure: the 44 % ore price stands higher than with nothing refused, and the month's exports
     * part the paths, a long closure shipping less than half the pace and an early reopening letting the orders held
     * and raised by precaution leave, more than the pace.
     */
    private static void septemberPricesTheClosureAndSplitsThePaths(PathOutcomes paths, PathOutcomes open) {
        assertThat(ExAnteWorld.mean(paths, Series.PRICE_OUTSIDE, 0))
                .isGreaterThan(ExAnteWorld.mean(open, Series.PRICE_OUTSIDE, 0) + 0.1);
        assertThat(ExAnteWorld.higherOutside(paths, 0)).isGreaterThan(paths.paths() * 9 / 10);
        assertThat(ExAnteWorld.shareShippingAtMost(paths, 0, 0.5)).isGreaterThan(0.1);
        assertThat(1 - ExAnteWorld.shareShippingAtMost(paths, 0, 1.2)).isGreaterThan(0.1);
    }
}
