package lodestone.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.strings;

import java.util.List;
import java.util.stream.Stream;
import lodestone.model.geo.CountryCode;
import lodestone.model.mineral.MineralId;
import lodestone.model.provenance.SourceId;
import org.junit.jupiter.api.Test;

class IdentifierTest {
    @Test
    void identifiersSortAndPrintAsTheirText() {
        assertThat(Stream.of("US", "CN", "AU").map(CountryCode::of).sorted().map(CountryCode::toString))
                .containsExactly("AU", "CN", "US");
        assertThat(List.of(MineralId.of("gallium"), MineralId.of("dysprosium")).stream()
                        .sorted()
                        .toList())
                .containsExactly(MineralId.of("dysprosium"), MineralId.of("gallium"));
        assertThat(SourceId.of("usgs-mcs-2025").toString()).isEqualTo("usgs-mcs-2025");
    }

    @Test
    void theOrderIsTheOrderOfTheText() {
        qt().withFixedSeed(11L)
                .forAll(
                        strings().betweenCodePoints('a', 'z').ofLengthBetween(1, 8),
                        strings().betweenCodePoints('a', 'z').ofLengthBetween(1, 8))
                .check((a, b) ->
                        Integer.signum(MineralId.of(a).compareTo(MineralId.of(b))) == Integer.signum(a.compareTo(b)));
    }
}
