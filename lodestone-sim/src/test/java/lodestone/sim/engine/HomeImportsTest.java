package lodestone.sim.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import lodestone.model.mineral.MineralId;
import lodestone.sim.Fixtures;
import lodestone.sim.scenario.Behaviour;
import lodestone.sim.scenario.Distribution;
import lodestone.sim.scenario.HomeImports;
import lodestone.sim.scenario.Instrument;
import lodestone.sim.scenario.Market;
import lodestone.sim.scenario.Phase;
import lodestone.sim.scenario.ScenarioSpec;
import lodestone.sim.scenario.StockRelease;
import org.junit.jupiter.api.Test;

/**
 * Closed forms of the issuer's home market importing ({@code homeImports: {share: μ, useRatio: κ}}; simulation.md, "The
 * issuer's home market importing"): under an output cut the home market loses L_t months of its use a month, and the
 * share μ of it is bought from the outside market at κ months of the outside buyers' use per month of home use, so
 * the outside cover's denominator gains J_t + W μ κ L^e_t, J_t = J_{t−1} (1 − 1/τ_I) + μ κ L_t. The issuer exports
 * none of the product and the outside buyers depend on other sources only (s = 0, x = 0: the case of an issuer whose
 * ore exports are banned), so their cover is (c̄ + W) / (c̄ + W + J_t + W μ κ L^e_t) with c̄ = 2 months and W = 6;
 * β = β_I = 1, τ_I = 6, nothing absorbed, no background walk. The home cover falls with the whole loss, and the home
 * price is bounded by the outside price's term. Monthly values are stored as {@code float}, hence the 1e-6 tolerance.
 */
class HomeImportsTest {
    private static final MineralId NI = MineralId.of("nickel");
    private static final double EPS = 1e-6;

    /** An issuer holding none of the outside buyers' supply (s = 0) and exporting the share x of its output. */
    private static Market market(double exportShare, HomeImports imports) {
        Behaviour priced = Fixtures.behaviour()
                .flexibility(1)
                .issuerFlexibility(1)
                .absorption(0)
                .build();
        return Market.bare(NI, Map.of("OTHER", 1.0))
                .withStocks(Distribution.fixed(2), StockRelease.WHEN_SHORT)
                .withBehaviour(priced)
                .withTrade(Fixtures.trade(t -> {
                    t.issuerExportShare = exportShare;
                    t.homeImports = imports;
                }));
    }

    private static ScenarioSpec cut(Market market, double months, double share, int horizon) {
        return Fixtures.scenario(market, s -> {
            s.phases = List.of(new Phase(Distribution.fixed(months), Distribution.fixed(share)));
            s.instrument = Optional.of(Instrument.OUTPUT);
            s.horizon = horizon;
        });
    }

    private static double[] medians(ScenarioSpec spec, Series series) {
        return MonteCarloEngine.run(spec, RunOptions.of(4, 1).withThreads(1)).markets().get(0).months().stream()
                .mapToDouble(m -> m.band(series).p50())
                .toArray();
    }

    @Test
    void withoutImportsTheOutsidePriceIgnoresTheHomeCutAndTheBoundHoldsTheHomePriceFlat() {
        // the engine before the term: the home market loses 0.4 of its use a month (x = 0: all of the cut), its own
        // cover (8 − 0.4 − 2.4) / 8 would price it at 8 / 5.2, but the outside cover stays 8 / 8 and the bound by the
        // outside price's term holds the home price at 1
        ScenarioSpec spec = cut(market(0, HomeImports.NONE), 2, 0.4, 3);
        assertThat(medians(spec, Series.PRICE_OUTSIDE)).containsExactly(new double[] {1, 1, 1}, within(EPS));
        assertThat(medians(spec, Series.PRICE_INSIDE)).containsExactly(new double[] {1, 1, 1}, within(EPS));
    }

    @Test
    void theShareImportedRaisesTheOutsidePriceAndTheHomePriceFollowsItUpToItsOwnTerm() {
        // μ = 0.5, κ = 2 (μ κ = 1). Month 0: J_0 = 0.4, W L^e = 2.4: outside price (8 + 2.8) / 8 = 1.35, below the home
        // market's own 8 / 5.2 = 1.538, so the home price is the outside term, 1.35. Month 1: J_1 = 0.4 × 5/6 + 0.4,
        // outside (8 + J_1 + 2.4) / 8; the home market's own term 8 / (8 − 0.4 × 11/6 − 2.4) stands higher still.
        // Month 2, the cut over: nothing lost or expected, J_2 = J_1 × 5/6 = 0.6111 worked off outside; the home
        // market's own cover (8 − 0.6111) / 8 prices it at 8 / 7.3889 = 1.0827, above the outside 8.6111 / 8 = 1.0764:
        // the bound still holds it there
        ScenarioSpec spec = cut(market(0, new HomeImports(0.5, 2)), 2, 0.4, 3);
        double j1 = 0.4 * 5 / 6 + 0.4;
        double j2 = j1 * 5 / 6;
        double[] outside = medians(spec, Series.PRICE_OUTSIDE);
        double[] home = medians(spec, Series.PRICE_INSIDE);
        assertThat(outside).containsExactly(new double[] {10.8 / 8, (8 + j1 + 2.4) / 8, (8 + j2) / 8}, within(EPS));
        assertThat(home).containsExactly(new double[] {10.8 / 8, (8 + j1 + 2.4) / 8, (8 + j2) / 8}, within(EPS));
        assertThat(8 / (8 - 0.4 * 11 / 6 - 2.4)).isGreaterThan(outside[1]);
        assertThat(8 / (8 - j2)).isGreaterThan(outside[2]);
        // μ = 1, κ = 3: the outside price (8 + 3 × 2.8) / 8 = 2.05 passes the home market's own term, which the home
        // price keeps (8 / 5.2): the import parity binds only while the home market would pay more than the outside
        ScenarioSpec more = cut(market(0, new HomeImports(1, 3)), 2, 0.4, 1);
        assertThat(medians(more, Series.PRICE_OUTSIDE)[0]).isCloseTo(16.4 / 8, within(EPS));
        assertThat(medians(more, Series.PRICE_INSIDE)[0]).isCloseTo(8 / 5.2, within(EPS));
    }

    @Test
    void theImportsAddToTheDenominatorBesideTheExportsTheCutWithholds() {
        // OutputCutTest's case (everyone depends on the issuer, x = 0.5, exports lose 0.4, outside cover 5.2 / 8) with
        // μ κ = 0.5: the denominator gains 0.5 × (0.4 + 2.4), so the outside price is 9.4 / 5.2; the home market's own
        // term 8 / 5.2 is below it and the home price keeps it
        Market market = Fixtures.twoMonthsCover(
                        NI,
                        Fixtures.behaviour()
                                .flexibility(1)
                                .issuerFlexibility(1)
                                .absorption(0)
                                .build())
                .withTrade(Fixtures.trade(t -> {
                    t.issuerExportShare = 0.5;
                    t.homeImports = new HomeImports(0.25, 2);
                }));
        ScenarioSpec spec = cut(market, 24, 0.4, 1);
        assertThat(medians(spec, Series.PRICE_OUTSIDE)[0]).isCloseTo(9.4 / 5.2, within(EPS));
        assertThat(medians(spec, Series.PRICE_INSIDE)[0]).isCloseTo(8 / 5.2, within(EPS));
    }

    @Test
    void noImportsWithoutAnOutputCut() {
        // a ban withholds exports and the home market gains: L_t is 0, so the declared imports move nothing
        Market declared = market(0.5, new HomeImports(1, 5));
        Market none = market(0.5, HomeImports.NONE);
        ScenarioSpec ban = Fixtures.scenario(declared, s -> s.horizon = 4);
        ScenarioSpec banNone = Fixtures.scenario(none, s -> s.horizon = 4);
        for (Series series : List.of(Series.PRICE_OUTSIDE, Series.PRICE_INSIDE, Series.EXPORTS)) {
            assertThat(medians(ban, series)).containsExactly(medians(banNone, series));
        }
    }

    @Test
    void aShareOrRatioOutOfRangeIsRefused() {
        assertThatThrownBy(() -> new HomeImports(1.2, 1)).hasMessageContaining("share 1.2");
        assertThatThrownBy(() -> new HomeImports(0.5, -1)).hasMessageContaining("use ratio -1.0");
        assertThatThrownBy(() -> new HomeImports(0.5, 101)).hasMessageContaining("[0, 100.0]");
        assertThat(new HomeImports(0.5, 4).outsideMonthsPerHomeMonth()).isEqualTo(2);
    }

    /** A random output cut with a background walk, spread stocks and price flexibilities, with the imports given. */
    private static ScenarioSpec randomCut(
            double share, double exportShare, double cutShare, double months, HomeImports imports) {
        Behaviour behaviour = Fixtures.behaviour()
                .flexibility(0.8)
                .issuerFlexibility(1.2)
                .absorption(0.3)
                .volatility(0.05)
                .restock(2)
                .maxOrder(2)
                .build();
        Map<String, Double> supply = share > 0 ? Map.of("CN", share, "OTHER", 1 - share) : Map.of("OTHER", 1.0);
        Market market = Market.bare(NI, supply)
                .withStocks(Distribution.uniform(0.5, 4), StockRelease.WHEN_SHORT)
                .withBehaviour(behaviour)
                .withTrade(Fixtures.trade(t -> {
                    t.issuerExportShare = exportShare;
                    t.homeImports = imports;
                }));
        return Fixtures.scenario(market, s -> {
            s.phases =
                    List.of(new Phase(Distribution.uniform(1, months), Distribution.uniform(cutShare / 2, cutShare)));
            s.instrument = Optional.of(Instrument.OUTPUT);
            s.horizon = 10;
        });
    }

    private static MarketResult run(MonteCarloEngine engine, ScenarioSpec spec) {
        return engine.simulate(spec, RunOptions.of(32, 11), Progress.NONE)
                .markets()
                .get(0);
    }

    @Test
    void noShareImportedIsTheEngineBeforeExactly() {
        // μ = 0 (whatever κ) and κ = 0 (whatever μ) give every series of every month exactly as without the block
        try (MonteCarloEngine engine = new MonteCarloEngine(1)) {
            qt().withFixedSeed(61L)
                    .withExamples(25)
                    .forAll(
                            doubles().between(0, 1),
                            doubles().between(0, 0.95),
                            doubles().between(0, 1),
                            doubles().between(0, 100))
                    .check((share, x, cutShare, ratio) -> {
                        MarketResult before = run(engine, randomCut(share, x, cutShare, 6, HomeImports.NONE));
                        MarketResult noShare = run(engine, randomCut(share, x, cutShare, 6, new HomeImports(0, ratio)));
                        MarketResult noRatio =
                                run(engine, randomCut(share, x, cutShare, 6, new HomeImports(cutShare, 0)));
                        return before.months().equals(noShare.months())
                                && before.months().equals(noRatio.months());
                    });
        }
    }

    @Test
    void theOutsidePriceRisesWithTheShareImportedUnderAHomeCut() {
        // an issuer exporting none to the outside buyers (s = 0): path by path the outside cover falls with μ, and
        // with it every order statistic of the outside price rises (or stays, once the cut is over and worked off)
        try (MonteCarloEngine engine = new MonteCarloEngine(1)) {
            qt().withFixedSeed(62L)
                    .withExamples(15)
                    .forAll(
                            doubles().between(0, 0.95),
                            doubles().between(0, 1),
                            doubles().between(0, 1),
                            doubles().between(0, 1))
                    .check((x, cutShare, lower, higher) -> {
                        double low = Math.min(lower, higher);
                        double high = Math.max(lower, higher);
                        for (double ratio : new double[] {0.5, 4.6, 20}) {
                            MarketResult less = run(engine, randomCut(0, x, cutShare, 6, new HomeImports(low, ratio)));
                            MarketResult more = run(engine, randomCut(0, x, cutShare, 6, new HomeImports(high, ratio)));
                            for (int t = 0; t < less.months().size(); t++) {
                                Band a = less.months().get(t).band(Series.PRICE_OUTSIDE);
                                Band b = more.months().get(t).band(Series.PRICE_OUTSIDE);
                                if (a.p5() > b.p5() + 1e-12 || a.p50() > b.p50() + 1e-12 || a.p95() > b.p95() + 1e-12) {
                                    return false;
                                }
                            }
                        }
                        return true;
                    });
        }
    }
}
