package lodestone.sim.backtest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import lodestone.sim.Fixtures;
import lodestone.sim.engine.MonteCarloEngine;
import lodestone.sim.scenario.Behaviour;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** The calibration grid, and that its winner on the calibration episodes is the shipped default. */
class CalibrationTest {
    @Test
    void theGridHasSeventyTwoDistinctCandidatesAroundTheFirstLook() {
        List<Calibration.Candidate> grid = Calibration.grid();
        assertThat(grid).hasSize(72);
        assertThat(grid.stream().map(Calibration.Candidate::behaviour).distinct())
                .hasSize(72);
        assertThat(grid).allMatch(c -> c.behaviour().issuerAbsorption().equals(Behaviour.PRIOR.issuerAbsorption()));
        assertThat(grid).anyMatch(c -> c.behaviour().equals(Behaviour.CALIBRATED));
    }

    @Test
    @Tag("slow")
    void theCalibrationEpisodesChooseTheShippedBehaviour() {
        try (MonteCarloEngine engine = new MonteCarloEngine(2)) {
            List<Calibration.Scored> ranked =
                    Calibration.evaluate(Fixtures.catalogue(), Calibration.grid(), engine, 1000, 7);
            assertThat(ranked.get(0).candidate().behaviour()).isEqualTo(Behaviour.CALIBRATED);
            for (int i = 1; i < ranked.size(); i++) {
                assertThat(ranked.get(i).coverage())
                        .isLessThanOrEqualTo(ranked.get(i - 1).coverage());
            }
        }
    }
}
