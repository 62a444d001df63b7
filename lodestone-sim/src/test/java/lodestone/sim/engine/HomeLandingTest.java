package lodestone.sim.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.Optional;
import lodestone.model.mineral.MineralId;
import lodestone.sim.Fixtures;
import lodestone.sim.scenario.Behaviour;
import lodestone.sim.scenario.Distribution;
import lodestone.sim.scenario.Licensing;
import lodestone.sim.scenario.Market;
import lodestone.sim.scenario.Phase;
import lodestone.sim.scenario.ScenarioSpec;
import org.junit.jupiter.api.Test;

/**
 * Closed forms of home landing θ: while the measure is in force the issuer's home market takes the share θ of its
 * expected exports over the window as the month's exports going on, the rest as the outside buyers' expected supply.
 */
class HomeLandingTest {
    private static final MineralId DY = MineralId.of("dysprosium");

    /**
     * Everyone depends on China, two months of cover, licensing with every application decided two months after it is
     * made and all granted (buyers expect it), half of China's output exported, nothing absorbed, home flexibility 1,
     * the outside price fixed; announced 27 days ahead when {@code lead} (December 2025 is then month −1).
     */
    private static double[] homePrices(double landing, boolean lead) {
        return homePrices(landing, lead, Optional.empty());
    }

    private static double[] homePrices(double landing, boolean lead, Optional<LocalDate> effective) {
        return homePrices(landing, lead, effective, 0.5);
    }

    private static double[] homePrices(
            double landing, boolean lead, Optional<LocalDate> effective, double exportShare) {
        return homePrices(landing, lead, effective, exportShare, 1);
    }

    private static double[] homePrices(
            double landing, boolean lead, Optional<LocalDate> effective, double exportShare, double flexibility) {
        Behaviour behaviour = Fixtures.behaviour()
                .issuerFlexibility(flexibility)
                .absorption(0)
                .landing(landing)
                .build();
        Market market = Fixtures.twoMonthsCover(DY, behaviour).withTrade(Fixtures.trade(t -> {
            t.issuerExportShare = exportShare;
            t.licencesPerMonth = 1e6;
        }));
        ScenarioSpec spec = EffectiveDayTest.spec(
                market,
                new Phase(Distribution.fixed(24), Distribution.fixed(0)),
                lead ? Optional.of(LocalDate.of(2025, 12, 5)) : Optional.empty(),
                Optional.of(new Licensing(Distribution.fixed(2), 1, Distribution.fixed(1))),
                effective,
                2);
        return MonteCarloEngine.run(spec, RunOptions.of(8, 1).withThreads(1)).markets().get(0).months().stream()
                .mapToDouble(m -> m.band(Series.PRICE_INSIDE).p50())
                .toArray();
    }

    @Test
    void theHomeMarketReadsTheMonthsWithheldExportsAsGoingOn() {
        // month 0: nothing decided, nothing shipped, one month's applications pending. The outside buyers expect
        // 1 x (1 + 4) = 5 months over the window (all of the pending month and the months decided from the third on),
        // so without landing the home market expects a surplus of 6 - 5 = 1 month beside the month withheld (1): home
        // cover (2 + 6 + 1 + 1) / 8, price 0.8. Reading the month's exports (0) as going on it expects 6: (2 + 6 + 1 +
        // 6) / 8, price 8/15; half and half, 6 - 2.5 = 3.5: price 8/12.5.
        assertThat(homePrices(0, false)[0]).isCloseTo(0.8, within(1e-6));
        assertThat(homePrices(1, false)[0]).isCloseTo(8.0 / 15, within(1e-6));
        assertThat(homePrices(0.5, false)[0]).isCloseTo(8.0 / 12.5, within(1e-6));
    }

    @Test
    void theHomeMarketReadsAPartMonthsExportsAsGoingOn() {
        // in force from 16 January: the free 15/31 of the month ships, the rest (16/31) is applied for and pending,
        // nothing decided. The outside buyers expect 16/31 + 4 months over the window; the month withheld adds 16/31.
        // Without landing: (8 + 16/31 + 6 - 16/31 - 4) / 8 = 10/8, price 0.8. Reading the month's 15/31 as going on:
        // 6 - 90/31 expected, home cover 360/31 / 8, price 248/360; half and half, 6 - 115/31: price 248/335.
        Optional<LocalDate> sixteenth = Optional.of(LocalDate.of(2026, 1, 16));
        assertThat(homePrices(0, false, sixteenth)[0]).isCloseTo(0.8, within(1e-6));
        assertThat(homePrices(1, false, sixteenth)[0]).isCloseTo(248.0 / 360, within(1e-6));
        assertThat(homePrices(0.5, false, sixteenth)[0]).isCloseTo(248.0 / 335, within(1e-6));
    }

    @Test
    void beforeTheMeasureTakesEffectLandingChangesNothing() {
        double[] with = homePrices(1, true);
        double[] without = homePrices(0, true);
        // the month announced and not in force is the same; from the effective day the home market reads the exports
        assertThat(with[0]).isEqualTo(without[0]);
        assertThat(with[1]).isLessThan(without[1]);
        assertThat(Behaviour.PRIOR.homeLanding()).isEqualTo(Distribution.fixed(0));
        assertThat(Behaviour.PRIOR.describe()).doesNotContain("home landing");
    }

    @Test
    void anAdministeredHomePriceDoesNotAnswerWhatLandsAtHome() {
        // β_I = 0 (the lower end of the calibrated U(0, 2), "Administered home prices"): the first case's home price,
        // 0.8 at β_I = 1 with nothing read as going on and 8/15 with all of it, stays at 1 either way
        for (double landing : new double[] {0, 1}) {
            assertThat(homePrices(landing, false, Optional.empty(), 0.5, 0)).containsOnly(1.0);
        }
        // the calibrated behaviour draws β_I from 0 to 2; the first look keeps U(0.5, 2); only β_I differs
        assertThat(Behaviour.CALIBRATED.issuerFlexibility()).isEqualTo(Distribution.uniform(0, 2));
        assertThat(Behaviour.PRIOR.issuerFlexibility()).isEqualTo(Distribution.uniform(0.5, 2));
        Behaviour moved = Behaviour.PRIOR.withIssuerFlexibility(Distribution.uniform(0, 2));
        assertThat(moved.issuerFlexibility()).isEqualTo(Distribution.uniform(0, 2));
        assertThat(moved.withIssuerFlexibility(Behaviour.PRIOR.issuerFlexibility()))
                .isEqualTo(Behaviour.PRIOR);
        assertThat(Behaviour.CALIBRATED.withIssuerFlexibility(Distribution.uniform(0.5, 2)))
                .isNotEqualTo(Behaviour.CALIBRATED)
                .extracting(Behaviour::homeLanding, Behaviour::deadlineStocking, Behaviour::flexibility)
                .containsExactly(
                        Behaviour.CALIBRATED.homeLanding(),
                        Behaviour.CALIBRATED.deadlineStocking(),
                        Behaviour.CALIBRATED.flexibility());
    }

    @Test
    void theSurplusTheHomeMarketExpectsScalesWithItsExportRatio() {
        // the first case with 0.6 of China's output exported: each month of exports not shipped is 0.6/0.4 = 1.5
        // months of home use. Without landing the month withheld and the surplus expected add 1.5 each: (8 + 3) / 8,
        // price 8/11; reading the month's exports (0) as going on, 1.5 + 6 × 1.5: price 8/18.5
        assertThat(homePrices(0, false, Optional.empty(), 0.6)[0]).isCloseTo(8.0 / 11, within(1e-6));
        assertThat(homePrices(1, false, Optional.empty(), 0.6)[0]).isCloseTo(8.0 / 18.5, within(1e-6));
    }
}
