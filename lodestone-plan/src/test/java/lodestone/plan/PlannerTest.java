package lodestone.plan;

import static lodestone.plan.OptionFixture.flow;
import static lodestone.plan.OptionFixture.stockpile;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.YearMonth;
import java.util.List;
import java.util.OptionalInt;
import lodestone.model.mineral.MineralId;
import lodestone.plan.option.PlanOption;
import lodestone.plan.path.EnginePathSource;
import lodestone.plan.path.PathSourceFixture;
import lodestone.sim.scenario.Distribution;
import org.junit.jupiter.api.Test;

class PlannerTest {
    private static final double M = 1e6;
    private final EnginePathSource source =
            new EnginePathSource(PathSourceFixture.uncertain(), MineralId.of("gallium"), OptionalInt.of(24));
    private final List<PlanOption> options = List.of(
            flow("sure", 0.1, Distribution.fixed(2), 2, 1, 200 * M, false, "AU"),
            flow("risky", 0.3, Distribution.uniform(3, 9), 3, 0.5, 150 * M, true, "CA"),
            stockpile("reserve", 2, 0.25, 100 * M));

    @Test
    void thePlanCutsTheResimulatedTailAndReportsEveryPart() {
        Plan plan = Planner.plan(source, options, PlanSettings.of(300 * M, 2000, 4, 2));
        assertThat(plan.start()).isEqualTo(YearMonth.of(2026, 1));
        assertThat(plan.converged()).isTrue();
        assertThat(plan.spentUsd()).isLessThanOrEqualTo(300 * M + 1);
        assertThat(plan.plannedTail()).isLessThan(plan.unmitigatedTail());
        assertThat(plan.frontier()).hasSize(PlanSettings.DEFAULT_FRONTIER.size());
        for (int k = 1; k < plan.frontier().size(); k++) {
            assertThat(plan.frontier().get(k).tail())
                    .isLessThanOrEqualTo(plan.frontier().get(k - 1).tail() + 1e-6);
        }
        assertThat(plan.frontier().get(0).tail()).isCloseTo(plan.unmitigatedTail(), within(1e-9));
        Plan.Resimulation r = plan.resimulation();
        assertThat(r.seed()).isNotEqualTo(plan.seed());
        assertThat(r.after().p95()).isLessThan(r.before().p95());
        assertThat(r.monthlyAfter()).hasSize(24);
        for (Plan.Choice choice : plan.portfolio()) {
            assertThat(choice.contribution()).isGreaterThanOrEqualTo(-1e-9);
        }
        plan.failure().ifPresent(f -> {
            assertThat(f.probability()).isLessThan(1);
            assertThat(f.tailIfItFails()).isGreaterThanOrEqualTo(plan.plannedTail() - 1e-9);
            assertThat(f.replannedTail()).isLessThanOrEqualTo(f.tailIfItFails() + 1e-6);
        });
    }

    @Test
    void aPlanIsTheSameOnAnyThreadCount() {
        Plan one = Planner.plan(source, options, PlanSettings.of(250 * M, 1500, 8, 1));
        Plan two = Planner.plan(source, options, PlanSettings.of(250 * M, 1500, 8, 2));
        assertThat(two.choices()).isEqualTo(one.choices());
        assertThat(two.plannedTail()).isEqualTo(one.plannedTail());
        assertThat(two.frontier()).isEqualTo(one.frontier());
        assertThat(two.resimulation()).isEqualTo(one.resimulation());
    }
}
