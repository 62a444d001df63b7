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

    @Test
    void matchesAHandComputedValue() {
        // 100 · 0.558 · (1 + 0.7262)/2 · (2 + 0.5)/3 · (1 − 0.65/4) = 33.61 (rare earths for the US, Nov 2026)
        assertThat(LodestoneRiskIndex.combine(0.558, 0.7262, 0.5, 0.65)).isCloseTo(33.61, within(0.01));
        assertThat(LodestoneRiskIndex.combine(1, 1, 1, 0)).isCloseTo(100, within(1e-9));
        assertThat(LodestoneRiskIndex.combine(0, 1, 1, 0)).isZero();
    }

    @Test
    void staysWithinZeroAndHundred() {
        qt().withFixedSeed(1L).forAll(unit(), unit(), unit(), unit()).check((c, d, m, a) -> {
            double score = LodestoneRiskIndex.combine(c, d, m, a);
            return score >= 0 && score <= 100 + 1e-9;
        });
    }

    @Test
    void risesWithConcentrationDependencyAndMeasures() {
        qt().withFixedSeed(2L).forAll(unit(), unit(), unit(), unit()).check((c, d, m, a) -> {
            double base = LodestoneRiskIndex.combine(c, d, m, a);
            return LodestoneRiskIndex.combine(Math.min(1, c + 0.1), d, m, a) >= base
                    && LodestoneRiskIndex.combine(c, Math.min(1, d + 0.1), m, a) >= base
                    && LodestoneRiskIndex.combine(c, d, Math.min(1, m + 0.1), a) >= base;
        });
    }

    @Test
    void fallsWithPartnerSupply() {
        qt().withFixedSeed(3L)
                .forAll(unit(), unit(), unit(), unit())
                .check((c, d, m, a) -> LodestoneRiskIndex.combine(c, d, m, Math.min(1, a + 0.1))
                        <= LodestoneRiskIndex.combine(c, d, m, a));
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
        assertThatThrownBy(() -> LodestoneRiskIndex.combine(1.2, 0, 0, 0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("1.2");
    }
}
