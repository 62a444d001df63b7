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
 * The twenty-third ex-ante episode, China's closure of its border crossings with Myanmar from 8 July 2021 after COVID-19
 * cases in Ruili (docs/research/episodes/mm-ree-2021.md, "A twenty-third episode from ex-ante evidence"): what its
 * section states of the scenario, the ex-ante rule as the file writes its dates, and the shape the model gives it.
 */
class MyanmarBorder2021Test {
    @Test
    void theCrossingsCloseWithoutWarningForTheLockdownAndUpToTheLongestEarlierClosureThenOpen() {
        // Myanmar's share of the heavy rare-earth feed: between the 40 % of China's output of 2018 and the 60 % of its
        // ionic consumption of 2020; its 23 kt REO of 2018 against China's ionic quota of 19,150 t is 0.55
        ExAnteWorld border = ExAnteWorld.load("mm-ree-2021", "ree-border-2021", "MM", "rare-earths", 0.5);
        ScenarioSpec world = border.world();
        var market = border.market();
        assertThat(23.0 / (23.0 + 19.15)).isCloseTo(0.55, within(0.005));
        assertThat(market.shareOf("MM")).isBetween(0.40, 23.0 / (23.0 + 19.15));

        // closed at 1 p.m. on Thursday 8 July 2021 with no warning: no lead, the first seven days of July trade freely
        LocalDate closed = LocalDate.of(2021, 7, 8);
        assertThat(world.disruption().announced()).contains(closed);
        assertThat(world.disruption().effective()).contains(closed);
        assertThat(world.leadMonths()).isZero();
        assertThat(world.effectiveOffset()).isEqualTo(7 / 31.0);
        border.simulates(YearMonth.of(2021, 7), YearMonth.of(2021, 7), 0, 12);

        // a ban on every destination, no licences: the 21-day lockdown shut (0.7 months, severity 1), then up to the
        // longest closure of the rare-earth crossings reported before the cut-off (15 May to late September 2019,
        // about 4.5 months) less the lockdown, refusing half to all; no review extends it
        var disruption = world.disruption();
        assertThat(List.of(disruption.instrument(), disruption.targetsEveryone(), disruption.licensing()))
                .containsExactly(Instrument.BAN, true, Optional.empty());
        assertThat(21 / 30.0).isCloseTo(0.7, within(1e-9));
        assertThat(disruption.phases()).hasSize(2);
        var lockdown = disruption.phases().get(0);
        assertThat(List.of(lockdown.months().min(), lockdown.months().max())).containsOnly(0.7);
        assertThat(List.of(lockdown.severity().min(), lockdown.severity().max()))
                .containsOnly(1.0);
        var beyond = disruption.phases().get(1);
        assertThat(beyond.months().min()).isZero();
        assertThat(lockdown.months().max() + beyond.months().max()).isCloseTo(4.5, within(1e-9));
        assertThat(List.of(beyond.severity().min(), beyond.severity().max())).containsExactly(0.5, 1.0);
        assertThat(disruption.phases())
                .allSatisfy(phase -> assertThat(phase.extension()).isEmpty());
        assertThat(market.trade().coveredShare()).isEqualTo(1);
        assertThat(market.leakage().max()).isZero();

        // no separation plant in Myanmar: what it mines is exported, at China's price; the usual two months of cover
        border.sellsAllItMinesAtTheOutsidePrice();
        assertThat(market.stocksMonths().median()).isEqualTo(2);
        // the spread of gallium's cover, p90 / median = 4 / 2.2 = 1.82: 2 x 1.82 = 3.64, written to one place, 3.6
        assertThat(4 / 2.2).isCloseTo(1.82, within(0.005));
        assertThat(Math.round(2 * 1.82 * 10) / 10.0).isEqualTo(3.6);
        assertThat(market.stocksMonths().quantile(0.9)).isCloseTo(3.6, within(1e-6));

        // the ex-ante rule as the file writes it: nothing after July 2021 but the window's, which names the day of the
        // closure and the cut-off
        border.citesNothingAfterButTheWindow(YearMonth.of(2021, 7), "8 July 2021", "9 July 2021");

        PathOutcomes paths = border.paths(400);
        PathOutcomes open = border.refusing(0, 400);
        // July to September: less crosses than with the gate open and the dysprosium oxide price stands higher
        assertThat(ExAnteWorld.mean(paths, Series.EXPORTS, 0, 3))
                .isLessThan(ExAnteWorld.mean(open, Series.EXPORTS, 0, 3));
        assertThat(ExAnteWorld.mean(paths, Series.PRICE_OUTSIDE, 0, 3))
                .isGreaterThan(ExAnteWorld.mean(open, Series.PRICE_OUTSIDE, 0, 3));
        // July is open for seven days only and shut from the 8th to the end of the lockdown on the 29th (what follows
        // refuses at least half), so on every path less crosses in July than the pace before
        for (int p = 0; p < paths.paths(); p++) {
            assertThat(paths.value(Series.EXPORTS, p, 0)).isLessThan(1);
        }
        // the closure ends by late November on every path: from February 2022 the trade runs near its old pace and
        // the price is back below its level of the closure's first months
        assertThat(ExAnteWorld.mean(paths, Series.EXPORTS, 7, 12)).isCloseTo(1, within(0.1));
        assertThat(ExAnteWorld.mean(paths, Series.PRICE_OUTSIDE, 7, 12))
                .isLessThan(ExAnteWorld.mean(paths, Series.PRICE_OUTSIDE, 0, 3));
    }
}
