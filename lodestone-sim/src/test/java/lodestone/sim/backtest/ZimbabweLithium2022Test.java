package lodestone.sim.backtest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.time.YearMonth;
import lodestone.sim.engine.PathOutcomes;
import lodestone.sim.engine.Series;
import lodestone.sim.scenario.Phase;
import lodestone.sim.scenario.ScenarioSpec;
import org.junit.jupiter.api.Test;

/**
 * The eighteenth ex-ante episode, Zimbabwe's ban on exports of unprocessed lithium ore of 20 December 2022
 * (simulation.md, "An eighteenth episode from ex-ante evidence"): what its section states of the scenario, the ex-ante
 * rule as the file writes its dates, and the shape the model gives it.
 */
class ZimbabweLithium2022Test {
    @Test
    void theBanOnUnbeneficiatedOreWithConcentratesExempt() {
        ExAnteWorld ban = ExAnteWorld.load("zw-lithium-2022", "li-zimbabwe-2022", "ZW", "lithium", 0.02);
        ScenarioSpec world = ban.world();
        var market = ban.market();
        // Zimbabwe's mine output in 2021, 1,200 t of lithium against the world's 100,000 t outside the United States
        // (USGS), rounded up for 2022; below the share Australia left to every other origin of China's imported
        // concentrate in the first quarter of 2022 (about 95 % Australian)
        assertThat(market.shareOf("ZW")).isGreaterThan(1_200.0 / 100_000).isLessThan(1 - 0.95);

        // in force from the first day of the window the task set: no lead, January to December 2023
        ban.bansEveryoneFromTheWindowsFirstDay(LocalDate.of(2023, 1, 1), 12);
        var disruption = world.disruption();

        // the ore among Zimbabwe's exports is covered, the concentrate not: half (ASSUMPTION); of the ore, from half
        // (permits, plant-builders exempt) to all refused, for the rest of the window; up to a fifth of the refused
        // ore still reaches China through neighbouring countries
        assertThat(market.trade().coveredShare()).isEqualTo(0.5);
        assertThat(disruption.phases()).hasSize(1);
        Phase phase = disruption.phases().get(0);
        assertThat(new double[] {phase.severity().min(), phase.severity().max()})
                .containsExactly(0.5, 1);
        assertThat(phase.months().median()).isEqualTo(36);
        assertThat(phase.extension()).isEmpty();
        assertThat(new double[] {market.leakage().min(), market.leakage().max()})
                .containsExactly(0, 0.2);

        // Zimbabwe converts none of its lithium; sold on SC6 terms; the plants announced are not declared as a change
        // of its output (no year-on-year figure under the rule, and the exported part is not shipped)
        ban.sellsAllItMinesAtTheOutsidePrice();
        assertThat(market.trade().issuerOutput()).isEmpty();
        // the cover: the gallium market's 2.2 months and spread (no tonnage found)
        assertThat(market.stocksMonths().median()).isEqualTo(2.2);
        assertThat(market.stocksMonths().quantile(0.9)).isCloseTo(2.2 * 4 / 2.2, within(0.01));

        // the ex-ante rule as the file writes it: no basis but the window's names a month after December 2022 or a
        // later year; the window's states the order's day and the cut-off
        ban.citesNothingAfterButTheWindow(YearMonth.of(2022, 12), "20 December 2022", "immediate effect", "cut-off");

        PathOutcomes paths = ban.paths(400);
        // the same paths with the ore ban refusing nothing, and refusing all the covered ore
        PathOutcomes none = ban.refusing(0, 400);
        PathOutcomes all = ban.refusing(1, 400);
        double january = ExAnteWorld.mean(paths, Series.EXPORTS, 0);
        // January: half the exports are covered and three quarters of them refused on average, so an unchanged order
        // book would ship 1 - 0.5 x 0.75 = 0.625 of the pace; what is refused is refused on every path (at least a
        // quarter of the exports), and refusing all the ore ships less on the same paths
        assertThat(january)
                .isLessThan(ExAnteWorld.mean(none, Series.EXPORTS, 0))
                .isGreaterThan(ExAnteWorld.mean(all, Series.EXPORTS, 0));
        assertThat(january).isGreaterThan(1 - 0.5).isLessThan(1);
        // a ban that holds all year keeps the year's last three months below the pace as well
        assertThat(ExAnteWorld.mean(paths, Series.EXPORTS, 9, 12)).isLessThan(1);
        // Zimbabwe is a fiftieth of the supply: the ore it holds back lifts the outside price on average, by little
        double price = ExAnteWorld.mean(paths, Series.PRICE_OUTSIDE, 0, 12);
        double without = ExAnteWorld.mean(none, Series.PRICE_OUTSIDE, 0, 12);
        assertThat(price).isGreaterThan(without);
        assertThat(price - without).isLessThan(0.05);
        // scored only on the rows a record gives it: January's exports and June's price here
        ban.scoresOnly("zw-jan exports 2023-01", "zw-jun priceOutside 2023-06");
    }
}
