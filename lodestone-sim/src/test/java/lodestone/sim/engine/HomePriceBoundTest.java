package lodestone.sim.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import lodestone.sim.Fixtures;
import lodestone.sim.scenario.Distribution;
import lodestone.sim.scenario.Instrument;
import lodestone.sim.scenario.Market;
import lodestone.sim.scenario.Phase;
import lodestone.sim.scenario.ScenarioSpec;
import org.junit.jupiter.api.Test;

/**
 * The bound on the issuer's home price ("The home price cannot rise above the outside price by the measure's doing" in
 * docs/research/backtest-studies/the-home-price-cannot-rise-above-the-outside-price-by-the-measures-doing.md): the
 * measure's term of the home price's log is at most the outside price's, since what leaves the issuer is sold at the
 * outside price and its home buyers can buy there. Monthly values are stored as {@code float}, hence the 1e-6
 * tolerance.
 */
class HomePriceBoundTest {
    private static final double EPS = 1e-6;

    @Test
    void theHomeTermIsAtMostTheOutsideTerm() {
        double ln2 = Math.log(2);
        // outside cover 1/2 at β = 1: the outside term is ln 2. A home cover of 1/4 at β_I = 1 would give ln 4 without
        // the feed link and (ln 2 + ln 4) / 2 with half of it: both are held at ln 2
        assertThat(PathSimulator.homePriceLog(0.5, 1, 0.25, 1, 0)).isCloseTo(ln2, within(1e-15));
        assertThat(PathSimulator.homePriceLog(0.5, 1, 0.25, 1, 0.5)).isCloseTo(ln2, within(1e-15));
        // a home surplus (cover 2) under a short outside market is below the bound and unchanged
        assertThat(PathSimulator.homePriceLog(0.5, 1, 2, 1, 0)).isCloseTo(-ln2, within(1e-15));
        // an outside price the measure does not move (β = 0) holds the home term at 0 at most
        assertThat(PathSimulator.homePriceLog(0.5, 0, 0.25, 1, 0)).isZero();
        assertThat(PathSimulator.homePriceLog(0.5, 0, 2, 1, 0)).isCloseTo(-ln2, within(1e-15));
    }

    /**
     * Every buyer depends on the issuer, holds two months of cover, restocks in a month and orders at most two months
     * of use; a ban refuses everything in month 0 only; half of the issuer's output is exported and nothing absorbed
     * (a month of exports is a month of home use), β_I = 1, the surplus worked off over six months; the outside price
     * does not answer the cover (β = 0), so the measure's term of it is 0 throughout.
     *
     * @return month by month, the home price's and the outside price's medians
     */
    private static double[][] prices() {
        Market market = IssuerStocksTest.halfExported();
        ScenarioSpec spec = Fixtures.scenario(market, s -> {
            s.issuer = "MM";
            s.start = YearMonth.of(2026, 1);
            s.horizon = 3;
            s.phases = List.of(new Phase(Distribution.fixed(1), Distribution.fixed(1)));
            s.instrument = Optional.of(Instrument.BAN);
        });
        List<MonthStatistics> months = MonteCarloEngine.run(
                        spec, RunOptions.of(8, 1).withThreads(1))
                .markets()
                .get(0)
                .months();
        return new double[][] {
            months.stream().mapToDouble(m -> m.band(Series.PRICE_INSIDE).p50()).toArray(),
            months.stream().mapToDouble(m -> m.band(Series.PRICE_OUTSIDE).p50()).toArray()
        };
    }

    @Test
    void restockingExportsDrainingTheHomeMarketRaiseItsPriceNoFurtherThanTheOutsidePrice() {
        // month 0: the buyers order 1, nothing ships, they draw a month (stock 1). At home the month's output stays
        // (H = 1) and the window's six are expected to (nothing leaves under the ban): cover (2 + 6 + 1 + 6) / 8, price
        // 8/15, below the bound.
        // month 1: the ban has ended; the buyers order 1 + (2 − 1) = 2 and it ships (stock 2). At home two months of
        // exports leave out of a month's output: H = 1 × 5/6 + (1 − 2) = −1/6, nothing but the usual expected over the
        // window, cover (8 − 1/6) / 8, price 48/47 without the bound; with it the home price rises no further than the
        // outside price, 1.
        // month 2: the buyers order 1 and it ships: H = −1/6 × 5/6 = −5/36, price 288/283 without the bound, 1 with it
        double[][] prices = prices();
        assertThat(prices[1]).containsExactly(new double[] {1, 1, 1}, within(EPS));
        assertThat(prices[0]).containsExactly(new double[] {8.0 / 15, 1, 1}, within(EPS));
    }
}
