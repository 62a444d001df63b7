package lodestone.sim.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Map;
import java.util.Optional;
import lodestone.model.mineral.MineralId;
import lodestone.sim.Fixtures;
import lodestone.sim.scenario.Behaviour;
import lodestone.sim.scenario.Distribution;
import lodestone.sim.scenario.Licensing;
import lodestone.sim.scenario.Market;
import lodestone.sim.scenario.Phase;
import lodestone.sim.scenario.ScenarioSpec;
import lodestone.sim.scenario.StockRelease;
import org.junit.jupiter.api.Test;

/**
 * Closed forms of the two rebound structures: the backlog of pending applications that ships when a licensed measure
 * ends, and the raised cover target of buyers that were cut off (lasting precaution).
 */
class ReboundTest {
    private static final MineralId GA = MineralId.of("gallium");
    private static final double EPS = 1e-9;

    /** Decided exactly two months after application. */
    private static final Licensing STEP = new Licensing(Distribution.fixed(2), 1, Distribution.fixed(0.5));

    /** Everyone depends on China, fixed prices, the given cover and behaviour. */
    private static Market market(double cover, Behaviour behaviour) {
        return Market.bare(GA, Map.of("CN", 1.0))
                .withStocks(Distribution.fixed(cover), StockRelease.WHEN_SHORT)
                .withBehaviour(behaviour);
    }

    private static ScenarioSpec spec(Market market, double months, Optional<Licensing> licensing, int horizon) {
        return Fixtures.chinaCut(
                "rebound",
                market,
                new Phase(Distribution.fixed(months), Distribution.fixed(1)),
                Optional.empty(),
                licensing,
                horizon);
    }

    private static double[] exports(ScenarioSpec spec) {
        return Fixtures.medianExports(spec, 16);
    }

    @Test
    void applicationsPendingWhenALicensedMeasureEndsShipThen() {
        // every decided application refused, decisions two months after applying, one month of use ordered a month
        // (no restocking): months 0-2 ship nothing; at the end (month 3) the applications of months 1 and 2 are still
        // pending and ship with month 3's order: 1 + 2 = 3; then exports are back at 1
        double[] licensed = exports(spec(market(0, Fixtures.behaviour().build()), 3, Optional.of(STEP), 5));
        assertThat(licensed[0]).isCloseTo(0, within(EPS));
        assertThat(licensed[2]).isCloseTo(0, within(EPS));
        assertThat(licensed[3]).isCloseTo(3, within(EPS));
        assertThat(licensed[4]).isCloseTo(1, within(EPS));
        // a ban without licensing leaves nothing pending: month 3 ships one month's use
        double[] banned = exports(spec(market(0, Fixtures.behaviour().build()), 3, Optional.empty(), 5));
        assertThat(banned[3]).isCloseTo(1, within(EPS));
    }

    @Test
    void buyersCutOffKeepAShareOfTheirPrecautionAfterTheMeasure() {
        // no cover, a two-month ban, two months of precaution, restocking in a month, orders up to ten months of use:
        // during the ban buyers order 1 + 2 and get nothing (cut off); after it, with half the precaution kept
        // (mu = 0.5, one month), they order 1 + (0 + 1 - 0) = 2, then their use again
        Behaviour kept = Fixtures.behaviour()
                .precaution(2)
                .restock(1)
                .maxOrder(10)
                .lasting(0.5)
                .build();
        double[] after = exports(spec(market(0, kept), 2, Optional.empty(), 5));
        assertThat(after[1]).isCloseTo(0, within(EPS));
        assertThat(after[2]).isCloseTo(2, within(EPS));
        assertThat(after[3]).isCloseTo(1, within(EPS));
        // mu = 0, the earlier model: the extra cover ends with the measure
        Behaviour none =
                Fixtures.behaviour().precaution(2).restock(1).maxOrder(10).build();
        double[] before = exports(spec(market(0, none), 2, Optional.empty(), 5));
        assertThat(before[2]).isCloseTo(1, within(EPS));
    }

    @Test
    void buyersNeverCutOffKeepNothing() {
        // six months of cover outlast a two-month ban: no buyer is cut off, so lasting precaution changes nothing
        Behaviour kept = Fixtures.behaviour()
                .precaution(2)
                .restock(1)
                .maxOrder(10)
                .lasting(1)
                .build();
        Behaviour none =
                Fixtures.behaviour().precaution(2).restock(1).maxOrder(10).build();
        assertThat(exports(spec(market(6, kept), 2, Optional.empty(), 6)))
                .containsExactly(exports(spec(market(6, none), 2, Optional.empty(), 6)));
    }
}
