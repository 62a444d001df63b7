package lodestone.model.mineral;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class MineralCatalogueTest {
    private static Mineral element(String id, String name, String symbol) {
        return new Mineral(MineralId.of(id), name, Optional.of(symbol), Set.of(MineralGroup.REE), List.of(), Set.of());
    }

    @Test
    void resolvesIdsNamesSymbolsAndAliases() {
        MineralCatalogue catalogue = MineralCatalogue.of(List.of(
                element("dysprosium", "Dysprosium", "Dy"),
                new Mineral(
                        MineralId.of("rare-earths"),
                        "Rare earths",
                        Optional.empty(),
                        Set.of(MineralGroup.REE),
                        List.of(MineralId.of("dysprosium")),
                        Set.of("RARE EARTHS, compounds and metals"))));
        assertThat(catalogue.resolve("Dy").orElseThrow().id().value()).isEqualTo("dysprosium");
        assertThat(catalogue
                        .resolve(" rare earths, COMPOUNDS and metals")
                        .orElseThrow()
                        .isGroup())
                .isTrue();
        assertThat(catalogue.resolve("unobtainium")).isEmpty();
    }

    @Test
    void rejectsBadIdsDuplicatesAndDanglingMembers() {
        assertThatThrownBy(() -> MineralId.of("Rare Earths"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Maybe you meant rare-earths");
        assertThatThrownBy(() -> MineralCatalogue.of(
                        List.of(element("gallium", "Gallium", "Ga"), element("gallium", "Gallium 2", "Gx"))))
                .hasMessageContaining("defined twice");
        assertThatThrownBy(() -> MineralCatalogue.of(List.of(new Mineral(
                        MineralId.of("pgm"),
                        "PGM",
                        Optional.empty(),
                        Set.of(),
                        List.of(MineralId.of("platinum")),
                        Set.of()))))
                .hasMessageContaining("platinum");
    }
}
