package lodestone.sim.engine;

import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;

import java.time.YearMonth;
import java.util.List;
import java.util.Map;
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
 * Invariants over random scenarios (QuickTheories, fixed seed). Each compares two runs with the same seed; the engine
 * couples them path by path, so every order statistic and every mean must move the right way.
 */
class MonotonicityPropertiesTest {
    private static final int PATHS = 64;
    private static final double EPS = 1e-12;

    private static ScenarioSpec scenario(double share, double severity, double stocks, double lastPhaseMonths) {
        Market market = Market.bare(MineralId.of("dysprosium"), Map.of("CN", share, "OTHER", 1 - share))
                .withStocks(Distribution.uniform(0, stocks), new StockRelease(0.8, 0.05))
                .withMitigations(
                        Distribution.uniform(0, 0.1),
                        3,
                        Distribution.uniform(0, 0.2),
                        new Response(0.1, 4, 6),
                        new Response(0.05, 2, 3))
                .withPartner(new Partner("existing", 0.1, Distribution.uniform(2, 8), 4, 0.5, "test"));
        return ScenarioSpec.of(
                "property",
                YearMonth.of(2026, 11),
                18,
                "CN",
                List.of(
                        new Phase(Distribution.triangular(1, 2, 4), Distribution.uniform(severity * 0.8, severity)),
                        new Phase(
                                Distribution.uniform(lastPhaseMonths, lastPhaseMonths + 2),
                                Distribution.uniform(0, severity * 0.5))),
                market);
    }

    private static boolean noWorse(MarketResult better, MarketResult worse) {
        for (int t = 0; t < better.months().size(); t++) {
            MonthStatistics b = better.months().get(t);
            MonthStatistics w = worse.months().get(t);
            if (b.shortfall().p5() > w.shortfall().p5() + EPS
                    || b.shortfall().p50() > w.shortfall().p50() + EPS
                    || b.shortfall().p95() > w.shortfall().p95() + EPS
                    || b.shortfall().mean() > w.shortfall().mean() + EPS
                    || b.price().p95() > w.price().p95() + EPS) {
                return false;
            }
        }
        return better.cumulativeShortfall().mean()
                        <= worse.cumulativeShortfall().mean() + EPS
                && better.cumulativeShortfall().p95()
                        <= worse.cumulativeShortfall().p95() + EPS
                && better.probabilityAboveThreshold() <= worse.probabilityAboveThreshold();
    }

    /** Runs both scenarios with the same seed and checks that the first is nowhere worse than the second. */
    private static boolean noWorse(MonteCarloEngine engine, ScenarioSpec better, ScenarioSpec worse, long seed) {
        RunOptions options = RunOptions.of(PATHS, seed);
        return noWorse(
                engine.simulate(better, options, Progress.NONE).markets().get(0),
                engine.simulate(worse, options, Progress.NONE).markets().get(0));
    }

    @Test
    void addingPartnerSupplyNeverIncreasesShortfall() {
        try (MonteCarloEngine engine = new MonteCarloEngine(1)) {
            qt().withFixedSeed(42L)
                    .withExamples(60)
                    .forAll(
                            doubles().between(0, 1),
                            doubles().between(0, 1),
                            doubles().between(0, 4),
                            doubles().between(0, 1))
                    .check((share, severity, stocks, capacity) -> {
                        ScenarioSpec base = scenario(share, severity, stocks, 6);
                        ScenarioSpec helped = base.mapMarkets(m -> m.withPartner(
                                new Partner("new", capacity, Distribution.uniform(0, 12), 6, 0.7, "test")));
                        return noWorse(engine, helped, base, 5);
                    });
        }
    }

    @Test
    void aLongerDisruptionNeverReducesCumulativeShortfall() {
        try (MonteCarloEngine engine = new MonteCarloEngine(1)) {
            qt().withFixedSeed(43L)
                    .withExamples(60)
                    .forAll(
                            doubles().between(0, 1),
                            doubles().between(0, 1),
                            doubles().between(0, 4),
                            doubles().between(0, 8))
                    .check((share, severity, stocks, extra) -> {
                        RunOptions options = RunOptions.of(PATHS, 6);
                        MarketResult shorter = engine.simulate(
                                        scenario(share, severity, stocks, 3), options, Progress.NONE)
                                .markets()
                                .get(0);
                        MarketResult longer = engine.simulate(
                                        scenario(share, severity, stocks, 3 + extra), options, Progress.NONE)
                                .markets()
                                .get(0);
                        return shorter.cumulativeShortfall().mean()
                                        <= longer.cumulativeShortfall().mean() + EPS
                                && shorter.cumulativeShortfall().p5()
                                        <= longer.cumulativeShortfall().p5() + EPS
                                && shorter.cumulativeShortfall().p50()
                                        <= longer.cumulativeShortfall().p50() + EPS
                                && shorter.cumulativeShortfall().p95()
                                        <= longer.cumulativeShortfall().p95() + EPS;
                    });
        }
    }

    @Test
    void shortfallAndPriceStayInRange() {
        try (MonteCarloEngine engine = new MonteCarloEngine(1)) {
            qt().withFixedSeed(44L)
                    .withExamples(60)
                    .forAll(
                            doubles().between(0, 1),
                            doubles().between(0, 1),
                            doubles().between(0, 4))
                    .check((share, severity, stocks) -> {
                        MarketResult result = engine.simulate(
                                        scenario(share, severity, stocks, 6), RunOptions.of(PATHS, 9), Progress.NONE)
                                .markets()
                                .get(0);
                        return result.months().stream()
                                .allMatch(m -> m.shortfall().p5() >= 0
                                        && m.shortfall().p95() <= share + EPS
                                        && m.price().p5() >= 1
                                        && m.price().p95() <= 4);
                    });
        }
    }

    private static Market enforcedAfter(Market market, double months) {
        return market.withTrade(Fixtures.trade(t -> t.enforcementMonths = months));
    }

    @Test
    void customsHoldingLaterNeverIncreasesShortfall() {
        try (MonteCarloEngine engine = new MonteCarloEngine(1)) {
            qt().withFixedSeed(45L)
                    .withExamples(40)
                    .forAll(
                            doubles().between(0, 1),
                            doubles().between(0, 1),
                            doubles().between(0, 4),
                            doubles().between(0, 3))
                    .check((share, severity, stocks, ramp) -> {
                        ScenarioSpec base = scenario(share, severity, stocks, 6);
                        return noWorse(
                                engine,
                                base.mapMarkets(m -> enforcedAfter(m, ramp + 1)),
                                base.mapMarkets(m -> enforcedAfter(m, ramp)),
                                7);
                    });
        }
    }

    @Test
    void aLowerPriorityForThePerspectiveNeverReducesItsShortfall() {
        try (MonteCarloEngine engine = new MonteCarloEngine(1)) {
            qt().withFixedSeed(46L)
                    .withExamples(40)
                    .forAll(
                            doubles().between(0, 1),
                            doubles().between(0, 1),
                            doubles().between(0, 4),
                            doubles().between(0, 1))
                    .check((share, severity, stocks, priority) -> {
                        ScenarioSpec base = scenario(share, severity, stocks, 6);
                        return noWorse(engine, licensed(base, 1), licensed(base, priority), 8);
                    });
        }
    }

    private static ScenarioSpec licensed(ScenarioSpec spec, double priority) {
        Licensing licensing = new Licensing(
                Distribution.uniform(1, 3), 1.6, Distribution.uniform(0.4, 1), Distribution.fixed(priority));
        return spec.withDisruption(spec.disruption().withLicensing(licensing));
    }
}
