package lodestone.report.resolve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import lodestone.model.geo.Countries;
import lodestone.model.geo.Country;
import lodestone.model.knowledge.KnowledgeSnapshot;
import lodestone.model.mineral.Mineral;
import lodestone.model.mineral.MineralCatalogue;
import lodestone.report.Bundled;
import lodestone.report.ClasspathText;
import org.junit.jupiter.api.Test;

/** The resolvers over the bundled catalogues and the curated alias file. */
class ResolversTest {
    private static final KnowledgeSnapshot SNAPSHOT = Bundled.latest();
    private static final List<CuratedAlias> ALIASES =
            CuratedAlias.parse(ClasspathText.read(ResolversTest.class, Resolvers.ALIASES), Resolvers.ALIASES);
    private static final NameIndex<Mineral> MINERALS = Resolvers.minerals(SNAPSHOT.minerals(), ALIASES);
    private static final NameIndex<Country> COUNTRIES = Resolvers.countries(SNAPSHOT.countries(), ALIASES);

    private static String mineral(String text) {
        Resolution<Mineral> resolution = MINERALS.resolve(text);
        assertThat(resolution).as(text).isInstanceOf(Resolution.Found.class);
        return ((Resolution.Found<Mineral>) resolution).value().id().value();
    }

    private static String country(String text) {
        Resolution<Country> resolution = COUNTRIES.resolve(text);
        assertThat(resolution).as(text).isInstanceOf(Resolution.Found.class);
        return ((Resolution.Found<Country>) resolution).value().code().value();
    }

    @Test
    void mineralsByNameSymbolAliasCaseSpacingAndNumber() {
        for (String text : List.of(
                "rare-earths", "rare earth", "Rare-Earth", "RARE EARTHS", "REE", "rare earth elements", "REO")) {
            assertThat(mineral(text)).as(text).isEqualTo("rare-earths");
        }
        for (String text : List.of("platinum group metals", "Platinum-group metal", "PGM", "pgms", "PGE")) {
            assertThat(mineral(text)).as(text).isEqualTo("platinum-group-metals");
        }
        assertThat(mineral("Dy")).isEqualTo("dysprosium");
        assertThat(mineral("dy")).isEqualTo("dysprosium");
        assertThat(mineral("Ga")).isEqualTo("gallium");
        assertThat(mineral("Nd")).isEqualTo("neodymium");
        assertThat(mineral("W")).isEqualTo("tungsten");
        assertThat(mineral("wolfram")).isEqualTo("tungsten");
        assertThat(mineral("aluminium")).isEqualTo("aluminum");
        assertThat(mineral("HREE")).isEqualTo("heavy-rare-earths");
    }

    @Test
    void ndPrLeadsToTheSmallestGroupHoldingBothElements() {
        Resolution<Mineral> resolution = MINERALS.resolve("NdPr");
        Mineral group = ((Resolution.Found<Mineral>) resolution).value();
        assertThat(group.members()).extracting(id -> id.value()).contains("neodymium", "praseodymium");
        int smallest = SNAPSHOT.minerals().all().stream()
                .filter(m -> m.members().stream()
                        .map(id -> id.value())
                        .collect(Collectors.toSet())
                        .containsAll(Set.of("neodymium", "praseodymium")))
                .mapToInt(m -> m.members().size())
                .min()
                .orElseThrow();
        assertThat(group.members()).hasSize(smallest);
        assertThat(((Resolution.Found<Mineral>) resolution).match().note()).contains("neodymium and praseodymium");
    }

    @Test
    void typosGetSuggestions() {
        assertThat(MINERALS.resolve("galium"))
                .isEqualTo(new Resolution.Unknown<>(
                        List.of(SNAPSHOT.minerals().resolve("gallium").orElseThrow())));
        Resolution<Country> chna = COUNTRIES.resolve("Chna");
        assertThat(((Resolution.Unknown<Country>) chna).suggestions())
                .extracting(c -> c.code().value())
                .startsWith("CN");
    }

    @Test
    void countriesByCodeNameAndAlias() {
        for (String text : List.of("CN", "cn", "CHN", "China", "PRC", "People's Republic of China", " china ")) {
            assertThat(country(text)).as(text).isEqualTo("CN");
        }
        for (String text : List.of("US", "USA", "U.S.A.", "United States", "united-states")) {
            assertThat(country(text)).as(text).isEqualTo("US");
        }
        assertThat(country("DRC")).isEqualTo("CD");
        assertThat(country("Democratic Republic of Congo")).isEqualTo("CD");
        assertThat(country("Cote d'Ivoire")).isEqualTo("CI");
        assertThat(country("turkiye")).isEqualTo("TR");
    }

    @Test
    void congoAloneIsAmbiguous() {
        Resolution<Country> congo = COUNTRIES.resolve("Congo");
        assertThat(congo).isInstanceOf(Resolution.Ambiguous.class);
        assertThat(((Resolution.Ambiguous<Country>) congo).values())
                .extracting(c -> c.code().value())
                .containsExactly("CD", "CG");
    }

    @Test
    void everyNameTheCataloguesResolveResolvesTheSameHereUnlessACuratedAliasSaysOtherwise() {
        Set<String> curated = ALIASES.stream()
                .map(a -> NameKey.compact(NameKey.words(a.alias())))
                .collect(Collectors.toSet());
        MineralCatalogue catalogue = SNAPSHOT.minerals();
        for (Mineral mineral : catalogue.all()) {
            for (String name : names(mineral)) {
                if (!curated.contains(NameKey.compact(NameKey.words(name)))) {
                    assertThat(NameIndexTest.value(MINERALS.resolve(name)))
                            .as(name)
                            .isEqualTo(mineral);
                }
            }
        }
        Countries countries = SNAPSHOT.countries();
        for (Map.Entry<String, Country> name : countries.names().entrySet()) {
            if (!curated.contains(NameKey.compact(NameKey.words(name.getKey())))) {
                assertThat(NameIndexTest.value(COUNTRIES.resolve(name.getKey())))
                        .as(name.getKey())
                        .isEqualTo(name.getValue());
            }
        }
    }

    private static List<String> names(Mineral mineral) {
        List<String> names = new java.util.ArrayList<>(mineral.aliases());
        names.add(mineral.id().value());
        names.add(mineral.name());
        mineral.symbol().ifPresent(names::add);
        return names;
    }

    @Test
    void everyCuratedAliasHasABasisAndNamesCatalogueEntries() {
        assertThat(ALIASES).isNotEmpty().allSatisfy(a -> assertThat(a.basis()).hasSizeGreaterThan(20));
        assertThatThrownBy(() -> Resolvers.minerals(
                        SNAPSHOT.minerals(),
                        CuratedAlias.parse("mineral\tunobtainium\tunobtainium\tfiction", "test.tsv")))
                .hasMessage(Resolvers.ALIASES + " line 1: mineral (unobtainium) of alias unobtainium is not in the"
                        + " catalogue.");
        assertThatThrownBy(() -> CuratedAlias.parse("# comment\nmetal\tx\ty\tz", "test.tsv"))
                .hasMessage("test.tsv line 2: kind (metal) must be one of [mineral, country].");
        assertThatThrownBy(() -> CuratedAlias.parse("mineral\tx\ty", "test.tsv"))
                .hasMessage("test.tsv line 1: 3 tab-separated fields, expected 4 (kind, alias, denotes, basis).");
    }
}
