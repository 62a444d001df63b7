package lodestone.sim.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import lodestone.model.mineral.MineralId;
import lodestone.sim.Fixtures;
import lodestone.sim.scenario.Distribution;
import lodestone.sim.scenario.Instrument;
import lodestone.sim.scenario.IssuerStocks;
import lodestone.sim.scenario.Market;
import lodestone.sim.scenario.Phase;
import lodestone.sim.scenario.Response;
import lodestone.sim.scenario.ScenarioSpec;
import lodestone.sim.scenario.StockRelease;
import org.junit.jupiter.api.Test;

/**
 * Closed forms of the issuer's stocks made before a full stop leaving while it stands ("Flows through a full stop" in
 * docs/research/backtest-studies/flows-through-a-full-stop.md): every buyer depends on the issuer and holds two months
 * of cover, restocks in a month and orders at most two months of use; a ban refuses everything for a year. The stocks
 * ship against the refused orders from their month, at most their pace a month, until they run out. Monthly values are
 * stored as {@code float}, hence the 1e-6 tolerance.
 */
class IssuerStocksTest {
    private static final MineralId SN = MineralId.of("tin");
    private static final double EPS = 1e-6;
    private static final YearMonth START = YearMonth.of(2026, 1);

    private static double[] exports(IssuerStocks stocks, double severity) {
        return exports(stocks, severity, START, Optional.empty(), 0);
    }

    private static double[] exports(
            IssuerStocks stocks, double severity, YearMonth start, Optional<LocalDate> effective, double leakage) {
        Market market = Market.bare(SN, Map.of("MM", 1.0))
                .withStocks(Distribution.fixed(2), StockRelease.WHEN_SHORT)
                .withMitigations(Distribution.fixed(0), 0, Distribution.fixed(leakage), Response.NONE, Response.NONE)
                .withBehaviour(Fixtures.behaviour().restock(1).maxOrder(2).build())
                .withIssuerStocks(stocks);
        ScenarioSpec spec = Fixtures.scenario(market, s -> {
            s.issuer = "MM";
            s.start = start;
            s.horizon = 4;
            s.phases = List.of(new Phase(Distribution.fixed(12), Distribution.fixed(severity)));
            s.effective = effective;
            s.instrument = Optional.of(Instrument.BAN);
        });
        return Fixtures.medianExports(spec, 8);
    }

    @Test
    void withoutStocksAFullStopShipsNothing() {
        assertThat(exports(IssuerStocks.NONE, 1)).containsExactly(new double[] {0, 0, 0, 0}, within(EPS));
    }

    @Test
    void stocksLeaveFromTheirMonthAtTheirPaceUntilTheyRunOut() {
        // 1.5 months held, from month 1, one a month. Month 0 orders 1 and ships nothing (the buyers draw 1: stock 1);
        // month 1 orders 1 + (2 − 1) = 2 and 1 leaves (1.5 → 0.5; stock 1); month 2 orders 2 and the last 0.5 leaves
        // (stock 0.5); month 3 orders 2.5, capped at 2, and nothing is left
        IssuerStocks stocks = new IssuerStocks(Distribution.fixed(1.5), Optional.of(START.plusMonths(1)), 1);
        assertThat(exports(stocks, 1)).containsExactly(new double[] {0, 1, 0.5, 0}, within(EPS));
    }

    @Test
    void withoutAMonthTheyLeaveFromTheStartAndNeverAboveWhatBuyersOrder() {
        // from month 0: month 0 orders 1 and 1 of the 1.5 leaves (stock 2); month 1 orders 1 and the last 0.5 leaves
        // (stock 1.5); month 2 orders 1.5 and nothing is left
        assertThat(exports(new IssuerStocks(Distribution.fixed(1.5), Optional.empty(), 1), 1))
                .containsExactly(new double[] {1, 0.5, 0, 0}, within(EPS));
        // five months held, three a month from month 1: month 1 orders 2 and ships 2, not 3 (stock 2); months 2 and 3
        // order 1 each and ship it; one month is left at the horizon
        assertThat(exports(new IssuerStocks(Distribution.fixed(5), Optional.of(START.plusMonths(1)), 3), 1))
                .containsExactly(new double[] {0, 2, 1, 1}, within(EPS));
    }

    @Test
    void underAPartialBanOnlyTheRefusedShareIsFilledFromStocks() {
        // half refused: month 0 orders 1, ships 0.5 and 0.5 leaves from stocks (1.5 → 1); the buyers stay at 2, so
        // every month orders 1 and ships it until the stocks are gone: 0.5 + 0.5 in months 0-2 (1.5 used), then
        // month 3 ships the half the ban lets through
        assertThat(exports(new IssuerStocks(Distribution.fixed(1.5), Optional.empty(), 1), 0.5))
                .containsExactly(new double[] {1, 1, 1, 0.5}, within(EPS));
    }

    @Test
    void inAMonthSplitAtTheEffectiveDayTheyLeaveAtTheirPaceForTheDaysInForce() {
        // in force from 16 April (δ = 15 / 30): the free half ships its 0.5, the half in force refuses its 0.5, and
        // at most 0.5 × 0.5 of the stocks leaves (0.75; stock 1.75); month 1 orders 1.25 and 0.5 leaves (stock 1.25);
        // month 2 orders 1.75 and the last 0.25 leaves
        IssuerStocks stocks = new IssuerStocks(Distribution.fixed(1), Optional.empty(), 0.5);
        YearMonth april = YearMonth.of(2026, 4);
        assertThat(exports(stocks, 1, april, Optional.of(LocalDate.of(2026, 4, 16)), 0))
                .containsExactly(new double[] {0.75, 0.5, 0.25, 0}, within(EPS));
    }

    @Test
    void whatLeavesFromStocksIsNotRefusedSoItDoesNotLeak() {
        // half the refused volume leaks (not recorded: every destination is targeted). Month 0 refuses 1 and 0.5
        // leaks (stock 1.5); month 1 orders 1.5, 1 leaves from stocks and 0.25 of the 0.5 refused leaks (stock 1.75);
        // month 2 orders 1.25 and the last 0.5 leaves. Counting the released volume as refused too would leak 1.25
        // in month 1 (stock 2.75) and month 2 would order 0.25
        IssuerStocks stocks = new IssuerStocks(Distribution.fixed(1.5), Optional.of(START.plusMonths(1)), 1);
        assertThat(exports(stocks, 1, START, Optional.empty(), 0.5))
                .containsExactly(new double[] {0, 1, 0.5, 0}, within(EPS));
    }

    /**
     * A market whose buyers all depend on the issuer, hold two months of cover, restock in a month and order at most
     * two months of use, with half of the issuer's output exported, nothing absorbed and the home flexibility 1.
     *
     * @return the market, without stocks of the issuer's
     */
    static Market halfExported() {
        return Market.bare(SN, Map.of("MM", 1.0))
                .withStocks(Distribution.fixed(2), StockRelease.WHEN_SHORT)
                .withMitigations(Distribution.fixed(0), 0, Distribution.fixed(0), Response.NONE, Response.NONE)
                .withBehaviour(Fixtures.behaviour()
                        .restock(1)
                        .maxOrder(2)
                        .issuerFlexibility(1)
                        .absorption(0)
                        .build())
                .withTrade(Fixtures.trade(t -> t.issuerExportShare = 0.5));
    }

    /**
     * The home prices of the first months of a full ban with the stocks given leaving from month 0 at one a month: half
     * of the issuer's output exported and nothing absorbed (a month of exports withheld is a month of home use), home
     * flexibility 1, the outside price fixed.
     */
    private static double[] homePrices(IssuerStocks stocks) {
        Market market = halfExported().withIssuerStocks(stocks);
        ScenarioSpec spec = Fixtures.scenario(market, s -> {
            s.issuer = "MM";
            s.start = START;
            s.horizon = 3;
            s.phases = List.of(new Phase(Distribution.fixed(12), Distribution.fixed(1)));
            s.instrument = Optional.of(Instrument.BAN);
        });
        return MonteCarloEngine.run(spec, RunOptions.of(8, 1).withThreads(1)).markets().get(0).months().stream()
                .mapToDouble(m -> m.band(Series.PRICE_INSIDE).p50())
                .toArray();
    }

    @Test
    void stocksLeavingDoNotDrainTheHomeMarket() {
        // month 0: the buyers order 1, the ban refuses it and 1 leaves from the stocks made before the measure. Of the
        // month's output nothing is exported: the home market gains the month (H = 1) and expects the window's six
        // (nothing expected to leave under the ban): cover (2 + 6 + 1 + 6) / 8, price 8/15, as without stocks.
        // Counting the stocks' month as exported out of the current output would leave H = 0: (2 + 6 + 0 + 6) / 8,
        // price 8/14. Under a full ban nothing of the output leaves in any month, so the stocks move no home price
        IssuerStocks stocks = new IssuerStocks(Distribution.fixed(2), Optional.empty(), 1);
        double[] with = homePrices(stocks);
        assertThat(with[0]).isCloseTo(8.0 / 15, within(EPS));
        assertThat(with).containsExactly(homePrices(IssuerStocks.NONE), within(EPS));
        assertThat(exports(stocks, 1)).containsExactly(new double[] {1, 1, 0, 0}, within(EPS));
    }

    @Test
    void stocksHoldNothingToTenYearsAndLeaveAboveNothingToTwoYearsAMonth() {
        Optional<YearMonth> none = Optional.empty();
        assertThat(new IssuerStocks(Distribution.uniform(0, 120), none, 24).held())
                .isTrue();
        assertThat(new IssuerStocks(Distribution.fixed(0), none, 1e-9).held()).isFalse();
        assertThatThrownBy(() -> new IssuerStocks(Distribution.uniform(-0.1, 1), none, 1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("must hold [0, 120] months");
        assertThatThrownBy(() -> new IssuerStocks(Distribution.fixed(120.1), none, 1))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new IssuerStocks(Distribution.fixed(1), none, 0))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new IssuerStocks(Distribution.fixed(1), none, 24.1))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
