package lodestone.sim.backtest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import lodestone.sim.engine.PathOutcomes;
import lodestone.sim.engine.Series;
import lodestone.sim.scenario.Assumption;
import lodestone.sim.scenario.Behaviour;
import lodestone.sim.scenario.Instrument;
import lodestone.sim.scenario.IssuerStocks;
import lodestone.sim.scenario.ScenarioSpec;
import org.junit.jupiter.api.Test;

/**
 * The fifteenth ex-ante episode, Indonesia's three-year mining work plans (RKAB) not approved when 2024 began
 * (docs/research/episodes/id-tin-2024.md, "A fifteenth episode from ex-ante evidence"): what its section states of the
 * scenario, the ex-ante rule as the file writes its dates, and the shape the model gives it.
 */
class TinWorkPlans2024Test {
    @Test
    void thePlansLapsedOnTheFirstOfJanuaryAndTheApprovalsComeInTwoPhases() {
        ExAnteWorld plans = ExAnteWorld.load("id-tin-2024", "tin-2024-world", "ID", "tin", 0.2);
        ScenarioSpec world = plans.world();
        var market = plans.market();
        // Indonesia's refined tin, about 75,000 t a year, against about 375,000 t of world refined production
        assertThat(market.shareOf("ID")).isCloseTo(75_000.0 / 375_000, within(1e-9));

        // needed from 1 January 2024, when the plans of 2023 lapsed: no lead, twelve months, January to December 2024
        var disruption = world.disruption();
        assertThat(List.of(disruption.announced(), disruption.effective()))
                .containsOnly(Optional.of(LocalDate.of(2024, 1, 1)));
        assertThat(List.of(world.leadMonths(), world.effectiveOffset())).containsOnly(0.0);
        plans.simulates(YearMonth.of(2024, 1), YearMonth.of(2024, 1), 0, 12);
        assertThat(List.of(disruption.instrument(), disruption.targetsEveryone(), disruption.licensing()))
                .containsExactly(Instrument.BAN, true, Optional.empty());

        // every miner needs a plan to mine and sell: the whole of Indonesia's tin is covered
        assertThat(market.trade().coveredShare()).isEqualTo(1);
        var phases = world.disruption().phases();
        assertThat(phases).hasSize(2);
        // until the bulk of the approvals: one evaluation period (30 working days, about 1.4 months) after requests
        // made in December, at most two; 75-100 % of the tin held
        double evaluation = 30 / (5 * 52 / 12.0);
        assertThat(evaluation)
                .isBetween(phases.get(0).months().min(), phases.get(0).months().max());
        assertThat(List.of(phases.get(0).months().min(), phases.get(0).months().max()))
                .containsExactly(1.0, 3.0);
        assertThat(List.of(
                        phases.get(0).severity().min(), phases.get(0).severity().max()))
                .containsExactly(0.75, 1.0);
        // then the plans refused or pending and the smelters held back by the investigation: 22 of the 84 revision
        // requests of 2023 were declined, inside 0-40 %; indefinite (36 months)
        assertThat(phases.get(1).months().median()).isEqualTo(36);
        assertThat(List.of(
                        phases.get(1).severity().min(), phases.get(1).severity().max()))
                .containsExactly(0.0, 0.4);
        assertThat(22.0 / 84)
                .isBetween(
                        phases.get(1).severity().min(), phases.get(1).severity().max());
        assertThat(phases).allMatch(p -> p.extension().isEmpty());

        // about 5 % of the tin is used at home; sold at prices that follow the LME's
        assertThat(market.trade().issuerExportShare()).isEqualTo(1 - 0.05);
        assertThat(market.trade().directAtOutsidePrice()).isEqualTo(1);
        assertThat(market.trade().importedFeedShare()).isZero();
        assertThat(market.spareCapacity().max()).isZero();
        assertThat(market.issuerStocks()).isEqualTo(IssuerStocks.NONE);
        // the buyers' cover: two months (ASSUMPTION, as mm-tin-2023), spread as gallium's
        assertThat(market.stocksMonths().median()).isCloseTo(2.0, within(1e-9));
        assertThat(market.stocksMonths().quantile(0.9)).isCloseTo(2.0 * 4 / 2.2, within(0.01));

        // the ex-ante rule as the file writes it: no basis but the window's names a month after January 2024 or a
        // later year, and the window's names only the simulated months
        List<Assumption> assumptions = world.assumptions();
        assertThat(assumptions).hasSizeGreaterThanOrEqualTo(10);
        plans.citesNothingAfter(YearMonth.of(2024, 1));
        assertThat(assumptions.get(0).basis()).contains("mid-January 2024", "11 September 2023");

        PathOutcomes paths = plans.paths(400);
        double maxOrder = Behaviour.CALIBRATED.maxOrder().max();
        int januaryAboveDecember = 0;
        for (int p = 0; p < paths.paths(); p++) {
            // January: phase one on every path holds at least 75 % of what buyers order, at most the order ceiling
            assertThat(paths.value(Series.EXPORTS, p, 0)).isLessThanOrEqualTo((1 - 0.75) * maxOrder + 1e-9);
            if (paths.value(Series.PRICE_OUTSIDE, p, 0) > paths.value(Series.PRICE_OUTSIDE, p, 11)) {
                januaryAboveDecember++;
            }
        }
        double january = ExAnteWorld.mean(paths, Series.EXPORTS, 0);
        double april = ExAnteWorld.mean(paths, Series.EXPORTS, 3);
        double end = ExAnteWorld.mean(paths, Series.EXPORTS, 9, 12);
        // the held tin is what January lacks; by April every path is past phase one and buyers who drew on their
        // cover order it back, so exports run above the pace; at the year's end they are near it (the share still
        // held, 0.2 on average, is made up by buyers' precaution ordering more)
        assertThat(january).isLessThan(0.4);
        assertThat(april).isGreaterThan(1).isGreaterThan(january);
        assertThat(end).isGreaterThan(1 - 0.2).isLessThan(april);
        // the outside price rises in January on more than half the paths and is higher then than in December on
        // more than half: the shortage is the first months'
        assertThat(List.of(ExAnteWorld.higherOutside(paths, 0), januaryAboveDecember))
                .allMatch(n -> n > 0.5 * paths.paths());
        // scored only on the rows a record gives it: February's exports and December's price here
        plans.scoresOnly("id-feb exports 2024-02", "id-dec priceOutside 2024-12");
    }
}
