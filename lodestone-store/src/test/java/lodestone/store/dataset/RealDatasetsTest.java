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
import lodestone.model.quantity.Quantity;
import lodestone.model.quantity.Unit;
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
        assertThat(usgs.name()).isEqualTo("usgs-mcs-2025");
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
        assertThat(reserves.flags()).contains(Flag.GREATER_THAN, Flag.ROUNDED);
        assertThat(world.flags()).contains(Flag.ROUNDED);
    }

    @Test
    void unitsStatedInNotesOrCorrectedWithEvidenceAreAppliedToTheWholeSeries() {
        assertThat(find(usgs, "molybdenum", Metric.RESERVES, "US", 2024, "Mine")
                        .orElseThrow()
                        .valueOrNaN())
                .as("3,500 with the note '(Reserve data is thousand metric tons)' on the series")
                .isEqualTo(3_500_000);
        assertThat(find(usgs, "molybdenum", Metric.RESERVES, "CL", 2024, "Mine")
                        .orElseThrow()
                        .valueOrNaN())
                .as("a row without the note takes the unit its series' note states")
                .isEqualTo(1_400_000);
        assertThat(find(usgs, "vanadium", Metric.RESERVES, "WORLD", 2024, "Mine")
                        .orElseThrow()
                        .valueOrNaN())
                .isEqualTo(18_000_000);
        assertThat(find(usgs, "iron-ore", Metric.RESERVES, "US", 2024, "Mine production, usable ore")
                        .orElseThrow()
                        .valueOrNaN())
                .as("'Crude Ore, million metric tons'")
                .isEqualTo(3.6e9);
        assertThat(find(usgs, "titanium-mineral-concentrates", Metric.PRODUCTION, "AU", 2024, "Mine production, ilm")
                        .orElseThrow()
                        .valueOrNaN())
                .as("UNIT_MEAS metric tons corrected to thousand metric tons, with the evidence in the mapping")
                .isEqualTo(400_000);
        assertThat(find(usgs, "germanium", Metric.CONSUMPTION, "US", 2020, "Consump")
                        .orElseThrow()
                        .valueOrNaN())
                .as("column Consump_g is Consump_kg, kilograms, in the meta file: 30,000 kg")
                .isEqualTo(30);
        assertThat(usgs.report().warnings())
                .anySatisfy(p -> assertThat(p.toString()).contains("Consump_kg").contains("read in kg"));
    }

    @Test
    void pricesAreReadInThePriceUnitOfTheMetaFileNeverInTonnes() {
        assertThat(find(usgs, "zirconium", Metric.PRICE, "US", 2024, "Price_Zircon_imported_t")
                        .orElseThrow()
                        .quantity()
                        .orElseThrow())
                .as("$2,100 per metric ton")
                .isEqualTo(Quantity.of(2.1, Unit.USD_PER_KILOGRAM));
        assertThat(find(usgs, "alumina", Metric.PRICE, "US", 2024, "Alumina_Price")
                        .orElseThrow()
                        .valueOrNaN())
                .isCloseTo(0.57, within(1e-12));
        assertThat(find(usgs, "tungsten", Metric.PRICE, "US", 2024, "Price_WO3")
                        .orElseThrow()
                        .valueOrNaN())
                .as("$250 per metric ton unit (10 kg) of WO3")
                .isCloseTo(25.0, within(1e-9));
        assertThat(usgs.observations())
                .filteredOn(o -> o.metric() == Metric.PRICE && o.quantity().isPresent())
                .allSatisfy(o ->
                        assertThat(o.quantity().orElseThrow().unit()).isIn(Unit.USD_PER_KILOGRAM, Unit.INDEX_POINTS));
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
        assertThat(usgs.observations().stream().filter(o -> o.metric() == Metric.IMPORT_SOURCE_RANK))
                .allSatisfy(o -> assertThat(o.importer()).contains(Area.parse("US")));
    }

    @Test
    void chinasShareOfAntimonyIsOfThePublishedWorldTotal() {
        Observation table5 = find(usgs, "antimony", Metric.SUPPLY_SHARE, "CN", 2024, "Table 5")
                .orElseThrow();
        assertThat(table5.valueOrNaN()).as("USGS's own table: 60 %").isCloseTo(0.60, within(1e-12));
        double china = find(usgs, "antimony", Metric.PRODUCTION, "CN", 2024, "Mine")
                .orElseThrow()
                .valueOrNaN();
        Observation world =
                find(usgs, "antimony", Metric.PRODUCTION, "WORLD", 2024, "Mine").orElseThrow();
        assertThat(world.flags()).contains(Flag.ROUNDED);
        assertThat(china / world.valueOrNaN()).isCloseTo(table5.valueOrNaN(), within(1e-12));
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
        assertThat(dy.period())
                .as("the study's shares are 2016-2020 averages, not 2023 figures")
                .isEqualTo(Period.range(2016, 2020));
        assertThat(dy.note()).contains("2016-2020 average");
    }

    @Test
    void euSourcingSharesNameTheEuAsImporter() {
        assertThat(eu.observations().stream().filter(o -> o.metric() == Metric.SOURCING_SHARE))
                .isNotEmpty()
                .allSatisfy(o -> assertThat(o.importer()).contains(Area.EuropeanUnion.INSTANCE));
        assertThat(eu.observations().stream().filter(o -> o.metric() == Metric.SUPPLY_RISK))
                .anySatisfy(o -> assertThat(o.period()).isEqualTo(Period.year(2023)));
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
