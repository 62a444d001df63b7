package lodestone.sim.backtest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import lodestone.sim.engine.PathOutcomes;
import lodestone.sim.engine.Series;
import lodestone.sim.scenario.Market;
import lodestone.sim.scenario.Phase;
import org.junit.jupiter.api.Test;

/**
 * The thirty-seventh ex-ante episode, the strike at BHP's Escondida copper mine in Chile from 9 February 2017, with
 * BHP's force majeure on the mine's shipments confirmed on 10 February 2017 (docs/research/episodes/cl-copper-2017.md):
 * what its page states of the scenario, the ex-ante rule as the file writes its dates, and the shape the model gives it.
 */
class EscondidaStrike2017Test {
    /** Chile's and the world's mined copper of 2016, thousand tonnes (USGS Mineral Commodity Summaries 2017). */
    private static final double CHILE_2016 = 5_500;

    private static final double WORLD_2016 = 19_400;

    /**
     * Escondida's output in the second half of 2016 and BHP's forecast for the twelve months to 30 June 2017, thousand
     * tonnes (BHP's operational review of 25 January 2017).
     */
    private static final double[] ESCONDIDA = {452, 1_070};

    /** The copper stocks of the LME, COMEX and the Shanghai Futures Exchange at the end of 2016, tonnes (ICSG). */
    private static final double EXCHANGE_STOCKS = 605_146;

    @Test
    void theStrikeHaltsEscondidasSixthOfChilesCopperForHalfAMonthToTwoMonthsThenAMonthOfRestart() {
        ExAnteWorld strike = ExAnteWorld.load("cl-copper-2017", "copper-2017-escondida", "CL", "copper", 0.28);
        // in force from the strike's first day, 9 February 2017, with no lead: 1-8 February trade freely (δ = 8/28);
        // twelve months to January 2018. A cut of output, not of exports: every buyer, no licences
        strike.announcedAndInForceFrom(LocalDate.of(2017, 2, 9), 12);
        var market = strike.market();
        chileIsOverAQuarterOfTheWorldsMinedCopperReadWhole(market);
        assertThat(strike.world().effectiveOffset()).isEqualTo(8 / 28.0);
        // the ex-ante rule as the file writes it: nothing after February 2017 but the window's, which names the
        // strike's
        // day and the cut-off, the day force majeure was confirmed
        strike.citesNothingAfterButTheWindow(YearMonth.of(2017, 2), "9 February 2017", "10 February 2017");
        haltsEscondidaForHalfAMonthToTwoMonthsThenRestarts(strike.cutsEveryonesOutputWithoutLeakage());

        // no home market: Chile exports what it mines, at the outside price (the LME's); no stocks or output change
        // declared; the cover: 1.5 months of concentrate as the other copper episodes and the exchanges' refined
        // stocks, 0.37 months of the world's mined copper, rounded up to 2.0 for the unreported stocks
        assertThat(market.trade().issuerOutput()).isEmpty();
        strike.sellsAllItMinesAtTheOutsidePrice();
        double exchanges = EXCHANGE_STOCKS / (WORLD_2016 * 1000 / 12);
        assertThat(exchanges).isCloseTo(0.374, within(0.0005));
        assertThat(market.stocksMonths().median()).isGreaterThan(1.5 + exchanges);
        strike.coversMonthsSpreadAsGalliums(2.0);

        strike.scoresOnly("cl17-feb exports 2017-02", "cl17-jan priceOutside 2018-01");

        PathOutcomes paths = strike.paths(400);
        februaryShipsTheFreeWeekAndTheUnstruckShare(paths);
        // February and March: less leaves than with nothing unmade, and copper is priced higher; the strike's months
        // after its first fortnight are what holds the price in March: with the first phase alone, more leaves there
        // and the price is lower. In April the buyers restock what the strike took: more than the pace leaves
        strike.holdsThePriceFromItsFirstMonthAndByItsLaterPhases(paths, 2, 1, 2);
        assertThat(ExAnteWorld.mean(paths, Series.EXPORTS, 2)).isGreaterThan(1);
        theStrikeIsOverByMayOnEveryPath(paths);
    }

    /**
     * Chile's 5.5 of the world's 19.4 million tonnes, 0.2835, rounded down to a hundredth; the measure is read against
     * all of Chile's mined copper (coveredShare 1), Escondida's share of it being in the phases' severities.
     */
    private static void chileIsOverAQuarterOfTheWorldsMinedCopperReadWhole(Market market) {
        double share = CHILE_2016 / WORLD_2016;
        assertThat(share).isCloseTo(0.2835, within(0.00005));
        assertThat(market.shareOf("CL"))
                .isEqualTo(Math.floor(share * 100) / 100)
                .isLessThan(share);
        assertThat(market.trade().coveredShare()).isEqualTo(1);
    }

    /**
     * Half a month (BHP's 15 days without production), then the strike's end uniform over a month and a half more,
     * losing all of Escondida's pace on each: between the second half of 2016's (904 thousand tonnes a year) and the
     * pace BHP's forecast left for the first half of 2017 (1.24 million a year), against Chile's 5.5 million; then one
     * month of restart losing at most half of it. Every path's cut is over three months after 9 February. Drawn once,
     * no review.
     */
    private static void haltsEscondidaForHalfAMonthToTwoMonthsThenRestarts(List<Phase> phases) {
        double low = ESCONDIDA[0] * 2 / CHILE_2016;
        double high = (ESCONDIDA[1] - ESCONDIDA[0]) * 2 / CHILE_2016;
        assertThat(low).isCloseTo(0.1644, within(0.00005));
        assertThat(high).isCloseTo(0.2247, within(0.00005));
        // about a million tonnes in 2016 (Bloomberg, 10 February 2017) lies between them
        assertThat(1_000 / CHILE_2016).isBetween(low, high);

        assertThat(phases).hasSize(3);
        var fortnight = phases.get(0);
        assertThat(List.of(fortnight.months().min(), fortnight.months().max())).containsOnly(0.5);
        var rest = phases.get(1);
        assertThat(List.of(rest.months().min(), rest.months().max())).containsExactly(0.0, 1.5);
        for (Phase struck : List.of(fortnight, rest)) {
            assertThat(List.of(struck.severity().min(), struck.severity().max()))
                    .containsExactly(0.16, 0.22);
            assertThat(struck.severity().min()).isCloseTo(low, within(0.005));
            assertThat(struck.severity().max()).isCloseTo(high, within(0.005));
        }
        var restart = phases.get(2);
        assertThat(List.of(restart.months().min(), restart.months().max())).containsOnly(1.0);
        assertThat(List.of(restart.severity().min(), restart.severity().max())).containsExactly(0.0, 0.22 / 2);
        // the strike's longest: two months from 9 February, the union's provisions; the cut's longest three
        assertThat(fortnight.months().max() + rest.months().max()).isEqualTo(2);
        double longest = phases.stream().mapToDouble(p -> p.months().max()).sum();
        assertThat(longest).isEqualTo(3);
        assertThat(phases).allSatisfy(phase -> assertThat(phase.extension()).isEmpty());
    }

    /**
     * The first eight days ship the buyers' usual orders; from the 9th, 20 days of 28, the cap of what is still made
     * binds (the buyers order their precaution on top): where the strike stands to the month's end February ships 1 -
     * 20/28 of the share lost, 0.843 to 0.886 of the pace. Where it ends within February (the strike's second phase
     * shorter than 6/28 of a month, on 1 / 7 of the paths) the restart's smaller loss takes the last days, and at the
     * least (a fortnight at 0.16, then nothing lost) 0.92 leaves.
     */
    private static void februaryShipsTheFreeWeekAndTheUnstruckShare(PathOutcomes paths) {
        double least = 1 - 0.22 * 20 / 28;
        double struckToTheEnd = 1 - 0.16 * 20 / 28;
        double most = 1 - 0.16 * 14 / 28;
        assertThat(List.of(least, struckToTheEnd, most)).containsExactly(0.8428571428571429, 0.8857142857142857, 0.92);
        int endedInFebruary = 0;
        for (int p = 0; p < paths.paths(); p++) {
            double february = paths.value(Series.EXPORTS, p, 0);
            assertThat(february).isBetween(least - 1e-9, most + 1e-9);
            if (february > struckToTheEnd + 1e-9) {
                endedInFebruary++;
            }
        }
        assertThat(endedInFebruary / (double) paths.paths()).isLessThan(1 / 7.0 + 0.05);
    }

    /**
     * The cut ends at the latest three months after 9 February, inside May (month 3): from June on no path loses
     * anything, and what leaves follows the buyers' orders, which after their restocking sit near the pace.
     */
    private static void theStrikeIsOverByMayOnEveryPath(PathOutcomes paths) {
        assertThat(ExAnteWorld.mean(paths, Series.EXPORTS, 5, 12)).isCloseTo(1, within(0.02));
        assertThat(ExAnteWorld.mean(paths, Series.EXPORTS, 1)).isLessThan(1);
    }
}
