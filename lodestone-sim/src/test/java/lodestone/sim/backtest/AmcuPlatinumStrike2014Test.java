package lodestone.sim.backtest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import lodestone.sim.engine.PathOutcomes;
import lodestone.sim.engine.Series;
import lodestone.sim.scenario.IssuerStocks;
import lodestone.sim.scenario.Phase;
import lodestone.sim.scenario.ScenarioSpec;
import org.junit.jupiter.api.Test;

/**
 * The thirty-fourth ex-ante episode, the AMCU union's wage strike at Anglo American Platinum, Impala Platinum and
 * Lonmin from 23 January 2014, with the producers' statement of 28-29 January 2014 that their stockpiles would fill
 * orders for six to eight weeks (docs/research/episodes/za-platinum-2014.md): what its page states of the scenario, the
 * ex-ante rule as the file writes its dates, and the shape the model gives it.
 */
class AmcuPlatinumStrike2014Test {
    /** South Africa's platinum shipments of 2012, million ounces (Johnson Matthey, Platinum 2013). */
    private static final double SOUTH_AFRICA_2012 = 4.10;

    /**
     * The struck producers' stated losses, ounces of platinum a production day (24 January 2014): Amplats, Lonmin,
     * Implats.
     */
    private static final double[] LOST_A_DAY = {4_000, 3_100, 2_800};

    /**
     * The ratios of output to stated loss, production days a year: Lonmin's sales of 2012 (700,000 ounces) over its
     * 3,100, Impala's refined platinum of its financial year 2013 (709,200) over its 2,800.
     */
    private static final double[] DAYS = {700_000 / 3_100.0, 709_200 / 2_800.0};

    @Test
    void theStrikeCutsHalfToSixTenthsOfSouthAfricasOutputForOneToSixMonthsBridgedByTheProducersStocks() {
        // South Africa's shipments against the world's primary and recycled platinum of 2012, rounded to a hundredth
        // (the world's primary supply 5.64 million ounces, recycling 2.03, Johnson Matthey, Platinum 2013)
        double share = SOUTH_AFRICA_2012 / (5.64 + 2.03);
        assertThat(share).isCloseTo(0.5346, within(0.00005));
        ExAnteWorld strike = ExAnteWorld.load("za-platinum-2014", "platinum-2014-strike", "ZA", "platinum", 0.53);
        var market = strike.market();
        assertThat(Math.round(share * 100) / 100.0).isEqualTo(market.shareOf("ZA"));
        // read against all of South Africa's output: the struck share is in the phases' severities
        assertThat(market.trade().coveredShare()).isEqualTo(1);

        // held in force from the window's first day, 1 February 2014 (the strike from 23 January), no lead, δ = 0;
        // twelve months to January 2015. A cut of output, not of exports: every buyer, no licences
        strike.announcedAndInForceFrom(LocalDate.of(2014, 2, 1), 12);
        // the ex-ante rule as the file writes it: nothing after January 2014 but the window's, which names the strike's
        // day, the day held in force and the cut-off
        strike.citesNothingAfterButTheWindow(
                YearMonth.of(2014, 1), "23 January 2014", "1 February 2014", "29 January 2014");
        cutsHalfToSixTenthsForOneToSixMonthsThenRampsUp(strike.cutsEveryonesOutputWithoutLeakage());

        // no home market: South Africa exports what it mines, at the outside price, with no imported feed, spare
        // capacity or change of output; its producers' stocks leave against the unfilled orders
        assertThat(market.trade().issuerExportShare()).isEqualTo(0.95);
        assertThat(market.trade().directAtOutsidePrice()).isEqualTo(1);
        assertThat(market.trade().importedFeedShare()).isZero();
        assertThat(market.spareCapacity().max()).isZero();
        assertThat(market.trade().issuerOutput()).isEmpty();
        holdsSixToEightWeeksOfTheStruckOutput(market.issuerStocks());
        // the buyers' cover: 1.5 months of users' stocks and as much held in the market for them, spread as gallium's
        strike.coversMonthsSpreadAsGalliums(3.0);

        strike.scoresOnly("za14-feb exports 2014-02", "za14-jan priceOutside 2015-01");

        PathOutcomes paths = strike.paths(400);
        februaryShipsAtLeastThePace(paths);
        // March to July: less leaves than with nothing unmade, and platinum is priced higher
        strike.shipsLessAndPricesHigherThanUnrefused(paths, 1, 6);
        // without the producers' stocks February ships the unstruck share alone, and is priced higher
        ScenarioSpec noStocks = strike.world().mapMarkets(m -> m.withIssuerStocks(IssuerStocks.NONE));
        PathOutcomes bare = BacktestTest.oneMarketInRange(noStocks, 400, YearMonth.of(2014, 2), 12);
        for (int p = 0; p < bare.paths(); p++) {
            assertThat(bare.value(Series.EXPORTS, p, 0)).isBetween(0.4 - 1e-9, 0.5 + 1e-9);
        }
        assertThat(ExAnteWorld.mean(bare, Series.PRICE_OUTSIDE, 0))
                .isGreaterThan(ExAnteWorld.mean(paths, Series.PRICE_OUTSIDE, 0));
    }

    /**
     * A first month (February) losing a share between the struck mines' lowest and highest reading of South Africa's
     * output, then the strike's end uniform over five months more, as much lost, then one to three months of ramp-up
     * losing a sixth to a half of it. Every path's cut is over by the end of October, nine months from 1 February.
     * Drawn once, no review.
     */
    private static void cutsHalfToSixTenthsForOneToSixMonthsThenRampsUp(List<Phase> phases) {
        // the stated ounces a production day as ounces a year, at Impala's and Lonmin's own ratios of output to loss
        double struck = LOST_A_DAY[0] + LOST_A_DAY[1] + LOST_A_DAY[2];
        double low = struck * DAYS[0] / 1e6;
        double high = struck * DAYS[1] / 1e6;
        assertThat(struck).isEqualTo(9_900);
        assertThat(low).isCloseTo(2.235, within(0.0005));
        assertThat(high).isCloseTo(2.508, within(0.0005));
        assertThat(low / SOUTH_AFRICA_2012).isCloseTo(0.545, within(0.0005));
        assertThat(high / SOUTH_AFRICA_2012).isCloseTo(0.612, within(0.0005));
        // against a pace of up to 4.4 million ounces (2012's cut by strikes), the low reading is about 0.51
        assertThat(low / 4.4).isCloseTo(0.508, within(0.0005));

        assertThat(phases).hasSize(3);
        var first = phases.get(0);
        assertThat(List.of(first.months().min(), first.months().max())).containsOnly(1.0);
        var strike = phases.get(1);
        assertThat(List.of(strike.months().min(), strike.months().max())).containsExactly(0.0, 5.0);
        for (Phase struckMonths : List.of(first, strike)) {
            assertThat(List.of(
                            struckMonths.severity().min(),
                            struckMonths.severity().max()))
                    .containsExactly(0.5, 0.6);
            assertThat(struckMonths.severity().min()).isLessThan(low / SOUTH_AFRICA_2012);
        }
        var rampUp = phases.get(2);
        assertThat(List.of(rampUp.months().min(), rampUp.months().max())).containsExactly(1.0, 3.0);
        assertThat(List.of(rampUp.severity().min(), rampUp.severity().max())).containsExactly(0.1, 0.3);
        double longest = phases.stream().mapToDouble(p -> p.months().max()).sum();
        assertThat(longest).isEqualTo(9);
        assertThat(phases).allSatisfy(phase -> assertThat(phase.extension()).isEmpty());
    }

    /**
     * The producers' stocks: Amplats' and Implats' six to eight weeks of their struck output (6,800 ounces a
     * production day at 226-253 production days a year) and Lonmin's 55,000 ounces, against South Africa's pace of
     * 4.1-4.4 million ounces a year: 0.63-0.93 months, declared uniform(0.6, 0.95), from the start, a month a month.
     */
    private static void holdsSixToEightWeeksOfTheStruckOutput(IssuerStocks stocks) {
        double perDayLow = (LOST_A_DAY[0] + LOST_A_DAY[2]) * DAYS[0] / 365;
        double perDayHigh = (LOST_A_DAY[0] + LOST_A_DAY[2]) * DAYS[1] / 365;
        double least = perDayLow * 42 + 42_000 + 13_000;
        double most = perDayHigh * 56 + 42_000 + 13_000;
        assertThat(least / (4.4e6 / 12)).isCloseTo(0.632, within(0.0005));
        assertThat(most / (4.1e6 / 12)).isCloseTo(0.934, within(0.0005));
        assertThat(List.of(stocks.months().min(), stocks.months().max())).containsExactly(0.6, 0.95);
        assertThat(stocks.from()).isEqualTo(Optional.empty());
        assertThat(stocks.maxPerMonth()).isEqualTo(1);
    }

    /**
     * In February the stocks (at least 0.6 of the pace) fill what the strike leaves unmade (at most 0.6): on every path
     * at least the pace leaves, the buyers' precautionary orders included.
     */
    private static void februaryShipsAtLeastThePace(PathOutcomes paths) {
        for (int p = 0; p < paths.paths(); p++) {
            assertThat(paths.value(Series.EXPORTS, p, 0)).isGreaterThanOrEqualTo(1 - 1e-9);
        }
    }
}
