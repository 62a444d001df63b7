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
 * The thirtieth ex-ante episode, the halt of Cobre Panamá's copper concentrate by the blockade of its port from 13
 * November 2023 and the closure announced after the Supreme Court's ruling of 28 November 2023
 * (docs/research/episodes/pa-copper-2023.md, "A thirtieth episode from ex-ante evidence"): what its section states of
 * the scenario, the ex-ante rule as the file writes its dates, and the shape the model gives it.
 */
class CobrePanamaCopper2023Test {
    /** Cobre Panamá's copper in the third quarter of 2023, tonnes (First Quantum, 24 October 2023). */
    private static final double COBRE_PANAMA_Q3_2023 = 112_734;

    /** The world's mined copper in 2023, thousand tonnes (USGS MCS, world data). */
    private static final double WORLD_2023 = 22_600;

    /** The share of the world's mining capacity of 2023 in SX-EW, which makes no concentrate (ICSG, October 2019). */
    private static final double SX_EW = 0.18;

    /** The days of November 2023 before the blockade's first cut (1-12) and of the ramp-down (13-22). */
    private static final double FREE = 12 / 30.0;

    private static final double RAMP_DOWN = 0.33;

    @Test
    void theBlockadeCutsAThirdToAllForTenDaysThenNothingIsMadeForTheRestOfTheWindow() {
        // Cobre Panamá's pace of the third quarter against the world's copper in concentrate, rounded to a thousandth
        double pace = COBRE_PANAMA_Q3_2023 * 4 / 1000;
        double concentrate = WORLD_2023 * (1 - SX_EW);
        assertThat(pace).isCloseTo(451, within(0.5));
        assertThat(concentrate).isCloseTo(18_532, within(0.5));
        assertThat(pace / concentrate).isCloseTo(0.0243, within(0.00005));
        ExAnteWorld halt = ExAnteWorld.load("pa-copper-2023", "copper-2023-world", "PA", "copper", 0.024);
        ScenarioSpec world = halt.world();
        var market = halt.market();
        assertThat(Math.round(pace / concentrate * 1000) / 1000.0).isEqualTo(market.shareOf("PA"));
        // the mine is Panama's only copper producer: the severities say how much is still made
        assertThat(market.trade().coveredShare()).isEqualTo(1);

        // in force on Monday 13 November 2023, no lead, 1-12 November free (δ = 12/30); twelve months from November
        // 2023. A cut of output, not of exports: every buyer, no licences
        halt.announcedAndInForceFrom(LocalDate.of(2023, 11, 13), 12);
        assertThat(world.effectiveOffset()).isEqualTo(FREE);
        var disruption = world.disruption();
        assertThat(List.of(disruption.instrument(), disruption.targetsEveryone(), disruption.licensing()))
                .containsExactly(Instrument.OUTPUT, true, Optional.empty());

        // ten days of thirty (13-23 November) with one to all of three trains' worth unmade or unloaded, then nothing
        // made for 36 months, which outlasts the window; no review, no leakage
        assertThat(disruption.phases()).hasSize(2);
        var rampDown = disruption.phases().get(0);
        assertThat(List.of(rampDown.months().min(), rampDown.months().max())).containsOnly(RAMP_DOWN);
        assertThat(RAMP_DOWN * 30).isCloseTo(10, within(0.1));
        assertThat(List.of(rampDown.severity().min(), rampDown.severity().max()))
                .containsExactly(0.33, 1.0);
        var closure = disruption.phases().get(1);
        assertThat(List.of(closure.months().min(), closure.months().max())).containsOnly(36.0);
        assertThat(List.of(closure.severity().min(), closure.severity().max())).containsOnly(1.0);
        assertThat(FREE + RAMP_DOWN + closure.months().min()).isGreaterThan(12);
        assertThat(disruption.phases())
                .allSatisfy(phase -> assertThat(phase.extension()).isEmpty());
        assertThat(market.leakage().max()).isZero();

        // no smelter at home: Panama exports what it mines, at the outside price; no stocks or output change declared
        halt.sellsAllItMinesAtTheOutsidePrice();
        assertThat(market.trade().issuerOutput()).isEmpty();

        // the cover: 1.5 months (ASSUMPTION, as for id-copper-2014's concentrate), spread as gallium's, 1.5 x 1.82
        assertThat(market.stocksMonths().median()).isEqualTo(1.5);
        assertThat(market.stocksMonths().quantile(0.9)).isCloseTo(1.5 * 1.82, within(0.005));

        // the ex-ante rule as the file writes it: nothing after November 2023 but the window's, which names the day in
        // force and the cut-off
        halt.citesNothingAfterButTheWindow(YearMonth.of(2023, 11), "13 November", "28 November 2023");

        PathOutcomes paths = halt.paths(400);
        novemberShipsItsFirstTwelveDaysAndAtMostTwoThirdsOfTheRampDown(paths);
        nothingLeavesFromDecember(paths);
        // over the window less leaves than with nothing unmade, and the concentrate is priced higher
        halt.shipsLessAndPricesHigherThanUnrefused(paths, 0, 12);
        // the closure is what holds the price: with the ramp-down alone December to October ship more, priced lower
        halt.firstPhaseAloneShipsMoreAndPricesLower(paths, 1, 12);
        halt.scoresOnly("pa23-nov exports 2023-11", "pa23-oct priceOutside 2024-10");
    }

    /**
     * November makes and ships freely to the 12th, then for ten days a share between a third and all of the output is
     * unmade or unloaded, then nothing: on every path the month's exports lie between 12/30 of the pace and 12/30 plus
     * 0.33 months at two-thirds.
     */
    private static void novemberShipsItsFirstTwelveDaysAndAtMostTwoThirdsOfTheRampDown(PathOutcomes paths) {
        for (int p = 0; p < paths.paths(); p++) {
            assertThat(paths.value(Series.EXPORTS, p, 0)).isBetween(FREE - 0.01, FREE + RAMP_DOWN * (1 - 0.33) + 0.01);
        }
    }

    /** From December 2023 to October 2024 nothing is made, and nothing is held to leave: no exports on any path. */
    private static void nothingLeavesFromDecember(PathOutcomes paths) {
        for (int p = 0; p < paths.paths(); p++) {
            for (int t = 1; t < 12; t++) {
                assertThat(paths.value(Series.EXPORTS, p, t)).isCloseTo(0, within(1e-9));
            }
        }
    }
}
