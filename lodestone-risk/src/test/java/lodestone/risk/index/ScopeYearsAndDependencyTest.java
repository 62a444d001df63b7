package lodestone.risk.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.List;
import java.util.OptionalInt;
import lodestone.model.chain.Stage;
import lodestone.model.geo.CountryCode;
import lodestone.model.knowledge.KnowledgeSnapshot;
import lodestone.model.mineral.MineralId;
import lodestone.risk.concentration.DataYears;
import lodestone.risk.economic.MarketSeries;
import lodestone.risk.fixture.SnapshotFixture;
import org.junit.jupiter.api.Test;

/**
 * The edges of the index: which minerals a list covers, the years with data, the basis of each dependency, and the
 * economic-importance term worked by hand.
 */
class ScopeYearsAndDependencyTest {
    private static final CountryCode US = CountryCode.of("US");
    private static final LocalDate ON = LocalDate.of(2026, 11, 20);

    private static KnowledgeSnapshot snapshot() {
        return SnapshotFixture.create()
                .mineral("rare-earths")
                .mineral("cobalt")
                .mineral("teak")
                .wgi("CN", 2023, -0.290)
                .wgi("CD", 2023, -1.5)
                .production("rare-earths", Stage.MINING, "CN", 2024, 270_000)
                .production("rare-earths", Stage.MINING, "US", 2024, 45_000)
                .production("rare-earths", Stage.MINING, "WORLD", 2024, 390_000)
                .reliance("rare-earths", 2024, 0.8)
                .importShare("rare-earths", "CN", 0.7)
                .importShare("rare-earths", "OTHER", 0.3)
                .production("cobalt", Stage.MINING, "CD", 2023, 220_000)
                .production("cobalt", Stage.MINING, "CN", 2023, 10_000)
                .production("cobalt", Stage.MINING, "WORLD", 2023, 230_000)
                .reliance("cobalt", 2024, 0.76)
                .consumption("cobalt", "Consump_Apparent_t", 2024, 8500)
                .price("cobalt", "Price_Spot_dlb", 2024, 37.48)
                .production("teak", Stage.MINING, "MM", 2023, 1)
                .production("teak", Stage.MINING, "WORLD", 2023, 1)
                .list("usgs-2025", "rare-earths", "cobalt")
                .build();
    }

    private static LodestoneRiskIndex index(KnowledgeSnapshot snapshot, OptionalInt year) {
        return new LodestoneRiskIndex(
                snapshot,
                US,
                ON,
                year,
                List.of(new MarketSeries(MineralId.of("cobalt"), "Consump_Apparent_t", "Price_Spot_dlb", "")));
    }

    @Test
    void aListRanksItsMembersOnlyAllRanksEverything() {
        KnowledgeSnapshot s = snapshot();
        assertThat(index(s, OptionalInt.empty()).rank(MineralScope.of(s, "usgs-2025")))
                .extracting(r -> r.mineral().value())
                .containsExactlyInAnyOrder("rare-earths", "cobalt");
        assertThat(index(s, OptionalInt.empty()).rank(MineralScope.of(s, MineralScope.ALL)))
                .extracting(r -> r.mineral().value())
                .contains("teak");
        assertThat(MineralScope.of(s, MineralScope.ALL).contains(MineralId.of("country-governance")))
                .isFalse();
        assertThatThrownBy(() -> MineralScope.of(s, "usgs-2030"))
                .hasMessage("list (usgs-2030) must be one of usgs-2025, all.");
    }

    @Test
    void aYearWithoutSharesIsAnErrorNamingTheYearsAvailable() {
        KnowledgeSnapshot s = snapshot();
        assertThat(DataYears.of(s)).containsExactly(2023, 2024);
        assertThatThrownBy(() -> index(s, OptionalInt.of(2019)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("year (2019) has no supply shares in the store; years available: 2023, 2024.");
        assertThat(index(s, OptionalInt.of(2023)).score(MineralId.of("rare-earths")))
                .isEmpty();
    }

    @Test
    void eachDependencyStatesItsBasis() {
        KnowledgeSnapshot s = snapshot();
        DependencyQuery query = DependencyQuery.of(s, US);
        PerspectiveDependency ree = query.dependency(MineralId.of("rare-earths"));
        assertThat(ree.basis()).isEqualTo(DependencyBasis.MEASURED);
        assertThat(ree.value().getAsDouble()).isCloseTo(0.8 * (0.7 + 0.3 * 270.0 / 390.0), within(1e-12));
        assertThat(ree.largestSupplier()).contains(CountryCode.of("CN"));
        PerspectiveDependency cobalt = query.dependency(MineralId.of("cobalt"));
        assertThat(cobalt.basis()).isEqualTo(DependencyBasis.PROXIED_BY_WORLD_SUPPLY);
        assertThat(cobalt.value().getAsDouble()).isCloseTo(0.76 * 220.0 / 230.0, within(1e-12));
        PerspectiveDependency japan =
                DependencyQuery.of(s, CountryCode.of("JP")).dependency(MineralId.of("cobalt"));
        assertThat(japan.basis()).isEqualTo(DependencyBasis.UNKNOWN);
        assertThat(japan.value()).isEmpty();
        assertThatThrownBy(() -> new PerspectiveDependency(
                        "JP",
                        MineralId.of("cobalt"),
                        java.util.OptionalDouble.of(0.5),
                        DependencyBasis.UNKNOWN,
                        java.util.Optional.empty(),
                        List.of(),
                        "",
                        java.util.Optional.empty()))
                .hasMessageContaining("unknown basis");
    }

    @Test
    void theIndexTakesAnyPerspectivesDependencyAndMarketAndSaysWhatIsAssumed() {
        KnowledgeSnapshot s = snapshot();
        LodestoneRiskIndex measured = new LodestoneRiskIndex(
                s,
                CountryCode.of("JP"),
                ON,
                OptionalInt.empty(),
                mineral -> new PerspectiveDependency(
                        "JP",
                        mineral,
                        java.util.OptionalDouble.of(0.9),
                        DependencyBasis.MEASURED,
                        java.util.Optional.of(CountryCode.of("CD")),
                        List.of(),
                        "Japanese customs statistics",
                        java.util.Optional.empty()),
                mineral -> lodestone.risk.economic.MarketExposure.unknown("JP", mineral, "no JP consumption"));
        RiskScore cobalt = measured.score(MineralId.of("cobalt")).orElseThrow();
        assertThat(cobalt.component("dependency").orElseThrow().value()).isEqualTo(0.9);
        assertThat(cobalt.component("dependency").orElseThrow().assumed()).isFalse();
        assertThat(cobalt.component("economic-importance").orElseThrow().assumed())
                .isTrue();
        assertThat(cobalt.component("economic-importance").orElseThrow().formula())
                .contains("no JP consumption");
    }

    @Test
    void economicImportanceByHand() {
        RiskScore cobalt = index(snapshot(), OptionalInt.empty())
                .score(MineralId.of("cobalt"))
                .orElseThrow();
        Component e = cobalt.component("economic-importance").orElseThrow();
        // V = 8,500 t × 37.48 USD/kg × 1000 = US$318.6 million; E = log10(318.58)/5 = 0.5006
        assertThat(e.value()).isCloseTo(Math.log10(8500 * 37.48 * 1000 / 1e6) / 5, within(1e-12));
        assertThat(e.value()).isCloseTo(0.5006, within(1e-4));
        assertThat(e.formula()).contains("V = 8500 t × 37.48 USD/kg × 1000");
        assertThat(e.assumed()).isFalse();
        double[] x = cobalt.components().stream().mapToDouble(Component::value).toArray();
        assertThat(cobalt.score())
                .isCloseTo(
                        100 * x[0] * (1 + x[1]) / 2 * (1 + x[2]) / 2 * (2 + x[3]) / 3 * (1 - x[4] / 4), within(1e-9));
        assertThat(index(snapshot(), OptionalInt.empty())
                        .score(MineralId.of("rare-earths"))
                        .orElseThrow()
                        .component("economic-importance")
                        .orElseThrow()
                        .value())
                .isEqualTo(0.5);
    }
}
