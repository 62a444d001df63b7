package lodestone.sim.backtest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import lodestone.sim.Fixtures;
import lodestone.sim.engine.MonteCarloEngine;
import lodestone.sim.scenario.Behaviour;
import lodestone.sim.scenario.Distribution;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** The calibration grid, the behavioural set, and that the calibration episodes give the shipped default. */
class CalibrationTest {
    @Test
    void theGridHasDistinctCandidatesAroundTheFirstLook() {
        List<Calibration.Candidate> grid = Calibration.grid();
        assertThat(grid).hasSize(108);
        assertThat(grid.stream().map(Calibration.Candidate::behaviour).distinct())
                .hasSize(108);
        assertThat(grid).allMatch(c -> c.behaviour().issuerAbsorption().equals(Behaviour.PRIOR.issuerAbsorption()));
    }

    @Test
    void theBehaviouralSetSpansTheCandidatesWithinTheToleranceOfTheBest() {
        List<Calibration.Candidate> grid = Calibration.grid();
        List<Calibration.Scored> ranked = List.of(
                new Calibration.Scored(grid.get(0), 0.8, 1.0),
                new Calibration.Scored(grid.get(107), 0.78, 2.0),
                new Calibration.Scored(grid.get(50), 0.5, 1.5));
        Behaviour merged = Calibration.behaviouralSet(ranked, 0.03);
        Behaviour a = grid.get(0).behaviour();
        Behaviour b = grid.get(107).behaviour();
        assertThat(merged.flexibility())
                .isEqualTo(Distribution.uniform(
                        Math.min(a.flexibility().min(), b.flexibility().min()),
                        Math.max(a.flexibility().max(), b.flexibility().max())));
        assertThat(merged.pendingNetting()).isEqualTo(Distribution.uniform(0, 1));
        assertThat(merged.restockMonths()).isEqualTo(a.restockMonths());
        assertThat(Calibration.behaviouralSet(ranked, 0)).isEqualTo(a);
    }

    @Test
    @Tag("slow")
    void theCalibrationEpisodesGiveTheShippedBehaviour() {
        try (MonteCarloEngine engine = new MonteCarloEngine(2)) {
            assertThat(Calibration.calibrate(Fixtures::text, Fixtures.catalogue(), engine, 1000, 7))
                    .isEqualTo(Behaviour.CALIBRATED);
        }
    }
}
