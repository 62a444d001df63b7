package lodestone.sim.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class PoissonTest {
    @Test
    void countsByInverseTransformUpToThirty() {
        // λ = 1: P(N ≤ 0) = e^-1 = 0.3679, P(N ≤ 1) = 0.7358, P(N ≤ 2) = 0.9197, P(N ≤ 3) = 0.9810
        assertThat(Poisson.quantile(1, 0.3)).isZero();
        assertThat(Poisson.quantile(1, 0.5)).isEqualTo(1);
        assertThat(Poisson.quantile(1, 0.9)).isEqualTo(2);
        assertThat(Poisson.quantile(1, 0.95)).isEqualTo(3);
        // λ = 2: the median is 2 (P(N ≤ 1) = 0.406, P(N ≤ 2) = 0.677)
        assertThat(Poisson.quantile(2, 0.5)).isEqualTo(2);
        assertThat(Poisson.quantile(30, 0.5)).isEqualTo(30);
    }

    @Test
    void normalAboveThirtyAndNothingWithoutAMean() {
        assertThat(Poisson.quantile(100, 0.5)).isCloseTo(100, within(1e-9));
        assertThat(Poisson.quantile(100, StandardNormal.cdf(1))).isCloseTo(110, within(1e-3));
        assertThat(Poisson.quantile(0, 0.99)).isZero();
        assertThat(Poisson.quantile(-1, 0.99)).isZero();
    }
}
