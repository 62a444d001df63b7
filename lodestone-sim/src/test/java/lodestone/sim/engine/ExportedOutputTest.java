package lodestone.sim.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.YearMonth;
import java.util.Optional;
import lodestone.model.mineral.MineralId;
import lodestone.sim.Fixtures;
import lodestone.sim.scenario.Behaviour;
import lodestone.sim.scenario.Distribution;
import lodestone.sim.scenario.IssuerOutput;
import lodestone.sim.scenario.Market;
import lodestone.sim.scenario.Phase;
import lodestone.sim.scenario.ScenarioSpec;
import org.junit.jupiter.api.Test;

/**
 * Closed forms of the exported part of a change of the issuer's own output: ε = ω_O x of the change leaves as exports,
 * ω_O s months of the export pace a month, held in the outside market (d U_t, U_t accumulated with the home surplus's
 * decay) and expected over the window (d W ω_O s), so the outside cover is (c̄ + W + d (U_t + W ω_O s)) / (c̄ + W); the
 * rest, (1 − ε) s / (1 − x) months of home use a month, lands on the home market as before.
 */
class ExportedOutputTest {
    private static final MineralId BAUXITE = MineralId.of("bauxite");
    private static final YearMonth JANUARY = YearMonth.of(2026, 1);

    /**
     * Everyone buys from the issuer (d = 1) and holds two months of cover, a six-month window, buyers order what they
     * use (no precaution, no restocking), a ban in force from January 2026 that refuses nothing, so without a change the
     * outside cover is 1 and both prices 1 in every month; outside and home flexibility 1, nothing absorbed, the surplus
     * worked off over six months; January 2026 is month 0.
     */
    private static Market market(
            double exportShare, double outsidePriced, Optional<IssuerOutput> output, double demandGrowth) {
        return market(exportShare, outsidePriced, output, demandGrowth, 1);
    }

    /** As above, with the share of the product the measure covers given. */
    private static Market market(
            double exportShare,
            double outsidePriced,
            Optional<IssuerOutput> output,
            double demandGrowth,
            double coveredShare) {
        Behaviour behaviour = Fixtures.behaviour()
                .flexibility(1)
                .issuerFlexibility(1)
                .absorption(0)
                .surplusMonths(6)
                .build();
        return Fixtures.twoMonthsCover(BAUXITE, behaviour).withTrade(Fixtures.trade(t -> {
            t.issuerExportShare = exportShare;
            t.directAtOutsidePrice = outsidePriced;
            t.issuerOutput = output;
            t.demandGrowth = demandGrowth;
            t.coveredShare = coveredShare;
        }));
    }

    private static double[] medians(Market market, Series series) {
        return medians(market, series, 0);
    }

    /** @return the series' medians month by month under a ban refusing the share {@code severity} of every order */
    private static double[] medians(Market market, Series series, double severity) {
        ScenarioSpec spec = EffectiveDayTest.spec(
                market,
                new Phase(Distribution.fixed(24), Distribution.fixed(severity)),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                3);
        return MonteCarloEngine.run(spec, RunOptions.of(8, 1).withThreads(1)).markets().get(0).months().stream()
                .mapToDouble(m -> m.band(series).p50())
                .toArray();
    }

    private static Optional<IssuerOutput> change(double share) {
        return Optional.of(new IssuerOutput(JANUARY, share));
    }

    /** @return a change of a product the measure does not cover, from January 2026 */
    private static Optional<IssuerOutput> exempt(double share) {
        return Optional.of(new IssuerOutput(JANUARY, share, false));
    }

    /** U_t / s: the exported change accumulated with the decay 1 − 1/6, each month weighted by its growth g_k. */
    private static double accumulated(int t, double yearly) {
        double sum = 0;
        for (int k = 0; k <= t; k++) {
            sum += Math.pow(1 + yearly, k / 12.0) * Math.pow(5.0 / 6, t - k);
        }
        return sum;
    }

    @Test
    void theExportedShareIsTheOutsidePricedShareOfTheExportShare() {
        assertThat(Fixtures.trade(t -> t.issuerExportShare = 0.5).outputExported())
                .isZero();
        assertThat(Fixtures.trade(t -> {
                            t.issuerExportShare = 0.5;
                            t.directAtOutsidePrice = 1;
                        })
                        .outputExported())
                .isEqualTo(0.5);
        assertThat(Fixtures.trade(t -> {
                            t.issuerExportShare = 0.95;
                            t.directAtOutsidePrice = 0.5;
                        })
                        .outputExported())
                .isCloseTo(0.475, within(1e-12));
        assertThat(Fixtures.trade(t -> {
                            t.issuerExportShare = 0;
                            t.directAtOutsidePrice = 1;
                        })
                        .outputExported())
                .isZero();
    }

    @Test
    void anIssuerThatSellsAtTheOutsidePriceExportsItsGrowthAndTheOutsidePriceFalls() {
        // x = 0.5, ω_O = 1, a quarter more output: ε = 0.5, exports up by ω_O s = 0.25 of their pace a month; the
        // outside cover in month t is (8 + U_t + 6 x 0.25) / 8, U_t = 0.25 (1 + 5/6 + ...), price its inverse (bands
        // are
        // stored as floats: 1e-6)
        Market market = market(0.5, 1, change(0.25), 0);
        double[] outside = medians(market, Series.PRICE_OUTSIDE);
        double[] exports = medians(market, Series.EXPORTS);
        double previous = 1;
        for (int t = 0; t < 3; t++) {
            double price = 8 / (8 + 0.25 * accumulated(t, 0) + 6 * 0.25);
            assertThat(outside[t]).as("outside price, month %d", t).isCloseTo(price, within(1e-6));
            // buyers order what they use, which answers last month's price (demand elasticity −0.1), and the growth
            // leaves beside it
            assertThat(exports[t]).as("exports, month %d", t).isCloseTo(Math.pow(previous, -0.1) + 0.25, within(1e-6));
            previous = price;
        }
        assertThat(outside[0]).isCloseTo(8 / 9.75, within(1e-6));
        assertThat(exports[0]).isCloseTo(1.25, within(1e-6));
        // the home market takes (1 - 0.5) 0.25 / (1 - 0.5) = 0.25 months of its use a month: home cover in month 0
        // (8 + 0.25 + 6 x 0.25) / 8, where with its exports at its home price (ω_O = 0) it took 0.5: (8 + 3.5) / 8
        assertThat(medians(market, Series.PRICE_INSIDE)[0]).isCloseTo(8 / 9.75, within(1e-6));
        assertThat(medians(market(0.5, 0, change(0.25), 0), Series.PRICE_INSIDE)[0])
                .isCloseTo(8 / 11.5, within(1e-6));
    }

    @Test
    void aCutRaisesTheOutsidePriceAndHalfAnOutsidePricedShareExportsHalf() {
        // a fifth less, ω_O = 1: exports 0.8, outside cover (8 - 0.2 - 1.2) / 8 in month 0
        Market cut = market(0.5, 1, change(-0.2), 0);
        assertThat(medians(cut, Series.EXPORTS)[0]).isCloseTo(0.8, within(1e-6));
        assertThat(medians(cut, Series.PRICE_OUTSIDE)[0]).isCloseTo(8 / 6.6, within(1e-6));
        // ω_O = 1/2: ε = 0.25, exports up by 0.5 x 0.2 = 0.1 (cover (8 + 0.1 + 0.6) / 8), and the home market takes
        // 0.75 x 0.2 / 0.5 = 0.3 months of its use a month ((8 + 0.3 + 1.8) / 8)
        Market half = market(0.5, 0.5, change(0.2), 0);
        assertThat(medians(half, Series.EXPORTS)[0]).isCloseTo(1.1, within(1e-6));
        assertThat(medians(half, Series.PRICE_OUTSIDE)[0]).isCloseTo(8 / 8.7, within(1e-6));
        assertThat(medians(half, Series.PRICE_INSIDE)[0]).isCloseTo(8 / 10.1, within(1e-6));
    }

    @Test
    void anIssuerWithoutAHomeMarketExportsAllButItsOwnShare() {
        // x = 0.95, ω_O = 1: exports grow as output does (+29 %), the home market takes 0.05 x 0.29 / 0.05 = 0.29 of
        // its own use a month, not 0.29 / 0.05 = 5.8
        Market guinea = market(0.95, 1, change(0.29), 0);
        assertThat(medians(guinea, Series.EXPORTS)[0]).isCloseTo(1.29, within(1e-6));
        assertThat(medians(guinea, Series.EXPORTS_TO_PERSPECTIVE)[0]).isCloseTo(1.29, within(1e-6));
        assertThat(medians(guinea, Series.PRICE_OUTSIDE)[0]).isCloseTo(8 / (8 + 7 * 0.29), within(1e-6));
        assertThat(medians(guinea, Series.PRICE_INSIDE)[0]).isCloseTo(8 / (8 + 7 * 0.29), within(1e-5));
    }

    @Test
    void whatTheMeasureHoldsBackStaysAtHome() {
        // a ban refusing everything: nothing leaves, the outside is as without the change, and the home market takes
        // the whole change whatever share would have been exported: in month 0 the withheld month (1) and the held-back
        // growth (0.25) land at home with the home part (0.25), and six times over for the window (6 x 1.25 + 6 x
        // 0.25): home cover (8 + 1.5 + 9) / 8, as with ω_O = 0 (1 + 0.5 and 6 + 6 x 0.5)
        Market exporter = market(0.5, 1, change(0.25), 0);
        Market none = market(0.5, 1, Optional.empty(), 0);
        assertThat(medians(exporter, Series.EXPORTS, 1)).containsExactly(medians(none, Series.EXPORTS, 1));
        assertThat(medians(exporter, Series.PRICE_OUTSIDE, 1)).containsExactly(medians(none, Series.PRICE_OUTSIDE, 1));
        assertThat(medians(none, Series.PRICE_INSIDE, 1)[0]).isCloseTo(8 / 15.0, within(1e-6));
        assertThat(medians(exporter, Series.PRICE_INSIDE, 1)[0]).isCloseTo(8 / 18.5, within(1e-6));
        assertThat(medians(market(0.5, 0, change(0.25), 0), Series.PRICE_INSIDE, 1)[0])
                .isCloseTo(8 / 18.5, within(1e-6));
        // refusing a fifth: the growth leaves at 0.8 x 0.25 = 0.2 a month beside the orders shipped, and the outside
        // cover's numerator in month 0 (8 / price, its denominator being 8) is the one without the change plus 0.2 + 6
        // x 0.2
        double[] fifth = medians(exporter, Series.EXPORTS, 0.2);
        double[] fifthNone = medians(none, Series.EXPORTS, 0.2);
        assertThat(fifth[0] - fifthNone[0]).isCloseTo(0.2, within(1e-6));
        assertThat(8 / medians(exporter, Series.PRICE_OUTSIDE, 0.2)[0]
                        - 8 / medians(none, Series.PRICE_OUTSIDE, 0.2)[0])
                .isCloseTo(0.2 + 6 * 0.2, within(1e-5));
    }

    @Test
    void aChangeOfAProductTheMeasureDoesNotCoverLeavesWhole() {
        // the output of plants making a product the measure does not cover (covered: false), a quarter more, x = 0.5,
        // ω_O = 1. Under a ban refusing everything the covered change stays at home (above); the exempt one leaves
        // whole: exports 0.25 above the ban's, the outside cover's numerator 0.25 + 6 x 0.25 = 1.75 above it in month
        // 0,
        // and the home market takes only its own part, (1 - 0.5) 0.25 / (1 - 0.5) = 0.25 a month: H = 1 + 0.25, H^e =
        // 6 + 6 x 0.25, home cover (8 + 1.25 + 7.5) / 8 (8 / 18.5 when covered, 8 / 15 without a change)
        Market exempt = market(0.5, 1, exempt(0.25), 0);
        Market covered = market(0.5, 1, change(0.25), 0);
        Market none = market(0.5, 1, Optional.empty(), 0);
        assertThat(medians(exempt, Series.EXPORTS, 1)[0] - medians(none, Series.EXPORTS, 1)[0])
                .isCloseTo(0.25, within(1e-6));
        assertThat(8 / medians(exempt, Series.PRICE_OUTSIDE, 1)[0] - 8 / medians(none, Series.PRICE_OUTSIDE, 1)[0])
                .isCloseTo(1.75, within(1e-5));
        assertThat(medians(exempt, Series.PRICE_INSIDE, 1)[0]).isCloseTo(8 / 16.75, within(1e-6));
        assertThat(medians(covered, Series.PRICE_INSIDE, 1)[0]).isCloseTo(8 / 18.5, within(1e-6));
        // refusing a fifth: the covered change leaves at 0.8 x 0.25 = 0.2, the exempt one at 0.25
        assertThat(medians(exempt, Series.EXPORTS, 0.2)[0] - medians(none, Series.EXPORTS, 0.2)[0])
                .isCloseTo(0.25, within(1e-6));
        assertThat(8 / medians(exempt, Series.PRICE_OUTSIDE, 0.2)[0] - 8 / medians(none, Series.PRICE_OUTSIDE, 0.2)[0])
                .isCloseTo(1.75, within(1e-5));
        // half the product covered, all of the covered half refused: the covered change leaves with the uncovered half
        // of the orders, 0.5 x 0.25 = 0.125 (numerator 0.125 x 7 = 0.875), the exempt change whole (0.25, 1.75)
        Market halfCovered = market(0.5, 1, change(0.25), 0, 0.5);
        Market halfExempt = market(0.5, 1, exempt(0.25), 0, 0.5);
        Market halfNone = market(0.5, 1, Optional.empty(), 0, 0.5);
        assertThat(medians(halfCovered, Series.EXPORTS, 1)[0] - medians(halfNone, Series.EXPORTS, 1)[0])
                .isCloseTo(0.125, within(1e-6));
        assertThat(medians(halfExempt, Series.EXPORTS, 1)[0] - medians(halfNone, Series.EXPORTS, 1)[0])
                .isCloseTo(0.25, within(1e-6));
        assertThat(8 / medians(halfCovered, Series.PRICE_OUTSIDE, 1)[0]
                        - 8 / medians(halfNone, Series.PRICE_OUTSIDE, 1)[0])
                .isCloseTo(0.875, within(1e-5));
        assertThat(8 / medians(halfExempt, Series.PRICE_OUTSIDE, 1)[0]
                        - 8 / medians(halfNone, Series.PRICE_OUTSIDE, 1)[0])
                .isCloseTo(1.75, within(1e-5));
        // with nothing exported at the outside price (ω_O = 0) the flag moves nothing: the home market takes it all
        for (Series series : new Series[] {Series.PRICE_INSIDE, Series.PRICE_OUTSIDE, Series.EXPORTS}) {
            assertThat(medians(market(0.5, 0, exempt(0.25), 0), series, 1))
                    .as(series.id())
                    .containsExactly(medians(market(0.5, 0, change(0.25), 0), series, 1));
        }
    }

    @Test
    void halfTheOutsideSupplyFromTheIssuerAndMoreOfItsOutputExported() {
        // the issuer supplies half the outside market (d = 0.5) and exports 0.6 of its output (kept = 0.6 / 0.4 =
        // 1.5), ω_O = 1, a quarter more output, a ban refusing a fifth. Month 0: the growth leaves at 0.25 x (0.5 x
        // 0.8)
        // / 0.5 = 0.2 a month, so the outside cover's numerator gains d (0.2 + 6 x 0.2) = 0.7 (8 / price, its
        // denominator 8); at home the withheld fifth and the held-back 0.05 are kept 1.5 times with the home part
        // (1 - 0.6) 0.25 / 0.4 = 0.25: H = (0.2 + 0.05) 1.5 + 0.25, H^e = (6 x 1.05 - 4.8) 1.5 + 6 x 0.25, home price
        // 8 / 12.375 (8 / 10.1 without the change)
        Market with = market(0.6, 1, change(0.25), 0).withSupply(java.util.Map.of("CN", 0.5, "OTHER", 0.5));
        Market without = market(0.6, 1, Optional.empty(), 0).withSupply(java.util.Map.of("CN", 0.5, "OTHER", 0.5));
        assertThat(8 / medians(with, Series.PRICE_OUTSIDE, 0.2)[0] - 8 / medians(without, Series.PRICE_OUTSIDE, 0.2)[0])
                .isCloseTo(0.7, within(1e-5));
        assertThat(medians(with, Series.EXPORTS, 0.2)[0] - medians(without, Series.EXPORTS, 0.2)[0])
                .isCloseTo(0.2, within(1e-6));
        assertThat(medians(without, Series.PRICE_INSIDE, 0.2)[0]).isCloseTo(8 / 10.1, within(1e-6));
        assertThat(medians(with, Series.PRICE_INSIDE, 0.2)[0]).isCloseTo(8 / 12.375, within(1e-6));
    }

    @Test
    void theExportedChangeGrowsWithDemand() {
        // demand doubling in a year: month t exports ω_O s g_t, g_t = 2^(t/12), accumulated and expected as above
        Market market = market(0.5, 1, change(0.25), 1);
        double[] outside = medians(market, Series.PRICE_OUTSIDE);
        for (int t = 0; t < 3; t++) {
            double price = 8 / (8 + 0.25 * accumulated(t, 1) + 6 * 0.25 * Math.pow(2, t / 12.0));
            assertThat(outside[t]).as("month %d", t).isCloseTo(price, within(1e-6));
        }
    }

    @Test
    void withoutAnExportedShareTheOutsideMarketIsAsBeforeBitForBit() {
        Series[] all = {
            Series.PRICE_OUTSIDE,
            Series.PRICE_INSIDE,
            Series.PRICE_REALISED,
            Series.EXPORTS,
            Series.EXPORTS_TO_PERSPECTIVE,
            Series.RECEIPTS,
            Series.SHORTFALL
        };
        for (Series series : all) {
            double[] none = medians(market(0.5, 1, Optional.empty(), 0), series);
            // a change of 0 exported is no change
            assertThat(medians(market(0.5, 1, change(0), 0), series))
                    .as(series.id())
                    .containsExactly(none);
            if (series != Series.PRICE_INSIDE && series != Series.PRICE_REALISED) {
                // the home-market case (ω_O = 0, every change declared before the rule) leaves the outside as it was
                // (its realised price is its home price, which the change moves)
                assertThat(medians(market(0.5, 0, change(0.25), 0), series))
                        .as(series.id())
                        .containsExactly(medians(market(0.5, 0, Optional.empty(), 0), series));
            }
        }
        // an issuer that exports none of its output (x = 0) exports none of its change, whatever ω_O
        assertThat(medians(market(0, 1, change(0.25), 0), Series.PRICE_OUTSIDE))
                .containsExactly(medians(market(0, 1, Optional.empty(), 0), Series.PRICE_OUTSIDE));
        // a change from the second month leaves the first as it was
        double[] later = medians(
                market(0.5, 1, Optional.of(new IssuerOutput(JANUARY.plusMonths(1), 0.25)), 0), Series.PRICE_OUTSIDE);
        assertThat(later[0]).isEqualTo(1.0);
        assertThat(later[1]).isCloseTo(8 / 9.75, within(1e-6));
    }
}
