package lodestone.model.geo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CountriesTest {
    private final Countries countries = Countries.withAliases(
            Map.of("MM", "Burma (Myanmar)"),
            Map.of(
                    "MM", List.of("Burma", "Myanmar"),
                    "CD", List.of("Congo (Kinshasa)"),
                    "KR", List.of("Korea, Republic of")));

    @Test
    void resolvesIsoNamesCodesAndAliases() {
        assertThat(countries.resolve("China").orElseThrow().alpha3()).isEqualTo("CHN");
        assertThat(countries.resolve("CN").orElseThrow().name()).isEqualTo("China");
        assertThat(countries.resolve("chn").orElseThrow().code()).isEqualTo(CountryCode.of("CN"));
        assertThat(countries.resolve("Burma").orElseThrow().code().value()).isEqualTo("MM");
        assertThat(countries.resolve("Congo (Kinshasa)").orElseThrow().code().value())
                .isEqualTo("CD");
        assertThat(countries.resolve("Korea, Republic of").orElseThrow().code().value())
                .isEqualTo("KR");
    }

    @Test
    void ignoresCaseAndSurroundingAndNoBreakSpaces() {
        assertThat(countries.resolve("Russia ").orElseThrow().code().value()).isEqualTo("RU");
        assertThat(countries.resolve("united\u00a0states").orElseThrow().code().value())
                .isEqualTo("US");
    }

    @Test
    void namesOverrideTheJdkNameAndKosovoIsKnown() {
        assertThat(countries.require(CountryCode.of("MM")).name()).isEqualTo("Burma (Myanmar)");
        assertThat(countries.byAlpha3("XKX").orElseThrow().code().value()).isEqualTo("XK");
    }

    @Test
    void unknownNamesAreEmptyAndConflictingAliasesAreRejected() {
        assertThat(countries.resolve("Atlantis")).isEmpty();
        assertThatThrownBy(() -> Countries.withAliases(Map.of(), Map.of("US", List.of("China"))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("China");
    }

    @Test
    void areasRoundTripThroughTheirCodes() {
        for (Area area : List.of(
                Area.country(CountryCode.of("CN")),
                Area.world(),
                Area.otherCountries(),
                Area.EuropeanUnion.INSTANCE,
                new Area.CountryGroup(java.util.Set.of(CountryCode.of("US"), CountryCode.of("CA"))))) {
            assertThat(Area.parse(area.code())).isEqualTo(area);
        }
        assertThat(new Area.CountryGroup(java.util.Set.of(CountryCode.of("US"), CountryCode.of("CA"))).code())
                .isEqualTo("CA+US");
    }
}
