package lodestone.news.vet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The logistic fit: its optimum, its determinism and its refusals. */
class LogisticFitTest {
    @Test
    void theFitIsAStationaryPointOfThePenalisedLoss() {
        List<LogisticFit.Example> examples = new ArrayList<>();
        // one feature that tells the label three times in four, one that is noise
        for (int i = 0; i < 40; i++) {
            boolean real = i % 2 == 0;
            double signal = (i % 8 == 0) ? (real ? 0 : 1) : (real ? 1 : 0);
            examples.add(new LogisticFit.Example(new double[] {signal, (i % 5) / 4.0}, real));
        }
        double l2 = 0.01;
        double[] w = LogisticFit.fit(examples, l2);
        assertThat(w[1]).as("the telling feature's coefficient").isGreaterThan(1);
        double[] gradient = new double[3];
        for (LogisticFit.Example e : examples) {
            double[] z = {1, e.x()[0], e.x()[1]};
            double r = LogisticFit.probability(w, z) - (e.real() ? 1 : 0);
            for (int a = 0; a < 3; a++) {
                gradient[a] += r * z[a] / examples.size();
            }
        }
        gradient[1] += l2 * w[1];
        gradient[2] += l2 * w[2];
        for (double g : gradient) {
            assertThat(Math.abs(g)).isLessThan(1e-10);
        }
        assertThat(LogisticFit.fit(examples, l2)).containsExactly(w);
    }

    @Test
    void separableDataGivesFiniteWeightsUnderThePenalty() {
        List<LogisticFit.Example> examples = List.of(
                new LogisticFit.Example(new double[] {1}, true), new LogisticFit.Example(new double[] {0}, false));
        double[] w = LogisticFit.fit(examples, 0.01);
        assertThat(java.util.Arrays.stream(w).allMatch(Double::isFinite)).isTrue();
        assertThat(LogisticFit.probability(w, new double[] {1, 1})).isGreaterThan(0.5);
        assertThat(LogisticFit.probability(w, new double[] {1, 0})).isLessThan(0.5);
    }

    @Test
    void refusesNoExamplesNoPenaltyAndRaggedVectors() {
        assertThatThrownBy(() -> LogisticFit.fit(List.of(), 0.01)).hasMessageContaining("must not be empty");
        List<LogisticFit.Example> one = List.of(new LogisticFit.Example(new double[] {1}, true));
        assertThatThrownBy(() -> LogisticFit.fit(one, 0)).hasMessageContaining("must be positive");
        List<LogisticFit.Example> ragged = List.of(
                new LogisticFit.Example(new double[] {1}, true), new LogisticFit.Example(new double[] {1, 2}, false));
        assertThatThrownBy(() -> LogisticFit.fit(ragged, 0.01)).hasMessageContaining("must have 1 features");
    }
}
