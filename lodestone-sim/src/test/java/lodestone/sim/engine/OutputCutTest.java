package lodestone.sim.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import lodestone.model.mineral.MineralId;
import lodestone.sim.Fixtures;
import lodestone.sim.scenario.Behaviour;
import lodestone.sim.scenario.Disruption;
import lodestone.sim.scenario.Distribution;
import lodestone.sim.scenario.Instrument;
import lodestone.sim.scenario.IssuerStocks;
import lodestone.sim.scenario.Market;
import lodestone.sim.scenario.Phase;
import lodestone.sim.scenario.Response;
import lodestone.sim.scenario.ScenarioSpec;
import org.junit.jupiter.api.Test;

/**
 * Closed forms of a cut of the issuer's output with a term ({@code instrument: output}; simulation.md, "An output cut
 * with a term"): a phase's severity is the share of output not made, the exports' part of the loss is ℓ = min(1, sev /
 * (x + (1 − x) ρ)), ρ the outside price against the direct-shipment price the month before, what is made for export
 * (1 − ℓ of the pace) caps the orders month by month, and the home market loses L = f (sev − x ℓ) / (1 − x) months of
 * its use a month, W L over the window. Everyone depends on China (d = 1) with two months of cover, released when
 * short; half of China's output is exported (x = 0.5); a six-month window and surplus months τ_I = 6. Monthly values
 * are stored as {@code float}, hence the 1e-6 tolerance.
 */
class OutputCutTest {
    private static final MineralId MG = MineralId.of("magnesium");
    private static final double EPS = 1e-6;

    private static ScenarioSpec spec(Market market, double months, double cut, Instrument instrument, int horizon) {
        return Fixtures.scenario(market, s -> {
            s.phases = List.of(new Phase(Distribution.fixed(months), Distribution.fixed(cut)));
            s.instrument = Optional.of(instrument);
            s.horizon = horizon;
        });
    }

    private static Market market(Behaviour behaviour, double directAtOutside) {
        return Fixtures.twoMonthsCover(MG, behaviour).withTrade(Fixtures.trade(t -> {
            t.issuerExportShare = 0.5;
            t.directAtOutsidePrice = directAtOutside;
        }));
    }

    /** The outside price answers its cover with β = 1 and the home price its own with β_I = 1; nothing absorbed. */
    private static Market pricedMarket(double directAtOutside) {
        return market(
                Fixtures.behaviour()
                        .flexibility(1)
                        .issuerFlexibility(1)
                        .absorption(0)
                        .build(),
                directAtOutside);
    }

    private static double[] medians(ScenarioSpec spec, Series series) {
        return MonteCarloEngine.run(spec, RunOptions.of(4, 1).withThreads(1)).markets().get(0).months().stream()
                .mapToDouble(m -> m.band(series).p50())
                .toArray();
    }

    @Test
    void theExportsPartOfTheLossFallsAsTheOutsidePriceRisesAboveTheHomePrice() {
        // at equal prices both sides lose the share cut; an outside price three times the home price halves the
        // exports' part (0.4 / (0.5 + 1.5)); where the exports' part would exceed their pace it is all of it
        assertThat(PathSimulator.exportLoss(0.4, 0.5, 1)).isCloseTo(0.4, within(1e-12));
        assertThat(PathSimulator.exportLoss(0.4, 0.5, 3)).isCloseTo(0.2, within(1e-12));
        assertThat(PathSimulator.exportLoss(0.4, 0.5, 1.0 / 3)).isCloseTo(0.6, within(1e-12));
        assertThat(PathSimulator.exportLoss(0.9, 0.2, 0.1)).isEqualTo(1);
        assertThat(PathSimulator.exportLoss(0, 0.5, 2)).isZero();
    }

    @Test
    void whatIsMadeForExportCapsTheOrdersAndTheTermEndingRestoresThem() {
        // fixed prices (ρ = 1), restocking in a month, orders up to two months of use; 40 % of output not made for two
        // months: month 0 orders 1 and ships 0.6 (stock 2 → 1.6); month 1 orders 1.4 and still ships 0.6 (stock 1.2);
        // the cut ends: month 2 orders 1.8 and ships all of it, month 3 orders 1. A ban refusing 40 % of the orders
        // ships 0.6 × 1 and then 0.6 × 1.4 = 0.84 as the orders rise
        Market market = market(Fixtures.behaviour().restock(1).maxOrder(2).build(), 0);
        assertThat(Fixtures.medianExports(spec(market, 2, 0.4, Instrument.OUTPUT, 4), 4))
                .containsExactly(new double[] {0.6, 0.6, 1.8, 1}, within(EPS));
        assertThat(Fixtures.medianExports(spec(market, 2, 0.4, Instrument.BAN, 4), 4)[1])
                .isCloseTo(0.84, within(EPS));
    }

    @Test
    void theHomeMarketLosingItsShareRaisesTheHomePrice() {
        // month 0, 40 % of output not made, equal prices before (ρ = 1): exports lose 0.4 (ship 0.6 of the 1 ordered,
        // stock 2 → 1.6, expected 6 × 0.6 = 3.6 over the window): outside cover (1.6 + 3.6) / 8, price 8 / 5.2. The
        // home market loses (0.4 − 0.5 × 0.4) / 0.5 = 0.4 months of its use, and 6 × 0.4 over the window; what is
        // made for export (0.6) ships, so nothing lands: home cover (8 − 0.4 − 2.4) / 8, price 8 / 5.2 (the bound by
        // the outside price's term, equal here, does not bind). The same cut written as a quota lands what it
        // withholds at home: (8 + 0.4 + 6 × 0.4) / 8, price 8 / 10.8
        Market market = pricedMarket(0);
        assertThat(medians(spec(market, 24, 0.4, Instrument.OUTPUT, 3), Series.PRICE_INSIDE)[0])
                .isCloseTo(8 / 5.2, within(EPS));
        assertThat(medians(spec(market, 24, 0.4, Instrument.OUTPUT, 3), Series.PRICE_OUTSIDE)[0])
                .isCloseTo(8 / 5.2, within(EPS));
        assertThat(medians(spec(market, 24, 0.4, Instrument.QUOTA, 3), Series.PRICE_INSIDE)[0])
                .isCloseTo(8 / 10.8, within(EPS));
        // month 1: the loss accumulates, −0.4 × 5/6 − 0.4, with 2.4 expected: home price 8 / (8 − 0.4 × 11/6 − 2.4)
        assertThat(medians(spec(market, 24, 0.4, Instrument.OUTPUT, 3), Series.PRICE_INSIDE)[1])
                .isCloseTo(8 / (8 - 0.4 * 11 / 6 - 2.4), within(EPS));
    }

    @Test
    void exportsLoseLessWhenTheOutsidePriceStandsAboveTheHomePrice() {
        // month 1's prices (above: home 8 / 4.8667, outside 8 / (5.8 − use_1), use_1 = (8 / 5.2)^−0.1 with the bare
        // market's demand elasticity) set month 2's split: ρ = p^O_1 / p^I_1 > 1, so exports lose ℓ = 0.4 / (0.5 +
        // 0.5 ρ) < 0.4 and ship 1 − ℓ of the pace (the orders, use_2 ≈ 0.95, are above it); the home market loses
        // 0.8 − ℓ a month and W times that over the window
        ScenarioSpec spec = spec(pricedMarket(0), 24, 0.4, Instrument.OUTPUT, 3);
        double[] outside = medians(spec, Series.PRICE_OUTSIDE);
        double[] home = medians(spec, Series.PRICE_INSIDE);
        double[] exports = Fixtures.medianExports(spec, 4);
        double use1 = Math.pow(8 / 5.2, -0.1);
        assertThat(outside[1]).isCloseTo(8 / (5.8 - use1), within(EPS));
        double rho = (8 / (5.8 - use1)) / (8 / (8 - 0.4 * 11 / 6 - 2.4));
        assertThat(rho).isGreaterThan(1);
        double loss = 0.4 / (0.5 + 0.5 * rho);
        assertThat(exports[0]).isCloseTo(0.6, within(EPS));
        assertThat(exports[2]).isCloseTo(1 - loss, within(EPS)).isGreaterThan(0.6);
        double homeLoss = 0.8 - loss;
        double surplus = -0.4 * 11 / 6 * 5 / 6 - homeLoss;
        assertThat(home[2]).isCloseTo(8 / (8 + surplus - 6 * homeLoss), within(EPS));
        assertThat(home[2]).isGreaterThan(home[1]);
        // an issuer whose direct shipments leave at the outside price has one price: the split stays proportional
        assertThat(Fixtures.medianExports(spec(pricedMarket(1), 24, 0.4, Instrument.OUTPUT, 3), 4)[2])
                .isCloseTo(0.6, within(EPS));
    }

    @Test
    void whenTheTermEndsTheHomeMarketLosesNoMoreAndItsSurplusIsWorkedOff() {
        // the cut of months 0-1 above, ended after two months, with the issuer absorbing all of an ordinary surplus
        // (α = 1: the orders below the pace once demand answers the price land nothing; the cut's loss is not a
        // surplus and is untouched by α): month 2's home surplus is month 1's worked off, −0.4 × 11/6 × 5/6, with
        // nothing expected over the window, home price 8 / (8 − 0.6111); exports ship the orders again (use_2, the
        // bare market's demand at month 1's outside price 8 / (5.8 − use_1))
        Market market = market(
                Fixtures.behaviour()
                        .flexibility(1)
                        .issuerFlexibility(1)
                        .absorption(1)
                        .build(),
                0);
        ScenarioSpec spec = spec(market, 2, 0.4, Instrument.OUTPUT, 3);
        double[] home = medians(spec, Series.PRICE_INSIDE);
        double use1 = Math.pow(8 / 5.2, -0.1);
        assertThat(home[2]).isCloseTo(8 / (8 - 0.4 * 11 / 6 * 5 / 6), within(EPS));
        assertThat(home[2]).isLessThan(home[1]);
        assertThat(Fixtures.medianExports(spec, 4)[2]).isCloseTo(Math.pow(8 / (5.8 - use1), -0.1), within(EPS));
    }

    @Test
    void aCutFromTheSixteenthWithDemandGrowingAndLeakageDeclaredShipsWhatIsMadeAndLeaksNothing() {
        // the priced market with demand doubling in a year (g_1 = 2^(1/12)) and half of any refused volume leaking;
        // the cut from 16 January 2026 (δ = 15/31, f = 16/31). Month 0: the free days order and ship 15/31, the days in
        // force are made at 0.6 f, so exports are (15 + 9.6) / 31; 0.4 f is refused and none of it leaks (what is not
        // made cannot be transshipped), so the buyers draw 0.4 f: outside cover (2 − 0.4 f + 3.6) / 8. The home market
        // loses 0.4 f, and 6 × 0.4 over the window, while what was made for export, 1 − 0.4 f, all shipped: home cover
        // (8 − 0.4 f − 2.4) / 8, the same. Month 1, wholly in force: made for export 0.6 g_1 of the pace, below the
        // orders; the home market loses 0.4 g_1 (and 2.4 g_1 ahead) beside month 0's loss worked off, and the window's
        // growth above the buyers' expectation (6 × 0.6 g_1 − 3.6) lands as the engine's surplus does
        double f = 16.0 / 31;
        double g1 = Math.pow(2, 1 / 12.0);
        Market market = pricedMarket(0)
                .withMitigations(Distribution.fixed(0), 0, Distribution.fixed(0.5), Response.NONE, Response.NONE)
                .withTrade(Fixtures.trade(t -> {
                    t.issuerExportShare = 0.5;
                    t.demandGrowth = 1;
                }));
        ScenarioSpec spec = Fixtures.scenario(market, s -> {
            s.phases = List.of(new Phase(Distribution.fixed(24), Distribution.fixed(0.4)));
            s.instrument = Optional.of(Instrument.OUTPUT);
            s.effective = Optional.of(LocalDate.of(2026, 1, 16));
            s.horizon = 2;
        });
        double[] exports = Fixtures.medianExports(spec, 4);
        assertThat(exports[0]).isCloseTo(24.6 / 31, within(EPS));
        assertThat(exports[1]).isCloseTo(0.6 * g1, within(EPS));
        assertThat(medians(spec, Series.PRICE_OUTSIDE)[0]).isCloseTo(8 / (5.6 - 0.4 * f), within(EPS));
        double[] home = medians(spec, Series.PRICE_INSIDE);
        assertThat(home[0]).isCloseTo(8 / (5.6 - 0.4 * f), within(EPS));
        double cover1 = 8 - 0.4 * f * 5 / 6 - 0.4 * g1 + (6 * 0.6 * g1 - 3.6) - 6 * 0.4 * g1;
        assertThat(home[1]).isCloseTo(8 / cover1, within(EPS));
        // the issuer's stocks made before the cut leave against what it refuses: with enough held and no limit that
        // binds, month 0 ships the whole of the orders, 15/31 free, 0.6 f made and 0.4 f from the stocks
        Market stocked = market.withIssuerStocks(new IssuerStocks(Distribution.fixed(10), Optional.empty(), 5));
        ScenarioSpec withStocks = Fixtures.scenario(stocked, s -> {
            s.phases = List.of(new Phase(Distribution.fixed(24), Distribution.fixed(0.4)));
            s.instrument = Optional.of(Instrument.OUTPUT);
            s.effective = Optional.of(LocalDate.of(2026, 1, 16));
            s.horizon = 2;
        });
        assertThat(Fixtures.medianExports(withStocks, 4)[0]).isCloseTo(1, within(EPS));
    }

    @Test
    void whatIsMadeForExportAndNotOrderedLandsOnTheHomeMarket() {
        // QuotaTest's deadline: announced on 2 December 2025 (a = 30 / 30.4375 of December announced), restocking in a
        // month, orders up to two months, a six-month window, deadline stocking 0.5 of it at the risk 0.25: December
        // orders 1 + 0.75 a and January, the addition ended, 1 − 0.75 a. The outside price is fixed (β = 0), the home
        // price answers its cover (β_I = 1, nothing absorbed, x = 0.5) under the bound, and the home market reads the
        // month's exports as going on (θ = 1). A quarter of output not made from January. December (not yet in force):
        // exports 1 + 0.75 a take −0.75 a from the home market, and the outside buyers' expectation, 1 + 5 × 0.75, is
        // 1.25 below the window's 6: home cover (8 − 0.75 a + 1.25) / 8, a price below 1, so ρ > 1 in January. January:
        // made for export 1 − ℓ, ordered and shipped 1 − 0.75 a, the rest (0.75 a − ℓ) landing at home beside the home
        // market's loss 0.5 − ℓ and December's −0.75 a worked off (× 5/6): 0.125 a − 0.5; over the window 6 (0.75 a
        // − ℓ) landing and 6 (0.5 − ℓ) lost: 4.5 a − 3. Home cover (4.5 + 4.625 a) / 8, ℓ cancelling
        Market market = market(
                Fixtures.behaviour()
                        .restock(1)
                        .maxOrder(2)
                        .forward(6)
                        .stocking(0.5)
                        .issuerFlexibility(1)
                        .absorption(0)
                        .landing(1)
                        .build(),
                0);
        ScenarioSpec spec = Fixtures.scenario(market, s -> {
            s.phases = List.of(new Phase(Distribution.fixed(12), Distribution.fixed(0.25)));
            s.instrument = Optional.of(Instrument.OUTPUT);
            s.announced = Optional.of(LocalDate.of(2025, 12, 2));
            s.horizon = 1;
        });
        double a = 30 / (365.25 / 12);
        assertThat(Fixtures.medianExports(spec, 4))
                .containsExactly(new double[] {1 + 0.75 * a, 1 - 0.75 * a}, within(EPS));
        double[] home = medians(spec, Series.PRICE_INSIDE);
        assertThat(home[0]).isCloseTo(8 / (9.25 - 0.75 * a), within(EPS));
        assertThat(home[1]).isCloseTo(8 / (4.5 + 4.625 * a), within(EPS));
    }

    @Test
    void anOutputCutNamingItsTargetsIsRefusedWithTheTargets() {
        Market market = market(Behaviour.STATIC, 0);
        assertThatThrownBy(() -> Fixtures.scenario(market, s -> {
                    s.instrument = Optional.of(Instrument.OUTPUT);
                    s.targets = List.of("US");
                }))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("targets [US]")
                .hasMessageContaining(Disruption.Conflict.OUTPUT_NOT_EVERYONE.rule());
        assertThat(Disruption.targetConflict(Instrument.OUTPUT, true)).isEmpty();
        assertThat(Disruption.targetConflict(Instrument.BAN, false)).isEmpty();
        assertThat(Disruption.targetConflict(Instrument.OUTPUT, false))
                .contains(Disruption.Conflict.OUTPUT_NOT_EVERYONE);
    }
}
