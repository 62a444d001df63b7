package lodestone.sim.backtest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import lodestone.sim.engine.PathOutcomes;
import lodestone.sim.engine.Series;
import lodestone.sim.scenario.Instrument;
import lodestone.sim.scenario.Phase;
import org.junit.jupiter.api.Test;

/**
 * The thirty-first ex-ante episode, the halt of Mozambique's graphite by the protests at Syrah's Balama operation,
 * declared force majeure on 11 December 2024 (docs/research/episodes/mz-graphite-2024.md, "A thirty-first episode from
 * ex-ante evidence"): what its section states of the scenario, the ex-ante rule as the file writes its dates, and the
 * shape the model gives it.
 */
class MozambiqueGraphite2024Test {
    /** Mozambique's mined natural graphite in 2023 and the world's, thousand tonnes (USGS MCS, world data). */
    private static final double MOZAMBIQUE_2023 = 98;

    private static final double WORLD_2023 = 1530;

    /**
     * Mozambique's graphite in the first quarter of 2024 (its budget execution report) and Balama's in the second
     * (Syrah), thousand tonnes; none from July.
     */
    private static final double FIRST_HALF_2024 = 11.419 + 24;

    /** Mozambique's own count for 2023, thousand tonnes (its budget execution report). */
    private static final double MOZAMBIQUE_2023_OWN_COUNT = 97.346;

    @Test
    void theProtestStopsNearlyAllOfMozambiquesGraphiteForAMonthAndAHalfThenUntilItEndsThenAMonthOfRestart() {
        // Mozambique's share of the world's mined natural graphite: 2023's count and the pace of 2024 before the
        // protests (the first half at a year's rate), the shipped share between them
        ExAnteWorld halt = ExAnteWorld.load("mz-graphite-2024", "graphite-2024-world", "MZ", "graphite", 0.05);
        var market = halt.market();
        double share2023 = MOZAMBIQUE_2023 / WORLD_2023;
        double pace2024 = FIRST_HALF_2024 * 2 / WORLD_2023;
        assertThat(share2023).isCloseTo(0.064, within(0.0005));
        assertThat(MOZAMBIQUE_2023_OWN_COUNT).isCloseTo(MOZAMBIQUE_2023, within(1.0));
        assertThat(FIRST_HALF_2024 * 2).isCloseTo(71, within(0.5));
        assertThat(pace2024).isCloseTo(0.046, within(0.0005));
        assertThat(market.shareOf("MZ")).isBetween(pace2024, share2023);
        // Balama is nearly all of it: the severities say how much is still made
        assertThat(market.trade().coveredShare()).isEqualTo(1);

        // held in force from the window's first day, 1 December 2024 (the protests began in late September), no
        // lead, δ = 0; twelve months to November 2025. A cut of output, not of exports: every buyer, no licences
        halt.announcedAndInForceFrom(LocalDate.of(2024, 12, 1), 12);
        // the ex-ante rule as the file writes it: nothing after December 2024 but the window's, which names the day
        // held in force and the cut-off
        halt.citesNothingAfterButTheWindow(YearMonth.of(2024, 12), "1 December 2024", "11 December 2024");
        var disruption = halt.world().disruption();
        assertThat(List.of(disruption.instrument(), disruption.targetsEveryone(), disruption.licensing()))
                .containsExactly(Instrument.OUTPUT, true, Optional.empty());
        haltsForAMonthAndAHalfThenUntilTheProtestEndsThenRestarts(disruption.phases());
        assertThat(market.leakage().max()).isZero();

        // no home use: Mozambique exports what it mines, at the outside price; Syrah's pause from July 2024 is in the
        // pace, not a change within the window
        halt.sellsAllItMinesAtTheOutsidePrice();
        assertThat(market.trade().issuerOutput()).isEmpty();

        // no count of the buyers' cover: the usual two months, spread as gallium's, 2.0 x 1.82 = 3.64
        halt.coversMonthsSpreadAsGalliums(2.0);

        halt.scoresOnly("mg24-dec exports 2024-12", "mg24-nov priceOutside 2025-11");

        PathOutcomes paths = halt.paths(400);
        decemberShipsAtMostATenthAndJanuaryAtMostThreeTenths(paths);
        // December to February: less leaves than with nothing unmade, and the flake price stands higher; the
        // protest's months are what holds the price: with the first phase alone, February to April leave more and the
        // price there is lower
        halt.holdsThePriceFromItsFirstMonthAndByItsLaterPhases(paths, 3, 2, 5);
        stillHaltedInNovember2025OnAboutOnePathInTen(paths);
    }

    /**
     * A first phase of a month and a half (no campaign in the December quarter, no government before mid-January)
     * making at most a tenth (GK Ancuabe's 9 thousand tonnes a year against 71-97 thousand, and it was stopped); then
     * the protest's end uniform over 10.5 months more (to the window's end), as much unmade; then one month of
     * restart making at most half the pace (the restart of March 2021: 5 thousand tonnes against about 29 / 3 a month
     * in the next quarter). Drawn once, no review.
     */
    private static void haltsForAMonthAndAHalfThenUntilTheProtestEndsThenRestarts(List<Phase> phases) {
        assertThat(phases).hasSize(3);
        var first = phases.get(0);
        assertThat(List.of(first.months().min(), first.months().max())).containsOnly(1.5);
        assertThat(9 / MOZAMBIQUE_2023_OWN_COUNT).isCloseTo(0.092, within(0.0005));
        assertThat(9 / (FIRST_HALF_2024 * 2)).isCloseTo(0.127, within(0.0005));
        var protest = phases.get(1);
        assertThat(protest.months().min()).isZero();
        assertThat(first.months().max() + protest.months().max()).isEqualTo(12);
        for (Phase halted : List.of(first, protest)) {
            assertThat(List.of(halted.severity().min(), halted.severity().max()))
                    .containsExactly(0.9, 1.0);
        }
        var restart = phases.get(2);
        assertThat(List.of(restart.months().min(), restart.months().max())).containsOnly(1.0);
        assertThat(5 / (29 / 3.0)).isCloseTo(0.52, within(0.005));
        assertThat(List.of(restart.severity().min(), restart.severity().max())).containsExactly(0.5, 1.0);
        assertThat(phases).allSatisfy(phase -> assertThat(phase.extension()).isEmpty());
    }

    /**
     * In force over all of December and January, at least 0.9 of the output unmade to mid-January (the first phase)
     * and at least half after it (the protest's phase, or the restart where the protest ends at once): on every path
     * December ships at most a tenth of the pace and January at most half a tenth plus half a half, 0.3.
     */
    private static void decemberShipsAtMostATenthAndJanuaryAtMostThreeTenths(PathOutcomes paths) {
        for (int p = 0; p < paths.paths(); p++) {
            assertThat(paths.value(Series.EXPORTS, p, 0)).isLessThanOrEqualTo(0.1 + 1e-9);
            assertThat(paths.value(Series.EXPORTS, p, 1)).isLessThanOrEqualTo(0.5 * 0.1 + 0.5 * 0.5 + 1e-9);
        }
    }

    /**
     * The whole of November 2025 (month 11) is in force when the protest's phase lasts 9.5 months or more (it and
     * the restart end 2.5 months after it begins at 1.5), on 1 / 10.5 of the paths, and then it ships at most half
     * the pace; where the restart ends within November (the phase 8.5-9.5 months, 1 / 10.5 more) it may ship less
     * too. So the share of paths shipping at most half the pace lies between the two.
     */
    private static void stillHaltedInNovember2025OnAboutOnePathInTen(PathOutcomes paths) {
        assertThat(ExAnteWorld.shareShippingAtMost(paths, 11, 0.5)).isBetween(1 / 10.5 - 0.03, 2 / 10.5 + 0.03);
    }
}
