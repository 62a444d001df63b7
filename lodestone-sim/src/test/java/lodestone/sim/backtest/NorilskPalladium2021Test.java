package lodestone.sim.backtest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import lodestone.sim.engine.PathOutcomes;
import lodestone.sim.engine.Series;
import lodestone.sim.scenario.IssuerStocks;
import lodestone.sim.scenario.Phase;
import lodestone.sim.scenario.ScenarioSpec;
import org.junit.jupiter.api.Test;

/**
 * The thirty-fifth ex-ante episode, the cut of Nornickel's palladium by the flooding of its Oktyabrsky and Taimyrsky
 * mines and the stop of its Norilsk Concentrator, as Nornickel stated it on 16 March 2021
 * (docs/research/episodes/ru-palladium-2021.md): what the file states of the scenario, the ex-ante rule as the file
 * writes its dates, and the shape the model gives it.
 */
class NorilskPalladium2021Test {
    /** Nornickel's palladium in 2020, thousand troy ounces, and its platinum (its 2020 production results). */
    private static final double PALLADIUM_2020 = 2_826;

    private static final double PLATINUM_2020 = 695;

    /** The palladium market, million ounces a year, and its shortfall in 2020 (Johnson Matthey, 10 February 2021). */
    private static final double MARKET = 10;

    private static final double SHORTFALL_2020 = 0.606;

    /** The guidance cut of 16 March 2021: platinum-group metals, thousand ounces, and the share of the year. */
    private static final double PGM_CUT = 710;

    private static final double[] YEAR_SHARE_CUT = {0.15, 0.20};

    private static final int HORIZON = 11;

    @Test
    void theFloodedMinesCutAboutTwoMonthsOfRussiasPalladiumMostOfItInTheFirstFourOrFiveMonths() {
        // Nornickel's palladium against the world's supply (demand less the shortfall), rounded to a tenth
        double supply = MARKET - SHORTFALL_2020;
        assertThat(PALLADIUM_2020 / 1000 / supply).isCloseTo(0.301, within(0.0005));
        ExAnteWorld flood = ExAnteWorld.load("ru-palladium-2021", "palladium-2021-norilsk", "RU", "palladium", 0.3);
        ScenarioSpec world = flood.world();
        var market = flood.market();
        assertThat(market.trade().coveredShare()).isEqualTo(1);

        // held in force from 1 March 2021, the window's first day, no lead (δ = 0); eleven months, to January 2022,
        // before the invasion of Ukraine
        flood.announcedAndInForceFrom(LocalDate.of(2021, 3, 1), HORIZON);
        assertThat(world.firstMonth().plusMonths(HORIZON - 1)).isEqualTo(YearMonth.of(2022, 1));
        assertThat(world.effectiveOffset()).isZero();

        // an output cut on every buyer, no licences, no leakage, two phases and no review
        List<Phase> phases = flood.cutsEveryonesOutputWithoutLeakage();
        assertThat(phases).hasSize(2).allSatisfy(p -> assertThat(p.extension()).isEmpty());
        Phase mines = phases.get(0);
        Phase tail = phases.get(1);
        assertThat(new double[] {mines.months().min(), mines.months().max()}).containsExactly(3.5, 5.0);
        assertThat(new double[] {mines.severity().min(), mines.severity().max()})
                .containsExactly(0.35, 0.55);
        assertThat(new double[] {tail.months().min(), tail.months().max()}).containsExactly(0.0, 6.0);
        assertThat(new double[] {tail.severity().min(), tail.severity().max()}).containsExactly(0.05, 0.15);

        // the loss stated: 710 koz of PGM, palladium about four fifths of them (570 koz), or 15-20 % of the year,
        // 1.8-2.4
        // months of output; the phases lose 2.2 months on average (0.45 x 4.25 + 0.10 x 3), inside the company's range
        double palladiumCut = PGM_CUT * PALLADIUM_2020 / (PALLADIUM_2020 + PLATINUM_2020);
        assertThat(palladiumCut).isCloseTo(570, within(1.0));
        assertThat(palladiumCut / PALLADIUM_2020).isBetween(YEAR_SHARE_CUT[0], YEAR_SHARE_CUT[1] + 0.005);
        double meanLoss = mean(mines.severity().min(), mines.severity().max()) * mean(3.5, 5)
                + mean(tail.severity().min(), tail.severity().max()) * mean(0, 6);
        assertThat(meanLoss).isCloseTo(2.21, within(0.01));
        assertThat(meanLoss / 12).isBetween(YEAR_SHARE_CUT[0], YEAR_SHARE_CUT[1]);
        // the mines' phase ends by mid-June to the end of July; with the tail the cut stands at most eleven months
        assertThat(mines.months().max() + tail.months().max()).isEqualTo(HORIZON);

        // no home market: exported at the ceiling, at the outside price; Nornickel's 2020 stockpile and its fund leave
        // against the orders the cut refuses, a quarter to one and three quarters months of its pace, one a month
        IssuerStocks stocks = flood.sellsAllItMakesAtTheOutsidePriceAndItsStocks(0.25, 1.75, 1);
        // the stock made and not sold in 2020: 2,826 koz less 2.79-2.85 Moz sold, the fund's 0-300 koz within them, is
        // at
        // most 340 koz, 1.4 months of the pace
        double soldOwn = 3_000 * 0.93 - 300;
        assertThat((PALLADIUM_2020 - soldOwn) / (PALLADIUM_2020 / 12)).isCloseTo(1.43, within(0.01));

        // the cover: two months (ASSUMPTION), spread as gallium's
        flood.coversMonthsSpreadAsGalliums(2.0);

        // the ex-ante rule as the file writes it: no basis but the window's names a month after March 2021 or a later
        // year, and the window's names the day of the first suspension and the cut-off
        flood.citesNothingAfterButTheWindow(YearMonth.of(2021, 3), "24 February 2021", "16 March 2021");

        PathOutcomes paths = flood.paths(400);
        mayAndJuneShipAtMostWhatIsMadeAndWhatStocksAdd(paths, stocks);
        // over the window less leaves and the price stands higher than with nothing cut
        flood.shipsLessAndPricesHigherThanUnrefused(paths, 0, HORIZON);
        // without the stocks less leaves in March and April and the price there stands higher
        ScenarioSpec noStocks = world.mapMarkets(m -> m.withIssuerStocks(IssuerStocks.NONE));
        PathOutcomes dry = BacktestTest.oneMarketInRange(noStocks, 400, YearMonth.of(2021, 3), HORIZON);
        assertThat(ExAnteWorld.mean(dry, Series.EXPORTS, 0, 2))
                .isLessThan(ExAnteWorld.mean(paths, Series.EXPORTS, 0, 2));
        assertThat(ExAnteWorld.mean(dry, Series.PRICE_OUTSIDE, 0, 2))
                .isGreaterThan(ExAnteWorld.mean(paths, Series.PRICE_OUTSIDE, 0, 2));
        flood.scoresOnly("ru21-mar exports 2021-03", "ru21-jan priceOutside 2022-01");
    }

    /**
     * In May and June (months 2 and 3) the mines' phase stands on every path (it lasts at least 3.5 months): what leaves
     * is at most what is still made (at most 0.65 of the pace, with a tenth's room for the orders' growth) plus a month
     * of stocks, and on average it is what is made, 0.45-0.65 of the pace, the stocks mostly gone by then.
     */
    private static void mayAndJuneShipAtMostWhatIsMadeAndWhatStocksAdd(PathOutcomes paths, IssuerStocks stocks) {
        for (int p = 0; p < paths.paths(); p++) {
            for (int t = 2; t <= 3; t++) {
                assertThat(paths.value(Series.EXPORTS, p, t)).isLessThanOrEqualTo(0.65 * 1.1 + stocks.maxPerMonth());
            }
        }
        assertThat(ExAnteWorld.mean(paths, Series.EXPORTS, 2, 4)).isBetween(0.45, 0.7);
    }

    private static double mean(double a, double b) {
        return (a + b) / 2;
    }
}
