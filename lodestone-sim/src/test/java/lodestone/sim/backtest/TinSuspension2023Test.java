package lodestone.sim.backtest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.List;
import lodestone.sim.engine.PathOutcomes;
import lodestone.sim.engine.Series;
import lodestone.sim.scenario.Instrument;
import lodestone.sim.scenario.ScenarioSpec;
import org.junit.jupiter.api.Test;

/**
 * The thirteenth ex-ante episode, Wa State's suspension of all mining, Myanmar's tin
 * (docs/research/episodes/mm-tin-2023.md, "A thirteenth episode from ex-ante evidence"): what its section states of the
 * scenario, and the shape the model gives it.
 */
class TinSuspension2023Test {
    @Test
    void theSuspensionIsSimulatedFromTheNoticeOfFifteenAprilAndStopsWaStatesTinFromTheFirstOfAugust() {
        // a ban without licences; Myanmar's share of the world's mined tin
        ExAnteWorld suspension = ExAnteWorld.load("mm-tin-2023", "tin-2023-world", "MM", "tin", 0.14);
        ScenarioSpec world = suspension.world();
        // the notice of 15 April 2023 suspends all mining from 1 August 2023: April (from the 15th) to July are the
        // lead, 108 days or 3.55 months; twelve months simulated, April 2023 to March 2024
        LocalDate announced = LocalDate.of(2023, 4, 15);
        LocalDate effective = LocalDate.of(2023, 8, 1);
        assertThat(ChronoUnit.DAYS.between(announced, effective)).isEqualTo(108);
        assertThat(world.leadMonths()).isCloseTo(3.55, within(0.01));
        assertThat(world.effectiveOffset()).isZero();
        suspension.simulates(YearMonth.of(2023, 8), YearMonth.of(2023, 4), 4, 8);
        assertThat(world.disruption().instrument()).isEqualTo(Instrument.BAN);
        // the notices set no end, quota or licence: all of Wa's mining and processing stops at once (severity 1), for
        // three years as the other indefinite bans
        BacktestTest.isOneBanOnEveryoneAtOnce(world, announced, effective, 36);
        // the shares: Myanmar's 40,000 t of mined tin in 2022 against the world's 270,000-310,000 t a year (ITA), of
        // which Wa's about 70 %: Wa's own share is then the ITA's 'about 10 %' of the world's concentrate supply
        var market = suspension.market();
        double myanmar = market.shareOf("MM");
        assertThat(myanmar).isBetween(40.0 / 310, 40.0 / 270).isCloseTo(40.0 / 290, within(0.005));
        assertThat(market.trade().coveredShare()).isCloseTo(28.0 / 40, within(1e-9));
        assertThat(myanmar * market.trade().coveredShare()).isCloseTo(0.10, within(0.005));
        // Myanmar smelts almost none of its tin (the model's ceiling), and sells it at China's concentrate price
        assertThat(market.trade().issuerExportShare()).isEqualTo(0.95);
        assertThat(market.trade().directAtOutsidePrice()).isEqualTo(1);
        assertThat(market.trade().importedFeedShare()).isZero();
        // stocks: an ASSUMPTION of two months' feed, spread as gallium's
        assertThat(market.stocksMonths().median()).isCloseTo(2.0, within(1e-9));
        assertThat(market.stocksMonths().quantile(0.9)).isCloseTo(2.0 * 4 / 2.2, within(0.02));

        PathOutcomes paths = suspension.paths(400);
        for (int p = 0; p < paths.paths(); p++) {
            // from August only Myanmar's tin mined outside Wa (the uncovered 30 %) leaves, at its pace
            for (int t = 4; t < 12; t++) {
                assertThat(paths.value(Series.EXPORTS, p, t)).isCloseTo(0.3, within(1e-6));
            }
        }
        // announced and not in force: buyers order ahead, so April to July ship above the pace on average
        assertThat(ExAnteWorld.mean(paths, Series.EXPORTS, 0, 4)).isGreaterThan(1);
        // a tenth of the world's mined tin withheld with two months of cover: the outside price is above its level
        // before the notice in August 2023 and in March 2024 on more than half the paths (its own volatility keeps
        // many below: the shortage is small beside it)
        assertThat(List.of(ExAnteWorld.higherOutside(paths, 4), ExAnteWorld.higherOutside(paths, 11)))
                .allMatch(n -> n > 0.55 * paths.paths());
        suspension.scoresOnly("tin-may exports 2023-05", "tin-oct priceOutside 2023-10");
    }
}
