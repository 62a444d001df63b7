package lodestone.sim.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.Optional;
import lodestone.model.mineral.MineralId;
import lodestone.sim.Fixtures;
import lodestone.sim.scenario.Behaviour;
import lodestone.sim.scenario.Distribution;
import lodestone.sim.scenario.Market;
import lodestone.sim.scenario.Phase;
import lodestone.sim.scenario.ScenarioSpec;
import org.junit.jupiter.api.Test;

/**
 * Closed forms of deadline stocking: before an announced measure takes effect buyers also stock ω W months of use at
 * the refusal risk they perceive, up to the order ceiling, and the addition ends at the deadline.
 */
class DeadlineStockingTest {
    private static final MineralId NI = MineralId.of("nickel");
    private static final double EPS = 1e-9;

    /**
     * Everyone depends on China with two months of cover, fixed prices, no precaution, restocking in a month, orders up
     * to two months of use, a six-month window; the measure announced on 2 November 2025, 1.97 months before it takes
     * effect on 1 January 2026.
     */
    private static double[] exports(double severity, double stocking) {
        Behaviour behaviour = Fixtures.behaviour()
                .restock(1)
                .maxOrder(2)
                .forward(6)
                .stocking(stocking)
                .build();
        Market market = Fixtures.twoMonthsCover(NI, behaviour);
        ScenarioSpec spec = Fixtures.chinaCut(
                "deadline",
                market,
                new Phase(Distribution.fixed(6), Distribution.fixed(severity)),
                Optional.of(LocalDate.of(2025, 11, 2)),
                Optional.empty(),
                3);
        ScenarioResult result = MonteCarloEngine.run(spec, RunOptions.of(8, 1).withThreads(1));
        assertThat(result.leadMonths()).isEqualTo(2);
        return Fixtures.medianExports(result);
    }

    @Test
    void buyersLoadAtTheCeilingUntilTheDeadlineOfABan() {
        // a ban: the risk is 1, so buyers want 2 + 0.5 x 6 = 5 months by the deadline (4.91 in November, announced
        // for 0.97 of it); they hold 2 and order
        // 1 + (4.91 - 2) in November, 2 at the ceiling (stock 3), then 1 + (5 - 3) = 3, 2 again (stock 4); nothing
        // from January
        assertThat(exports(1, 0.5)).containsExactly(new double[] {2, 2, 0, 0, 0}, within(EPS));
        // without it (the earlier model) they hold their cover and order their use
        assertThat(exports(1, 0)).containsExactly(new double[] {1, 1, 0, 0, 0}, within(EPS));
    }

    @Test
    void theAdditionEndsAtTheDeadlineSoOrdersStopThere() {
        // half refused: the risk is 0.5, so buyers want 2 + 0.5 x 6 x 0.5 = 3.5 months: 1 + 1.5 = 2.5, 2 at the
        // ceiling (stock 3), then 1 + 0.5 = 1.5 (stock 3.5). From January the target is their cover again, 2, below
        // the 3.5 they hold: they order nothing (1 + 2 - 3.5 < 0), where without stocking they order their use and half
        // of it ships
        double[] with = exports(0.5, 0.5);
        assertThat(with[0]).isCloseTo(2, within(EPS));
        assertThat(with[1]).isCloseTo(1.5, within(EPS));
        assertThat(with[2]).isCloseTo(0, within(EPS));
        double[] without = exports(0.5, 0);
        assertThat(without[1]).isCloseTo(1, within(EPS));
        assertThat(without[2]).isCloseTo(0.5, within(EPS));
    }

    @Test
    void aMeasureInForceFromTheFirstMonthIsUnchanged() {
        // no lead, no month before the deadline: deadline stocking changes nothing, bit for bit
        Behaviour with = Fixtures.behaviour().restock(1).maxOrder(2).stocking(1).build();
        Behaviour without = Fixtures.behaviour().restock(1).maxOrder(2).build();
        assertThat(run(with)).containsExactly(run(without));
        assertThat(Behaviour.PRIOR.deadlineStocking()).isEqualTo(Distribution.fixed(0));
        assertThat(Behaviour.PRIOR.describe()).doesNotContain("deadline stocking");
        assertThat(Behaviour.CALIBRATED.describe())
                .endsWith("deadline stocking uniform(0, 1), home landing uniform(0, 1)");
    }

    private static double[] run(Behaviour behaviour) {
        Market market = Fixtures.twoMonthsCover(NI, behaviour);
        ScenarioSpec spec = Fixtures.chinaCut(
                "now",
                market,
                new Phase(Distribution.fixed(2), Distribution.fixed(0.5)),
                Optional.empty(),
                Optional.empty(),
                4);
        return Fixtures.medianExports(spec, 8);
    }
}
