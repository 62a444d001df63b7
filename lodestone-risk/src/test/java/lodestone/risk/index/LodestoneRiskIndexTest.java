package lodestone.risk.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;

import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/** The index formula: a hand-computed value, its range, and monotonicity in each component. */
class LodestoneRiskIndexTest {
    private static Gen<Double> unit() {
        return doubles().between(0.0, 1.0);
    }

    /** Five components c, d, e, m, a in [0, 1]. */
    private static Gen<double[]> components() {
        return unit().zip(unit(), unit(), unit(), unit(), (c, d, e, m, a) -> new double[] {c, d, e, m, a});
    }

    private static double combine(double[] x) {
        return LodestoneRiskIndex.combine(x[0], x[1], x[2], x[3], x[4]);
    }

    private static double[] raised(double[] x, int i) {
        double[] y = x.clone();
        y[i] = Math.min(1, y[i] + 0.1);
        return y;
    }

    @Test
    void matchesAHandComputedValue() {
        // 100 · 0.558 · (1 + 0.7262)/2 · (1 + 0.5)/2 · (2 + 0.5)/3 · (1 − 0.65/4) = 25.21
        assertThat(LodestoneRiskIndex.combine(0.558, 0.7262, 0.5, 0.5, 0.65)).isCloseTo(25.21, within(0.01));
        assertThat(LodestoneRiskIndex.combine(1, 1, 1, 1, 0)).isCloseTo(100, within(1e-9));
        assertThat(LodestoneRiskIndex.combine(0, 1, 1, 1, 0)).isZero();
        // a market worth nothing halves the score, as self-sufficiency does
        assertThat(LodestoneRiskIndex.combine(1, 1, 0, 1, 0)).isCloseTo(50, within(1e-9));
    }

    @Test
    void staysWithinZeroAndHundred() {
        qt().withFixedSeed(1L).forAll(components()).check(x -> combine(x) >= 0 && combine(x) <= 100 + 1e-9);
    }

    @Test
    void risesWithConcentrationDependencyImportanceAndMeasures() {
        qt().withFixedSeed(2L).forAll(components()).check(x -> {
            double base = combine(x);
            return combine(raised(x, 0)) >= base
                    && combine(raised(x, 1)) >= base
                    && combine(raised(x, 2)) >= base
                    && combine(raised(x, 3)) >= base;
        });
    }

    @Test
    void fallsWithPartnerSupply() {
        qt().withFixedSeed(3L).forAll(components()).check(x -> combine(raised(x, 4)) <= combine(x));
    }

    @Test
    void governanceWeightingNeverExceedsThePlainHhiAndRisesWithWorseGovernance() {
        qt().withFixedSeed(4L).forAll(unit(), unit(), unit()).check((s, g, worse) -> {
            double[] shares = {s * 0.6, s * 0.4};
            double plain = shares[0] * shares[0] + shares[1] * shares[1];
            double weighted = LodestoneRiskIndex.governanceWeightedHhi(shares, new double[] {g, g});
            double raised = LodestoneRiskIndex.governanceWeightedHhi(shares, new double[] {Math.max(g, worse), g});
            return weighted <= plain + 1e-12 && raised >= weighted;
        });
    }

    @Test
    void rejectsComponentsOutsideTheUnitInterval() {
        assertThatThrownBy(() -> LodestoneRiskIndex.combine(1.2, 0, 0, 0, 0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("1.2");
        assertThatThrownBy(() -> LodestoneRiskIndex.combine(0.5, 0, Double.NaN, 0, 0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("NaN");
    }
}
