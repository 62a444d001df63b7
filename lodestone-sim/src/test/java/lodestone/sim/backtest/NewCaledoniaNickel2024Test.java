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
import lodestone.sim.scenario.ScenarioSpec;
import org.junit.jupiter.api.Test;

/**
 * The twenty-eighth ex-ante episode, the halt of New Caledonia's nickel mining, processing and shipping by the unrest
 * from 13 May 2024 (docs/research/episodes/nc-nickel-2024.md, "A twenty-eighth episode from ex-ante evidence"): what
 * its section states of the scenario, the ex-ante rule as the file writes its dates, and the shape the model gives it.
 */
class NewCaledoniaNickel2024Test {
    /** New Caledonia's mined nickel in 2023 and the world's, thousand tonnes (USGS MCS, world data). */
    private static final double NEW_CALEDONIA_2023 = 231;

    private static final double WORLD_2023 = 3750;

    /** KNS's nickel of 2022, thousand tonnes, taken for 2023 (ASSUMPTION: no 2023 figure found); in the baseline. */
    private static final double KNS = 25;

    /** The world's primary nickel use in 2023, million tonnes, and the surpluses of 2022 and 2023, thousand tonnes. */
    private static final double USE_2023 = 3.19;

    private static final double SURPLUS_2022_23 = 98 + 163;

    @Test
    void theUnrestStopsAlmostAllForAMonthThenUpToElevenMonthsOfAPartialHaltOfNewCaledoniasOutput() {
        // New Caledonia's share of the world's mined nickel, less KNS (care and maintenance since February 2024) and
        // the ore SLN stopped exporting (200 thousand wet tonnes in the first quarter of 2024, 62 % less than a year
        // before, a year's loss of about 1.3 million wet tonnes at 1.5 % nickel), rounded
        ExAnteWorld unrest = ExAnteWorld.load("nc-nickel-2024", "nickel-2024-world", "NC", "nickel", 0.05);
        ScenarioSpec world = unrest.world();
        var market = unrest.market();
        double slnQuarterBefore = 200 / (1 - 0.62);
        double slnOre = (slnQuarterBefore - 200) * 4 * 0.015;
        assertThat(slnQuarterBefore).isCloseTo(526, within(0.5));
        assertThat(slnOre).isCloseTo(19.6, within(0.05));
        assertThat(NEW_CALEDONIA_2023 / WORLD_2023).isCloseTo(0.062, within(0.0005));
        double pace = (NEW_CALEDONIA_2023 - KNS - 20) / (WORLD_2023 - KNS - 20);
        assertThat(pace).isCloseTo(0.050, within(0.0005));
        assertThat(Math.round(pace * 100) / 100.0).isEqualTo(market.shareOf("NC"));
        // territory-wide: the severities say how much is still made
        assertThat(market.trade().coveredShare()).isEqualTo(1);

        // in force on Monday 13 May 2024, no lead, 1-12 May free (δ = 12/31); twelve months from May 2024. A cut of
        // output, not of exports: every buyer, no licences
        LocalDate riots = LocalDate.of(2024, 5, 13);
        unrest.announcedAndInForceFrom(riots, 12);
        assertThat(world.effectiveOffset()).isEqualTo(12 / 31.0);
        var disruption = world.disruption();
        assertThat(List.of(disruption.instrument(), disruption.targetsEveryone(), disruption.licensing()))
                .containsExactly(Instrument.OUTPUT, true, Optional.empty());

        // a first month making at most a fifth of the pace, then the blockades' end uniform over eleven months more
        // (a year from the start in all) with uniform(0.3, 1) still unmade; its length drawn once, no review
        assertThat(disruption.phases()).hasSize(2);
        var first = disruption.phases().get(0);
        assertThat(List.of(first.months().min(), first.months().max())).containsOnly(1.0);
        assertThat(List.of(first.severity().min(), first.severity().max())).containsExactly(0.8, 1.0);
        var blockades = disruption.phases().get(1);
        assertThat(blockades.months().min()).isZero();
        assertThat(first.months().max() + blockades.months().max()).isEqualTo(12);
        assertThat(List.of(blockades.severity().min(), blockades.severity().max()))
                .containsExactly(0.3, 1.0);
        assertThat(disruption.phases())
                .allSatisfy(phase -> assertThat(phase.extension()).isEmpty());
        assertThat(market.leakage().max()).isZero();

        // no home use: New Caledonia exports what it mines, at the outside price; KNS's stop is in the baseline
        unrest.sellsAllItMinesAtTheOutsidePrice();
        assertThat(market.trade().issuerOutput()).isEmpty();

        // the cover: the surpluses of 2022-23 about a month of 2023's use, and the users' working stocks a month
        // more: 2.0; spread as gallium's, 2.0 x 1.82 = 3.64
        assertThat(SURPLUS_2022_23 / (USE_2023 * 1000 / 12)).isCloseTo(0.98, within(0.005));
        unrest.coversMonthsSpreadAsGalliums(2.0);

        // the ex-ante rule as the file writes it: nothing after May 2024 but the window's, which names the day in force
        // and the cut-off
        unrest.citesNothingAfterButTheWindow(YearMonth.of(2024, 5), "13 May", "22 May 2024");

        PathOutcomes paths = unrest.paths(400);
        mayMakesItsFirstTwelveDaysAndAtMostAFifthAfter(paths);
        // May to July: less leaves than with nothing unmade, and the LME price stands higher; the blockades' months
        // are what holds the price: with the first month alone, June to August leave more and the price there is lower
        unrest.holdsThePriceFromItsFirstMonthAndByItsLaterPhases(paths, 3, 1, 4);
        stillHaltedInApril2025OnAboutOnePathInTwentyEight(paths);
        unrest.scoresOnly("nc24-may exports 2024-05", "nc24-apr priceOutside 2025-04");
    }

    /**
     * May makes and ships freely to the 12th and from the 13th at most a fifth of the pace (the first phase leaves
     * uniform(0, 0.2) of the output made to mid-June): on every path the month's exports lie between 12/31 of the pace
     * and 12/31 plus 19/31 of a fifth.
     */
    private static void mayMakesItsFirstTwelveDaysAndAtMostAFifthAfter(PathOutcomes paths) {
        double free = 12 / 31.0;
        for (int p = 0; p < paths.paths(); p++) {
            assertThat(paths.value(Series.EXPORTS, p, 0)).isBetween(free - 0.01, free + 19 / 31.0 * 0.2 + 0.01);
        }
    }

    /**
     * The halt ends between mid-June 2024 and mid-May 2025, the second phase uniform over eleven months: it outlasts
     * the window (twelve months from 1 May, in force from 12/31 of the first, its first phase one month) when the
     * second phase is longer than 12 - 12/31 - 1 = 10.61 months, on about (11 - 10.61) / 11 = 0.035 of the paths;
     * there April 2025 ships at most 0.7 of the pace (the least share unmade is 0.3). Paths whose halt ends within
     * April (1/11 of them) may ship less than 0.7 too, so the share of paths below 0.7 lies between the two.
     */
    private static void stillHaltedInApril2025OnAboutOnePathInTwentyEight(PathOutcomes paths) {
        double outlasts = 12 - 12 / 31.0 - 1;
        assertThat(outlasts).isCloseTo(10.61, within(0.005));
        double share = ExAnteWorld.shareShippingAtMost(paths, 11, 0.7);
        assertThat(share).isBetween((11 - outlasts) / 11 - 0.02, (11 - outlasts) / 11 + 1 / 11.0 + 0.02);
    }
}
