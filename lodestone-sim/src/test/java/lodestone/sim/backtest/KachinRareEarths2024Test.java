package lodestone.sim.backtest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import lodestone.sim.engine.PathOutcomes;
import lodestone.sim.engine.Series;
import org.junit.jupiter.api.Test;

/**
 * The seventeenth ex-ante episode, the Kachin Independence Army's seizure of Myanmar's rare-earth mining hub at Pangwa
 * and Chipwe in October 2024 (docs/research/episodes/mm-ree-2024.md, "A seventeenth episode from ex-ante evidence"):
 * what its section states of the scenario, the ex-ante rule as the file writes its dates, and the shape the model gives
 * it.
 */
class KachinRareEarths2024Test {
    @Test
    void theSeizureOfTheMinesAndTheClosedBorder() {
        ExAnteWorld seizure = ExAnteWorld.load("mm-ree-2024", "ree-kachin-2024", "MM", "rare-earths", 0.57);
        var market = seizure.market();
        // Myanmar's share of the world's dysprosium and terbium mine supply in 2023 (Adamas): 57 %; of the ionic-clay
        // feed alone more, about 50,000 t against China's own quota of about 19,000 t (Ord Minnett)
        assertThat(market.shareOf("MM")).isLessThan(50_000.0 / (50_000 + 19_000));

        // in force from the first day of the window the task set: no lead, November 2024 to October 2025
        seizure.bansEveryoneFromTheWindowsFirstDay(LocalDate.of(2024, 11, 1), 12);

        // the Kachin mines behind the closed border; Shan State's tenth outside the measure
        assertThat(market.trade().coveredShare()).isEqualTo(0.9);
        // the stop: from half the 2021 border closure (about four months) to twice it, most of the covered feed held;
        // then mining under the KIA on terms not known: none to two fifths held, for the rest of the window
        var phases = seizure.twoPhases(new double[] {0.8, 1}, new double[] {0, 0.4});
        assertThat(List.of(phases.get(0).months().min(), phases.get(0).months().max()))
                .containsExactly(2.0, 8.0);

        // Myanmar separates none of it; sold at prices set in China's market
        seizure.sellsAllItMinesAtTheOutsidePrice();
        // the cover: 2.5 months (the end-September surge above the other episodes' two), spread as gallium's
        assertThat(market.stocksMonths().median()).isEqualTo(2.5);
        assertThat(market.stocksMonths().quantile(0.9)).isCloseTo(2.5 * 4 / 2.2, within(0.01));

        // the ex-ante rule as the file writes it: no basis but the window's names a month after November 2024 or a
        // later year; the window's states the cut-off
        seizure.citesNothingAfterButTheWindow(YearMonth.of(2024, 11), "19 October", "cut-off", "1 November 2024");

        PathOutcomes paths = seizure.paths(400);
        // the same paths without what may follow the stop: the stop alone
        PathOutcomes alone = seizure.firstPhaseAlone(400);
        double november = ExAnteWorld.mean(paths, Series.EXPORTS, 0);
        // November: nine tenths of nine tenths held on average, so an unchanged order book would ship 0.19 of the
        // pace; buyers' precaution orders more from what still ships (Shan State's tenth and the stop's gaps), and the
        // stop still keeps the month below half the pace
        assertThat(november).isGreaterThan(1 - 0.9 * 0.9).isLessThan(0.5);
        // the stop lasts at least two months on every path and at most eight: December is held as November is, and
        // by the window's last three months every path has left the stop, so they ship more than November
        assertThat(ExAnteWorld.mean(paths, Series.EXPORTS, 1))
                .isGreaterThan(1 - 0.9 * 0.9)
                .isLessThan(0.5);
        double end = ExAnteWorld.mean(paths, Series.EXPORTS, 9, 12);
        assertThat(end).isGreaterThan(november);
        // and, with up to two fifths of the covered feed still out, less than the stop alone lets leave on the same
        // paths
        assertThat(end).isLessThan(ExAnteWorld.mean(alone, Series.EXPORTS, 9, 12));
        // the outside price rises in November on more than half the paths: Myanmar's feed, 57 % of supply, is held
        assertThat(ExAnteWorld.higherOutside(paths, 0)).isGreaterThan(paths.paths() / 2);
        // what keeps it up at the window's end is the share held after the stop: higher with it than without
        assertThat(ExAnteWorld.mean(paths, Series.PRICE_OUTSIDE, 11))
                .isGreaterThan(ExAnteWorld.mean(alone, Series.PRICE_OUTSIDE, 11));
        // scored only on the rows a record gives it: December's exports and March's price here
        seizure.scoresOnly("mm-dec exports 2024-12", "mm-mar priceOutside 2025-03");
    }
}
