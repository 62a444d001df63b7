package lodestone.sim.backtest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import lodestone.sim.engine.PathOutcomes;
import lodestone.sim.engine.Series;
import lodestone.sim.scenario.Instrument;
import lodestone.sim.scenario.ScenarioSpec;
import org.junit.jupiter.api.Test;

/**
 * The fourteenth ex-ante episode, the Philippines' closure and suspension orders on mines of 2 February 2017
 * (docs/research/episodes/ph-nickel-ore-2017.md, "A fourteenth episode from ex-ante evidence"): what its section states
 * of the scenario, and the shape the model gives it.
 */
class NickelOreClosures2017Test {
    @Test
    void theOrdersOfTwoFebruaryTakeEffectAtOnceAndBiteAsTheirEnforcementRamps() {
        // the Philippines' share of the buyers' ore: 95.6 % of China's imports by tonnage (January-July 2016), the
        // others' ore of higher grade (1.9 % against the Philippines' 1.24 %)
        ExAnteWorld orders = ExAnteWorld.load("ph-nickel-ore-2017", "nickel-ore-2017-world", "PH", "nickel", 0.93);
        ScenarioSpec world = orders.world();
        var market = orders.market();
        double philippines = 0.956 * 1.24 / (0.956 * 1.24 + 0.044 * 1.9);
        assertThat(market.shareOf("PH")).isCloseTo(philippines, within(0.005));
        // the Philippines' average grade from the trader's three classes (high, middle, low) at their assumed grades
        assertThat(0.0317 * 1.85 + 0.5214 * 1.5 + 0.4441 * 0.9).isCloseTo(1.24, within(0.005));

        // announced and in force on 2 February 2017: no lead, twelve months simulated, February 2017 to January 2018
        LocalDate day = LocalDate.of(2017, 2, 2);
        assertThat(world.disruption().announced()).contains(day);
        assertThat(world.disruption().effective()).contains(day);
        assertThat(world.leadMonths()).isZero();
        assertThat(world.effectiveOffset()).isCloseTo(1.0 / 28, within(1e-12));
        orders.simulates(YearMonth.of(2017, 2), YearMonth.of(2017, 2), 0, 12);
        assertThat(world.disruption().instrument()).isEqualTo(Instrument.BAN);
        assertThat(world.disruption().targetsEveryone()).isTrue();

        // the course of the measure: the closures have no end (three years, as the other indefinite measures); the
        // share of the ordered mines' ore that ends stopped is unknown between none (every appeal succeeds) and all
        assertThat(world.disruption().phases()).hasSize(1);
        var phase = world.disruption().phases().get(0);
        assertThat(phase.months().median()).isEqualTo(36);
        assertThat(List.of(
                        phase.severity().min(),
                        phase.severity().median(),
                        phase.severity().max()))
                .containsExactly(0.0, 0.5, 1.0);
        // the ordered mines: about half of the nickel ore output (Lopez), less the eight nickel mines already suspended
        // in 2016 with a tenth of it, if the half counts them
        double covered = market.trade().coveredShare();
        assertThat(covered).isBetween((0.50 - 0.10) / (1 - 0.10), 0.5).isCloseTo(0.45, within(1e-9));
        // the appeals (15 + 30 days), the serving of the orders and the wet season: the ordered output is wholly held
        // 2 to 8 months after 2 February
        assertThat(List.of(
                        market.trade().enforcementMonths().min(),
                        market.trade().enforcementMonths().max()))
                .containsExactly(2.0, 8.0);
        // home use: the two leaching plants took about 24,000 t of nickel in ore in January-June 2016 against about
        // 102,000 t exported
        assertThat(market.trade().issuerExportShare())
                .isCloseTo(102.0 / (102 + 24), within(0.015))
                .isEqualTo(0.8);
        assertThat(market.trade().directAtOutsidePrice()).isEqualTo(1);
        assertThat(market.trade().importedFeedShare()).isZero();
        // Indonesia's relaxation: up to 5.2 Mt a year at 1.5 % nickel and 30 % moisture against the buyers' 26,000 t
        // of nickel a month, reached over six months
        double use = 290_000.0 / 12 / 0.93;
        assertThat(market.spareCapacity().min()).isZero();
        assertThat(market.spareCapacity().max()).isCloseTo(5.2e6 / 12 * 0.7 * 0.015 / use, within(0.01));
        assertThat(market.spareRampMonths()).isEqualTo(6);
        // stocks: 138,000 t of nickel in the ports at the end of November 2016, less two wet-season months drawing
        // 12,000 t each, against the buyers' use; spread as gallium's
        assertThat(market.stocksMonths().median())
                .isCloseTo((138_000 - 2 * (26_000 - 14_000)) / 26_000.0, within(0.02));
        assertThat(use).isCloseTo(26_000, within(100.0));
        assertThat(market.stocksMonths().quantile(0.9)).isCloseTo(4.4 * 4 / 2.2, within(0.02));

        PathOutcomes paths = orders.paths(400);
        for (int p = 0; p < paths.paths(); p++) {
            // February: the ramp holds little of the ordered output yet, and buyers add precautionary cover, which
            // ships
            assertThat(paths.value(Series.EXPORTS, p, 0)).isGreaterThan(0.95);
            // from November 2017 every path's ramp is complete: what leaves is at least the unordered mines' 0.55
            for (int t = 9; t < 12; t++) {
                assertThat(paths.value(Series.EXPORTS, p, t)).isGreaterThanOrEqualTo(1 - covered - 1e-6);
            }
        }
        double february = ExAnteWorld.mean(paths, Series.EXPORTS, 0);
        double end = ExAnteWorld.mean(paths, Series.EXPORTS, 9, 12);
        assertThat(february).isGreaterThan(1);
        // the orders bite as appeals end and the ramp completes: exports at the end are below the pace on average,
        // above the 1 - 0.45 x 0.5 = 0.775 an unchanged order book would give (the buyers' precaution keeps ordering)
        assertThat(end).isLessThan(1).isLessThan(february).isGreaterThan(1 - covered * 0.5);
        // the outside price is above its level before the orders in February 2017 and in January 2018 on more than
        // half the paths (its own volatility, Indonesia's ore and the cover keep many below)
        assertThat(List.of(ExAnteWorld.higherOutside(paths, 0), ExAnteWorld.higherOutside(paths, 11)))
                .allMatch(n -> n > 0.5 * paths.paths());
        orders.scoresOnly("ph-may exports 2017-05", "ph-oct priceOutside 2017-10");
    }
}
