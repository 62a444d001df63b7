package lodestone.sim.backtest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.List;
import lodestone.sim.engine.PathOutcomes;
import lodestone.sim.engine.Series;
import lodestone.sim.scenario.Distribution;
import lodestone.sim.scenario.IssuerStocks;
import lodestone.sim.scenario.Phase;
import lodestone.sim.scenario.ScenarioSpec;
import org.junit.jupiter.api.Test;

/**
 * The twenty-fourth ex-ante episode, the US Treasury's designation of Rusal on 6 April 2018
 * (docs/research/episodes/ru-aluminium-2018.md, "A twenty-fourth episode from ex-ante evidence"): what its section
 * states of the scenario, the ex-ante rule as the file writes its dates, and the shape the model gives it.
 */
class RusalSanctions2018Test {
    /** A month of days, a year over twelve. */
    private static final double MONTH_DAYS = 365.25 / 12;

    @Test
    void theDesignationStandsFromTheSixthTheWindDownLicenceMayBeRenewedOnceAndAfterItMostBuyersRefuse() {
        // Rusal's exports against the primary aluminium used outside China and Russia: the IAI's 55.575 Mt in
        // January-November 2017, 29.551 of them China's, at a year's pace, less Russia's own use (about 0.8 Mt);
        // Rusal's
        // 3.7 Mt, 0.8 of it exported
        ExAnteWorld sanctions = ExAnteWorld.load("ru-aluminium-2018", "aluminium-2018-world", "RU", "aluminum", 0.1);
        ScenarioSpec world = sanctions.world();
        var market = sanctions.market();
        double outsideChina = (55.575 - 29.551) * 12 / 11;
        assertThat(outsideChina).isCloseTo(28.39, within(0.005));
        double pool = outsideChina - 0.8;
        double rusal = 3.7 * market.trade().issuerExportShare();
        assertThat(rusal / pool).isCloseTo(0.107, within(0.0005));
        // China's exports of semi-finished products, not counted, would lower it: the share is at most the computed one
        assertThat(market.shareOf("RU")).isLessThanOrEqualTo(rusal / pool).isCloseTo(rusal / pool, within(0.01));
        // against the world's output at the same pace, 6.1 %
        assertThat(3.7 / (55.575 * 12 / 11)).isCloseTo(0.061, within(0.0005));
        // the export share: Russia's use of about 0.8 Mt out of 3.7, rounded to a tenth
        assertThat(Math.round((1 - 0.8 / 3.7) * 10) / 10.0)
                .isEqualTo(market.trade().issuerExportShare());
        assertThat(market.trade().issuerExportShare()).isEqualTo(0.8);

        // designated on Friday 6 April 2018 and in force that day: no lead, the first five days of April trade freely;
        // a ban on every buyer outside Russia, no licences decided shipment by shipment, every Rusal company covered
        LocalDate designated = LocalDate.of(2018, 4, 6);
        sanctions.bansEveryoneWithoutLeadFrom(designated, 12);
        assertThat(world.effectiveOffset()).isEqualTo(5 / 30.0);
        assertThat(world.firstMonth()).isEqualTo(YearMonth.of(2018, 4));
        var disruption = world.disruption();
        assertThat(market.trade().coveredShare()).isEqualTo(1);
        assertThat(market.leakage().max()).isZero();

        // General License 12 runs to 5 June, 60 days (1.97 months); an even chance of one renewal by its own term,
        // drawn as a uniform with the two-point draw's mean (the uniform's median); its refusal half-and-half either
        // way of one half; then at least two fifths refused to the end of the window; no review lifts the designation
        long licence = ChronoUnit.DAYS.between(designated, LocalDate.of(2018, 6, 5));
        assertThat(licence).isEqualTo(60);
        assertThat(licence / MONTH_DAYS).isCloseTo(1.97, within(0.005));
        List<Phase> phases = sanctions.twoPhases(new double[] {0.2, 0.8}, new double[] {0.4, 1.0});
        Distribution windDown = phases.get(0).months();
        assertThat(List.of(windDown.min(), windDown.max())).containsExactly(1.97, 2 * 1.97);
        assertThat(windDown.median()).isCloseTo(0.5 * 1.97 + 0.5 * 2 * 1.97, within(1e-9));

        // sold at the LME price; no imported feed, spare capacity, issuer stocks or declared change of output; the
        // usual two months of cover with gallium's spread
        assertThat(market.trade().directAtOutsidePrice()).isEqualTo(1);
        assertThat(market.trade().importedFeedShare()).isZero();
        assertThat(market.spareCapacity().max()).isZero();
        assertThat(market.issuerStocks()).isEqualTo(IssuerStocks.NONE);
        assertThat(market.trade().issuerOutput()).isEmpty();
        assertThat(market.stocksMonths().median()).isEqualTo(2.0);
        assertThat(market.stocksMonths().quantile(0.9)).isCloseTo(2.0 * 1.82, within(1e-6));

        // the ex-ante rule as the file writes it: nothing after April 2018 but the window's, which names the day
        sanctions.citesNothingAfterButTheWindow(YearMonth.of(2018, 4), "6 April 2018");

        PathOutcomes paths = sanctions.paths(400);
        refusesInEveryMonthAfterTheFifthOfApril(paths, sanctions);
        // on the same paths with nothing refused, less leaves and the LME price stands higher in April-June, and the
        // metal that cannot leave lowers Russia's home price
        PathOutcomes none = sanctions.refusing(0, 400);
        assertThat(ExAnteWorld.mean(paths, Series.EXPORTS, 0, 3))
                .isLessThan(ExAnteWorld.mean(none, Series.EXPORTS, 0, 3));
        assertThat(ExAnteWorld.mean(paths, Series.PRICE_OUTSIDE, 0, 3))
                .isGreaterThan(ExAnteWorld.mean(none, Series.PRICE_OUTSIDE, 0, 3));
        assertThat(ExAnteWorld.mean(paths, Series.PRICE_INSIDE, 0, 3))
                .isLessThan(ExAnteWorld.mean(none, Series.PRICE_INSIDE, 0, 3));
        // a renewal keeps the wind-down's lighter refusal longer: with the licence ending on 5 June on every path,
        // less leaves in June-August
        ScenarioSpec noRenewal = world.withDisruption(disruption.withPhases(
                List.of(new Phase(Distribution.fixed(1.97), phases.get(0).severity()), phases.get(1))));
        PathOutcomes ended = BacktestTest.oneMarketInRange(noRenewal, 400, YearMonth.of(2018, 4), 12);
        assertThat(ExAnteWorld.mean(ended, Series.EXPORTS, 2, 5))
                .isLessThan(ExAnteWorld.mean(paths, Series.EXPORTS, 2, 5));
        // the wind-down alone (nothing refused after it) leaves more from August on than the designation as shipped
        PathOutcomes windDownAlone = sanctions.firstPhaseAlone(400);
        assertThat(ExAnteWorld.mean(paths, Series.EXPORTS, 4, 12))
                .isLessThan(ExAnteWorld.mean(windDownAlone, Series.EXPORTS, 4, 12));
        sanctions.scoresOnly("ru18-apr exports 2018-04", "ru18-mar priceOutside 2019-03");
    }

    /**
     * The designation stands on every path for the whole window (the second phase runs 36 months): from May on, every
     * month in force refuses at least a fifth of what buyers order, so what leaves is less than on the same path with
     * nothing refused.
     */
    private static void refusesInEveryMonthAfterTheFifthOfApril(PathOutcomes paths, ExAnteWorld sanctions) {
        PathOutcomes none = sanctions.refusing(0, paths.paths());
        for (int t = 1; t < 12; t++) {
            assertThat(ExAnteWorld.mean(paths, Series.EXPORTS, t))
                    .as("month " + t)
                    .isLessThan(ExAnteWorld.mean(none, Series.EXPORTS, t));
        }
    }
}
