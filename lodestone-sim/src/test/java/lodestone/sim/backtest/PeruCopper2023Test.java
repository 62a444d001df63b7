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
 * The thirty-third ex-ante episode, the blockades of Peru's southern mining corridor in the protests after President
 * Castillo's removal, with MMG's statement of 30 January 2023 that Las Bambas could not go on producing from 1 February
 * (docs/research/episodes/pe-copper-2023.md): what its page states of the scenario, the ex-ante rule as the file writes
 * its dates, and the shape the model gives it.
 */
class PeruCopper2023Test {
    /** Peru's mined copper in January to November 2022, tonnes (MINEM, 6 January 2023). */
    private static final double PERU_JAN_NOV_2022 = 2_187_058;

    /**
     * The world's mined copper of 2022, thousand tonnes: 2021's (USGS MCS 2022) with the ICSG's growth for 2022
     * (October 2022).
     */
    private static final double WORLD_2022 = 21_000 * (1 + 0.039);

    /**
     * The share of Peru's copper output at risk (SNMPE via Bloomberg, 27 January 2023); Las Bambas and Antapaccay were
     * together 0.02 of the world's mined copper (Bloomberg, about 20 January 2023).
     */
    private static final double AT_RISK = 0.3;

    @Test
    void theBlockadesCutAFifthToThreeTenthsOfPerusConcentrateForOneToSixMonthsThenAMonthOfRestart() {
        // Peru's pace of 2022 against the world's copper in concentrate of 2022, rounded down for Peru's own SX-EW
        double pace = PERU_JAN_NOV_2022 * 12 / 11 / 1000;
        // the world's less 18 % made by SX-EW, which makes no concentrate (ICSG, October 2019)
        double concentrate = WORLD_2022 * (1 - 0.18);
        assertThat(pace).isCloseTo(2386, within(0.5));
        assertThat(concentrate).isCloseTo(17_892, within(0.5));
        assertThat(pace / concentrate).isCloseTo(0.1334, within(0.00005));
        ExAnteWorld halt = ExAnteWorld.load("pe-copper-2023", "copper-2023-peru", "PE", "copper", 0.13);
        var market = halt.market();
        assertThat(market.shareOf("PE")).isLessThan(pace / concentrate).isGreaterThan(0.12);
        // read against all of Peru's output: the share halted or at risk is in the phases' severities
        assertThat(market.trade().coveredShare()).isEqualTo(1);

        // held in force from the window's first day, 1 February 2023, the day MMG named (the corridor blocked since
        // early January), no lead, δ = 0; twelve months to January 2024. A cut of output, not of exports: every buyer,
        // no licences
        halt.announcedAndInForceFrom(LocalDate.of(2023, 2, 1), 12);
        // the ex-ante rule as the file writes it: nothing after January 2023 but the window's, which names the day
        // held in force and the cut-off
        halt.citesNothingAfterButTheWindow(YearMonth.of(2023, 1), "1 February 2023", "30 January 2023");
        haltsAFifthToThreeTenthsForOneToSixMonthsThenRestarts(halt.cutsEveryonesOutputWithoutLeakage(), pace);

        // no home market: Peru exports what it mines, at the outside price; no stocks or output change declared (new
        // mines' growth had no tonnage before the cut-off); no count of the smelters' cover: 1.5 months, as the other
        // copper concentrate episodes, spread as gallium's
        assertThat(market.trade().issuerOutput()).isEmpty();
        halt.sellsAllItMinesAtTheOutsidePrice();
        halt.coversMonthsSpreadAsGalliums(1.5);

        halt.scoresOnly("pe23-feb exports 2023-02", "pe23-jan priceOutside 2024-01");

        PathOutcomes paths = halt.paths(400);
        februaryShipsSevenToEightTenths(paths);
        mayIsStillBlockadedOnTwoToThreePathsInFive(paths);
        // February to April: less leaves than with nothing unmade, and the concentrate is priced higher; the blockades'
        // months after February are what holds the price: with the first phase alone, March to July leave more and the
        // price there is lower
        halt.holdsThePriceFromItsFirstMonthAndByItsLaterPhases(paths, 3, 1, 6);
    }

    /**
     * A first month (February) losing a share between the three corridor mines' (about a fifth: Las Bambas and
     * Antapaccay 0.18 of Peru's pace, Constancia a few hundredths) and SNMPE's share at risk, 0.3; then the blockades'
     * end uniform over five months more, as much lost; then one month of restart losing at most half of it. Every path's
     * halt is over by the end of August, seven months from 1 February. Drawn once, no review.
     */
    private static void haltsAFifthToThreeTenthsForOneToSixMonthsThenRestarts(List<Phase> phases, double pace) {
        assertThat(phases).hasSize(3);
        double twoMines = 0.02 * WORLD_2022 / pace;
        assertThat(twoMines).isCloseTo(0.183, within(0.0005));
        var first = phases.get(0);
        assertThat(List.of(first.months().min(), first.months().max())).containsOnly(1.0);
        var blockade = phases.get(1);
        assertThat(List.of(blockade.months().min(), blockade.months().max())).containsExactly(0.0, 5.0);
        for (Phase blockaded : List.of(first, blockade)) {
            assertThat(List.of(blockaded.severity().min(), blockaded.severity().max()))
                    .containsExactly(0.2, AT_RISK);
            assertThat(blockaded.severity().min()).isGreaterThan(twoMines);
        }
        var restart = phases.get(2);
        assertThat(List.of(restart.months().min(), restart.months().max())).containsOnly(1.0);
        assertThat(List.of(restart.severity().min(), restart.severity().max())).containsExactly(0.0, AT_RISK / 2);
        double longest = phases.stream().mapToDouble(p -> p.months().max()).sum();
        assertThat(longest).isEqualTo(7);
        assertThat(phases).allSatisfy(phase -> assertThat(phase.extension()).isEmpty());
    }

    /**
     * In force over all of February at a loss of 0.2 to 0.3 of the output, with the exports' part of it the same share
     * (the issuer sells at the outside price, ρ = 1): on every path February ships 0.7 to 0.8 of the pace.
     */
    private static void februaryShipsSevenToEightTenths(PathOutcomes paths) {
        for (int p = 0; p < paths.paths(); p++) {
            assertThat(paths.value(Series.EXPORTS, p, 0)).isBetween(0.7 - 1e-9, 0.8 + 1e-9);
        }
    }

    /**
     * The whole of May 2023 (month 3) stands blockaded when the blockades' phase lasts three months or more, on 2 / 5
     * of the paths, and then ships at most 0.8 of the pace; where the phase ends within May (2 to 3 months, 1 / 5 more)
     * it may ship that little too. So the share of paths shipping at most 0.8 lies between the two.
     */
    private static void mayIsStillBlockadedOnTwoToThreePathsInFive(PathOutcomes paths) {
        assertThat(ExAnteWorld.shareShippingAtMost(paths, 3, 0.8 + 1e-9)).isBetween(0.4 - 0.06, 0.6 + 0.06);
    }
}
