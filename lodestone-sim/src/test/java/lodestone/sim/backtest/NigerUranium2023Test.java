package lodestone.sim.backtest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.time.YearMonth;
import lodestone.sim.engine.PathOutcomes;
import lodestone.sim.engine.Series;
import org.junit.jupiter.api.Test;

/**
 * The thirty-sixth ex-ante episode, the coup in Niger of 26 July 2023 and ECOWAS's closure of its members' borders with
 * Niger from 30 July, which stops SOMAÏR's uranium concentrate reaching Cotonou (docs/research/episodes/ne-uranium-2023.md):
 * what its page states of the scenario, the ex-ante rule as the file writes its dates, and the shape the model gives it.
 */
class NigerUranium2023Test {
    @Test
    void theClosedBordersHoldNigersUraniumWhileThreeYearsOfCoverHoldThePrice() {
        ExAnteWorld coup = ExAnteWorld.load("ne-uranium-2023", "uranium-2023-niger", "NE", "uranium", 0.04);
        // the borders closed on 30 July, two days before the window; they are still closed on 1 August, the window's
        // first day: a ban on every buyer from then, no lead, δ = 0, twelve months. All of Niger's uranium leaves by
        // the road through Benin: the closure covers all of it, from the ultimatum's week to twice Mali's six months
        // (uniform), refusing every tonne; its length drawn once, no review, no leak. No home use: Niger exports what
        // it mines, at the outside price; the mine's output goes on while the concentrate waits at Arlit
        coup.holdsEveryExportFromTheWindowsFirstDay(LocalDate.of(2023, 8, 1), 12, 0.25, 12);

        // Niger's share of the world's mined uranium of 2022 (the World Nuclear Association's count), 2,020 of 49,355
        // tonnes of uranium, is the market's 0.04 to the hundredth
        var market = coup.market();
        assertThat(market.shareOf("NE")).isEqualTo(Math.round(2_020 / 49_355.0 * 100) / 100.0);
        assertThat(2_020 / 49_355.0).isCloseTo(0.0409, within(0.00005));

        // the cover: EU utilities' 35,710 tonnes against 12,500 a year, 34 months; the gallium spread (1.82) would put
        // the 99.9th percentile above the reader's 120 months, so p90 is 57, the 99.9th percentile 118
        assertThat(35_710 / 12_500.0 * 12).isCloseTo(34.28, within(0.005));
        assertThat(market.stocksMonths().median()).isEqualTo(34);
        assertThat(market.stocksMonths().quantile(0.9)).isCloseTo(57, within(1e-6));
        assertThat(market.stocksMonths().quantile(0.999)).isCloseTo(118.2, within(0.1));
        assertThat(34 * Math.exp(Math.log(1.82) / 1.2815516 * 3.090232)).isGreaterThan(120);

        // the ex-ante rule as the file writes it: nothing after August 2023 but the window's, which names the coup's
        // day, the cut-off and the window's first month
        coup.citesNothingAfterButTheWindow(YearMonth.of(2023, 8), "26 July 2023", "cut-off", "1 August 2023");

        PathOutcomes paths = coup.paths(400);
        PathOutcomes open = coup.refusing(0, 400);
        PathOutcomes shutAllWindow = coup.refusing(1, 400);
        augustShipsNothingOnMostPaths(paths);
        thePriceMovesLittle(paths, open, shutAllWindow);
        // by July 2024 most closures have ended and the concentrate held at Arlit leaves with the refused orders:
        // exports stand well above the unrefused market's (400 paths: 1.45 against 0.90)
        assertThat(ExAnteWorld.mean(paths, Series.EXPORTS, 11))
                .isGreaterThan(ExAnteWorld.mean(open, Series.EXPORTS, 11) + 0.3);
        coup.scoresOnly("ne23-aug exports 2023-08", "ne23-jul priceOutside 2024-07");
    }

    /** August holds the closure on every path drawn longer than the month: at least nine paths in ten ship nothing. */
    private static void augustShipsNothingOnMostPaths(PathOutcomes paths) {
        assertThat(ExAnteWorld.shareShippingAtMost(paths, 0, 1e-6)).isGreaterThan(0.9);
        assertThat(ExAnteWorld.mean(paths, Series.EXPORTS, 0)).isLessThan(0.1);
    }

    /**
     * Four percent of the world's mined uranium against buyers holding nearly three years of it: the closure raises the
     * outside price above the same paths with nothing refused, but by little, and even a closure held for the whole
     * window leaves the year's mean price within a few percent of theirs.
     */
    private static void thePriceMovesLittle(PathOutcomes paths, PathOutcomes open, PathOutcomes shutAllWindow) {
        double withClosure = ExAnteWorld.mean(paths, Series.PRICE_OUTSIDE, 0, 12);
        double unrefused = ExAnteWorld.mean(open, Series.PRICE_OUTSIDE, 0, 12);
        double shut = ExAnteWorld.mean(shutAllWindow, Series.PRICE_OUTSIDE, 0, 12);
        // 400 paths: 1.0095 against 1.0028, and 1.0152 with the border shut all year
        assertThat(withClosure - unrefused).isStrictlyBetween(0.0, 0.015);
        assertThat(shut).isGreaterThan(withClosure);
        assertThat(shut - unrefused).isLessThan(0.025);
    }
}
