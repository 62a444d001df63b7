package lodestone.sim.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.function.Consumer;
import lodestone.model.mineral.MineralId;
import lodestone.sim.Fixtures;
import lodestone.sim.scenario.Distribution;
import lodestone.sim.scenario.Licensing;
import lodestone.sim.scenario.Market;
import lodestone.sim.scenario.Phase;
import lodestone.sim.scenario.Response;
import lodestone.sim.scenario.ScenarioSpec;
import lodestone.sim.scenario.StockRelease;
import lodestone.sim.scenario.Trade;
import org.junit.jupiter.api.Test;

/**
 * Cases whose answer follows from arithmetic alone, one mechanism at a time: each switches on only the part of the
 * model it checks (see {@link Fixtures#behaviour()}). Monthly values are stored as {@code float}, hence the 1e-6
 * tolerances.
 */
class ClosedFormTest {
    private static final MineralId DY = MineralId.of("dysprosium");
    private static final double EPS = 1e-6;

    private static ScenarioSpec scenario(double severity, double months, Market market) {
        return ScenarioSpec.of(
                "closed-form",
                YearMonth.of(2025, 4),
                12,
                "CN",
                List.of(new Phase(Distribution.fixed(months), Distribution.fixed(severity))),
                market);
    }

    private static ScenarioSpec spec(
            Market market,
            List<Phase> phases,
            Optional<Licensing> licensing,
            Optional<LocalDate> announced,
            List<String> targets,
            int horizon) {
        return Fixtures.chinaCut("closed-form", market, targets, 0.2, phases, announced, licensing, horizon);
    }

    private static List<Phase> ban(double severity) {
        return List.of(new Phase(Distribution.fixed(24), Distribution.fixed(severity)));
    }

    /** A full ban on everyone, announced before the start, buyers wanting more cover and ordering up to 3 months. */
    private static ScenarioSpec announcedBan(
            Market market, double precaution, double restock, LocalDate announced, int horizon) {
        Market responsive = market.withBehaviour(Fixtures.behaviour()
                .precaution(precaution)
                .restock(restock)
                .maxOrder(3)
                .build());
        return spec(responsive, ban(1), Optional.empty(), Optional.of(announced), List.of("ALL"), horizon);
    }

    /** China supplies 0.8 of all buyers outside it, and the US buys a quarter of its exports. */
    private static Trade quarterOfExports() {
        return quarterOfExports(t -> {});
    }

    /**
     * The US China's only buyer (the outside share stated as 1), a million licences a month (smooth batches), customs
     * holding every covered shipment the months given after the effective day.
     */
    private static Trade soleBuyerHeldAfter(double months) {
        return Fixtures.trade(t -> {
            t.outsideIssuerShare = OptionalDouble.of(1);
            t.licencesPerMonth = 1e6;
            t.enforcementMonths = months;
        });
    }

    /** {@link #quarterOfExports()} with the other fields changed as given. */
    private static Trade quarterOfExports(Consumer<Fixtures.TradeFields> change) {
        return Fixtures.trade(t -> {
            t.outsideIssuerShare = OptionalDouble.of(0.8);
            t.perspectiveShareOfExports = 0.25;
            change.accept(t);
        });
    }

    private static MarketResult run(ScenarioSpec spec, int paths) {
        return MonteCarloEngine.run(spec, RunOptions.of(paths, 3).withThreads(1))
                .markets()
                .get(0);
    }

    @Test
    void withoutStocksOrMitigationTheShortfallIsSeverityTimesTheIssuerShare() {
        Market market = Market.bare(DY, Map.of("CN", 0.7, "OTHER", 0.3));
        MarketResult result = MonteCarloEngine.run(scenario(0.6, 12, market), RunOptions.of(500, 1))
                .markets()
                .get(0);
        double expected = 0.6 * 0.7;
        assertThat(result.issuerShare()).isEqualTo(0.7);
        for (MonthStatistics month : result.months()) {
            assertThat(month.shortfall().p5()).isCloseTo(expected, within(EPS));
            assertThat(month.shortfall().p50()).isCloseTo(expected, within(EPS));
            assertThat(month.shortfall().p95()).isCloseTo(expected, within(EPS));
            // a static behaviour moves no price
            assertThat(month.band(Series.PRICE_OUTSIDE)).isEqualTo(Band.constant(1));
            assertThat(month.band(Series.PRICE_INSIDE)).isEqualTo(Band.constant(1));
            assertThat(month.band(Series.EXPORTS).p50()).isCloseTo(1 - 0.6, within(EPS));
        }
        assertThat(result.cumulativeShortfall().mean()).isCloseTo(12 * expected, within(1e-5));
        assertThat(result.probabilityAboveThreshold()).isEqualTo(1.0);
        assertThat(result.notRecovered()).isEqualTo(1.0);
        // every buyer of China's 70 % gets 40 % of its use: more than half is missing, so all of them stop at once
        assertThat(result.probabilityOfStop()).isEqualTo(1.0);
        assertThat(result.monthsToFirstStop().p95()).isZero();
        assertThat(result.months().get(0).stoppedShare()).isCloseTo(0.7, within(EPS));
    }

    @Test
    void stocksRunOutInTheMonthTheArithmeticSays() {
        // gap 0.5 of demand a month; 1.2 months of stock: draws 0.5, 0.5, 0.2 -> short 0, 0, 0.3, then 0.5
        Market market = Market.bare(DY, Map.of("CN", 1.0)).withStocks(Distribution.fixed(1.2), StockRelease.WHEN_SHORT);
        MarketResult result = MonteCarloEngine.run(scenario(0.5, 12, market), RunOptions.of(100, 3))
                .markets()
                .get(0);
        double[] expected = {0, 0, 0.3, 0.5, 0.5, 0.5, 0.5, 0.5, 0.5, 0.5, 0.5, 0.5};
        for (int t = 0; t < 12; t++) {
            assertThat(result.months().get(t).shortfall().p50())
                    .as("month " + t)
                    .isCloseTo(expected[t], within(EPS));
        }
        assertThat(result.cumulativeShortfall().p50()).isCloseTo(12 * 0.5 - 1.2, within(1e-5));
        // receiving half of their use and nothing left to draw is not yet a stop (less than half would be)
        assertThat(result.probabilityOfStop()).isZero();
        assertThat(result.monthsToFirstStop().p50()).isEqualTo(12);
    }

    @Test
    void aReleaseCapAndATriggerLimitTheDraw() {
        // gap 0.5; draw at most 0.3 a month and only above a tolerated 0.1: draw min(0.3, 0.4) = 0.3 -> short 0.2
        Market market =
                Market.bare(DY, Map.of("CN", 1.0)).withStocks(Distribution.fixed(0.6), new StockRelease(0.3, 0.1));
        MarketResult result = MonteCarloEngine.run(scenario(0.5, 12, market), RunOptions.of(10, 3))
                .markets()
                .get(0);
        assertThat(result.months().get(0).shortfall().p50()).isCloseTo(0.2, within(EPS));
        assertThat(result.months().get(1).shortfall().p50()).isCloseTo(0.2, within(EPS));
        assertThat(result.months().get(2).shortfall().p50()).isCloseTo(0.5, within(EPS));
    }

    @Test
    void aFractionalLastMonthCountsProRataAndRecoveryFollows() {
        Market market = Market.bare(DY, Map.of("CN", 1.0));
        MarketResult result = MonteCarloEngine.run(scenario(0.4, 2.5, market), RunOptions.of(10, 3))
                .markets()
                .get(0);
        assertThat(result.months().get(2).shortfall().p50()).isCloseTo(0.2, within(EPS));
        assertThat(result.months().get(3).shortfall().p50()).isZero();
        assertThat(result.monthsToRecovery().p50()).isEqualTo(3);
        assertThat(result.cumulativeShortfall().mean()).isCloseTo(1.0, within(1e-5));
        assertThat(result.notRecovered()).isZero();
    }

    @Test
    void monteCarloMomentsMatchTheInputDistribution() {
        // severity uniform(0.2, 0.6), share 1, no stocks: monthly shortfall is the severity; mean 0.4, P5 0.22, P95
        // 0.58
        Market market = Market.bare(DY, Map.of("CN", 1.0));
        ScenarioSpec spec = ScenarioSpec.of(
                "moments",
                YearMonth.of(2025, 1),
                3,
                "CN",
                List.of(new Phase(Distribution.fixed(3), Distribution.uniform(0.2, 0.6))),
                market);
        MonthStatistics month = MonteCarloEngine.run(spec, RunOptions.of(20_000, 11))
                .markets()
                .get(0)
                .months()
                .get(0);
        assertThat(month.shortfall().mean()).isCloseTo(0.4, within(0.004));
        assertThat(month.shortfall().p5()).isCloseTo(0.22, within(0.004));
        assertThat(month.band(Series.SHORTFALL).p10()).isCloseTo(0.24, within(0.004));
        assertThat(month.band(Series.SHORTFALL).p90()).isCloseTo(0.56, within(0.004));
        assertThat(month.shortfall().p95()).isCloseTo(0.58, within(0.004));
    }

    @Test
    void stockCoverIsADistributionAcrossBuyersNotAPool() {
        // cover uniform(0, 2) across buyers, a full stop: buyers with less than a month run short at once. Month 0
        // expects E[max(0, 1 - c)] = 0.25 of demand short, month 1 E[min(1, max(0, 2 - c))] = 0.75; a pool of the
        // same one month would be short by nothing in month 0 and by everything in month 1.
        Market market =
                Market.bare(DY, Map.of("CN", 1.0)).withStocks(Distribution.uniform(0, 2), StockRelease.WHEN_SHORT);
        MarketResult result = run(scenario(1, 12, market), 4_000);
        assertThat(result.months().get(0).shortfall().mean()).isCloseTo(0.25, within(0.002));
        assertThat(result.months().get(1).shortfall().mean()).isCloseTo(0.75, within(0.002));
        assertThat(result.months().get(2).shortfall().mean()).isCloseTo(1, within(EPS));
        // the buyers with the least cover stop in the first month on every path
        assertThat(result.monthsToFirstStop().p95()).isZero();
    }

    @Test
    void licencesArriveAfterTheDecisionLag() {
        // every application decided exactly two months after it is made (spread 1), all granted, no stock: nothing
        // ships in months 0 and 1, then the full flow; a million licences a month make the batches smooth
        Market market = Market.bare(DY, Map.of("CN", 1.0)).withTrade(Fixtures.trade(t -> t.licencesPerMonth = 1e6));
        Licensing licensing = new Licensing(Distribution.fixed(2), 1, Distribution.fixed(1));
        MarketResult result =
                run(spec(market, ban(0), Optional.of(licensing), Optional.empty(), List.of("ALL"), 6), 200);
        for (int t = 0; t < 2; t++) {
            assertThat(result.months().get(t).band(Series.EXPORTS).p95())
                    .as("month " + t)
                    .isZero();
            assertThat(result.months().get(t).shortfall().p5()).as("month " + t).isEqualTo(1.0);
        }
        for (int t = 2; t < 6; t++) {
            assertThat(result.months().get(t).band(Series.EXPORTS).p50())
                    .as("month " + t)
                    .isCloseTo(1, within(0.005));
            assertThat(result.months().get(t).shortfall().p95())
                    .as("month " + t)
                    .isCloseTo(0, within(0.005));
        }
        assertThat(result.monthsToRecovery().p50()).isEqualTo(2);
    }

    @Test
    void fewLicencesMakeLumpyMonthsWithTheRightMean() {
        // one licence carries a whole month of exports; 30 % of applications granted at once: the number of licences
        // a month is Poisson(0.3), so 74 % of months ship nothing and the mean is 0.3
        Market market = Market.bare(DY, Map.of("CN", 1.0)).withTrade(Fixtures.trade(t -> t.licencesPerMonth = 1));
        Licensing licensing = new Licensing(Distribution.fixed(0), 1, Distribution.fixed(1));
        MarketResult result =
                run(spec(market, ban(0.7), Optional.of(licensing), Optional.empty(), List.of("ALL"), 1), 20_000);
        Band exports = result.months().get(0).band(Series.EXPORTS);
        assertThat(exports.p50()).isZero();
        assertThat(exports.p90()).isEqualTo(1);
        assertThat(exports.mean()).isCloseTo(0.3, within(0.015));
        assertThat(new PathSimulator(new MarketModel(
                                spec(market, ban(0.7), Optional.of(licensing), Optional.empty(), List.of("ALL"), 1),
                                market,
                                0))
                        .batches(0.3, 0.5))
                .as("the median of Poisson(0.3) is 0")
                .isZero();
    }

    @Test
    void buyersFrontLoadBetweenAnnouncementAndStart() {
        // announced 30 days before the start: the month before it is 30/30.44 announced; buyers want 1.5 more months
        // of cover by the deadline, so they order 1 + 1.5 x 30/30.44 that month; then a full ban
        ScenarioSpec spec = announcedBan(
                Market.bare(DY, Map.of("CN", 1.0)).withStocks(Distribution.fixed(2), StockRelease.WHEN_SHORT),
                1.5,
                1,
                LocalDate.of(2025, 12, 2),
                4);
        ScenarioResult result = MonteCarloEngine.run(spec, RunOptions.of(50, 1).withThreads(1));
        assertThat(result.leadMonths()).isEqualTo(1);
        assertThat(result.firstMonth()).isEqualTo(YearMonth.of(2025, 12));
        MarketResult dy = result.markets().get(0);
        assertThat(dy.months()).hasSize(5);
        assertThat(dy.months().get(0).month()).isEqualTo(YearMonth.of(2025, 12));
        double announced = 30 / (365.25 / 12);
        assertThat(dy.months().get(0).band(Series.EXPORTS).p50()).isCloseTo(1 + 1.5 * announced, within(EPS));
        assertThat(dy.months().get(1).band(Series.EXPORTS).p50()).isZero();
        // the extra stock delays the shortfall: 2 + 1.48 months cover the first three months of the ban, not the fourth
        assertThat(dy.months().get(3).shortfall().p50()).isZero();
        assertThat(dy.months().get(4).shortfall().p50()).isCloseTo(1 - (2 + 1.5 * announced - 3), within(EPS));
    }

    @Test
    void aMeasureCoveringHalfTheProductStopsHalfTheBuyers() {
        Market market = Market.bare(DY, Map.of("CN", 1.0)).withTrade(Fixtures.trade(t -> t.coveredShare = 0.5));
        MarketResult result = run(spec(market, ban(1), Optional.empty(), Optional.empty(), List.of("ALL"), 2), 20);
        MonthStatistics month = result.months().get(0);
        assertThat(month.band(Series.EXPORTS).p50()).isCloseTo(0.5, within(EPS));
        assertThat(month.shortfall().p50()).isCloseTo(0.5, within(EPS));
        assertThat(month.stoppedShare()).isCloseTo(0.5, within(EPS));
        assertThat(month.band(Series.EXPORTS_TO_PERSPECTIVE).p50()).isCloseTo(0.5, within(EPS));
        assertThat(result.probabilityOfStop()).isEqualTo(1);
    }

    @Test
    void demandGrowthScalesUseExportsAndReceiptsButNotTheStoppedShare() {
        // China supplies half of the US, the measure covers half the product and bans it; outside demand grows 44 % a
        // year, so use in month 6 is 1.44^(6/12) = 1.2 times the baseline. The covered half of China's share (0.25 of
        // US demand) receives nothing; the uncovered half and the other sources grow with use:
        // receipts 0.25 x 1.2 + 0.5 x 1.2 = 0.9; China's exports (0 + 0.25 x 1.2) / 0.5 = 0.6 of its baseline; direct
        // exports to the US the same; the shortfall 0.25 x 1.2 = 0.3 of baseline demand; a quarter of demand stopped.
        Market market = Market.bare(DY, Map.of("CN", 0.5, "OTHER", 0.5)).withTrade(Fixtures.trade(t -> {
            t.coveredShare = 0.5;
            t.demandGrowth = 0.44;
        }));
        MarketResult result = run(spec(market, ban(1), Optional.empty(), Optional.empty(), List.of("ALL"), 8), 20);
        MonthStatistics first = result.months().get(0);
        assertThat(first.band(Series.RECEIPTS).p50()).isCloseTo(0.75, within(EPS));
        MonthStatistics month = result.months().get(6);
        assertThat(month.band(Series.RECEIPTS).p50()).isCloseTo(0.9, within(EPS));
        assertThat(month.band(Series.EXPORTS).p50()).isCloseTo(0.6, within(EPS));
        assertThat(month.band(Series.EXPORTS_TO_PERSPECTIVE).p50()).isCloseTo(0.6, within(EPS));
        assertThat(month.shortfall().p50()).isCloseTo(0.3, within(EPS));
        assertThat(month.stoppedShare()).isCloseTo(0.25, within(EPS));
    }

    @Test
    void aBanOnThePerspectiveAloneLeaksThroughOthersAndShowsInTotalExports() {
        // China supplies half of the US; the US buys a quarter of China's exports; China supplies 80 % of the outside
        // market. The US is 0.25 x 0.8 / 0.5 = 40 % of outside demand, the others depend on China for 100 %.
        // Banned, half of the US's volume arrives through third countries, and China's customs record it there.
        Market market = Market.bare(DY, Map.of("CN", 0.5, "OTHER", 0.5))
                .withTrade(quarterOfExports())
                .withMitigations(Distribution.fixed(0), 0, Distribution.fixed(0.5), Response.NONE, Response.NONE);
        MarketResult result = run(spec(market, ban(1), Optional.empty(), Optional.empty(), List.of("US"), 2), 20);
        MonthStatistics month = result.months().get(0);
        assertThat(month.band(Series.EXPORTS).p50()).isCloseTo((0.2 * 0.5 + 0.6 * 1) / 0.8, within(EPS));
        assertThat(month.band(Series.EXPORTS_TO_PERSPECTIVE).p50()).isZero();
        assertThat(month.shortfall().p50()).isCloseTo(0.5 * 0.5, within(EPS));
        assertThat(month.band(Series.RECEIPTS).p50()).isCloseTo(0.5 * 0.5 + 0.5, within(EPS));
    }

    @Test
    void theIssuersHomeUseIsItsExportsScaledByWhatItKeeps() {
        // As below: China supplies half of the US and 80 % of the outside market, the US buys a quarter of China's
        // exports, so the US is 0.4 of outside demand and China exports 0.8 of outside demand, 2 months of US demand a
        // month. Exporting 30 % of its output, China uses 70/30 of that at home: 14/3 months of US demand a month.
        Market market = Market.bare(DY, Map.of("CN", 0.5, "OTHER", 0.5)).withTrade(quarterOfExports());
        ScenarioSpec spec = spec(market, ban(1), Optional.empty(), Optional.empty(), List.of("US"), 2);
        PathOutcomes paths = MonteCarloEngine.run(
                        spec, RunOptions.of(10, 3).withThreads(1).keepingPaths())
                .markets()
                .get(0)
                .paths()
                .orElseThrow();
        assertThat(paths.issuerHomeUse()).isCloseTo(0.8 / 0.4 * 0.7 / 0.3, within(1e-12));
        // an issuer that exports nothing gives no export flow to scale from
        Market closed = market.withTrade(quarterOfExports(t -> t.issuerExportShare = 0));
        assertThat(new MarketModel(spec, closed, 0).issuerHomeUse).isZero();
    }

    @Test
    void aBanOnThePerspectiveWithHalfOfEveryoneElseRefusedCutsTotalExportsByBoth() {
        // As above (the US is 0.2 of China's covered outside demand, the others 0.6), but nothing leaks and half of
        // the others' exports are refused too: China's exports are (0.2 x 0 + 0.6 x 0.5) / 0.8 = 0.375 of baseline;
        // the US, banned, loses China's half of its supply.
        Market market = Market.bare(DY, Map.of("CN", 0.5, "OTHER", 0.5)).withTrade(quarterOfExports());
        List<Phase> phases = List.of(new Phase(Distribution.fixed(24), Distribution.fixed(1), Distribution.fixed(0.5)));
        MarketResult result = run(spec(market, phases, Optional.empty(), Optional.empty(), List.of("US"), 2), 20);
        MonthStatistics month = result.months().get(0);
        assertThat(month.band(Series.EXPORTS).p50()).isCloseTo(0.6 * 0.5 / 0.8, within(EPS));
        assertThat(month.band(Series.EXPORTS_TO_PERSPECTIVE).p50()).isZero();
        assertThat(month.shortfall().p50()).isCloseTo(0.5, within(EPS));
        assertThat(month.band(Series.RECEIPTS).p50()).isCloseTo(0.5, within(EPS));
    }

    @Test
    void theSpotPriceFollowsTheCoverRatioAndTheHomePriceTheSurplus() {
        // everyone depends on China, two months of cover, a full ban; flexibility 1, no noise, a 6-month window.
        // Month 0: stock 1 left and nothing expected: cover ratio (1 + 0) / (2 + 6) = 1/8, spot price 8.
        // Month 1: the price of 8 cut use to 8^-0.1 (demand elasticity -0.1), so 1 - 8^-0.1 of stock is left and the
        // ratio is that over 8.
        // Home: half of China's output was exported and none is absorbed, so the withheld month adds 1 month of home
        // use
        // and the six expected months 6 more: (2 + 6 + 1 + 6) / (2 + 6) = 15/8, home price 8/15.
        Market market = Market.bare(DY, Map.of("CN", 1.0))
                .withStocks(Distribution.fixed(2), StockRelease.WHEN_SHORT)
                .withTrade(Fixtures.trade(t -> t.issuerExportShare = 0.5))
                .withBehaviour(Fixtures.behaviour()
                        .flexibility(1)
                        .issuerFlexibility(1)
                        .absorption(0)
                        .build());
        MarketResult result = run(spec(market, ban(1), Optional.empty(), Optional.empty(), List.of("ALL"), 3), 20);
        assertThat(result.months().get(0).band(Series.PRICE_OUTSIDE).p50()).isCloseTo(8, within(1e-5));
        assertThat(result.months().get(1).band(Series.PRICE_OUTSIDE).p50())
                .isCloseTo(8 / (1 - Math.pow(8, -0.1)), within(1e-3));
        // month 2: nothing left, the ratio hits its floor of 0.01: price 100
        assertThat(result.months().get(2).band(Series.PRICE_OUTSIDE).p50())
                .isCloseTo(1 / PathSimulator.MIN_COVER_RATIO, within(1e-3));
        assertThat(result.months().get(0).band(Series.PRICE_INSIDE).p50()).isCloseTo(8.0 / 15, within(1e-6));
        // nothing received at all: the realised price is the spot price
        assertThat(result.months().get(0).band(Series.PRICE_REALISED).p50()).isCloseTo(8, within(1e-5));
    }

    @Test
    void theRealisedPriceMixesContractsThatFollowTheSpot() {
        // half of US supply from China, banned, no stocks: the other half is bought on contracts that move a sixth of
        // the way to the spot price each month. Cover ratio (0.5 x 6 + 0.5 x 0) / (0.5 x 6 + 0.5 x 6) = 1/2, spot 2,
        // contract 1 + (2 - 1)/6, and it is all the US pays for.
        Market market = Market.bare(DY, Map.of("CN", 0.5, "OTHER", 0.5))
                .withBehaviour(
                        Fixtures.behaviour().flexibility(1).contractMonths(6).build());
        MarketResult result = run(spec(market, ban(1), Optional.empty(), Optional.empty(), List.of("ALL"), 2), 20);
        assertThat(result.months().get(0).band(Series.PRICE_OUTSIDE).p50()).isCloseTo(2, within(1e-6));
        assertThat(result.months().get(0).band(Series.PRICE_REALISED).p50()).isCloseTo(7.0 / 6, within(1e-6));
        assertThat(result.months().get(1).band(Series.PRICE_REALISED).p50())
                .isCloseTo(7.0 / 6 + (2 - 7.0 / 6) / 6, within(1e-6));
    }

    /**
     * No stocks, half of refused volume leaking, flexibilities 1, nothing absorbed, contracts following the spot over 6
     * months, no noise.
     */
    private static Market leakyAndPriced(Map<String, Double> supply, Trade trade) {
        return Market.bare(DY, supply)
                .withTrade(trade)
                .withMitigations(Distribution.fixed(0), 0, Distribution.fixed(0.5), Response.NONE, Response.NONE)
                .withBehaviour(Fixtures.behaviour()
                        .flexibility(1)
                        .issuerFlexibility(1)
                        .absorption(0)
                        .contractMonths(6)
                        .build());
    }

    /**
     * Month 0 of a ban on the US, which gets half its supply from China, with half of the others' volume refused: China
     * supplies 80 % of the outside market, the US buys a quarter of its exports, China exports half its output.
     */
    private static MonthStatistics usBanWithOthersHalfRefused(double covered) {
        Market market = leakyAndPriced(Map.of("CN", 0.5, "OTHER", 0.5), quarterOfExports(t -> {
            t.coveredShare = covered;
            t.issuerExportShare = 0.5;
        }));
        List<Phase> phases = List.of(new Phase(Distribution.fixed(24), Distribution.fixed(1), Distribution.fixed(0.5)));
        return run(spec(market, phases, Optional.empty(), Optional.empty(), List.of("US"), 2), 10)
                .months()
                .get(0);
    }

    @Test
    void theRealisedPriceWeighsLicensedContractedAndLeakedVolume() {
        // China supplies 80 % of the US, which is its only outside customer; half of every shipment is refused and half
        // of the refused volume leaks through third countries; no stocks; flexibilities 1, nothing absorbed, China
        // exports half its output. Month 0 (prices at baseline before it):
        // each covered buyer orders 1 and receives 0.5 + 0.25 (leak): the shortfall is 0.8 x 0.25 = 0.2.
        // Cover ratio: uncovered 0.2 x (0 + 6) + covered 0.8 x (0 + 6 x 0.5) over 0.2 x 6 + 0.8 x 6: 3.6 / 6, spot 5/3.
        // Home: shipped 0.75 of China's exports (leaked volume leaves China too), so 0.25 of a month of exports stays
        // home, and 6 x 0.5 more are expected to: (6 + 0.25 + 3) / 6, home price 6 / 9.25.
        // The US buys 0.4 direct at the home price, 0.2 leaked at the spot, 0.2 from others on contracts that moved a
        // sixth of the way to the spot: 1 + (5/3 - 1) / 6 = 10/9.
        Market market = leakyAndPriced(Map.of("CN", 0.8, "OTHER", 0.2), Fixtures.trade(t -> t.issuerExportShare = 0.5));
        MonthStatistics month = run(spec(market, ban(0.5), Optional.empty(), Optional.empty(), List.of("ALL"), 2), 10)
                .months()
                .get(0);
        double spot = 5.0 / 3;
        double home = 6 / 9.25;
        assertThat(month.shortfall().p50()).isCloseTo(0.2, within(EPS));
        assertThat(month.band(Series.RECEIPTS).p50()).isCloseTo(0.8, within(EPS));
        assertThat(month.band(Series.EXPORTS).p50()).isCloseTo(0.5, within(EPS));
        assertThat(month.band(Series.EXPORTS_TO_PERSPECTIVE).p50()).isCloseTo(0.5, within(EPS));
        assertThat(month.band(Series.PRICE_OUTSIDE).p50()).isCloseTo(spot, within(EPS));
        assertThat(month.band(Series.PRICE_INSIDE).p50()).isCloseTo(home, within(EPS));
        assertThat(month.band(Series.PRICE_REALISED).p50())
                .isCloseTo((0.4 * home + 0.2 * 10.0 / 9 + 0.2 * spot) / 0.8, within(EPS));
    }

    @Test
    void othersRefusedVolumeLeaksUnrecordedAndTheirExpectedSupplySetsTheSpot() {
        // China supplies half of the US and 80 % of the outside market; the US is 0.4 of outside demand (0.2 of it
        // covered and dependent), the others 0.6. The US is banned, half of the others' volume is refused, half of
        // every
        // refused volume leaks; no stocks; flexibilities 1, nothing absorbed, China exports half its output. Month 0:
        // customs record the US's leak (re-routed through third countries) but not the others' (smuggling):
        // (0.2 x 0.5 + 0.6 x 0.5) / 0.8 = 0.5, while 0.2 x 0.5 + 0.6 x 0.75 = 0.55 of outside demand leaves China.
        // Cover ratio: (0.2 x 6 + 0.2 x 0 + 0.6 x 6 x 0.5) / 6 = 1/2, spot 2.
        // Home: (1 - 0.55 / 0.8) stays home this month, 6 - 0.6 x 3 / 0.8 over the window: (6 + 0.3125 + 3.75) / 6.
        // The US gets 0.5 x 0.5 leaked (at the spot) and 0.5 from others (contracts at 1 + 1/6); its buyers of Chinese
        // material are short by half: 0.25 of US demand.
        MonthStatistics month = usBanWithOthersHalfRefused(1);
        assertThat(month.band(Series.EXPORTS).p50()).isCloseTo(0.5, within(EPS));
        assertThat(month.band(Series.PRICE_OUTSIDE).p50()).isCloseTo(2, within(EPS));
        assertThat(month.band(Series.PRICE_INSIDE).p50()).isCloseTo(6 / (6 + 0.3125 + 3.75), within(EPS));
        assertThat(month.shortfall().p50()).isCloseTo(0.25, within(EPS));
        assertThat(month.band(Series.RECEIPTS).p50()).isCloseTo(0.75, within(EPS));
        assertThat(month.band(Series.PRICE_REALISED).p50()).isCloseTo((0.25 * 2 + 0.5 * 7.0 / 6) / 0.75, within(EPS));
    }

    @Test
    void aMeasureCoveringHalfTheProductLeavesTheOtherHalfTradingInEveryPrice() {
        // As above, but the measure covers half the product: 0.1 of outside demand is the US's covered share, 0.3 the
        // others', 0.4 trades as before. Month 0: customs record (0.1 x 0.5 + 0.3 x 0.5 + 0.4) / 0.8 = 0.75;
        // 0.275 + 0.4 of outside demand leaves China; cover ratio (0.6 x 6 + 0.3 x 3) / 6 = 3/4, spot 4/3; home
        // (6 + (1 - 0.675 / 0.8) + 6 - (0.9 + 0.4 x 6) / 0.8) / 6. The US's covered quarter gets half its use
        // (leaked), its uncovered quarter and the other sources all of it.
        MonthStatistics month = usBanWithOthersHalfRefused(0.5);
        double spot = 4.0 / 3;
        double home = 6 / (6 + (1 - 0.675 / 0.8) + 6 - 3.3 / 0.8);
        assertThat(month.band(Series.EXPORTS).p50()).isCloseTo(0.75, within(EPS));
        assertThat(month.band(Series.PRICE_OUTSIDE).p50()).isCloseTo(spot, within(EPS));
        assertThat(month.band(Series.PRICE_INSIDE).p50()).isCloseTo(home, within(EPS));
        assertThat(month.shortfall().p50()).isCloseTo(0.125, within(EPS));
        assertThat(month.band(Series.RECEIPTS).p50()).isCloseTo(0.875, within(EPS));
        assertThat(month.band(Series.EXPORTS_TO_PERSPECTIVE).p50()).isCloseTo(0.5, within(EPS));
        assertThat(month.band(Series.PRICE_REALISED).p50())
                .isCloseTo((0.25 * home + 0.5 * (1 + (spot - 1) / 6) + 0.125 * spot) / 0.875, within(EPS));
    }

    @Test
    void beforeTheDeadlineBuyersCloseTheGapByItUnlessTheyRestockFaster() {
        // announced on 2 November for 1 January (60 days: November is a = 60/30.44 - 1 announced, December in full).
        // Buyers want 2 more months of cover and restock over 4 months, but aim to be covered by the deadline:
        // November orders 1 + max(1/4, 1/2) x 2a, December 1 + max(1/4, 1) x (2 - a); then a full ban.
        ScenarioSpec spec = announcedBan(Market.bare(DY, Map.of("CN", 1.0)), 2, 4, LocalDate.of(2025, 11, 2), 3);
        MarketResult dy = run(spec, 10);
        double a = 60 / (365.25 / 12) - 1;
        assertThat(dy.months().get(0).month()).isEqualTo(YearMonth.of(2025, 11));
        assertThat(dy.months().get(0).band(Series.EXPORTS).p50()).isCloseTo(1 + 0.5 * 2 * a, within(EPS));
        assertThat(dy.months().get(1).band(Series.EXPORTS).p50()).isCloseTo(1 + (2 - a), within(EPS));
        // two months of extra stock cover January and February; March is short
        assertThat(dy.months().get(2).shortfall().p50()).isZero();
        assertThat(dy.months().get(3).shortfall().p50()).isZero();
        assertThat(dy.months().get(4).shortfall().p50()).isCloseTo(1, within(EPS));
    }

    @Test
    void demandGrowsAtTheStatedAnnualRate() {
        Market market = Market.bare(DY, Map.of("CN", 1.0)).withTrade(Fixtures.trade(t -> t.demandGrowth = 0.12));
        MarketResult result = run(spec(market, ban(0), Optional.empty(), Optional.empty(), List.of("ALL"), 13), 10);
        assertThat(result.months().get(12).band(Series.EXPORTS).p50()).isCloseTo(1.12, within(1e-6));
        assertThat(result.months().get(6).band(Series.EXPORTS).p50()).isCloseTo(Math.sqrt(1.12), within(1e-6));
    }

    @Test
    void customsHoldShipmentsAlongALinearRampOverTheEnforcementMonths() {
        // a ban on everyone, held in full only two months after the effective day: month 0 holds the integral of u/2
        // over [0, 1] = 1/4 of the month, month 1 the integral over [1, 2] = 3/4, then everything; no stock, so the
        // buyers are short by what is held
        Market market = Market.bare(DY, Map.of("CN", 1.0)).withTrade(soleBuyerHeldAfter(2));
        MarketResult result = run(spec(market, ban(1), Optional.empty(), Optional.empty(), List.of("ALL"), 4), 20);
        double[] held = {0.25, 0.75, 1, 1};
        for (int t = 0; t < 4; t++) {
            MonthStatistics month = result.months().get(t);
            assertThat(month.band(Series.EXPORTS).p50()).as("month " + t).isCloseTo(1 - held[t], within(EPS));
            assertThat(month.shortfall().p50()).as("month " + t).isCloseTo(held[t], within(EPS));
        }
        // without a ramp the first month is held in full
        Market atOnce = market.withTrade(soleBuyerHeldAfter(0));
        assertThat(run(spec(atOnce, ban(1), Optional.empty(), Optional.empty(), List.of("ALL"), 1), 20)
                        .months()
                        .get(0)
                        .band(Series.EXPORTS)
                        .p50())
                .isZero();
    }

    @Test
    void aPerspectiveServedLessGetsItsPriorityTimesTheOthersGrantShare() {
        // China supplies half of the US and 80 % of the outside market; the US buys a quarter of China's exports (0.2
        // of China's outside demand, the others 0.6). Licences are decided at once and half are granted, the US's at
        // 0.4 of that: the US gets 0.2 of its Chinese flow, the others 0.5, China's exports (0.2 x 0.2 + 0.6 x 0.5) /
        // 0.8; with no stock the US is short of China's half less what it gets
        Market market = Market.bare(DY, Map.of("CN", 0.5, "OTHER", 0.5))
                .withTrade(quarterOfExports(t -> t.licencesPerMonth = 1e6));
        Licensing licensing = new Licensing(Distribution.fixed(0), 1, Distribution.fixed(1), Distribution.fixed(0.4));
        MonthStatistics month = run(
                        spec(market, ban(0.5), Optional.of(licensing), Optional.empty(), List.of("ALL"), 2), 21)
                .months()
                .get(0);
        assertThat(month.band(Series.EXPORTS_TO_PERSPECTIVE).p50()).isCloseTo(0.2, within(0.005));
        assertThat(month.band(Series.EXPORTS).p50()).isCloseTo((0.2 * 0.2 + 0.6 * 0.5) / 0.8, within(0.005));
        assertThat(month.shortfall().p50()).isCloseTo(0.5 * 0.8, within(0.005));
    }

    @Test
    void aCrackdownClosesTheShareOfTheRouteItsFactorSays() {
        // the US banned alone (as in aBanOnThePerspectiveAlone...), half its refused volume leaking through third
        // countries for a month, then a crackdown leaves 0.4 of that route open: 0.2 of China's half arrives
        Market market = Market.bare(DY, Map.of("CN", 0.5, "OTHER", 0.5))
                .withTrade(quarterOfExports(t -> t.licencesPerMonth = 1e6))
                .withMitigations(Distribution.fixed(0), 0, Distribution.fixed(0.5), Response.NONE, Response.NONE);
        List<Phase> phases = List.of(
                new Phase(Distribution.fixed(1), Distribution.fixed(1)),
                new Phase(
                        Distribution.fixed(24), Distribution.fixed(1), Distribution.fixed(0), Distribution.fixed(0.4)));
        MarketResult result = run(spec(market, phases, Optional.empty(), Optional.empty(), List.of("US"), 2), 20);
        MonthStatistics before = result.months().get(0);
        MonthStatistics after = result.months().get(1);
        assertThat(before.band(Series.RECEIPTS).p50()).isCloseTo(0.5 * 0.5 + 0.5, within(EPS));
        assertThat(after.band(Series.RECEIPTS).p50()).isCloseTo(0.5 * 0.2 + 0.5, within(EPS));
        assertThat(after.band(Series.EXPORTS).p50()).isCloseTo((0.2 * 0.2 + 0.6) / 0.8, within(EPS));
        assertThat(after.shortfall().p50()).isCloseTo(0.5 * 0.8, within(EPS));
    }

    @Test
    void indirectBuyersStockUpThroughTheOpenRouteAndGetWhatTheIssuerShipsToOthers() {
        // as above, the US banned alone, no leakage, half of everyone else's exports refused; 0.6 of the US's other
        // half is made from China's material (0.3 of US demand). They want 2 months of extra cover (the ban's risk is
        // 1), restock within a month and order at most 3: month 0 they order 3 and get half, 1.5; month 1 they order
        // 1 + (2 - 0.5) = 2.5 and get 1.25. Receipts: the free 0.2 plus theirs; the direct half gets nothing.
        Market market = Market.bare(DY, Map.of("CN", 0.5, "OTHER", 0.5))
                .withTrade(quarterOfExports(t -> {
                    t.licencesPerMonth = 1e6;
                    t.indirectShare = 0.6;
                }))
                .withBehaviour(Fixtures.behaviour()
                        .precaution(2)
                        .restock(1)
                        .maxOrder(3)
                        .build());
        List<Phase> phases = List.of(new Phase(Distribution.fixed(24), Distribution.fixed(1), Distribution.fixed(0.5)));
        MarketResult result = run(spec(market, phases, Optional.empty(), Optional.empty(), List.of("US"), 2), 20);
        assertThat(result.months().get(0).band(Series.RECEIPTS).p50()).isCloseTo(0.2 + 0.3 * 1.5, within(EPS));
        assertThat(result.months().get(1).band(Series.RECEIPTS).p50()).isCloseTo(0.2 + 0.3 * 1.25, within(EPS));
        assertThat(result.months().get(0).shortfall().p50()).isCloseTo(0.5, within(EPS));
        // without precaution they order their use, get half and, holding no stock, are short of the rest
        Market plain =
                market.withBehaviour(Fixtures.behaviour().restock(1).maxOrder(3).build());
        MonthStatistics month = run(spec(plain, phases, Optional.empty(), Optional.empty(), List.of("US"), 2), 20)
                .months()
                .get(0);
        assertThat(month.band(Series.RECEIPTS).p50()).isCloseTo(0.2 + 0.3 * 0.5, within(EPS));
        assertThat(month.shortfall().p50()).isCloseTo(0.5 + 0.3 * 0.5, within(EPS));
    }

    @Test
    void theRampRunsFromAMidMonthEffectiveDayAndWeighsOthersLeakageAndLicensedApplications() {
        // the US banned alone from 16 January (δ = 15/31), half of everyone else's exports refused, customs holding all
        // of it a month after the effective day; half the refused volume leaks, and a crackdown leaves 0.4 of that
        // route open: the leakage is 0.2 of what is refused whatever part of the month is in force
        double delta = 15.0 / 31;
        double held0 = (1 - delta) * (1 - delta) / 2;
        double held1 = (1.5 - delta) - held0;
        Market market = Market.bare(DY, Map.of("CN", 0.5, "OTHER", 0.5))
                .withTrade(quarterOfExports(t -> {
                    t.licencesPerMonth = 1e6;
                    t.enforcementMonths = 1;
                }))
                .withMitigations(Distribution.fixed(0), 0, Distribution.fixed(0.5), Response.NONE, Response.NONE);
        List<Phase> phases = List.of(new Phase(
                Distribution.fixed(24), Distribution.fixed(1), Distribution.fixed(0.5), Distribution.fixed(0.4)));
        ScenarioSpec spec = Fixtures.scenario(market, s -> {
            s.perspectiveShare = 0.2;
            s.targets = List.of("US");
            s.phases = phases;
            s.effective = Optional.of(LocalDate.of(2026, 1, 16));
            s.horizon = 3;
        });
        MarketResult result = run(spec, 20);
        double[] held = {held0, held1};
        for (int t = 0; t < 2; t++) {
            double h = held[t];
            MonthStatistics month = result.months().get(t);
            assertThat(month.band(Series.EXPORTS).p50())
                    .as("month " + t)
                    .isCloseTo((0.2 * (1 - h + 0.2 * h) + 0.6 * (1 - 0.5 * h)) / 0.8, within(EPS));
            assertThat(month.band(Series.RECEIPTS).p50())
                    .as("month " + t)
                    .isCloseTo(0.5 * (1 - h + 0.2 * h) + 0.5, within(EPS));
        }
        // licensed, decided at once, half granted, held in full after two months: month 0 applies for a quarter of
        // its orders and ships the rest, month 1 three quarters
        Market licensed = Market.bare(DY, Map.of("CN", 1.0)).withTrade(soleBuyerHeldAfter(2));
        Licensing atOnce = new Licensing(Distribution.fixed(0), 1, Distribution.fixed(1));
        MarketResult decided =
                run(spec(licensed, ban(0.5), Optional.of(atOnce), Optional.empty(), List.of("ALL"), 2), 21);
        assertThat(decided.months().get(0).band(Series.EXPORTS).p50()).isCloseTo(0.75 + 0.25 * 0.5, within(0.002));
        assertThat(decided.months().get(1).band(Series.EXPORTS).p50()).isCloseTo(0.25 + 0.75 * 0.5, within(0.002));
    }

    /** The US targeted alone for two months (the shares of the tests above), with a given indirect share. */
    private static MarketResult runUsAlone(
            Market market, double indirect, List<Phase> phases, Optional<Licensing> licensing) {
        Market shaped = market.withTrade(quarterOfExports(t -> {
            t.licencesPerMonth = 1e6;
            t.indirectShare = indirect;
        }));
        return run(spec(shaped, phases, licensing, Optional.empty(), List.of("US"), 2), 20);
    }

    @Test
    void indirectBuyersFollowThePerspectivesLicenceRiskTheOthersShippedShareAndTheirOwnCover() {
        // the US alone under licensing (decided at once, 40 % granted, the US served at half of that): its perceived
        // risk is 1 - 0.4 x 0.5 = 0.8, so indirect buyers (0.3 of US demand) want 1.6 months of extra cover and order
        // 2.6; others get half their orders and half the refused half leaks, 0.75 a unit ordered: they receive 1.95,
        // then order 1 + (1.6 - 0.95) and receive 0.75 of it. Receipts differ from a run without them by that much.
        Licensing licensing = new Licensing(Distribution.fixed(0), 1, Distribution.fixed(1), Distribution.fixed(0.5));
        List<Phase> phases =
                List.of(new Phase(Distribution.fixed(24), Distribution.fixed(0.6), Distribution.fixed(0.5)));
        Market market = Market.bare(DY, Map.of("CN", 0.5, "OTHER", 0.5))
                .withStocks(Distribution.fixed(1), StockRelease.WHEN_SHORT)
                .withMitigations(Distribution.fixed(0), 0, Distribution.fixed(0.5), Response.NONE, Response.NONE)
                .withBehaviour(Fixtures.behaviour()
                        .precaution(2)
                        .restock(1)
                        .maxOrder(3)
                        .build());
        MarketResult with = runUsAlone(market, 0.6, phases, Optional.of(licensing));
        MarketResult without = runUsAlone(market, 0, phases, Optional.of(licensing));
        double[] received = {2.6 * 0.75, (1 + 1.6 - (2.6 * 0.75 - 1)) * 0.75};
        for (int t = 0; t < 2; t++) {
            assertThat(with.months().get(t).band(Series.RECEIPTS).p50()
                            - without.months().get(t).band(Series.RECEIPTS).p50())
                    .as("month " + t)
                    .isCloseTo(0.3 * (received[t] - 1), within(EPS));
        }
        // nothing reaches them (everything refused to others, nothing leaks) and they hold a month of usual cover:
        // month 0 uses it up, month 1 they are short of the month
        Market starved = Market.bare(DY, Map.of("CN", 0.5, "OTHER", 0.5))
                .withStocks(Distribution.fixed(1), StockRelease.WHEN_SHORT)
                .withBehaviour(Fixtures.behaviour().restock(1).maxOrder(3).build());
        List<Phase> total = List.of(new Phase(Distribution.fixed(24), Distribution.fixed(1), Distribution.fixed(1)));
        MarketResult dry = runUsAlone(starved, 0.6, total, Optional.empty());
        MarketResult dryWithout = runUsAlone(starved, 0, total, Optional.empty());
        assertThat(dry.months().get(0).shortfall().p50()
                        - dryWithout.months().get(0).shortfall().p50())
                .isCloseTo(0, within(EPS));
        assertThat(dry.months().get(1).shortfall().p50()
                        - dryWithout.months().get(1).shortfall().p50())
                .isCloseTo(0.3, within(EPS));
    }
}
