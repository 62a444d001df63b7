package lodestone.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
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
}
