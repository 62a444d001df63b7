package lodestone.sim.backtest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import lodestone.sim.engine.PathOutcomes;
import lodestone.sim.engine.Series;
import lodestone.sim.scenario.HomeImports;
import lodestone.sim.scenario.Phase;
import org.junit.jupiter.api.Test;

/**
 * The thirty-ninth ex-ante episode, Indonesia's three-year mining work plans (RKAB) not approved for most miners when
 * 2024 began, as it fell on Indonesia's nickel ore, whose exports have been banned since 2020
 * (docs/research/episodes/id-nickel-rkab-2024.md): what its page states of the scenario, the ex-ante rule as the file
 * writes its dates, and the shape the model gives it, the first episode whose issuer's home market imports.
 */
class NickelWorkPlans2024Test {
    /** Indonesia's mined nickel of 2022, tonnes (USGS via incorrys.com, 25 December 2023). */
    private static final double INDONESIA_2022 = 1_600_000;

    /** The Philippines' mined nickel, levelled off in the 350,000 tonnes range (the same source). */
    private static final double PHILIPPINES = 350_000;

    @Test
    void aCutOfHalfToAllOfIndonesiasOreForOneToThreeMonthsFallsOnItsHomeMarketWhichBuysAShareOutside() {
        ExAnteWorld plans = ExAnteWorld.load("id-nickel-rkab-2024", "nickel-ore-2024-rkab", "ID", "nickel", 0);
        var market = plans.market();
        // the plans were needed from 1 January 2024, with no lead; twelve months to December 2024
        plans.announcedAndInForceFrom(LocalDate.of(2024, 1, 1), 12);
        // the ex-ante rule as the file writes it: nothing after January 2024 but the window's, which names the day in
        // force and the cut-off
        plans.citesNothingAfterButTheWindow(YearMonth.of(2024, 1), "1 January 2024", "16 January 2024");
        cutsHalfToAllForOneToThreeMonthsThenUpToThreeTenths(plans.cutsEveryonesOutputWithoutLeakage());

        // no ore exported since 2020: none of the outside buyers' supply, none of Indonesia's output, every tonne at
        // home, sold at the home price; the home market buys a twentieth of its loss outside, at Indonesia's use
        // against
        // the Philippines' output
        assertThat(market.trade().coveredShare()).isEqualTo(1);
        assertThat(market.trade().issuerExportShare()).isZero();
        assertThat(market.trade().directAtOutsidePrice()).isZero();
        assertThat(INDONESIA_2022 / PHILIPPINES).isCloseTo(4.57, within(0.005));
        assertThat(market.trade().homeImports()).isEqualTo(new HomeImports(0.05, 4.6));
        assertThat(market.trade().homeImports().outsideMonthsPerHomeMonth()).isCloseTo(0.23, within(1e-12));
        assertThat(market.trade().issuerOutput()).isEmpty();
        // the ore market's cover as id-nickel-ore-2020 counted it (China's ports, December 2018: 2.6 months), spread as
        // gallium's and rounded as that file rounds it (2.6 x 1.82 = 4.7)
        assertThat(market.stocksMonths().median()).isCloseTo(2.6, within(1e-9));
        assertThat(market.stocksMonths().quantile(0.9)).isCloseTo(4.7, within(1e-6));

        plans.scoresOnly("rk-ore-jan priceOutside 2024-01", "rk-hpm-mar priceInside 2024-03");

        PathOutcomes paths = plans.paths(400);
        PathOutcomes without = BacktestTest.oneMarketInRange(
                plans.world().mapMarkets(m -> m.withTrade(m.trade().withHomeImports(HomeImports.NONE))),
                400,
                plans.world().firstMonth(),
                12);
        theImportsLiftBothPricesAndNothingElseMoves(paths, without);
    }

    /**
     * A first phase of uniform(1, 3) months in which half to all of Indonesia's ore is not mined, then a second of 36
     * months (past the window) in which none to three tenths is not; drawn once, no review.
     */
    private static void cutsHalfToAllForOneToThreeMonthsThenUpToThreeTenths(List<Phase> phases) {
        assertThat(phases).hasSize(2);
        var pending = phases.get(0);
        assertThat(List.of(pending.months().min(), pending.months().max())).containsExactly(1.0, 3.0);
        assertThat(List.of(pending.severity().min(), pending.severity().max())).containsExactly(0.5, 1.0);
        var after = phases.get(1);
        assertThat(List.of(after.months().min(), after.months().max())).containsOnly(36.0);
        assertThat(List.of(after.severity().min(), after.severity().max())).containsExactly(0.0, 0.3);
        assertThat(phases).allSatisfy(phase -> assertThat(phase.extension()).isEmpty());
    }

    /**
     * On the same paths, with the imports against without them: in January the outside price stands higher on every
     * path (the home market's loss is demand outside), and never lower in any month; the home price, bounded by the
     * outside term, never lower either; exports (none: Indonesia exports no ore) the same, nil.
     */
    private static void theImportsLiftBothPricesAndNothingElseMoves(PathOutcomes with, PathOutcomes without) {
        for (int p = 0; p < with.paths(); p++) {
            assertThat(with.value(Series.PRICE_OUTSIDE, p, 0)).isGreaterThan(without.value(Series.PRICE_OUTSIDE, p, 0));
            for (int t = 0; t < 12; t++) {
                assertThat(with.value(Series.PRICE_OUTSIDE, p, t))
                        .isGreaterThanOrEqualTo(without.value(Series.PRICE_OUTSIDE, p, t));
                assertThat(with.value(Series.PRICE_INSIDE, p, t))
                        .isGreaterThanOrEqualTo(without.value(Series.PRICE_INSIDE, p, t));
                assertThat(with.value(Series.EXPORTS, p, t)).isZero();
            }
        }
    }
}
