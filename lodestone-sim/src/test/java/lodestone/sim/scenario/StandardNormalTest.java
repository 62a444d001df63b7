package lodestone.sim.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class StandardNormalTest {
    @Test
    void distributionFunctionMatchesPublishedValues() {
        // Phi(1) = 0.841344746, Phi(-1.96) = 0.0249979 (Abramowitz and Stegun, table 26.1)
        assertThat(StandardNormal.cdf(0)).isCloseTo(0.5, within(1e-6));
        assertThat(StandardNormal.cdf(1)).isCloseTo(0.841344746, within(1e-6));
        assertThat(StandardNormal.cdf(-1.96)).isCloseTo(0.0249979, within(1e-6));
        assertThat(StandardNormal.quantile(0.975)).isCloseTo(1.959964, within(1e-6));
    }

    /**
     * The engine's licence-lag table stops calling the distribution function once it returns exactly 1 and fills the
     * rest with 1; that is exact only if the function never falls back below 1 further out.
     */
    @Test
    void distributionFunctionStaysAtOneOnceThere() {
        boolean reachedOne = false;
        for (int i = 0; i <= 600_000; i++) {
            double z = i * 1e-4;
            double value = StandardNormal.cdf(z);
            if (reachedOne) {
                assertThat(value).as("Phi(%s) after 1 was reached", z).isEqualTo(1.0);
            }
            reachedOne |= value == 1.0;
        }
        assertThat(reachedOne).isTrue();
        assertThat(StandardNormal.cdf(Double.MAX_VALUE)).isEqualTo(1.0);
    }
}
