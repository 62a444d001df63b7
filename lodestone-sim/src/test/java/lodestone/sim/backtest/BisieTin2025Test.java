package lodestone.sim.backtest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.List;
import lodestone.sim.engine.PathOutcomes;
import lodestone.sim.engine.Series;
import lodestone.sim.scenario.ScenarioSpec;
import org.junit.jupiter.api.Test;

/**
 * The twenty-fifth ex-ante episode, Alphamin's halt of its Bisie tin mine in North Kivu from 13 March 2025 as M23
 * rebels advanced towards Walikale (docs/research/episodes/cd-tin-2025.md, "A twenty-fifth episode from ex-ante
 * evidence"): what its section states of the scenario, the ex-ante rule as the file writes its dates, and the shape the
 * model gives it.
 */
class BisieTin2025Test {
    @Test
    void theMineStopsOnTheThirteenthAndRestartsAfterAFewWeeksOrAfterTheRebelsHoldOnRubayaAtTheLongest() {
        // the DRC's share of the world's mined tin in 2024: 25,000 t of 300,000 t (USGS MCS 2025)
        ExAnteWorld halt = ExAnteWorld.load("cd-tin-2025", "tin-2025-world", "CD", "tin", 0.083);
        ScenarioSpec world = halt.world();
        var market = halt.market();
        assertThat(25_000 / 300_000.0).isCloseTo(0.083, within(0.0005));
        // Bisie's share of the DRC's mined tin: 17.3 kt of 25 kt in 2024, 20 kt of 27.7 kt at its target pace; 0.7,
        // so Bisie is about 6 % of the world's mined tin
        assertThat(market.trade().coveredShare()).isEqualTo(0.7);
        assertThat(17.3 / 25).isCloseTo(0.69, within(0.005));
        assertThat(20 / (25 - 17.3 + 20)).isCloseTo(0.72, within(0.005));
        assertThat(market.trade().coveredShare()).isBetween(17.3 / 25, 20 / (25 - 17.3 + 20));
        assertThat(market.shareOf("CD") * market.trade().coveredShare()).isCloseTo(0.058, within(0.0005));

        // halted on Thursday 13 March 2025 the day it was announced, on every buyer, without licences: no lead, 1-12
        // March mine and ship freely
        LocalDate halted = LocalDate.of(2025, 3, 13);
        halt.bansEveryoneWithoutLeadFrom(halted, 12);
        assertThat(world.effectiveOffset()).isEqualTo(12 / 31.0);

        // the precautionary halt of two to six weeks, reviewed with the rule of succession's chance with no outcome on
        // record; if extended, one more month up to M23's hold on Rubaya at the cut-off (end of April 2024 to 13 March
        // 2025, 10.4 months), all of Bisie's output refused throughout; then the mine restarts
        var disruption = world.disruption();
        assertThat(disruption.phases())
                .hasSize(2)
                .allSatisfy(phase -> assertThat(
                                List.of(phase.severity().min(), phase.severity().max()))
                        .containsOnly(1.0));
        var precaution = disruption.phases().get(0);
        assertThat(List.of(precaution.months().min(), precaution.months().max()))
                .containsExactly(0.5, 1.5);
        assertThat(precaution.extension()).hasValue((0 + 1) / (0 + 2.0));
        var held = disruption.phases().get(1);
        // (Rubaya: captured after fighting in April 2024, announced by the group on 2 May; 10.4 months from 30 April,
        // 10.35 from 2 May)
        double month = 365.25 / 12;
        assertThat(ChronoUnit.DAYS.between(LocalDate.of(2024, 4, 30), halted) / month)
                .isCloseTo(10.4, within(0.05));
        assertThat(ChronoUnit.DAYS.between(LocalDate.of(2024, 5, 2), halted) / month)
                .isCloseTo(10.35, within(0.005));
        assertThat(List.of(held.months().min(), held.months().max())).containsExactly(1.0, 10.4);
        assertThat(held.extension()).isEmpty();
        assertThat(market.leakage().max()).isZero();

        // no tin smelter in the DRC and the whole output sold to one trader: exported at the LME price; the cover of
        // the other tin episodes, two months with gallium's spread (4 / 2.2 = 1.82)
        halt.sellsAllItMinesAtTheOutsidePrice();
        assertThat(market.trade().issuerOutput()).isEmpty();
        assertThat(market.stocksMonths().median()).isEqualTo(2);
        assertThat(4 / 2.2).isCloseTo(1.82, within(0.005));
        assertThat(market.stocksMonths().quantile(0.9)).isCloseTo(2 * 1.82, within(1e-6));

        // the ex-ante rule as the file writes it: nothing after March 2025 but the window's, which names the day
        halt.citesNothingAfterButTheWindow(YearMonth.of(2025, 3), "13 March 2025", "no lead");

        PathOutcomes paths = halt.paths(400);
        // March and April: less leaves than with the mine running, and the LME price stands higher
        halt.shipsLessAndPricesHigherThanUnrefused(paths, 0, 2);
        // March: twelve days free, then only the DRC's other tin (0.3 of its exports) leaves; less than the pace on
        // every path, and no less than the uncovered share
        for (int p = 0; p < paths.paths(); p++) {
            assertThat(paths.value(Series.EXPORTS, p, 0)).isLessThan(1).isGreaterThanOrEqualTo(0.3 - 1e-9);
        }
        // June: the halt still stands where the review extended it and the extension runs past June (q x P(phase 1 +
        // phase 2 > 4 months from 1 March) = 0.5 x 0.83 = 0.41): about that share of paths ship less than half the
        // pace, the rest are back
        int haltedInJune = 0;
        for (int p = 0; p < paths.paths(); p++) {
            if (paths.value(Series.EXPORTS, p, 3) < 0.5) {
                haltedInJune++;
            }
        }
        assertThat(haltedInJune / (double) paths.paths()).isBetween(0.33, 0.49);
        // the outside price is higher in March-April than once most paths have restarted (February 2026)
        assertThat(ExAnteWorld.mean(paths, Series.PRICE_OUTSIDE, 11, 12))
                .isLessThan(ExAnteWorld.mean(paths, Series.PRICE_OUTSIDE, 0, 2));
    }
}
