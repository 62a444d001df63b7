package lodestone.plan.solve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class TailTest {
    @Test
    void cvar95OfOneToHundredIsTheMeanOfTheWorstFive() {
        double[] losses = new double[100];
        for (int i = 0; i < 100; i++) {
            losses[i] = i + 1;
        }
        Tail tail = Tail.of(losses, 0.95);
        assertThat(tail.value()).isCloseTo((100 + 99 + 98 + 97 + 96) / 5.0, within(1e-12));
        assertThat(tail.valueAtRisk()).isEqualTo(96);
    }

    @Test
    void aFractionalTailCountsTheLastPathPartly() {
        double[] losses = {10, 9, 8, 7, 6, 5, 4, 3, 2, 1};
        // (1 − 0.75) · 10 = 2.5 paths: (10 + 9 + 0.5 · 8) / 2.5
        assertThat(Tail.of(losses, 0.75).value()).isCloseTo(23 / 2.5, within(1e-12));
        // fewer than one path in the tail: the worst path
        assertThat(Tail.of(losses, 0.95).value()).isEqualTo(10);
    }

    @Test
    void alphaZeroIsTheMean() {
        assertThat(Tail.of(new double[] {1, 2, 3, 6}, 0).value()).isCloseTo(3, within(1e-12));
    }
}
