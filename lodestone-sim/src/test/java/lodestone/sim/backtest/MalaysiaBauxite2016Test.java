package lodestone.sim.backtest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import lodestone.sim.engine.PathOutcomes;
import lodestone.sim.engine.Series;
import lodestone.sim.scenario.Instrument;
import lodestone.sim.scenario.IssuerStocks;
import lodestone.sim.scenario.ScenarioSpec;
import org.junit.jupiter.api.Test;

/**
 * The twentieth ex-ante episode, Malaysia's moratorium on bauxite mining in Pahang
 * (docs/research/episodes/my-bauxite-2016.md, "A twentieth episode from ex-ante evidence"): what its section states of
 * the scenario, the ex-ante rule as the file writes its dates, and the shape the model gives it.
 */
class MalaysiaBauxite2016Test {
    @Test
    void theMoratoriumOfTheFifteenthOfJanuaryStopsNewOreLetsTheStockpilesOutAndIsReviewedEveryThreeMonths() {
        // a ban without licences; Malaysia's share of the world's seaborne bauxite at the pace of January-November 2015
        ExAnteWorld moratorium = ExAnteWorld.load("my-bauxite-2016", "bauxite-2016-world", "MY", "bauxite", 0.25);
        ScenarioSpec world = moratorium.world();
        var market = moratorium.market();

        // announced on Wednesday 6 January, in force from the 15th: nine days (0.30 months) inside the start month, so
        // nothing is simulated before January and 1-14 January trade freely
        LocalDate announced = LocalDate.of(2016, 1, 6);
        LocalDate effective = LocalDate.of(2016, 1, 15);
        assertThat(ChronoUnit.DAYS.between(announced, effective)).isEqualTo(9);
        assertThat(world.disruption().announced()).contains(announced);
        assertThat(world.disruption().effective()).contains(effective);
        assertThat(world.leadMonths()).isCloseTo(0.30, within(0.005));
        assertThat(world.effectiveOffset()).isEqualTo(14 / 31.0);
        moratorium.simulates(YearMonth.of(2016, 1), YearMonth.of(2016, 1), 0, 12);

        // no newly mined ore leaves while it stands, from every destination; three months announced, then three months
        // at a time, each end a review extending it with the rule of succession's chance with no decisions on record
        var disruption = world.disruption();
        assertThat(List.of(disruption.instrument(), disruption.targetsEveryone(), disruption.licensing()))
                .containsExactly(Instrument.BAN, true, Optional.empty());
        double q = (0 + 1) / (0 + 2.0);
        assertThat(disruption.phases()).hasSize(2).allSatisfy(phase -> {
            assertThat(phase.months().median()).isEqualTo(3);
            assertThat(List.of(phase.severity().min(), phase.severity().max())).containsOnly(1.0);
            assertThat(phase.extension()).hasValue(q);
        });
        assertThat(market.trade().coveredShare()).isEqualTo(1);
        assertThat(market.leakage().max()).isZero();

        // the share: 20.5 Mt from Malaysia of China's 49 Mt in January-November 2015, at a year's pace, against that
        // pace plus the 37.4 Mt bought elsewhere (Clarkson's 82 Mt of 2011 less China's 44.65 Mt); at AZ China's 2 Mt
        // a month 0.26; against China's buyers alone 0.42
        double china2011 = 39.61 / (1 - 0.1128);
        double elsewhere = 82 - china2011;
        double china = 49.0 * 12 / 11;
        double malaysia = 20.5 * 12 / 11;
        double pool = china + elsewhere;
        assertThat(pool).isCloseTo(90.8, within(0.05));
        assertThat(malaysia / pool).isCloseTo(0.246, within(0.0005));
        assertThat(2.0 * 12 / pool).isCloseTo(0.264, within(0.0005));
        assertThat(market.shareOf("MY")).isBetween(malaysia / pool, 2.0 * 12 / pool);
        assertThat(malaysia / china).isCloseTo(0.42, within(0.005));

        // no refinery: what it mines is shipped, at the outside price; the stockpiles the plan gave two months to clear
        // (the port's in the first, eleven sites' in the second) leave at most a month of the pace a month
        moratorium.sellsAllItMakesAtTheOutsidePriceAndItsStocks(0, 2, 1);

        // the cover: 25-30 Mt in China, 5.6-6.7 months of its imports of January-November (six, as the analyst put
        // it), two months elsewhere, weighted by the imports at the 2015 pace (4.36, rounded); spread as gallium's
        double monthlyImports = 49.0 / 11;
        assertThat(25 / monthlyImports).isCloseTo(5.6, within(0.05));
        assertThat(30 / monthlyImports).isCloseTo(6.7, within(0.05));
        assertThat(china / pool).isCloseTo(0.59, within(0.005));
        assertThat(0.59 * 6 + 0.41 * 2).isCloseTo(4.36, within(1e-9));
        assertThat(market.stocksMonths().median()).isEqualTo(4.4);
        assertThat(market.stocksMonths().quantile(0.9)).isCloseTo(4.4 * 4 / 2.2, within(0.02));

        // the ex-ante rule as the file writes it: no basis but the window's names a month after January 2016 or a later
        // year, and the window's names the day of the announcement and the day in force
        moratorium.citesNothingAfterButTheWindow(YearMonth.of(2016, 1), "6 January 2016", "15 January");

        PathOutcomes paths = moratorium.paths(400);
        shipsOnlyItsStockpilesWhileItStands(paths);
        // on the same paths with the moratorium refusing nothing, the outside price averaged over February and March
        // (in force on every path) is lower than with it, and the ore that cannot leave lowers the value of ore held
        PathOutcomes none = moratorium.refusing(0, 400);
        assertThat(ExAnteWorld.mean(paths, Series.PRICE_OUTSIDE, 1, 3))
                .isGreaterThan(ExAnteWorld.mean(none, Series.PRICE_OUTSIDE, 1, 3));
        assertThat(ExAnteWorld.mean(paths, Series.PRICE_INSIDE, 1, 3))
                .isLessThan(ExAnteWorld.mean(none, Series.PRICE_INSIDE, 1, 3));
        // without the stockpiles, less leaves in February and March and the price there is higher
        ScenarioSpec noStocks = world.mapMarkets(m -> m.withIssuerStocks(IssuerStocks.NONE));
        PathOutcomes closed = BacktestTest.oneMarketInRange(noStocks, 400, YearMonth.of(2016, 1), 12);
        assertThat(ExAnteWorld.mean(closed, Series.EXPORTS, 1, 3)).isZero();
        assertThat(ExAnteWorld.mean(paths, Series.EXPORTS, 1, 3)).isGreaterThan(0);
        assertThat(ExAnteWorld.mean(paths, Series.PRICE_OUTSIDE, 1, 3))
                .isLessThan(ExAnteWorld.mean(closed, Series.PRICE_OUTSIDE, 1, 3));
        standsInDecemberOnAboutOnePathInEight(paths);
        moratorium.scoresOnly("my16-jan exports 2016-01", "my16-dec priceOutside 2016-12");
    }

    /**
     * February and March are in force on every path (the first review is on 15 April): only the stockpiles leave, at
     * most one month of the pace in a month and two months in all.
     */
    private static void shipsOnlyItsStockpilesWhileItStands(PathOutcomes paths) {
        for (int p = 0; p < paths.paths(); p++) {
            double february = paths.value(Series.EXPORTS, p, 1);
            double march = paths.value(Series.EXPORTS, p, 2);
            assertThat(february).isBetween(0.0, 1.0 + 1e-9);
            assertThat(march).isBetween(0.0, 1.0 + 1e-9);
            assertThat(february + march).isLessThanOrEqualTo(2 + 1e-9);
        }
    }

    /**
     * Reviewed on 15 April, 15 July and 15 October and extended at each with probability one half, the moratorium
     * stands in December on about one path in eight: there nothing is left to ship (at most two months of stockpiles,
     * spent by then), elsewhere the ore flows again.
     */
    private static void standsInDecemberOnAboutOnePathInEight(PathOutcomes paths) {
        int standing = 0;
        for (int p = 0; p < paths.paths(); p++) {
            if (paths.value(Series.EXPORTS, p, 11) < 0.05) {
                standing++;
            }
        }
        assertThat(standing / (double) paths.paths()).isCloseTo(1 / 8.0, within(0.05));
    }
}
