package lodestone.sim.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Map;
import java.util.Optional;
import lodestone.model.mineral.MineralId;
import lodestone.sim.scenario.Market;
import lodestone.sim.scenario.PriceDrift;
import org.junit.jupiter.api.Test;

/**
 * The outside price's own trend before the announcement, carried forward damped as the home price's is ({@link
 * HomeDriftTest}): the k-th simulated month's outside price carries exp(d φ (1 − φ^k) / (1 − φ)), φ = 0.8, beside what
 * its cover gives; buyers respond to the price they see, so from the second month the volumes, and with them the cover,
 * move a little too.
 */
class OutsideDriftTest {
    private static final MineralId SB = MineralId.of("antimony");

    private static double[] prices(Optional<PriceDrift> drift, Series series) {
        return IssuerOutputTest.medians(
                IssuerOutputTest.market(Optional.empty(), 0, 6).withOutsideDrift(drift), series);
    }

    @Test
    void theTrendBeforeTheAnnouncementCarriesIntoTheOutsidePriceDamped() {
        // a 16.3 % fall over five months (Guinea's bauxite CIF China, 92 to 77 US$/t): d = ln 0.837 / 5; month 0
        // carries d 0.8 exactly (its volumes were set at the price before), later months about d (0.8 + 0.64 + ...)
        // (bands are stored as floats: 1e-5 relative)
        PriceDrift fall = new PriceDrift(-0.163, 5);
        double d = Math.log(0.837) / 5;
        assertThat(fall.monthlyLog()).isCloseTo(d, within(1e-12));
        double[] without = prices(Optional.empty(), Series.PRICE_OUTSIDE);
        double[] with = prices(Optional.of(fall), Series.PRICE_OUTSIDE);
        assertThat(with[0] / without[0]).isCloseTo(Math.exp(0.8 * d), within(1e-5));
        double[] carried = {0.8, 1.44, 1.952};
        for (int t = 1; t < 3; t++) {
            assertThat(Math.log(with[t] / without[t]))
                    .as("month %d", t)
                    .isCloseTo(d * carried[t], within(0.2 * Math.abs(d * carried[t])));
        }
        // never more than four months of the trend
        for (int t = 0; t < with.length; t++) {
            assertThat(Math.log(with[t] / without[t])).isGreaterThan(4 * d);
        }
    }

    @Test
    void noTrendIsTheModelWithoutItAndARiseRaisesTheFirstMonth() {
        for (Series series : new Series[] {Series.PRICE_OUTSIDE, Series.PRICE_INSIDE, Series.EXPORTS}) {
            assertThat(prices(Optional.of(new PriceDrift(0, 6)), series))
                    .as(series.id())
                    .containsExactly(prices(Optional.empty(), series));
        }
        assertThat(Market.bare(SB, Map.of("CN", 1.0)).outsideDrift()).isEmpty();
        double[] without = prices(Optional.empty(), Series.PRICE_OUTSIDE);
        double[] rise = prices(Optional.of(new PriceDrift(0.3, 3)), Series.PRICE_OUTSIDE);
        assertThat(rise[0] / without[0]).isCloseTo(Math.exp(0.8 * Math.log(1.3) / 3), within(1e-5));
    }
}
