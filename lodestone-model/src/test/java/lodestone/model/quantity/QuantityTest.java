package lodestone.model.quantity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class QuantityTest {
    @Test
    void convertsToCanonicalUnits() {
        assertThat(Quantity.of(750_000, Unit.KILOGRAM).canonical()).isEqualTo(Quantity.of(750, Unit.TONNE));
        assertThat(Quantity.of(1.6, Unit.MILLION_TONNES).canonical().value()).isCloseTo(1_600_000, within(1e-6));
        assertThat(Quantity.of(84.4, Unit.PERCENT).canonical().value()).isCloseTo(0.844, within(1e-12));
        assertThat(Quantity.of(1, Unit.USD_PER_POUND).canonical().value()).isCloseTo(2.20462262, within(1e-8));
        assertThat(Quantity.of(1, Unit.USD_PER_TROY_OUNCE).canonical().value()).isCloseTo(32.1507466, within(1e-6));
    }

    @Test
    void refusesIncompatibleConversionsAndNonFiniteValues() {
        assertThatThrownBy(() -> Quantity.of(1, Unit.TONNE).to(Unit.PERCENT))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("MASS");
        assertThatThrownBy(() -> Quantity.of(Double.NaN, Unit.TONNE))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("NaN");
    }
}
