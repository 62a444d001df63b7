package lodestone.sim.backtest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import lodestone.sim.engine.PathOutcomes;
import lodestone.sim.engine.Series;
import lodestone.sim.scenario.ScenarioSpec;
import org.junit.jupiter.api.Test;

/**
 * The twenty-sixth ex-ante episode, Tropical Cyclone Megan's halt of GEMCO's manganese mining and exports on Groote
 * Eylandt from 16 March 2024 (docs/research/episodes/au-manganese-2024.md, "A twenty-sixth episode from ex-ante
 * evidence"): what its section states of the scenario, the ex-ante rule as the file writes its dates, and the shape the
 * model gives it.
 */
class GrooteEylandtManganese2024Test {
    /** Australia's mined manganese content in 2023 and the world's, million tonnes (USGS MCS, world data). */
    private static final double AUSTRALIA_2023 = 2.86;

    private static final double WORLD_2023 = 19.6;

    @Test
    void theCycloneStopsGemcoForAMonthThenTheWharfStaysOutUpToAYearWithAlternativeShippingForUpToHalf() {
        // Australia's share of the world's mined manganese of 2023, 2.86 of 19.6 million tonnes of content, rounded
        ExAnteWorld megan = ExAnteWorld.load("au-manganese-2024", "manganese-2024-world", "AU", "manganese", 0.15);
        ScenarioSpec world = megan.world();
        var market = megan.market();
        assertThat(AUSTRALIA_2023 / WORLD_2023).isCloseTo(0.146, within(0.0005));
        assertThat(Math.round(AUSTRALIA_2023 / WORLD_2023 * 100) / 100.0).isEqualTo(market.shareOf("AU"));

        // GEMCO's share of Australia's: 3,545 thousand wet tonnes (South32's 60 %) in the year to June 2023, 5,908 in
        // all, at 40 % manganese 2.36 million tonnes of content against Australia's 2.86
        double gemco = 3.545 / 0.6 * 0.40;
        assertThat(gemco).isCloseTo(2.36, within(0.005));
        assertThat(market.trade().coveredShare()).isEqualTo(Math.round(gemco / AUSTRALIA_2023 * 100) / 100.0);

        // the storm reached the ship at the wharf on Saturday 16 March: in force that day, no lead, 1-15 March ship
        // freely (δ = 15/31); twelve months from March 2024. A halt refuses as a ban does, every buyer, no licences
        LocalDate storm = LocalDate.of(2024, 3, 16);
        assertThat(world.effectiveOffset()).isEqualTo(15 / 31.0);
        megan.bansEveryoneWithoutLeadFrom(storm, 12);

        // a first month stopping every tonne of GEMCO's, then the wharf out for up to eleven months more (a year from
        // the cyclone in all) with alternative shipping moving up to half; its length drawn once, no review
        var disruption = world.disruption();
        assertThat(disruption.phases()).hasSize(2);
        var assessment = disruption.phases().get(0);
        assertThat(List.of(assessment.months().min(), assessment.months().max()))
                .containsOnly(1.0);
        assertThat(List.of(assessment.severity().min(), assessment.severity().max()))
                .containsOnly(1.0);
        var wharf = disruption.phases().get(1);
        assertThat(wharf.months().min()).isZero();
        assertThat(assessment.months().max() + wharf.months().max()).isEqualTo(12);
        assertThat(List.of(wharf.severity().min(), wharf.severity().max())).containsExactly(0.5, 1.0);
        assertThat(disruption.phases())
                .allSatisfy(phase -> assertThat(phase.extension()).isEmpty());
        assertThat(market.leakage().max()).isZero();

        // almost no home use (TEMCO's smelter unquantified): Australia exports what it mines, at the outside price
        megan.sellsAllItMinesAtTheOutsidePrice();
        assertThat(market.trade().issuerOutput()).isEmpty();

        // the cover: China's port stocks of 5.7 Mt in August 2023 against 26.14 Mt imported in January-October 2023,
        // 2.2 months, and the smelters' days: 2.3; spread as gallium's, 2.3 x 1.82 = 4.19
        assertThat(5.7 / (26.14 / 10)).isCloseTo(2.18, within(0.005));
        assertThat(market.stocksMonths().median()).isEqualTo(2.3);
        assertThat(market.stocksMonths().quantile(0.9)).isCloseTo(2.3 * 1.82, within(0.005));

        // the ex-ante rule as the file writes it: nothing after March 2024 but the window's, which names the day in
        // force and the cut-off
        megan.citesNothingAfterButTheWindow(YearMonth.of(2024, 3), "16 March", "20 March 2024");

        PathOutcomes paths = megan.paths(400);
        marchShipsItsFirstFifteenDaysAndWhatGemcoDoesNotMine(
                paths, market.trade().coveredShare());
        // March to May: less leaves than with no halt, and the ore price stands higher
        PathOutcomes open = megan.refusing(0, 400);
        assertThat(ExAnteWorld.mean(paths, Series.EXPORTS, 0, 3))
                .isLessThan(ExAnteWorld.mean(open, Series.EXPORTS, 0, 3));
        assertThat(ExAnteWorld.mean(paths, Series.PRICE_OUTSIDE, 0, 3))
                .isGreaterThan(ExAnteWorld.mean(open, Series.PRICE_OUTSIDE, 0, 3));
        // the wharf's months are what holds the price: with the first month alone, April to June leave more and the
        // price there is lower
        megan.firstPhaseAloneShipsMoreAndPricesLower(paths, 1, 4);
        stillOutInFebruary2025OnAboutOnePathInTwentyThree(paths);
        megan.scoresOnly("au24-mar exports 2024-03", "au24-feb priceOutside 2025-02");
    }

    /**
     * March ships freely to the 15th and from the 16th only what GEMCO does not mine (the first phase stops every
     * tonne of its exports to mid-April): on every path the month's exports are 15/31 of the pace plus 16/31 of the
     * share outside GEMCO.
     */
    private static void marchShipsItsFirstFifteenDaysAndWhatGemcoDoesNotMine(PathOutcomes paths, double covered) {
        double march = 15 / 31.0 + 16 / 31.0 * (1 - covered);
        for (int p = 0; p < paths.paths(); p++) {
            assertThat(paths.value(Series.EXPORTS, p, 0)).isCloseTo(march, within(0.01));
        }
    }

    /**
     * The halt ends between mid-April 2024 and mid-March 2025, the second phase uniform over eleven months: it outlasts
     * the window (twelve months from 1 March, the halt in force from 15/31 of the first and its first phase one month)
     * when the second phase is longer than 12 - 15/31 - 1 = 10.52 months, on about (11 - 10.52) / 11 = 0.044 of the
     * paths; there February 2025 ships at most the share outside GEMCO and half of GEMCO's, elsewhere the wharf
     * ships again (what returns late in February may fall on either side).
     */
    private static void stillOutInFebruary2025OnAboutOnePathInTwentyThree(PathOutcomes paths) {
        int out = 0;
        for (int p = 0; p < paths.paths(); p++) {
            if (paths.value(Series.EXPORTS, p, 11) < 0.6) {
                out++;
            }
        }
        double outlasts = 12 - 15 / 31.0 - 1;
        assertThat(outlasts).isCloseTo(10.52, within(0.005));
        assertThat(out / (double) paths.paths()).isCloseTo((11 - outlasts) / 11, within(0.03));
    }
}
