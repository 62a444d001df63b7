package lodestone.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class GuardsTest {
    @Test
    void aNonEmptyListIsCopiedUnmodifiable() {
        List<String> sources = new ArrayList<>(List.of("usgs-mcs-2025"));

        List<String> copy = Guards.requireNonEmpty(sources, "stockpile x must cite at least one source.");
        sources.add("later");

        assertThat(copy).containsExactly("usgs-mcs-2025");
        assertThatThrownBy(() -> copy.add("more")).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void anEmptyListIsRefusedWithTheCallersMessage() {
        assertThatThrownBy(() -> Guards.requireNonEmpty(List.of(), "stockpile x must cite at least one source."))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("stockpile x must cite at least one source.");
        assertThatThrownBy(() -> Guards.requireNonEmpty(null, "never shown")).isInstanceOf(NullPointerException.class);
    }

    @Test
    void aPositiveFiniteNumberPassesAndAnyOtherIsRefusedWithItsNameAndUnit() {
        assertThat(Guards.requirePositive(12.5, "price")).isEqualTo(12.5);
        assertThat(Guards.requirePositive(Double.MIN_VALUE, "price")).isEqualTo(Double.MIN_VALUE);
        for (double bad : new double[] {0, -1, Double.NaN, Double.POSITIVE_INFINITY}) {
            assertThatThrownBy(() -> Guards.requirePositive(bad, "price"))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("price (" + bad + ") must be a positive finite number.");
        }
        assertThatThrownBy(() -> Guards.requirePositive(0, "volume", "t/yr"))
                .hasMessage("volume (0.0 t/yr) must be a positive finite number.");
    }

    @Test
    void aCurrencyIsThreeCapitalLetters() {
        assertThat(Guards.requireCurrency("USD")).isEqualTo("USD");
        assertThatThrownBy(() -> Guards.requireCurrency("usd"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("currency (usd) must be an ISO 4217 code such as USD.");
        assertThatThrownBy(() -> Guards.requireCurrency(" "))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("currency must not be blank.");
    }

    @Test
    void aFigureWithoutASourceMustBeMarkedPressOnly() {
        Guards.requireSourceOrPressOnly(Optional.of("usgs-mcs-2025"), false, "a price of 12.5 USD");
        Guards.requireSourceOrPressOnly(Optional.empty(), true, "a price of 12.5 USD");
        assertThatThrownBy(() -> Guards.requireSourceOrPressOnly(Optional.empty(), false, "a price of 12.5 USD"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("a price of 12.5 USD without a source must be marked press-only.");
        assertThatThrownBy(() -> Guards.requireSourceOrPressOnly(null, true, "a volume"))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("source");
    }

    @Test
    void aWholeNumberAtLeastTheMinimumPassesAndOneBelowIsRefusedWithItsNameAndTheMinimum() {
        assertThat(Guards.requireAtLeast(8, 8, "maxHtmlDepth")).isEqualTo(8);
        assertThat(Guards.requireAtLeast(0, 0, "maxRedirects")).isZero();
        assertThatThrownBy(() -> Guards.requireAtLeast(7, 8, "maxHtmlDepth"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("maxHtmlDepth (7) must be at least 8.");
        assertThatThrownBy(() -> Guards.requireAtLeast(-1, 0, "maxRedirects"))
                .hasMessage("maxRedirects (-1) must be at least 0.");
    }
}
