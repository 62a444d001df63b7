package lodestone.risk.economic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;

import org.junit.jupiter.api.Test;

/** The log scale of market value: its anchors, hand-computed values, bounds and monotonicity. */
class EconomicImportanceTest {
    @Test
    void anchorsAndHandComputedValues() {
        assertThat(EconomicImportance.of(0)).isZero();
        assertThat(EconomicImportance.of(1e6)).isZero();
        assertThat(EconomicImportance.of(1e11)).isEqualTo(1.0);
        assertThat(EconomicImportance.of(1e13)).isEqualTo(1.0);
        // each tenfold adds 0.2
        assertThat(EconomicImportance.of(1e8)).isCloseTo(0.4, within(1e-12));
        // U.S. gallium 2024: 19 t × 500 USD/kg × 1000 = US$9.5 million → log10(9.5)/5 = 0.1955
        assertThat(EconomicImportance.of(19 * 500 * 1000.0)).isCloseTo(Math.log10(9.5) / 5, within(1e-12));
        assertThat(EconomicImportance.of(19 * 500 * 1000.0)).isCloseTo(0.1955, within(1e-4));
    }

    @Test
    void staysWithinTheUnitIntervalAndNeverFallsAsTheMarketGrows() {
        qt().withFixedSeed(11L)
                .forAll(doubles().between(0, 1e13), doubles().between(1, 100))
                .check((usd, factor) -> {
                    double e = EconomicImportance.of(usd);
                    return e >= 0 && e <= 1 && EconomicImportance.of(usd * factor) >= e;
                });
    }

    @Test
    void rejectsNegativeOrMissingValues() {
        assertThatThrownBy(() -> EconomicImportance.of(-1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("-1.0 USD");
        assertThatThrownBy(() -> EconomicImportance.of(Double.NaN)).isInstanceOf(IllegalArgumentException.class);
    }
}
