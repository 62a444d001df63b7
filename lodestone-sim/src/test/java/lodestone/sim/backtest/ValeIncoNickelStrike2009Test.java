package lodestone.sim.backtest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import lodestone.sim.engine.PathOutcomes;
import lodestone.sim.engine.Series;
import lodestone.sim.scenario.Phase;
import org.junit.jupiter.api.Test;

/**
 * The thirty-eighth ex-ante episode, the United Steelworkers' strike at Vale Inco's Sudbury and Port Colborne
 * operations from 13 July 2009, joined at Voisey's Bay from 1 August 2009 (docs/research/episodes/ca-nickel-2009.md):
 * what its page states of the scenario, the ex-ante rule as the file writes its dates, and the shape the model gives it.
 */
class ValeIncoNickelStrike2009Test {
    /** Canada's nickel in concentrates of 2008, thousand tonnes (Natural Resources Canada, Minerals Yearbook 2008). */
    private static final double CANADA_2008 = 260;

    /** The world's primary nickel of 2008, thousand tonnes produced and used (the INSG, 29 April 2009). */
    private static final double WORLD_2008 = 1_390;

    /** The finished nickel of the struck operations' feed in 2008, thousand tonnes: Sudbury and Voisey's Bay. */
    private static final double SUDBURY = 85.3;

    private static final double VOISEYS_BAY = 77.5;

    /** LME stocks at the end of 2008 and the 2009 surplus the INSG forecast, thousand tonnes; 2009's use, million. */
    private static final double LME_END_2008 = 78.804;

    private static final double SURPLUS_2009 = 80;

    private static final double USE_2009 = 1.18;

    @Test
    void theStrikeCutsSixTenthsOfCanadasNickelForTwoMonthsToAYearThenRestarts() {
        // Canada's share of the world's primary nickel of 2008, rounded to a hundredth
        double share = CANADA_2008 / WORLD_2008;
        assertThat(share).isCloseTo(0.187, within(0.0005));
        ExAnteWorld strike = ExAnteWorld.load("ca-nickel-2009", "nickel-2009-vale-strike", "CA", "nickel", 0.19);
        var market = strike.market();
        assertThat(Math.round(share * 100) / 100.0).isEqualTo(market.shareOf("CA"));
        // read against all of Canada's output: the struck share is in the phases' severities
        assertThat(market.trade().coveredShare()).isEqualTo(1);

        // announced and in force on Monday 13 July 2009, no lead, 1-12 July free (δ = 12/31); twelve months from July
        strike.announcedAndInForceFrom(LocalDate.of(2009, 7, 13), 12);
        assertThat(strike.world().effectiveOffset()).isEqualTo(12 / 31.0);
        // the ex-ante rule as the file writes it: nothing after August 2009 but the window's, which names the strike's
        // day and the cut-off
        strike.citesNothingAfterButTheWindow(YearMonth.of(2009, 8), "13 July 2009", "6 August 2009");
        cutsSixTenthsForTwoMonthsToAYearThenRestarts(strike.cutsEveryonesOutputWithoutLeakage());

        // no home market: Canada exports what it mines at the outside price; Vale Inco's stocks are not declared
        strike.sellsAllItMinesAtTheOutsidePrice();
        assertThat(market.trade().issuerOutput()).isEmpty();
        coversTheExchangesStocksTheSurplusAndAMonthOfUsersStocks(strike);

        PathOutcomes paths = strike.paths(400);
        julyMakesItsFirstTwelveDaysAndTheUnstruckShareAfter(paths);
        augustShipsAtMostTheUnstruckShare(paths);
        // July to September: less leaves than with nothing unmade, and nickel is priced higher; the strike's later
        // months are what holds the price from August to October
        strike.holdsThePriceFromItsFirstMonthAndByItsLaterPhases(paths, 3, 1, 4);
        stillStruckInJuneOnAboutOnePathInTwentySix(paths);
        strike.scoresOnly("ca09-jul exports 2009-07", "ca09-jun priceOutside 2010-06");
    }

    /**
     * The cover: LME stocks at the end of 2008 and half the 2009 surplus the INSG forecast, in months of 2009's use,
     * and a month of users' stocks: 0.80 + 0.41 + 1.0, declared 2.2; spread as gallium's, 2.2 x 1.82 = 4.0.
     */
    private static void coversTheExchangesStocksTheSurplusAndAMonthOfUsersStocks(ExAnteWorld strike) {
        double monthOfUse = USE_2009 * 1000 / 12;
        double exchange = LME_END_2008 / monthOfUse;
        double surplus = SURPLUS_2009 / 2 / monthOfUse;
        assertThat(List.of(exchange, surplus, exchange + surplus + 1))
                .satisfiesExactly(
                        e -> assertThat(e).isCloseTo(0.80, within(0.005)),
                        s -> assertThat(s).isCloseTo(0.41, within(0.005)),
                        all -> assertThat(all).isCloseTo(2.2, within(0.05)));
        strike.coversMonthsSpreadAsGalliums(2.2);
    }

    /**
     * The struck operations' share of Canada's output (0.63) and of the world's primary nickel (0.117, Commerzbank's
     * "about 11 percent") lie within the severities declared: a first month and then one to eleven months more losing
     * uniform(0.55, 0.65) of Canada's output, the strike's end two months to a year from its start, then one to three
     * months of restart losing uniform(0.1, 0.35). Drawn once, no review.
     */
    private static void cutsSixTenthsForTwoMonthsToAYearThenRestarts(List<Phase> phases) {
        double struck = (SUDBURY + VOISEYS_BAY) / CANADA_2008;
        assertThat(struck).isCloseTo(0.626, within(0.0005));
        assertThat((SUDBURY + VOISEYS_BAY) / WORLD_2008).isCloseTo(0.117, within(0.0005));
        assertThat(phases).hasSize(3);
        var first = phases.get(0);
        assertThat(List.of(first.months().min(), first.months().max())).containsOnly(1.0);
        var strike = phases.get(1);
        assertThat(List.of(strike.months().min(), strike.months().max())).containsExactly(1.0, 11.0);
        for (Phase struckMonths : List.of(first, strike)) {
            assertThat(List.of(
                            struckMonths.severity().min(),
                            struckMonths.severity().max()))
                    .containsExactly(0.55, 0.65);
            assertThat(struck)
                    .isBetween(
                            struckMonths.severity().min(),
                            struckMonths.severity().max());
        }
        var restart = phases.get(2);
        assertThat(List.of(restart.months().min(), restart.months().max())).containsExactly(1.0, 3.0);
        assertThat(List.of(restart.severity().min(), restart.severity().max())).containsExactly(0.1, 0.35);
        assertThat(first.months().max() + strike.months().max()).isEqualTo(12);
        assertThat(phases).allSatisfy(phase -> assertThat(phase.extension()).isEmpty());
    }

    /**
     * July makes and ships freely to the 12th and from the 13th what the strike leaves, 0.35-0.45 of the pace: on
     * every path the month's exports lie between 12/31 + 19/31 x 0.35 and 12/31 + 19/31 x 0.45.
     */
    private static void julyMakesItsFirstTwelveDaysAndTheUnstruckShareAfter(PathOutcomes paths) {
        double free = 12 / 31.0;
        for (int p = 0; p < paths.paths(); p++) {
            assertThat(paths.value(Series.EXPORTS, p, 0))
                    .isBetween(free + 19 / 31.0 * 0.35 - 0.01, free + 19 / 31.0 * 0.45 + 0.01);
        }
    }

    /** August is struck on every path (the first month to the 13th, at least a month more after it): at most 0.45. */
    private static void augustShipsAtMostTheUnstruckShare(PathOutcomes paths) {
        for (int p = 0; p < paths.paths(); p++) {
            assertThat(paths.value(Series.EXPORTS, p, 1)).isLessThanOrEqualTo(0.45 + 1e-9);
        }
    }

    /**
     * The strike stands through June 2010 (the window's last month, twelve months from 1 July, in force from 12/31 of
     * the first, its first phase one month) when its second phase is longer than 12 - 12/31 - 1 = 10.61 months, on
     * (11 - 10.61) / 10 = 0.039 of the paths; there June ships at most 0.45 of the pace. Paths whose strike ends within
     * June (one in ten) may ship that little too, so the share of paths at most 0.45 lies between the two.
     */
    private static void stillStruckInJuneOnAboutOnePathInTwentySix(PathOutcomes paths) {
        double outlasts = 12 - 12 / 31.0 - 1;
        assertThat(outlasts).isCloseTo(10.61, within(0.005));
        double share = ExAnteWorld.shareShippingAtMost(paths, 11, 0.45);
        assertThat(share).isBetween((11 - outlasts) / 10 - 0.02, (11 - outlasts) / 10 + 1 / 10.0 + 0.02);
    }
}
