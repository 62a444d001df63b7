package lodestone.sim.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import lodestone.model.mineral.MineralId;
import lodestone.sim.Fixtures;
import lodestone.sim.scenario.Behaviour;
import lodestone.sim.scenario.Distribution;
import lodestone.sim.scenario.Market;
import lodestone.sim.scenario.Phase;
import lodestone.sim.scenario.ScenarioSpec;
import lodestone.sim.scenario.Trade;
import org.junit.jupiter.api.Test;

/**
 * The realised price of an issuer without a home market: its direct shipments to the perspective priced at the outside
 * price ({@code directAtOutsidePrice} 1), at its home price (0, the default) or a mix. The share changes no quantity and
 * no other price, and the realised price is linear in it: the perspective's average price mixes the direct shipments'
 * price with the others' by volume.
 *
 * <p>The market: the issuer supplies 0.76 of the perspective, which is its whole export market; the measure refuses all
 * exports for three months, then a drawn share for six; the calibrated behaviour moves both prices.
 */
class DirectPriceTest {
    private static final int PATHS = 60;
    private static final int MONTHS = 12;

    private static PathOutcomes run(double atOutside) {
        Trade trade = Fixtures.trade(t -> {
            t.issuerExportShare = 0.95;
            t.directAtOutsidePrice = atOutside;
        });
        Market market = Market.bare(MineralId.of("dysprosium"), Map.of("CN", 0.76, "OTHER", 0.24))
                .withTrade(trade)
                .withBehaviour(Behaviour.CALIBRATED);
        List<Phase> phases = List.of(
                new Phase(Distribution.fixed(3), Distribution.fixed(1), Distribution.fixed(1)),
                new Phase(Distribution.fixed(6), Distribution.uniform(0, 1), Distribution.uniform(0, 1)));
        ScenarioSpec spec = Fixtures.chinaCut(
                "direct",
                market,
                List.of("ALL"),
                1,
                phases,
                Optional.of(LocalDate.of(2025, 12, 20)),
                Optional.empty(),
                MONTHS);
        return MonteCarloEngine.run(spec, RunOptions.of(PATHS, 7).withThreads(1).keepingPaths())
                .markets()
                .get(0)
                .paths()
                .orElseThrow();
    }

    @Test
    void theDirectShipmentsPriceMovesOnlyTheRealisedPriceAndLinearly() {
        PathOutcomes home = run(0);
        PathOutcomes outside = run(1);
        PathOutcomes half = run(0.5);
        int moved = 0;
        int between = 0;
        for (int p = 0; p < PATHS; p++) {
            for (int t = 0; t < home.months(); t++) {
                for (Series series : Series.values()) {
                    if (series != Series.PRICE_REALISED) {
                        assertThat(outside.value(series, p, t)).isEqualTo(home.value(series, p, t));
                        assertThat(half.value(series, p, t)).isEqualTo(home.value(series, p, t));
                    }
                }
                double atHome = home.value(Series.PRICE_REALISED, p, t);
                double atOutside = outside.value(Series.PRICE_REALISED, p, t);
                // linear in the share: halfway at one half (the paths store single-precision values)
                assertThat(half.value(Series.PRICE_REALISED, p, t))
                        .isCloseTo((atHome + atOutside) / 2, within(1e-6 * Math.max(1, Math.max(atHome, atOutside))));
                // the move is the direct shipments' share of the volume times (outside − home price)
                double gap = home.value(Series.PRICE_OUTSIDE, p, t) - home.value(Series.PRICE_INSIDE, p, t);
                if (Math.abs(gap) > 1e-2) {
                    double directShare = (atOutside - atHome) / gap;
                    assertThat(directShare).isBetween(-1e-3, 1 + 1e-3);
                    if (directShare > 1e-3) {
                        between++;
                    }
                }
                if (atOutside != atHome) {
                    moved++;
                }
                // months refusing every export ship nothing directly: the price is the same either way
                if (home.value(Series.EXPORTS_TO_PERSPECTIVE, p, t) == 0) {
                    assertThat(atOutside).isEqualTo(atHome);
                }
            }
        }
        assertThat(moved).isGreaterThan(PATHS);
        assertThat(between).isGreaterThan(PATHS);
    }

    @Test
    void theShareIsAFractionAndZeroByDefault() {
        assertThat(Trade.DEFAULT.directAtOutsidePrice()).isZero();
        assertThatThrownBy(() -> Fixtures.trade(t -> t.directAtOutsidePrice = 1.5))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("direct shipments at the outside price 1.5");
    }
}
