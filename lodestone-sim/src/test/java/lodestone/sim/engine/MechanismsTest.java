package lodestone.sim.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import lodestone.model.mineral.MineralId;
import lodestone.sim.Fixtures;
import lodestone.sim.scenario.Distribution;
import lodestone.sim.scenario.Licensing;
import lodestone.sim.scenario.Market;
import lodestone.sim.scenario.Partner;
import lodestone.sim.scenario.Phase;
import lodestone.sim.scenario.Response;
import lodestone.sim.scenario.ScenarioSpec;
import lodestone.sim.scenario.StockRelease;
import org.junit.jupiter.api.Test;

/**
 * More closed forms: what buyers expect (and so the spot price) before and during a measure, with and without
 * licensing; relief from substitution, spare capacity and partners; licence batches and decision lags; the engine's
 * bookkeeping (progress, thresholds, store reuse, memory held).
 */
class MechanismsTest {
    private static final MineralId GA = MineralId.of("gallium");
    private static final double EPS = 1e-6;

    /** Everyone depends on China, two months of cover, price flexibility 1, nothing else moving. */
    private static Market priced() {
        return Fixtures.twoMonthsCover(GA, Fixtures.behaviour().flexibility(1).build());
    }

    private static ScenarioSpec spec(
            Market market, double severity, Optional<Licensing> licensing, Optional<LocalDate> announced, int horizon) {
        return Fixtures.chinaCut(
                "mechanisms",
                market,
                new Phase(Distribution.fixed(24), Distribution.fixed(severity)),
                announced,
                licensing,
                horizon);
    }

    private static MarketResult run(ScenarioSpec spec) {
        return MonteCarloEngine.run(spec, RunOptions.of(16, 1).withThreads(1))
                .markets()
                .get(0);
    }

    private static double price(MarketResult result, int month) {
        return result.months().get(month).band(Series.PRICE_OUTSIDE).p50();
    }

    /** Decided exactly two months after application, half expected granted. */
    private static final Licensing STEP = new Licensing(Distribution.fixed(2), 1, Distribution.fixed(0.5));

    @Test
    void aHalfBanIsExpectedToLastTheWindow() {
        // month 0: half arrives, half a month drawn: stock 1.5; six months of half supply expected: (1.5 + 3) / 8
        MarketResult result = run(spec(priced(), 0.5, Optional.empty(), Optional.empty(), 2));
        assertThat(price(result, 0)).isCloseTo(8 / 4.5, within(EPS));
    }

    @Test
    void anAnnouncedBanIsExpectedFromTheStart() {
        // announced 30 days ahead, in the month before the start nothing is missing yet: stock 2, one normal month and
        // five at half: (2 + 1 + 2.5) / 8
        MarketResult result = run(spec(priced(), 0.5, Optional.empty(), Optional.of(LocalDate.of(2025, 12, 2)), 2));
        assertThat(result.months().get(0).month()).isEqualTo(YearMonth.of(2025, 12));
        assertThat(price(result, 0)).isCloseTo(8 / 5.5, within(EPS));
    }

    @Test
    void anAnnouncedLicenceIsExpectedToBeDecidedAfterItsLag() {
        // before the start: one normal month, then five licensed ones whose applications are decided after two months,
        // half expected granted: 1 + 0.5 x (G(0.5) + ... + G(4.5)) = 1 + 0.5 x 3; (2 + 2.5) / 8
        MarketResult result = run(spec(priced(), 0, Optional.of(STEP), Optional.of(LocalDate.of(2025, 12, 2)), 2));
        assertThat(price(result, 0)).isCloseTo(8 / 4.5, within(EPS));
    }

    @Test
    void duringTheLagBuyersExpectTheirPendingApplicationsAtTheGrantTheyExpect() {
        // month 0: nothing decided yet, one month applied for and pending; expected over six months:
        // 0.5 x (1 x G(6) + G(0.5) + ... + G(5.5)) = 0.5 x (1 + 4); one month drawn: (1 + 2.5) / 8
        MarketResult result = run(spec(priced(), 0, Optional.of(STEP), Optional.empty(), 2));
        assertThat(price(result, 0)).isCloseTo(8 / 3.5, within(EPS));
    }

    @Test
    void substitutionSpareCapacityAndPartnersRelieveTheShortfall() {
        // a full ban of the only source; substitution 0.4 from month 2; spare capacity 0.2 ramping over 4 months; a
        // partner of 0.3 starting in month 3 over 2 months
        Market market = Market.bare(GA, Map.of("CN", 1.0))
                .withMitigations(
                        Distribution.fixed(0.2), 4, Distribution.fixed(0), new Response(0.4, 2, 0), Response.NONE)
                .withPartner(new Partner("p", 0.3, Distribution.fixed(3), 2, 1, "test"));
        MarketResult result = run(spec(market, 1, Optional.empty(), Optional.empty(), 6));
        double[] expected = {1, 1 - 0.05, 1 - 0.4 - 0.1, 1 - 0.4 - 0.15, 1 - 0.4 - 0.2 - 0.15, 1 - 0.4 - 0.2 - 0.3};
        for (int t = 0; t < 6; t++) {
            assertThat(result.months().get(t).shortfall().p50())
                    .as("month " + t)
                    .isCloseTo(expected[t], within(EPS));
        }
    }

    @Test
    void recyclingAndSubstitutionRampAfterTheirLagsAndCountAgainstAllDemand() {
        // China supplies half and is cut off; recycling reaches 0.2 of all demand 1 month after the start over 2
        // months, substitution 0.3 from month 2 over 4: the shortfall is 0.5 less both ramps (relief is a fraction of
        // all demand, not of China's half)
        Market market = Market.bare(GA, Map.of("CN", 0.5, "OTHER", 0.5))
                .withMitigations(
                        Distribution.fixed(0),
                        0,
                        Distribution.fixed(0),
                        new Response(0.3, 2, 4),
                        new Response(0.2, 1, 2));
        MarketResult result = run(spec(market, 1, Optional.empty(), Optional.empty(), 7));
        double[] expected = {
            0.5, 0.5, 0.5 - 0.1, 0.5 - 0.2 - 0.075, 0.5 - 0.2 - 0.15, 0.5 - 0.2 - 0.225, 0.5 - 0.2 - 0.3
        };
        for (int t = 0; t < 7; t++) {
            assertThat(result.months().get(t).shortfall().p50())
                    .as("month " + t)
                    .isCloseTo(expected[t], within(EPS));
        }
    }

    @Test
    void batchesAndLagsFollowTheirDistributions() {
        Market market = Market.bare(GA, Map.of("CN", 1.0))
                .withTrade(new lodestone.sim.scenario.Trade(
                        Optional.empty(),
                        1,
                        java.util.OptionalDouble.empty(),
                        1,
                        0.3,
                        100,
                        0,
                        Distribution.fixed(0),
                        0,
                        0,
                        0,
                        Optional.empty(),
                        lodestone.sim.scenario.HomeImports.NONE));
        Licensing lognormal = new Licensing(Distribution.fixed(2), 1.6, Distribution.fixed(1));
        ScenarioSpec spec = spec(market, 0, Optional.of(lognormal), Optional.empty(), 1);
        PathSimulator simulator = new PathSimulator(new MarketModel(spec, market, 0));
        simulator.run(7, 1, 0, new PathTile(new MonthlyStore(1, 1), 1));
        // above 30 licences: normal approximation around the mean, in whole-month units of 1/100
        assertThat(simulator.batches(0.5, 0.5)).isCloseTo(0.5, within(1e-12));
        assertThat(simulator.batches(0.5, StandardNormalAt.ONE_SIGMA))
                .isCloseTo(0.5 + Math.sqrt(50) / 100, within(1e-6));
        assertThat(simulator.batches(0, 0.9)).isZero();
        // below: Poisson by inverse transform, Poisson(1) has P(k <= 4) = 0.9963 and P(k <= 5) = 0.9994
        assertThat(simulator.batches(0.01, 0.3)).isZero();
        assertThat(simulator.batches(0.01, 0.5)).isEqualTo(0.01);
        assertThat(simulator.batches(0.01, 0.999)).isEqualTo(0.05);
        // the lag: half decided at the median, none before month 0, all eventually
        assertThat(simulator.lagCdf(2)).isCloseTo(0.5, within(1e-6));
        assertThat(simulator.lagCdf(0)).isZero();
        assertThat(simulator.lagCdf(-1)).isZero();
        assertThat(simulator.lagCdf(2 * 1.6)).isCloseTo(0.9, within(1e-6));
        // a step lag decides everything exactly at the median
        PathSimulator step =
                new PathSimulator(new MarketModel(spec(market, 0, Optional.of(STEP), Optional.empty(), 1), market, 0));
        step.run(7, 1, 0, new PathTile(new MonthlyStore(1, 1), 1));
        assertThat(step.lagCdf(1.999)).isZero();
        assertThat(step.lagCdf(2)).isEqualTo(1);
    }

    /** A trade with the given imported feed share ψ (China exports 30 % of its output). */
    private static lodestone.sim.scenario.Trade feedTrade(double feed) {
        return new lodestone.sim.scenario.Trade(
                Optional.empty(),
                1,
                java.util.OptionalDouble.empty(),
                1,
                0.3,
                50,
                0,
                Distribution.fixed(0),
                0,
                feed,
                0,
                Optional.empty(),
                lodestone.sim.scenario.HomeImports.NONE);
    }

    @Test
    void precautionFearsTheLargestRefusalSeenWhileTheMeasureStands() {
        // a month of full ban, then nothing refused; precaution Δ = 1 month, no restocking (orders are use)
        Market market = Fixtures.twoMonthsCover(
                GA, Fixtures.behaviour().flexibility(1).precaution(1).build());
        // month 0: one month drawn (stock 1), nothing expected, risk 1: R = (1 + 0) / (2 + 1 + 6)
        // month 1: supply is back (stock stays 1, six months expected) but buyers still fear the ban's refusal of 1:
        // R = (1 + 6) / (2 + 1 + 6), not (1 + 6) / (2 + 0 + 6) as the current refusal of 0 would give
        MarketResult easing = run(twoPhases(market, 1, 0));
        assertThat(price(easing, 0)).isCloseTo(9, within(EPS));
        assertThat(price(easing, 1)).isCloseTo(9 / 7.0, within(EPS));
        // tightening: the current refusal is the largest seen. Month 0 nothing refused (stock 2, six months expected,
        // risk 0): R = 8 / 8; month 1 the ban: R = (1 + 0) / (2 + 1 + 6)
        MarketResult tightening = run(twoPhases(market, 0, 1));
        assertThat(price(tightening, 0)).isCloseTo(1, within(EPS));
        assertThat(price(tightening, 1)).isCloseTo(9, within(EPS));
    }

    @Test
    void theRiskPerceivedIsTheDecidedShareOfTheRefusalFeared() {
        assertThat(PathSimulator.perceivedRisk(0, 0.3, 1)).isEqualTo(1.0);
        assertThat(PathSimulator.perceivedRisk(0.5, 0.6, 1)).isCloseTo(0.8, within(1e-15));
        // a destination served at half the others' grant fears more
        assertThat(PathSimulator.perceivedRisk(1, 0.2, 0.5)).isCloseTo(0.6, within(1e-15));
        assertThat(PathSimulator.perceivedRisk(1, 1, 1)).isEqualTo(1.0);
    }

    private static ScenarioSpec twoPhases(Market market, double first, double second) {
        return Fixtures.chinaCut(
                "two-phases",
                market,
                List.of(
                        new Phase(Distribution.fixed(1), Distribution.fixed(first)),
                        new Phase(Distribution.fixed(23), Distribution.fixed(second))),
                Optional.empty(),
                Optional.empty(),
                3);
    }

    @Test
    void theHomePriceMixesTheOutsideAndTheHomeTermsByTheLink() {
        // R = 0.5, β = 1: the outside term is ln 2; home cover 2, β_I = 1: the home term is −ln 2
        double ln2 = Math.log(2);
        assertThat(PathSimulator.homePriceLog(0.5, 1, 2, 1, 0.25)).isCloseTo(0.25 * ln2 - 0.75 * ln2, within(1e-15));
        assertThat(PathSimulator.homePriceLog(0.5, 1, 2, 1, 0)).isEqualTo(-ln2);
        assertThat(PathSimulator.homePriceLog(0.5, 1, 2, 1, 1)).isEqualTo(ln2);
        // β = 2 doubles the outside term; β_I = 0 drops the home one
        assertThat(PathSimulator.homePriceLog(0.5, 2, 2, 0, 0.4)).isCloseTo(0.4 * 2 * ln2, within(1e-15));
        assertThat(PathSimulator.homePriceLog(1, 1, 1, 1, 0.5)).isZero();
    }

    @Test
    void importedFeedCarriesTheOutsidePriceHome() {
        // the half ban of aHalfBanIsExpectedToLastTheWindow: outside price 8 / 4.5 in month 0; with β_I = 0 the home
        // term is 0, so the home price is the outside one to the power ψ
        MarketResult result = run(spec(priced().withTrade(feedTrade(0.5)), 0.5, Optional.empty(), Optional.empty(), 2));
        assertThat(price(result, 0)).isCloseTo(8 / 4.5, within(EPS));
        assertThat(homePrice(result)).isCloseTo(Math.sqrt(8 / 4.5), within(EPS));
        // all the feed imported: the home price is the outside price
        assertThat(homePrice(run(spec(priced().withTrade(feedTrade(1)), 0.5, Optional.empty(), Optional.empty(), 2))))
                .isCloseTo(8 / 4.5, within(EPS));
        // none imported: the home price ignores the outside one
        assertThat(homePrice(run(spec(priced().withTrade(feedTrade(0)), 0.5, Optional.empty(), Optional.empty(), 2))))
                .isEqualTo(1.0);
    }

    @Test
    void theHomeCoverIsWhatTheHomeMarketHoldsAgainstWhatItsBuyersWant() {
        // c̄ + W = 8: a surplus of half a month held and half expected: 9 / 8
        assertThat(PathSimulator.homeCover(8, 0.5, 0.5)).isEqualTo(9 / 8.0);
        assertThat(PathSimulator.homeCover(8, 1, 0)).isEqualTo(9 / 8.0);
        assertThat(PathSimulator.homeCover(8, -2, 0)).isEqualTo(0.75);
        // the home market drained of everything: the numerical floor
        assertThat(PathSimulator.homeCover(8, -8, 0)).isEqualTo(PathSimulator.MIN_COVER_RATIO);
    }

    private static double homePrice(MarketResult result) {
        return result.months().get(0).band(Series.PRICE_INSIDE).p50();
    }

    /** The uniform draw one standard deviation above the mean. */
    private static final class StandardNormalAt {
        static final double ONE_SIGMA = 0.8413447460685429;
    }

    @Test
    void aShortfallExactlyAtTheThresholdDoesNotExceedIt() {
        // threshold 0.5, a half ban, no stock: the shortfall is exactly 0.5 every month
        MarketResult result = run(spec(Market.bare(GA, Map.of("CN", 1.0)), 0.5, Optional.empty(), Optional.empty(), 3));
        assertThat(result.months().get(0).shortfall().p50()).isEqualTo(0.5);
        assertThat(result.months().get(0).probabilityAboveThreshold()).isZero();
        assertThat(result.probabilityAboveThreshold()).isZero();
    }

    @Test
    void progressCountsEveryPathOfEveryMarket() {
        ScenarioSpec spec = spec(priced(), 0.5, Optional.empty(), Optional.empty(), 2);
        ScenarioSpec two = spec.withMarkets(List.of(priced(), priced()));
        AtomicLong done = new AtomicLong();
        AtomicInteger calls = new AtomicInteger();
        try (MonteCarloEngine engine = new MonteCarloEngine(2)) {
            engine.simulate(two, RunOptions.of(600, 1), paths -> {
                done.addAndGet(paths);
                calls.incrementAndGet();
            });
        }
        assertThat(done.get()).isEqualTo(1_200);
        assertThat(calls.get()).isEqualTo(2 * 3);
    }

    @Test
    void aReusedEngineGivesWhatAFreshOneGivesWhateverTheSizesBefore() {
        ScenarioSpec spec = spec(priced(), 0.5, Optional.of(STEP), Optional.empty(), 12);
        try (MonteCarloEngine reused = new MonteCarloEngine(1)) {
            reused.simulate(spec, RunOptions.of(300, 1).withHorizon(6), Progress.NONE);
            reused.simulate(spec, RunOptions.of(200, 1).withHorizon(12), Progress.NONE);
            assertThat(reused.simulate(spec, RunOptions.of(300, 1).withHorizon(24), Progress.NONE))
                    .isEqualTo(MonteCarloEngine.run(spec, RunOptions.of(300, 1).withHorizon(24)));
        }
    }

    @Test
    void theStoreAnEngineHoldsCountsAsAvailableForItsNextRun() {
        // the first check sees 4 MiB in use, later ones 4 MiB plus the store the engine keeps (10,440,000 bytes for
        // 30,000 paths x 12 months): without counting that store as reusable, the second run would not fit
        long store = 29L * 12 * 30_000;
        AtomicInteger checks = new AtomicInteger();
        MemoryBudget budget =
                new MemoryBudget(80L << 20, () -> (4L << 20) + (checks.getAndIncrement() == 0 ? 0 : store));
        ScenarioSpec spec = spec(priced(), 0.5, Optional.empty(), Optional.empty(), 12);
        try (MonteCarloEngine engine = new MonteCarloEngine(1, budget)) {
            RunOptions options = new RunOptions(30_000, 1, OptionalInt.of(12), 1);
            engine.simulate(spec, options, Progress.NONE);
            assertThat(engine.simulate(spec, options, Progress.NONE).paths()).isEqualTo(30_000);
        }
        assertThat(new MonthlyStore(30_000, 12).bytes()).isEqualTo(store);
        assertThat(new MonthlyStore(10, 12).fits(10, 12)).isTrue();
        assertThat(new MonthlyStore(10, 12).fits(10, 13)).isFalse();
        assertThat(new MonthlyStore(10, 12).fits(11, 6)).isFalse();
    }

    @Test
    void theBudgetAllowsARunOfExactlyTheBytesAvailable() {
        long needed = MemoryBudget.needed(1_000, 12, 1, 1);
        MemoryBudget exact = new MemoryBudget(MemoryBudget.HEADROOM + (5L << 20) + needed, () -> 5L << 20);
        exact.check(1_000, 12, 1, 1, 0);
        assertThatThrownBy(() -> exact.check(1_001, 12, 1, 1, 0)).isInstanceOf(SimulationTooLargeException.class);
        exact.check(1_001, 12, 1, 1, 1L << 20);
        assertThatThrownBy(() -> new MemoryBudget(1L << 20, () -> 0).check(1, 1, 1, 1, 0))
                .isInstanceOfSatisfying(
                        SimulationTooLargeException.class,
                        e -> assertThat(e.largestPaths()).isZero());
    }

    @Test
    void theRefusalSuggestsAHeapLargeEnough() {
        assertThatThrownBy(() -> new MemoryBudget(1L << 30, () -> 0).check(1_000_000, 600, 1, 2, 0))
                .hasMessageContaining("LODESTONE_JAVA_OPTS=-Xmx18g");
        assertThat(SimulationTooLargeException.bytes(1L << 30)).isEqualTo("1.0 GiB");
        assertThat(SimulationTooLargeException.bytes((1L << 30) - 1)).isEqualTo("1024 MiB");
    }

    @Test
    void theOlderAccessorsReadTheBands() {
        MarketResult result = run(spec(priced(), 1, Optional.empty(), Optional.empty(), 2));
        MonthStatistics month = result.months().get(0);
        Band outside = month.band(Series.PRICE_OUTSIDE);
        assertThat(month.price().p5()).isEqualTo(outside.p5());
        assertThat(month.price().p50()).isEqualTo(outside.p50()).isGreaterThan(1);
        assertThat(month.price().p95()).isEqualTo(outside.p95());
        assertThat(month.shortfall().mean())
                .isEqualTo(month.band(Series.SHORTFALL).mean());
        assertThat(Series.PRICE_OUTSIDE.id()).isEqualTo("priceOutside");
    }

    @Test
    void pathOutcomesTellTheFirstStopAndDifferByValue() {
        // 1.2 months of cover, a full ban: month 0 drawn from stock, month 1 only 0.2 left: a stop in month 1
        Market market = Market.bare(GA, Map.of("CN", 1.0)).withStocks(Distribution.fixed(1.2), StockRelease.WHEN_SHORT);
        ScenarioSpec spec = spec(market, 1, Optional.empty(), Optional.empty(), 4);
        PathOutcomes paths = MonteCarloEngine.run(spec, RunOptions.of(8, 1).keepingPaths())
                .markets()
                .get(0)
                .paths()
                .orElseThrow();
        assertThat(paths.monthsToFirstStop(3)).isEqualTo(1);
        PathOutcomes longer = MonteCarloEngine.run(
                        spec.withHorizon(5), RunOptions.of(8, 1).keepingPaths())
                .markets()
                .get(0)
                .paths()
                .orElseThrow();
        assertThat(longer).isNotEqualTo(paths).isNotEqualTo(null);
        assertThat(longer.hashCode()).isNotEqualTo(paths.hashCode());
    }
}
