package lodestone.sim.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Map;
import java.util.OptionalDouble;
import lodestone.model.mineral.MineralId;
import lodestone.sim.Fixtures;
import lodestone.sim.scenario.Behaviour;
import lodestone.sim.scenario.Market;
import org.junit.jupiter.api.Test;

/**
 * Closed forms of stock held at the issuer's home: the explained home price of a month is never below the next
 * month's divided by 1 + c, c the monthly carrying cost, taken back from the path's last month.
 *
 * <p>The case is {@link IssuerOutputTest}'s (everyone depends on China, two months of cover, licences decided two
 * months after they are asked for and all granted, half of China's output exported, nothing absorbed, β_I = 1, the
 * surplus worked off over six months, no background walk). Nothing ships in months 0 and 1, so the surplus is 1 and
 * then 1 · 5/6 + 1 = 11/6 months of home use; the window's expected surplus is 1 in month 0 and 0 from month 1, when
 * every application is expected granted; from month 2 exports run at their pace and the surplus is worked off:
 * 11/6 · 5/6 = 55/36, then 55/36 · 5/6 = 275/216. The home price 8 / (8 + surplus + expected) is 8/10, 8/(8 + 11/6),
 * 288/343 and 8/(8 + 275/216): it rises from month 0 on. (The last of month 0's applications are decided at the end
 * of month 1, so month 2's exports are 0.9999 of their pace and the prices from month 2 lie within 2e-5 of the round
 * figures; the holding itself is checked against the engine's own months to 1e-6.)
 */
class HomeCarryTest {
    private static final MineralId SB = MineralId.of("antimony");

    private static final double MONTH_1 = 8 / (8 + 11.0 / 6);
    private static final double MONTH_2 = 288.0 / 343;
    private static final double MONTH_3 = 8 / (8 + 275.0 / 216);

    /** How close the months from month 2 come to the round figures (see the class comment). */
    private static final double ROUND = 2e-5;

    /** The case's market with a carrying cost and the share of direct shipments priced at the outside price. */
    private static Market market(OptionalDouble carry, double directAtOutside) {
        Behaviour behaviour = Fixtures.behaviour()
                .issuerFlexibility(1)
                .absorption(0)
                .surplusMonths(6)
                .build();
        return Fixtures.twoMonthsCover(SB, behaviour)
                .withTrade(Fixtures.trade(t -> {
                    t.issuerExportShare = 0.5;
                    t.licencesPerMonth = 1e6;
                    t.directAtOutsidePrice = directAtOutside;
                }))
                .withHomeCarry(carry);
    }

    private static double[] home(OptionalDouble carry, int horizon) {
        return IssuerOutputTest.medians(market(carry, 0), Series.PRICE_INSIDE, horizon);
    }

    @Test
    void withoutACarryingCostTheHomePriceIsTheMonthsOwn() {
        double[] without = home(OptionalDouble.empty(), 3);
        assertThat(without[0]).isCloseTo(0.8, within(1e-6));
        assertThat(without[1]).isCloseTo(MONTH_1, within(1e-6));
        assertThat(without[2]).isCloseTo(MONTH_2, within(ROUND));
        assertThat(Market.bare(SB, Map.of("CN", 1.0)).homeCarry()).isEmpty();
    }

    @Test
    void aMonthIsNeverBelowALaterMonthLessTheCost() {
        // c = 1 % a month: the last month is its own; month 1 is lifted to 288/343 / 1.01 (above 8/9.833) and month 0
        // to 288/343 / 1.01²
        double last = home(OptionalDouble.empty(), 3)[2];
        double[] held = home(OptionalDouble.of(0.01), 3);
        assertThat(held).containsExactly(new double[] {last / 1.01 / 1.01, last / 1.01, last}, within(1e-6));
        assertThat(held[0]).isCloseTo(MONTH_2 / 1.01 / 1.01, within(ROUND));
        // holding at no cost: every month at the highest later price
        assertThat(home(OptionalDouble.of(0), 3)).containsExactly(new double[] {last, last, last}, within(1e-6));
        // a cost of 10 % a month is more than the later rise pays (288/343 / 1.1 = 0.763 < 8/9.833, 8/9.833 / 1.1 =
        // 0.740 < 0.8): nothing is held and every month is its own
        assertThat(home(OptionalDouble.of(0.1), 3)).containsExactly(home(OptionalDouble.empty(), 3));
        // a longer horizon reads the later month: month 2 is lifted to month 3's price / 1.01
        double[] longer = home(OptionalDouble.of(0.01), 4);
        assertThat(longer[3]).isCloseTo(MONTH_3, within(ROUND));
        assertThat(longer[2]).isCloseTo(longer[3] / 1.01, within(1e-6));
        assertThat(longer[0]).isCloseTo(longer[3] / Math.pow(1.01, 3), within(1e-6));
    }

    @Test
    void theRealisedPriceFollowsTheHomePriceItPaysAndNothingElseMoves() {
        // month 2 of four: every receipt is a direct shipment at the home price, so the realised price is the home
        // price, lifted with it to month 3's / 1.01
        OptionalDouble carry = OptionalDouble.of(0.01);
        double[] realised = IssuerOutputTest.medians(market(carry, 0), Series.PRICE_REALISED, 4);
        assertThat(realised[2]).isCloseTo(home(carry, 4)[2], within(1e-6));
        assertThat(realised[2]).isCloseTo(MONTH_3 / 1.01, within(ROUND));
        assertThat(IssuerOutputTest.medians(market(OptionalDouble.empty(), 0), Series.PRICE_REALISED, 4)[2])
                .isCloseTo(MONTH_2, within(ROUND));
        // shipments priced at the outside price do not carry the home price's holding
        assertThat(IssuerOutputTest.medians(market(carry, 1), Series.PRICE_REALISED, 4))
                .containsExactly(IssuerOutputTest.medians(market(OptionalDouble.empty(), 1), Series.PRICE_REALISED, 4));
        // the outside price and the volumes are untouched
        for (Series series : new Series[] {Series.PRICE_OUTSIDE, Series.EXPORTS, Series.RECEIPTS, Series.SHORTFALL}) {
            assertThat(IssuerOutputTest.medians(market(carry, 0), series, 4))
                    .as(series.name())
                    .containsExactly(IssuerOutputTest.medians(market(OptionalDouble.empty(), 0), series, 4));
        }
    }

    @Test
    void aCarryingCostIsAShareOfThePriceUpToATenthAMonth() {
        assertThatThrownBy(() -> market(OptionalDouble.of(0.11), 0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("home carrying cost 0.11")
                .hasMessageContaining("[0, 0.1]");
        assertThatThrownBy(() -> market(OptionalDouble.of(-0.001), 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> market(OptionalDouble.of(Double.NaN), 0)).isInstanceOf(IllegalArgumentException.class);
        assertThat(market(OptionalDouble.of(0.1), 0).homeCarry()).hasValue(0.1);
    }
}
