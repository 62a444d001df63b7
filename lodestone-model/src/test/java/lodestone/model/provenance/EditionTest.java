package lodestone.model.provenance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class EditionTest {
    @Test
    void anIdReadsBackAndEditionsOfASeriesAreOrderedByYear() {
        Edition mcs2026 = Edition.parse("mcs-2026");
        assertThat(mcs2026).isEqualTo(Edition.of("mcs", 2026));
        assertThat(mcs2026.id()).isEqualTo("mcs-2026");
        assertThat(Edition.parse("MCS-2025")).isLessThan(mcs2026);
        assertThat(Edition.parse("eu-crm-2023").series()).isEqualTo("eu-crm");
        assertThat(Edition.parse("eu-crm-2023").sameSeries(mcs2026)).isFalse();
    }

    @Test
    void aMalformedIdIsRejectedWithAnExample() {
        assertThatThrownBy(() -> Edition.parse("2026"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("edition (2026)")
                .hasMessageContaining("mcs-2025");
        assertThatThrownBy(() -> Edition.of("MCS", 2026)).hasMessageContaining("lower-case");
        assertThatThrownBy(() -> Edition.of("mcs", 26)).hasMessageContaining("between 1900 and 2200");
    }
}
