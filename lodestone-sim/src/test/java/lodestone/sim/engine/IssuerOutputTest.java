package lodestone.sim.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.time.YearMonth;
import java.util.Optional;
import lodestone.model.mineral.MineralId;
import lodestone.sim.Fixtures;
import lodestone.sim.scenario.Behaviour;
import lodestone.sim.scenario.Distribution;
import lodestone.sim.scenario.IssuerOutput;
import lodestone.sim.scenario.Licensing;
import lodestone.sim.scenario.Market;
import lodestone.sim.scenario.Phase;
import lodestone.sim.scenario.ScenarioSpec;
import lodestone.sim.scenario.Trade;
import org.junit.jupiter.api.Test;

/**
 * Closed forms of a change of the issuer's own output: from its month on, the share s of output more (or less) lands
 * on the issuer's home market, s / (1 − x) months of home use a month, in the surplus accumulated and W times over in
 * the surplus expected over the window.
 */
class IssuerOutputTest {
    private static final MineralId SB = MineralId.of("antimony");

    /**
     * {@link HomeLandingTest}'s case without landing: everyone depends on China, two months of cover, licensing with
     * every application decided two months after it is made and all granted, half of China's output exported, nothing
     * absorbed, home flexibility 1; January 2026 is month 0. The outside price answers its cover with β = 1 (month 0:
     * the buyers hold 1 and expect 5 over the window against 8, price 4/3), so the home price's rise from a cut of
     * output (8/6.5 below) stays under the bound the outside price sets
     * (docs/research/backtest-studies/the-home-price-cannot-rise-above-the-outside-price-by-the-measures-doing.md, "The
     * home price cannot rise above the outside price by the measure's doing"); with the outside price fixed the bound
     * would hold it at 1.
     */
    private static double[] homePrices(Optional<IssuerOutput> output) {
        return homePrices(output, 0, 6);
    }

    private static double[] homePrices(Optional<IssuerOutput> output, double demandGrowth, double surplusMonths) {
        return medians(market(output, demandGrowth, surplusMonths, 1), Series.PRICE_INSIDE);
    }

    /**
     * The case's market, with a change of output, demand growing by a share a year and the surplus's months; the outside
     * price fixed.
     */
    static Market market(Optional<IssuerOutput> output, double demandGrowth, double surplusMonths) {
        return market(output, demandGrowth, surplusMonths, 0);
    }

    /** The case's market, the outside price answering its cover with flexibility β. */
    private static Market market(
            Optional<IssuerOutput> output, double demandGrowth, double surplusMonths, double beta) {
        Behaviour behaviour = Fixtures.behaviour()
                .flexibility(beta)
                .issuerFlexibility(1)
                .absorption(0)
                .surplusMonths(surplusMonths)
                .build();
        return Fixtures.twoMonthsCover(SB, behaviour).withTrade(Fixtures.trade(t -> {
            t.issuerExportShare = 0.5;
            t.licencesPerMonth = 1e6;
            t.demandGrowth = demandGrowth;
            t.issuerOutput = output;
        }));
    }

    /** @return the series' medians month by month for the case's measure on a market */
    static double[] medians(Market market, Series series) {
        return medians(market, series, 3);
    }

    /** @return the series' medians month by month for the case's measure on a market over the given months */
    static double[] medians(Market market, Series series, int horizon) {
        ScenarioSpec spec = EffectiveDayTest.spec(
                market,
                new Phase(Distribution.fixed(24), Distribution.fixed(0)),
                Optional.empty(),
                Optional.of(new Licensing(Distribution.fixed(2), 1, Distribution.fixed(1))),
                Optional.empty(),
                horizon);
        return MonteCarloEngine.run(spec, RunOptions.of(8, 1).withThreads(1)).markets().get(0).months().stream()
                .mapToDouble(m -> m.band(series).p50())
                .toArray();
    }

    @Test
    void aCutOfTheIssuersOutputRaisesItsHomePrice() {
        // month 0 without a change: the month withheld adds 1 month of home use (x / (1 - x) = 1) and the surplus
        // expected over the window 6 - 5 = 1: home cover (2 + 6 + 1 + 1) / 8, price 0.8 (HomeLandingTest). A quarter
        // of output less is 0.25 / 0.5 = 0.5 months of home use a month: 1 - 0.5 accumulated and 1 - 6 x 0.5 expected,
        // home cover (8 + 0.5 - 2) / 8, price 8 / 6.5
        assertThat(homePrices(Optional.empty())[0]).isCloseTo(0.8, within(1e-6));
        assertThat(homePrices(Optional.of(new IssuerOutput(YearMonth.of(2026, 1), -0.25)))[0])
                .isCloseTo(8 / 6.5, within(1e-6));
        // a tenth more: 0.2 a month, 1 + 0.2 accumulated and 1 + 1.2 expected: (8 + 1.2 + 2.2) / 8, price 8 / 11.4
        assertThat(homePrices(Optional.of(new IssuerOutput(YearMonth.of(2026, 1), 0.1)))[0])
                .isCloseTo(8 / 11.4, within(1e-6));
        // a change dated before the first month counts from the first month
        assertThat(homePrices(Optional.of(new IssuerOutput(YearMonth.of(2025, 6), -0.25)))[0])
                .isCloseTo(8 / 6.5, within(1e-6));
    }

    @Test
    void theChangeAccumulatesLikeTheSurplusAndGrowsWithDemand() {
        // the term is added to the home cover and feeds nothing else, so with β_I = 1 the difference of 8 / price with
        // and without it is the term alone: o = 0.25 / 0.5 = 0.5 months of home use a month times the month's growth
        // g_t = 2^(t/12) (demand doubling in a year), accumulated with the surplus's decay 1 - 1/4 and W = 6 times
        // over for the window: o (sum over k <= t of g_k 0.75^(t - k)) + 6 o g_t (bands are stored as floats: 1e-5).
        // A rise of output, so that the home price falls and the bound on it (at most the outside price's rise) plays
        // no part: a cut would be held at it once the decisions bring the outside price back, from month 2
        Optional<IssuerOutput> rise = Optional.of(new IssuerOutput(YearMonth.of(2026, 1), 0.25));
        double[] with = homePrices(rise, 1, 4);
        double[] without = homePrices(Optional.empty(), 1, 4);
        for (int t = 0; t < 3; t++) {
            double accumulated = 0;
            for (int k = 0; k <= t; k++) {
                accumulated += Math.pow(2, k / 12.0) * Math.pow(0.75, t - k);
            }
            double expected = 0.5 * accumulated + 6 * 0.5 * Math.pow(2, t / 12.0);
            assertThat(8 / with[t] - 8 / without[t]).as("month %d", t).isCloseTo(expected, within(1e-5));
        }
    }

    @Test
    void theMonthsBeforeTheChangeAreAsWithoutIt() {
        double[] without = homePrices(Optional.empty());
        double[] from = homePrices(Optional.of(new IssuerOutput(YearMonth.of(2026, 2), -0.25)));
        double[] none = homePrices(Optional.of(new IssuerOutput(YearMonth.of(2026, 1), 0)));
        assertThat(from[0]).isEqualTo(without[0]);
        assertThat(from[1]).isGreaterThan(without[1]);
        assertThat(from[2]).isGreaterThan(without[2]);
        // a change of 0 is no change, bit for bit
        assertThat(none).containsExactly(without);
        assertThat(Trade.DEFAULT.issuerOutput()).isEmpty();
    }

    @Test
    void aChangeIsAShareOfOutput() {
        assertThatThrownBy(() -> new IssuerOutput(YearMonth.of(2026, 1), -1.01))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("[-1, 1]");
        assertThatThrownBy(() -> new IssuerOutput(YearMonth.of(2026, 1), Double.NaN))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(new IssuerOutput(YearMonth.of(2026, 1), 1).change()).isEqualTo(1);
        assertThat(new IssuerOutput(YearMonth.of(2026, 1), -1).change()).isEqualTo(-1);
    }
}
