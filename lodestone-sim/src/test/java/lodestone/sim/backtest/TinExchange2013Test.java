package lodestone.sim.backtest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import lodestone.sim.engine.PathOutcomes;
import lodestone.sim.engine.Series;
import lodestone.sim.scenario.Instrument;
import lodestone.sim.scenario.Phase;
import lodestone.sim.scenario.ScenarioSpec;
import org.junit.jupiter.api.Test;

/**
 * The twenty-first ex-ante episode, Indonesia's rule that tin ingots be traded on a domestic exchange before export
 * from 30 August 2013 (docs/research/episodes/id-tin-2013.md, "A twenty-first episode from ex-ante evidence"): what its
 * section states of the scenario, the ex-ante rule as the file writes its dates, and the shape the model gives it.
 */
class TinExchange2013Test {
    @Test
    void theExchangeRuleOfTheThirtiethOfAugustRefusesWhatCannotYetBeTradedThenWhatStaysOff() {
        // a ban without licences; Indonesia's exports of 2012 against the world's use of refined tin
        ExAnteWorld exchange = ExAnteWorld.load("id-tin-2013", "tin-2013-world", "ID", "tin", 0.28);
        ScenarioSpec world = exchange.world();
        var market = exchange.market();

        // 98,817 t exported in 2012 against the world's use, 375,000 t three years on at 1.7 % a year: 0.277; at the
        // first half of 2013's pace (55,011 t in six months) 0.31
        double world2012 = 375_000 / Math.pow(1.017, 3);
        assertThat(world2012).isCloseTo(356_500, within(100.0));
        assertThat(98_817 / world2012).isCloseTo(0.277, within(0.0005));
        assertThat(market.shareOf("ID")).isCloseTo(98_817 / world2012, within(0.005));
        assertThat(55_011 * 2 / world2012).isCloseTo(0.31, within(0.005));

        // signed on 28 June, in force on 30 August: 63 days (2.07 months) of lead, the last 29 of them inside August,
        // so the window opens in June and runs twelve months from August, to July 2014
        LocalDate announced = LocalDate.of(2013, 6, 28);
        LocalDate effective = LocalDate.of(2013, 8, 30);
        assertThat(ChronoUnit.DAYS.between(announced, effective)).isEqualTo(63);
        assertThat(world.disruption().announced()).contains(announced);
        assertThat(world.disruption().effective()).contains(effective);
        assertThat(world.leadMonths()).isCloseTo(63 / (365.25 / 12), within(1e-9));
        assertThat(world.effectiveOffset()).isEqualTo(29 / 31.0);
        exchange.simulates(YearMonth.of(2013, 8), YearMonth.of(2013, 6), 2, 12);

        // every ingot exported must be traded first, whoever buys it
        var disruption = world.disruption();
        assertThat(List.of(disruption.instrument(), disruption.targetsEveryone(), disruption.licensing()))
                .containsExactly(Instrument.BAN, true, Optional.empty());
        assertThat(market.trade().coveredShare()).isEqualTo(1);
        assertThat(market.leakage().max()).isZero();
        // until sellers and buyers trade on an approved exchange: between a few stragglers (0.3) and nothing traded
        // (1), PT Timah's share of 2012's exports (29,000-30,000 t of 98,817 t) leaving 0.7 inside; from half a month
        // (the smelters' exchange from early September) to a quarter of the year; then 0-30 % staying off
        List<Phase> phases = exchange.twoPhases(new double[] {0.3, 1}, new double[] {0, 0.3});
        assertThat(List.of(phases.get(0).months().min(), phases.get(0).months().max()))
                .containsExactly(0.5, 3.0);
        double timah = 29_500 / 98_817.0;
        assertThat(timah).isCloseTo(0.30, within(0.005));
        assertThat(1 - timah)
                .isBetween(
                        phases.get(0).severity().min(), phases.get(0).severity().max());

        // no home market: what is smelted is exported at the outside price; the buyers' cover two months, spread as
        // gallium's
        exchange.sellsAllItMinesAtTheOutsidePrice();
        assertThat(market.stocksMonths().median()).isEqualTo(2.0);
        assertThat(market.stocksMonths().quantile(0.9)).isCloseTo(2.0 * 4 / 2.2, within(0.01));

        // the ex-ante rule as the file writes it: no basis but the window's names a month after August 2013 or a later
        // year, and the window's names the day the regulation was signed and the day in force
        exchange.citesNothingAfterButTheWindow(YearMonth.of(2013, 8), "28 June 2013", "30 August");

        PathOutcomes paths = exchange.paths(400);
        PathOutcomes none = exchange.refusing(0, 400);
        // June and July (announced, not in force): buyers order ahead of the thirtieth of August, so more leaves than
        // the pace
        assertThat(ExAnteWorld.mean(paths, Series.EXPORTS, 0, 2)).isGreaterThan(1);
        // September to November (the first phase on every path in September): less leaves than the pace and than
        // with the rule refusing nothing, and the outside price is higher
        assertThat(ExAnteWorld.mean(paths, Series.EXPORTS, 3, 6))
                .isLessThan(1)
                .isLessThan(ExAnteWorld.mean(none, Series.EXPORTS, 3, 6));
        assertThat(ExAnteWorld.mean(paths, Series.PRICE_OUTSIDE, 3, 6))
                .isGreaterThan(ExAnteWorld.mean(none, Series.PRICE_OUTSIDE, 3, 6));
        // the value of tin held in Indonesia in September is below what it is on the same path refusing nothing on
        // most paths (its mean is no guide: a few paths' home price runs to the hundreds,
        // docs/research/episodes/id-tin-2013.md)
        int lowerInside = 0;
        for (int p = 0; p < paths.paths(); p++) {
            if (paths.value(Series.PRICE_INSIDE, p, 3) < none.value(Series.PRICE_INSIDE, p, 3)) {
                lowerInside++;
            }
        }
        assertThat(lowerInside).isGreaterThan(paths.paths() / 2);
        // the second phase is what still holds tin back in 2014: without it, the last six months ship more
        PathOutcomes firstAlone = exchange.firstPhaseAlone(400);
        assertThat(ExAnteWorld.mean(paths, Series.EXPORTS, 8, 14))
                .isLessThan(ExAnteWorld.mean(firstAlone, Series.EXPORTS, 8, 14));
        // the outside price rises in September on more than half the paths
        assertThat(ExAnteWorld.higherOutside(paths, 3)).isGreaterThan(paths.paths() / 2);
        exchange.scoresOnly("it13-sep exports 2013-09", "it13-jul priceOutside 2014-07");
    }
}
