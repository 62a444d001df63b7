package lodestone.screen.cell;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import lodestone.model.mineral.MineralId;
import lodestone.screen.ScreenFixture;
import lodestone.screen.ScreenReader;
import lodestone.screen.ScreenSpec;
import lodestone.screen.job.MarketInput;
import lodestone.screen.job.ScreenJob;
import lodestone.sim.engine.MonteCarloEngine;
import lodestone.sim.engine.Progress;
import lodestone.sim.sweep.Sweep;
import lodestone.sim.sweep.SweepCell;
import lodestone.sim.sweep.SweepRow;
import lodestone.sim.sweep.SweepSettings;
import org.junit.jupiter.api.Test;

/** A cell is the sweep's scenario: same numbers as the sweep, the closed form where there is one, plans where asked. */
class SweepEngineAdapterTest {
    private static final MineralId GALLIUM = MineralId.of("gallium");

    @Test
    void aCellWithTheSweepsSettingsGivesTheSweepsNumbers() {
        ScreenSpec spec = ScreenReader.read(
                "id: like-sweep\nperspectives: [US]\nminerals: [gallium]\nseverities: [0.6]\ndurations: [12]\n"
                        + "horizonMonths: 12\npaths: 2000\n",
                "t");
        ScreenJob job =
                new ScreenJob(spec, List.of(new MarketInput("US", GALLIUM, "CN", 0.21, "given")), Map.of(), List.of());
        ScreenCell cell = job.cells().get(0);
        CellResult result;
        try (CellComputation computation = CellComputation.forJob(job)) {
            result = computation.compute(cell);
        }
        SweepRow row;
        try (MonteCarloEngine engine = new MonteCarloEngine(1)) {
            row = Sweep.run(
                            engine,
                            List.of(new SweepCell(GALLIUM, "CN", 0.21, 0.6, "given")),
                            SweepSettings.DEFAULT,
                            2000,
                            cell.seed(),
                            Progress.NONE)
                    .get(0);
        }
        assertThat(result.expectedShortfallMonths()).isEqualTo(row.expectedShortfall());
        assertThat(result.cumulativeP95Months()).isEqualTo(row.cumulativeP95());
        assertThat(result.peakMedianShortfall()).isEqualTo(row.peakMedianShortfall());
        assertThat(result.probabilityAboveThreshold()).isEqualTo(row.probabilityAboveThreshold());
        assertThat(result.peakMedianPrice()).isEqualTo(row.peakMedianPrice());
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
        assertThat(result.expectedShortfallMonths()).isCloseTo(0.8 * 0.5 * 4.5, within(1e-12));
        assertThat(result.cumulativeP95Months()).isCloseTo(0.8 * 0.5 * 4.5, within(1e-12));
        assertThat(result.peakMedianShortfall()).isCloseTo(0.4, within(1e-12));
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
