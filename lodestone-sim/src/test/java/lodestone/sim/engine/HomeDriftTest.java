package lodestone.sim.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Map;
import java.util.Optional;
import lodestone.model.mineral.MineralId;
import lodestone.sim.scenario.Market;
import lodestone.sim.scenario.PriceDrift;
import org.junit.jupiter.api.Test;

/**
 * Closed forms of the issuer's home price's own trend before the announcement, carried forward damped: the monthly log
 * trend d = ln(1 + change) / months adds d φ^k in the k-th simulated month, so the k-th month's home price is the price
 * without the trend times exp(d φ (1 − φ^k) / (1 − φ)), φ = 0.8.
 */
class HomeDriftTest {
    private static final MineralId SB = MineralId.of("antimony");

    /** {@link IssuerOutputTest}'s case without a change of output: the series' medians month by month. */
    private static double[] homePrices(Optional<PriceDrift> drift) {
        return prices(drift, Series.PRICE_INSIDE);
    }

    private static double[] prices(Optional<PriceDrift> drift, Series series) {
        return IssuerOutputTest.medians(
                IssuerOutputTest.market(Optional.empty(), 0, 6).withHomeDrift(drift), series);
    }

    @Test
    void theTrendBeforeTheAnnouncementCarriesIntoTheHomePriceDamped() {
        // a 20 % rise over four months: d = ln 1.2 / 4 = 0.04558; month 0 carries d 0.8, month 1 d (0.8 + 0.64),
        // month 2 d (0.8 + 0.64 + 0.512) (bands are stored as floats: 1e-5 relative)
        double d = Math.log(1.2) / 4;
        double[] without = homePrices(Optional.empty());
        double[] with = homePrices(Optional.of(new PriceDrift(0.2, 4)));
        double[] carried = {0.8, 1.44, 1.952};
        for (int t = 0; t < 3; t++) {
            assertThat(with[t] / without[t]).as("month %d", t).isCloseTo(Math.exp(d * carried[t]), within(1e-5));
        }
        // month 0 without the trend is HomeLandingTest's 0.8: with it, 0.8 x exp(0.8 d)
        assertThat(with[0]).isCloseTo(0.8 * Math.exp(0.8 * d), within(1e-6));
        // a fall pulls the other way by its own log: a 20 % fall over four months, d = ln 0.8 / 4
        double[] falling = homePrices(Optional.of(new PriceDrift(-0.2, 4)));
        assertThat(falling[2] / without[2]).isCloseTo(Math.exp(Math.log(0.8) / 4 * 1.952), within(1e-5));
    }

    @Test
    void theTrendIsBoundedByFourMonthsOfItAndMovesNoOtherPrice() {
        // after k months the carried log is d 0.8 (1 - 0.8^k) / 0.2 < 4 d
        PriceDrift drift = new PriceDrift(0.5, 6);
        assertThat(drift.monthlyLog()).isCloseTo(Math.log(1.5) / 6, within(1e-12));
        double[] without = homePrices(Optional.empty());
        double[] with = homePrices(Optional.of(drift));
        for (int t = 0; t < with.length; t++) {
            assertThat(Math.log(with[t] / without[t])).isLessThan(4 * drift.monthlyLog());
        }
        // the outside price does not carry the home price's trend
        assertThat(prices(Optional.of(drift), Series.PRICE_OUTSIDE))
                .containsExactly(prices(Optional.empty(), Series.PRICE_OUTSIDE));
    }

    @Test
    void noTrendAndANullTrendAreTheModelWithoutIt() {
        double[] without = homePrices(Optional.empty());
        assertThat(homePrices(Optional.of(new PriceDrift(0, 6)))).containsExactly(without);
        assertThat(Market.bare(SB, Map.of("CN", 1.0)).homeDrift()).isEmpty();
    }

    @Test
    void aTrendIsAChangeAboveMinusOneOverOneToTwentyFourMonths() {
        assertThatThrownBy(() -> new PriceDrift(-1, 6))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("above -1");
        assertThatThrownBy(() -> new PriceDrift(0.1, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new PriceDrift(0.1, 25)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new PriceDrift(Double.NaN, 6)).isInstanceOf(IllegalArgumentException.class);
        assertThat(new PriceDrift(-0.99, 24).months()).isEqualTo(24);
    }
}
