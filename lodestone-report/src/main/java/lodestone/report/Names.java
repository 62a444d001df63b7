package lodestone.report;

import lodestone.model.geo.Area;
import lodestone.model.geo.Country;
import lodestone.model.knowledge.KnowledgeSnapshot;

/** Display names of areas. */
public final class Names {
    private Names() {}

    /**
     * @param snapshot the knowledge
     * @param area an area
     * @return its display name: a country's name, "World", "Other countries", members joined by "and"
     */
    public static String area(KnowledgeSnapshot snapshot, Area area) {
        if (area instanceof Area.CountryArea country) {
            return snapshot.countries()
                    .get(country.country())
                    .map(Country::name)
                    .orElse(area.code());
        }
        if (area instanceof Area.CountryGroup group) {
            return String.join(
                    " and ",
                    group.members().stream()
                            .sorted()
                            .map(code -> snapshot.countries()
                                    .get(code)
                                    .map(Country::name)
                                    .orElse(code.value()))
                            .toList());
        }
        if (area instanceof Area.World) {
            return "World";
        }
        if (area instanceof Area.OtherCountries) {
            return "Other countries";
        }
        return "European Union";
    }
}
