package lodestone.screen.cell;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import lodestone.model.mineral.MineralId;
import lodestone.screen.ScreenFixture;
import lodestone.screen.ScreenReader;
import lodestone.screen.ScreenSpec;
import lodestone.screen.job.MarketInput;
import lodestone.screen.job.ScreenJob;
import lodestone.sim.engine.MarketResult;
import lodestone.sim.engine.MonteCarloEngine;
import lodestone.sim.engine.Progress;
import lodestone.sim.engine.RunOptions;
import lodestone.sim.scenario.Behaviour;
import lodestone.sim.scenario.Distribution;
import lodestone.sim.scenario.Market;
import lodestone.sim.scenario.Phase;
import lodestone.sim.scenario.ScenarioSpec;
import lodestone.sim.sweep.Sweep;
import lodestone.sim.sweep.SweepCell;
import lodestone.sim.sweep.SweepSettings;
import org.junit.jupiter.api.Test;

/** A cell is the sweep's scenario: same numbers as the sweep, the closed form where there is one, plans where asked. */
class SweepEngineAdapterTest {
    private static final MineralId GALLIUM = MineralId.of("gallium");

    @Test
    void aCellIsTheSweepsMarketWithheldOutrightForItsExactDurationAndSeverity() {
        ScreenSpec spec = ScreenReader.read(
                "id: like-sweep\nperspectives: [US]\nminerals: [gallium]\nseverities: [0.6]\ndurations: [12]\n"
                        + "horizonMonths: 12\npaths: 2000\n",
                "t");
        ScreenJob job =
                new ScreenJob(spec, List.of(new MarketInput("US", GALLIUM, "CN", 0.21, "given")), Map.of(), List.of());
        ScreenCell cell = job.cells().get(0);
        ScenarioSpec screened = SweepEngineAdapter.scenario(spec, cell);
        ScenarioSpec sweep =
                Sweep.scenario(new SweepCell(GALLIUM, "CN", 0.21, 0.6, "given"), SweepSettings.DEFAULT, "US");
        Market market = screened.markets().get(0);
        assertThat(market.mineral()).isEqualTo(GALLIUM);
        assertThat(market.supply()).isEqualTo(sweep.markets().get(0).supply());
        assertThat(market.behaviour()).isEqualTo(Behaviour.STATIC);
        assertThat(screened.disruption().issuer()).isEqualTo(sweep.disruption().issuer());
        assertThat(screened.disruption().licensing()).isEmpty();
        assertThat(sweep.disruption().licensing()).isPresent();
        assertThat(screened.disruption().phases()).hasSize(1);
        Phase phase = screened.disruption().phases().get(0);
        assertThat(phase.months()).isEqualTo(Distribution.fixed(12));
        assertThat(phase.severity().min()).isEqualTo(0.6);
        assertThat(phase.severity().max()).isEqualTo(0.6);
        CellResult result;
        try (CellComputation computation = CellComputation.forJob(job)) {
            result = computation.compute(cell);
        }
        MarketResult direct;
        try (MonteCarloEngine engine = new MonteCarloEngine(1)) {
            direct = engine.simulate(screened, new RunOptions(2000, cell.seed(), OptionalInt.of(12), 1), Progress.NONE)
                    .markets()
                    .get(0);
        }
        assertThat(result.expectedShortfallMonths())
                .isEqualTo(direct.cumulativeShortfall().mean())
                .isLessThanOrEqualTo(0.21 * 0.6 * 12 + 1e-12);
        assertThat(result.cumulativeP95Months())
                .isEqualTo(direct.cumulativeShortfall().p95());
        assertThat(result.probabilityAboveThreshold()).isEqualTo(direct.probabilityAboveThreshold());
        assertThat(result.plan()).isEmpty();
        assertThat(result.planNote()).isEmpty();
    }

    @Test
    void withoutMitigationTheShortfallIsShareTimesSeverityTimesDuration() {
        // No stocks, no leakage, no response: every month of the disruption lacks share x severity of demand, exactly.
        ScreenSpec spec = ScreenReader.read(
                "id: closed-form\nperspectives: [US]\nminerals: [gallium]\nseverities: [0.5]\ndurations: [4.5]\n"
                        + "horizonMonths: 12\npaths: 64\nresponses: [{id: none}]\n",
                "t");
        ScreenJob job =
                new ScreenJob(spec, List.of(new MarketInput("US", GALLIUM, "CN", 0.8, "given")), Map.of(), List.of());
        CellResult result;
        try (CellComputation computation = CellComputation.forJob(job)) {
            result = computation.compute(job.cells().get(0));
        }
        // the engine keeps monthly values as float (docs/methods/simulation.md, size and memory): exact to 1e-6
        assertThat(result.expectedShortfallMonths()).isCloseTo(0.8 * 0.5 * 4.5, within(1e-6));
        assertThat(result.cumulativeP95Months()).isCloseTo(0.8 * 0.5 * 4.5, within(1e-6));
        assertThat(result.peakMedianShortfall()).isCloseTo(0.4, within(1e-6));
        assertThat(result.probabilityAboveThreshold()).isEqualTo(1.0);
        assertThat(result.recoveryP50Months()).isEqualTo(5.0);
        assertThat(result.notRecovered()).isEqualTo(0.0);
    }

    @Test
    void cellsWithACatalogueGetAPlanAndTheOthersSayWhyNot() {
        ScreenJob job = ScreenFixture.job();
        List<ScreenCell> cells = job.cells();
        ScreenCell dysprosium = cells.stream()
                .filter(c -> c.key().id().equals("US/dysprosium/CN/s1/d12/none"))
                .findFirst()
                .orElseThrow();
        ScreenCell gallium = cells.get(0);
        try (CellComputation computation = CellComputation.forJob(job)) {
            CellResult planned = computation.compute(dysprosium);
            PlanOutcome plan = planned.plan().orElseThrow();
            assertThat(plan.budgetUsd()).isEqualTo(2.0e8);
            assertThat(plan.spentUsd()).isLessThanOrEqualTo(2.0e8 * (1 + 1e-9));
            assertThat(plan.plannedTailMonths()).isLessThan(plan.unmitigatedTailMonths());
            assertThat(plan.options()).isNotEmpty();
            assertThat(planned.planNote()).isEmpty();
            CellResult unplanned = computation.compute(gallium);
            assertThat(unplanned.plan()).isEmpty();
            assertThat(unplanned.planNote()).isEqualTo("no option catalogue for gallium and US");
        }
    }
}
