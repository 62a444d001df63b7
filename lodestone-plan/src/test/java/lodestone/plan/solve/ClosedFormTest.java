package lodestone.plan.solve;

import static lodestone.plan.OptionFixture.constant;
import static lodestone.plan.OptionFixture.flow;
import static lodestone.plan.OptionFixture.stockpile;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * One option and no uncertainty: every path is short by half of demand for 12 months, so the plan can be worked by
 * hand.
 */
class ClosedFormTest {
    private static final double M = 1e6;

    @Test
    void oneDivisibleSupplyOptionIsBoughtUpToTheBudget() {
        // capacity 0.3 of demand from month 0, $100M at full level; budget $50M → level 0.5 → relief 0.15 a month;
        // loss = 12 × (0.5 − 0.15) = 4.2 months; each dollar more buys 12 × 0.3 / $100M = 3.6e-8 months.
        try (PortfolioOptimizer optimizer = new PortfolioOptimizer(
                List.of(flow("a", 0.3, 0, 0, 1, 100 * M)), constant(20, 12, 12, 0.5), 1, 0.95, 1)) {
            Solution solution = optimizer.solve(50 * M, 1, List.of());
            assertThat(solution.levels()[0]).isCloseTo(0.5, within(1e-6));
            assertThat(solution.cvar()).isCloseTo(4.2, within(1e-6));
            assertThat(solution.spent()).isCloseTo(50 * M, within(1.0));
            assertThat(solution.converged()).isTrue();
            assertThat(optimizer.shadowPrice(solution, 1)).isCloseTo(3.6e-8, within(1e-12));
        }
    }

    @Test
    void anOptionLargerThanTheGapIsBoughtOnlyUpToTheGap() {
        // capacity 0.8 against a gap of 0.5: level 0.625 closes it; the rest of the budget stays unspent.
        try (PortfolioOptimizer optimizer = new PortfolioOptimizer(
                List.of(flow("a", 0.8, 0, 0, 1, 100 * M)), constant(20, 12, 12, 0.5), 1, 0.95, 1)) {
            Solution solution = optimizer.solve(100 * M, 1, List.of());
            assertThat(solution.levels()[0]).isCloseTo(0.625, within(1e-6));
            assertThat(solution.cvar()).isCloseTo(0, within(1e-6));
            assertThat(solution.spent()).isCloseTo(62.5 * M, within(100.0));
            assertThat(optimizer.shadowPrice(solution, 1)).isCloseTo(0, within(1e-15));
        }
    }

    @Test
    void aRampAndALateStartDeliverOnlyPartOfTheCapacity() {
        // start at month 6, ramp over 4 months: relief in months 6..11 = 0.3 × (0, .25, .5, .75, 1, 1) = 0.3 × 3.5;
        // loss at full level = 6 − 1.05 = 4.95.
        try (PortfolioOptimizer optimizer = new PortfolioOptimizer(
                List.of(flow("a", 0.3, 6, 4, 1, 100 * M)), constant(5, 12, 12, 0.5), 1, 0.95, 1)) {
            assertThat(optimizer.solve(100 * M, 1, List.of()).cvar()).isCloseTo(4.95, within(1e-6));
        }
    }

    @Test
    void aStockpileReleasesItsCoverAtMostItsRateAMonth() {
        // 2 months of cover released at up to 0.25 a month: 12 × 0.25 = 3 could be released, the cover caps it at 2;
        // loss 6 − 2 = 4. At half level: cover 1, rate 0.125 → releases 1 → loss 5.
        try (PortfolioOptimizer optimizer = new PortfolioOptimizer(
                List.of(stockpile("s", 2, 0.25, 100 * M)), constant(5, 12, 12, 0.5), 1, 0.95, 1)) {
            assertThat(optimizer.solve(100 * M, 1, List.of()).cvar()).isCloseTo(4, within(1e-6));
            assertThat(optimizer.solve(50 * M, 1, List.of()).cvar()).isCloseTo(5, within(1e-6));
        }
        // 6 months of cover at 0.25 a month: the rate caps it at 12 × 0.25 = 3 → loss 3.
        try (PortfolioOptimizer optimizer = new PortfolioOptimizer(
                List.of(stockpile("s", 6, 0.25, 100 * M)), constant(5, 12, 12, 0.5), 1, 0.95, 1)) {
            assertThat(optimizer.solve(100 * M, 1, List.of()).cvar()).isCloseTo(3, within(1e-6));
        }
    }

    @Test
    void anAllOrNothingOptionIsTakenOnlyWhenTheBudgetCoversAllOfIt() {
        List<lodestone.plan.option.PlanOption> options = List.of(lodestone.plan.OptionFixture.flow(
                "a", 0.3, lodestone.sim.scenario.Distribution.fixed(0), 0, 1, 100 * M, true, "AU"));
        try (PortfolioOptimizer optimizer = new PortfolioOptimizer(options, constant(5, 12, 12, 0.5), 1, 0.95, 1)) {
            assertThat(optimizer.solve(99 * M, 1, List.of()).levels()[0]).isZero();
            assertThat(optimizer.solve(99 * M, 1, List.of()).cvar()).isCloseTo(6, within(1e-9));
            assertThat(optimizer.solve(100 * M, 1, List.of()).levels()[0]).isEqualTo(1);
            assertThat(optimizer.solve(100 * M, 1, List.of()).cvar()).isCloseTo(2.4, within(1e-6));
        }
    }
}
