package lodestone.risk.dependency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Map;
import lodestone.model.geo.CountryCode;
import lodestone.model.knowledge.KnowledgeSnapshot;
import lodestone.model.mineral.MineralId;
import lodestone.model.supply.SupplyMix;
import lodestone.testkit.KnowledgeFixture;
import org.junit.jupiter.api.Test;

/**
 * Look-through exposure and the supply mix as a worked example: U.S. rare earths, NIR 80 % (USGS MCS 2025), imports
 * China 70 %, Malaysia 13 %, Japan 6 %, Estonia 5 %, other 6 % (2020–23); world mining China 270 of 390 kt (2024).
 */
class DependencyTest {
    private static final MineralId REE = MineralId.of("rare-earths");
    private static final MineralId DY = MineralId.of("dysprosium");
    private static final CountryCode US = CountryCode.of("US");
    private static final CountryCode CN = CountryCode.of("CN");

    static KnowledgeFixture rareEarths() {
        return KnowledgeFixture.create()
                .mineral("rare-earths", "dysprosium")
                .netImportReliance("rare-earths", "US", 2024, 0.8)
                .netImportReliance("rare-earths", "US", 2023, 0.75)
                .importShares("rare-earths", 2020, 2023, Map.of("CN", 0.70, "MY", 0.13, "JP", 0.06, "EE", 0.05))
                .importShares("rare-earths", 2020, 2023, Map.of("OTHER", 0.06))
                .mining(
                        "rare-earths",
                        2024,
                        Map.of("CN", 270_000.0, "US", 45_000.0, "AU", 13_000.0, "MY", 130.0),
                        390_000);
    }

    private static KnowledgeSnapshot snapshot() {
        return rareEarths().snapshot();
    }

    @Test
    void chinaLookThroughAddsItsMiningShareOfWhatOthersSupply() {
        Dependency d = Dependency.of(snapshot(), REE, US);
        assertThat(d.netImportReliance().getAsDouble()).isEqualTo(0.8);
        Dependency.Exposure china = d.exposureTo(CN).orElseThrow();
        double u = 270_000.0 / 390_000.0;
        assertThat(china.direct().getAsDouble()).isCloseTo(0.8 * 0.70, within(1e-12));
        // look-through = NIR · (m_CN + (1 − m_CN) · u_CN) = 0.8 · (0.70 + 0.30 · 0.6923) = 0.7262
        assertThat(china.lookThrough()).isCloseTo(0.8 * (0.70 + 0.30 * u), within(1e-12));
        assertThat(d.largest().orElseThrow().country()).isEqualTo(CN);
        assertThat(d.sharesAssumed()).isFalse();
        assertThat(d.history()).extracting(o -> o.period().endYear()).containsExactly(2024, 2023);
    }

    @Test
    void lookThroughIsNeverBelowDirectAndMiningOnlyCountriesAppear() {
        Dependency d = Dependency.of(snapshot(), REE, US);
        for (Dependency.Exposure e : d.exposures()) {
            assertThat(e.lookThrough()).isGreaterThanOrEqualTo(e.direct().getAsDouble() - 1e-12);
        }
        assertThat(d.exposureTo(US))
                .as("the perspective's own mining is no exposure")
                .isEmpty();
        Dependency.Exposure australia = d.exposureTo(CountryCode.of("AU")).orElseThrow();
        assertThat(australia.direct().getAsDouble()).isZero();
        assertThat(australia.lookThrough()).isCloseTo(0.8 * 1.0 * 13_000 / 390_000, within(1e-12));
    }

    @Test
    void theSupplyMixIsDomesticSupplyThenImportsByShare() {
        SupplyMix mix = Dependency.of(snapshot(), REE, US).supplyMix().orElseThrow();
        assertThat(mix.shares().keySet()).containsExactly("US", "CN", "MY", "JP", "OTHER", "EE");
        assertThat(mix.domestic()).isCloseTo(0.2, within(1e-12));
        assertThat(mix.shares().get("CN")).isCloseTo(0.56, within(1e-12));
        assertThat(mix.shares().get("MY")).isCloseTo(0.104, within(1e-12));
        assertThat(mix.shares().get("OTHER")).isCloseTo(0.048, within(1e-12));
        assertThat(mix.shares().values().stream()
                        .mapToDouble(Double::doubleValue)
                        .sum())
                .isCloseTo(1, within(1e-12));
        assertThat(mix.imports()).doesNotContainKey("US");
        assertThat(mix.assumed()).isFalse();
        assertThat(mix.sources()).containsExactly(KnowledgeFixture.SOURCE);
    }

    @Test
    void aMemberWithoutImportDataTakesItsGroups() {
        Dependency d = Dependency.of(snapshot(), DY, US);
        assertThat(d.dataFrom()).isEqualTo(REE);
        assertThat(d.netImportReliance().getAsDouble()).isEqualTo(0.8);
        assertThat(d.note()).contains("group rare-earths");
        assertThat(d.supplyMix().orElseThrow().basis()).contains("the group rare-earths stands for the element");
    }

    @Test
    void withRanksOnlyWorldSupplyWithoutThePerspectiveStandsInForImports() {
        KnowledgeSnapshot snapshot = KnowledgeFixture.create()
                .netImportReliance("gallium", "US", 2024, 1.0)
                .importRanks("gallium", 2020, 2023, "JP", "CN", "DE")
                .production(
                        "gallium",
                        lodestone.model.chain.Stage.PROCESSING,
                        2024,
                        Map.of("CN", 750.0, "JP", 10.0, "US", 40.0),
                        800)
                .snapshot();
        Dependency d = Dependency.of(snapshot, MineralId.of("gallium"), US);
        assertThat(d.sharesAssumed()).isTrue();
        assertThat(d.exposureTo(US)).isEmpty();
        assertThat(d.exposureTo(CN).orElseThrow().lookThrough()).isCloseTo(750.0 / 800, within(1e-12));
        SupplyMix mix = d.supplyMix().orElseThrow();
        assertThat(mix.assumed()).isTrue();
        assertThat(mix.shares()).doesNotContainKey("US");
        assertThat(mix.shares().get("CN")).isCloseTo(750.0 / 800, within(1e-12));
        assertThat(mix.shares().get("OTHER")).isCloseTo(40.0 / 800, within(1e-12));
        assertThat(mix.basis()).contains("ASSUMPTION: imports mirror world supply without US");
    }

    @Test
    void anyPerspectiveWithARelianceOnRecordIsAnsweredFromWorldSupply() {
        KnowledgeSnapshot snapshot =
                rareEarths().netImportReliance("rare-earths", "DE", 2024, 1.0).snapshot();
        Dependency d = Dependency.of(snapshot, REE, CountryCode.of("DE"));
        assertThat(d.netImportReliance().getAsDouble()).isEqualTo(1.0);
        assertThat(d.imports()).isEmpty();
        assertThat(d.sharesAssumed()).isTrue();
        assertThat(d.note()).contains("describe US imports");
        // Germany's imports mirror world mining: China 270 of 390 kt, the United States 45 of them
        assertThat(d.exposureTo(CN).orElseThrow().lookThrough()).isCloseTo(270.0 / 390, within(1e-12));
        assertThat(d.exposureTo(US).orElseThrow().lookThrough()).isCloseTo(45.0 / 390, within(1e-12));
    }

    @Test
    void aMemberOfTwoGroupsTakesTheOneThatGivesImportSourcesAsWellAsReliance() {
        // MCS 2026 gives the heavy rare earths a net import reliance but no import sources of their own; the heavy
        // group comes first in the catalogue, so the choice is the data's, not the order's.
        KnowledgeSnapshot twoGroups = KnowledgeFixture.create()
                .mineral("heavy-rare-earths", "dysprosium")
                .mineral("rare-earths", "dysprosium")
                .netImportReliance("heavy-rare-earths", "US", 2025, 1.0)
                .netImportReliance("rare-earths", "US", 2024, 0.8)
                .importShares("rare-earths", 2020, 2023, Map.of("CN", 0.70, "MY", 0.13))
                .mining("rare-earths", 2024, Map.of("CN", 270_000.0, "US", 45_000.0), 390_000)
                .snapshot();

        Dependency d = Dependency.of(twoGroups, DY, US);

        assertThat(d.dataFrom()).isEqualTo(REE);
        assertThat(d.exposureTo(CN)).isPresent();
    }

    @Test
    void aPerspectiveWithoutRelianceIsUnknownAndSaysWhoHasOne() {
        Dependency d = Dependency.of(snapshot(), REE, CountryCode.of("DE"));
        assertThat(d.netImportReliance()).isEmpty();
        assertThat(d.exposures()).isEmpty();
        assertThat(d.supplyMix()).isEmpty();
        assertThat(d.note()).contains("no net import reliance for DE").contains("it has one for US");
    }
}
