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
 * The sixteenth ex-ante episode, Guinea's withdrawal of GAC's licence and revocation of some fifty mining titles in May
 * 2025 (docs/research/episodes/gn-bauxite-2025.md, "A sixteenth episode from ex-ante evidence"): what its section
 * states of the scenario, the ex-ante rule as the file writes its dates, and the shape the model gives it.
 */
class GuineaBauxite2025Test {
    @Test
    void theDecreeOfFourteenMayAndTheRiskAfterTheRefineryDeadline() {
        ExAnteWorld decree = ExAnteWorld.load("gn-bauxite-2025", "bauxite-2025-world", "GN", "bauxite", 0.73);
        ScenarioSpec world = decree.world();
        var market = decree.market();
        // Guinea's share of China's imports: 99.9 of 143.9 Mt in January-November 2024, 23.39 of 30.62 Mt in
        // January-February 2025; the share is between them
        assertThat(market.shareOf("GN")).isBetween(99.9 / 143.9, 23.39 / 30.62);

        // the decree was read on 14 May 2025 and took effect when read: no lead, May 2025 to April 2026
        var disruption = world.disruption();
        assertThat(List.of(disruption.announced(), disruption.effective()))
                .containsOnly(Optional.of(LocalDate.of(2025, 5, 14)));
        assertThat(world.leadMonths()).isZero();
        assertThat(world.effectiveOffset()).isCloseTo(13 / 31.0, within(1e-9));
        decree.simulates(YearMonth.of(2025, 5), YearMonth.of(2025, 5), 0, 12);
        assertThat(List.of(disruption.instrument(), disruption.targetsEveryone(), disruption.licensing()))
                .containsExactly(Instrument.BAN, true, Optional.empty());

        // every exporter holds a Guinean mining title
        assertThat(market.trade().coveredShare()).isEqualTo(1);
        // to the end of May (18 of May's 31 days): the decree's titles, dormant or underused, up to a tenth stopped;
        // after the refinery-plan deadline: none to three producers of GAC's size, for the rest of the window
        var phases = decree.twoPhases(new double[] {0, 0.1}, new double[] {0, 0.3});
        assertThat(phases.get(0).months().median()).isCloseTo(18 / 31.0, within(0.01));
        assertThat(world.effectiveOffset() + phases.get(0).months().median()).isCloseTo(1, within(0.01));
        // GAC: 10.8 Mt in 2024 against about 109 Mt imported by China from Guinea, 99.9 in eleven months
        double gac = 10.8 / (99.9 * 12 / 11);
        assertThat(gac).isCloseTo(0.1, within(0.01));
        assertThat(phases.get(1).severity().max()).isCloseTo(3 * gac, within(0.03));

        // Guinea refines little: the model's ceiling; sold at prices quoted CIF China
        decree.sellsAllItMinesAtTheOutsidePrice();
        // the cover: China's ports held 20.19 Mt at the end of April 2025 against 15.3 Mt a month of imports in
        // January-February (30.62 Mt), plus a month at the refineries (ASSUMPTION); spread as gallium's
        double ports = 20.19 / (30.62 / 2);
        assertThat(market.stocksMonths().median()).isCloseTo(ports + 1.0, within(0.05));
        assertThat(market.stocksMonths().quantile(0.9)).isCloseTo(2.3 * 4 / 2.2, within(0.01));

        // the ex-ante rule as the file writes it: no basis but the window's names a month after May 2025 or a later
        // year; the window's states the cut-off
        decree.citesNothingAfterButTheWindow(YearMonth.of(2025, 5), "14 May 2025", "cut-off", "16 May 2025");

        PathOutcomes paths = decree.paths(400);
        // the same paths without the loss the refinery deadline may bring: the decree's fortnight alone
        PathOutcomes alone = decree.firstPhaseAlone(400);
        double may = ExAnteWorld.mean(paths, Series.EXPORTS, 0);
        double june = ExAnteWorld.mean(paths, Series.EXPORTS, 1);
        double end = ExAnteWorld.mean(paths, Series.EXPORTS, 9, 12);
        // May: at most a tenth of the 18 days in force is held, and buyers' precaution orders more
        assertThat(may).isGreaterThan(1 - 0.1 * 18 / 31);
        // from June a share uniform(0, 0.3) is held, 0.15 on average; buyers' lasting precaution orders more from the
        // rest, so the year's last three months ship above an unchanged order book's 0.85, and below June's, when
        // buyers who drew on their cover order it back
        assertThat(end).isGreaterThan(1 - 0.15).isLessThan(june);
        // the outside price rises in June on more than half the paths, and what keeps it up at the window's end is
        // the risk after the deadline, not the decree's fortnight: higher on average with it than without
        assertThat(ExAnteWorld.higherOutside(paths, 1)).isGreaterThan(paths.paths() / 2);
        assertThat(ExAnteWorld.mean(paths, Series.PRICE_OUTSIDE, 11))
                .isGreaterThan(ExAnteWorld.mean(alone, Series.PRICE_OUTSIDE, 11));
        // scored only on the rows a record gives it: June's exports and December's price here
        decree.scoresOnly("gn-jun exports 2025-06", "gn-dec priceOutside 2025-12");
    }
}
