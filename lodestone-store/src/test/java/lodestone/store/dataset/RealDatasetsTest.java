package lodestone.store.dataset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Optional;
import lodestone.model.chain.Stage;
import lodestone.model.geo.Area;
import lodestone.model.geo.CountryCode;
import lodestone.model.mineral.MineralId;
import lodestone.model.observation.Flag;
import lodestone.model.observation.Metric;
import lodestone.model.observation.Observation;
import lodestone.model.observation.Period;
import lodestone.store.importing.ImportedDataset;
import lodestone.store.reference.ReferenceData;
import lodestone.testkit.SharedData;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Pins published values of the official datasets as our importers read them. */
class RealDatasetsTest {
    private static final ReferenceData REFERENCE = ReferenceData.load();
    private static ImportedDataset usgs;
    private static ImportedDataset eu;

    @BeforeAll
    static void importBoth() {
        usgs = Datasets.usgsMcs(SharedData.usgsMcs2025(), REFERENCE);
        eu = Datasets.euCrm(SharedData.euCrm2023(), REFERENCE);
    }

    private static Optional<Observation> find(
            ImportedDataset dataset, String mineral, Metric metric, String area, int year, String seriesPrefix) {
        return dataset.observations().stream()
                .filter(o -> o.mineral().equals(MineralId.of(mineral))
                        && o.metric() == metric
                        && o.area().equals(Area.parse(area))
                        && o.period().equals(Period.year(year))
                        && o.series().startsWith(seriesPrefix))
                .findFirst();
    }

    @Test
    void bothDatasetsImportWithoutErrors() {
        assertThat(usgs.report().errors()).isEmpty();
        assertThat(eu.report().errors()).isEmpty();
        assertThat(usgs.observations()).hasSizeGreaterThan(7_000);
        assertThat(eu.observations()).hasSizeGreaterThan(7_000);
    }

    @Test
    void worldRareEarthMineProductionIs390000TonnesIn2024() {
        Observation world = find(usgs, "rare-earths", Metric.PRODUCTION, "WORLD", 2024, "Mine production")
                .orElseThrow();
        assertThat(world.valueOrNaN()).isEqualTo(390_000);
        Observation china = find(usgs, "rare-earths", Metric.PRODUCTION, "CN", 2024, "Mine production")
                .orElseThrow();
        assertThat(china.valueOrNaN()).isEqualTo(270_000);
        assertThat(china.flags()).contains(Flag.QUOTA, Flag.ESTIMATED);
        assertThat(china.stage()).contains(Stage.MINING);
        assertThat(china.provenance().locator()).startsWith("world_data/MCS2025_World_Data.csv:");
        Observation reserves = find(usgs, "rare-earths", Metric.RESERVES, "WORLD", 2024, "Mine")
                .orElseThrow();
        assertThat(reserves.valueOrNaN()).isEqualTo(90_000_000);
        assertThat(reserves.flags()).contains(Flag.GREATER_THAN);
    }

    @Test
    void unitsAreConvertedToTonnes() {
        Observation gallium =
                find(usgs, "gallium", Metric.PRODUCTION, "CN", 2024, "Primary").orElseThrow();
        assertThat(gallium.valueOrNaN()).isEqualTo(750); // 750,000 kg
        Observation graphite =
                find(usgs, "graphite", Metric.PRODUCTION, "CN", 2024, "Mine").orElseThrow();
        assertThat(graphite.valueOrNaN()).isEqualTo(1_270_000);
    }

    @Test
    void withheldAndNetExporterCellsCarryFlagsNotZeros() {
        List<Observation> nir = usgs.observations().stream()
                .filter(o -> o.mineral().equals(MineralId.of("rare-earths"))
                        && o.metric() == Metric.NET_IMPORT_RELIANCE
                        && o.series().equals("NIR_Concentrate_t"))
                .toList();
        assertThat(nir).isNotEmpty().allSatisfy(o -> {
            assertThat(o.quantity()).isEmpty();
            assertThat(o.flags()).contains(Flag.NET_EXPORTER);
        });
        Observation fig2 = find(usgs, "rare-earths", Metric.NET_IMPORT_RELIANCE, "US", 2024, "Fig. 2")
                .orElseThrow();
        assertThat(fig2.valueOrNaN()).isCloseTo(0.80, within(1e-12));
    }

    @Test
    void importSourcesKeepTheirPublishedOrder() {
        List<String> order = usgs.observations().stream()
                .filter(o -> o.mineral().equals(MineralId.of("rare-earths")) && o.metric() == Metric.IMPORT_SOURCE_RANK)
                .sorted(java.util.Comparator.comparingDouble(Observation::valueOrNaN))
                .map(o -> o.area().code())
                .toList();
        assertThat(order).containsExactly("CN", "MY", "JP", "EE");
    }

    @Test
    void euDysprosiumProcessingIsAllChina() {
        Observation dy = eu.observations().stream()
                .filter(o -> o.mineral().equals(MineralId.of("dysprosium"))
                        && o.metric() == Metric.SUPPLY_SHARE
                        && o.stage().equals(Optional.of(Stage.PROCESSING))
                        && o.area().equals(Area.country(CountryCode.of("CN"))))
                .findFirst()
                .orElseThrow();
        assertThat(dy.valueOrNaN()).isCloseTo(1.0, within(1e-12));
        assertThat(dy.provenance().source().value()).isEqualTo("eu-crm-2023-study");
    }

    @Test
    void lessThanSharesKeepTheirBoundAndFlag() {
        assertThat(eu.observations().stream()
                        .filter(o ->
                                o.metric() == Metric.SUPPLY_SHARE && o.raw().equals("<0.1%")))
                .isNotEmpty()
                .allSatisfy(o -> {
                    assertThat(o.valueOrNaN()).isCloseTo(0.001, within(1e-12));
                    assertThat(o.flags()).contains(Flag.LESS_THAN);
                });
    }

    @Test
    void theOneShareWithoutPercentSignIsReadAsPercentWithAWarning() {
        assertThat(eu.report().warnings())
                .anySatisfy(p -> assertThat(p.toString())
                        .contains("fact_EUSupplyShares&t.csv")
                        .contains("6%"));
    }
}
