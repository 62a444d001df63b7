package lodestone.store.usgs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import lodestone.model.chain.Stage;
import lodestone.model.geo.Area;
import lodestone.model.mineral.MineralId;
import lodestone.model.observation.Flag;
import lodestone.model.observation.Metric;
import lodestone.model.observation.Observation;
import lodestone.model.observation.Period;
import lodestone.model.quantity.Unit;
import lodestone.store.dataset.Datasets;
import lodestone.store.importing.ImportedDataset;
import lodestone.store.importing.Problem;
import lodestone.store.reference.ReferenceData;
import lodestone.testkit.SharedData;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Pins published values of the USGS MCS 2026 data release (doi:10.5066/P1WKQ63T) as the importer reads them. */
class Mcs2026DataReleaseTest {
    private static ImportedDataset release;

    @BeforeAll
    static void importRelease() {
        release = Datasets.usgsMcs(SharedData.usgsMcs2026(), ReferenceData.load());
    }

    private static List<Observation> find(String mineral, Metric metric, String area, Period period) {
        return release.observations().stream()
                .filter(o -> o.mineral().equals(MineralId.of(mineral))
                        && o.metric() == metric
                        && o.area().equals(Area.parse(area))
                        && o.period().equals(period))
                .toList();
    }

    private static Observation one(String mineral, Metric metric, String area, int year, String series) {
        return find(mineral, metric, area, Period.year(year)).stream()
                .filter(o -> o.series().equals(series))
                .findFirst()
                .orElseThrow(() -> new AssertionError(mineral + " " + metric + " " + area + " " + year + " " + series));
    }

    @Test
    void theWholeReleaseImportsWithoutErrorsAsEditionMcs2026() {
        assertThat(release.report().errors()).isEmpty();
        assertThat(release.name()).isEqualTo("usgs-mcs-2026");
        assertThat(release.sources()).singleElement().satisfies(source -> {
            assertThat(source.id().value()).isEqualTo("usgs-mcs-2026-data");
            assertThat(source.edition().orElseThrow().id()).isEqualTo("mcs-2026");
            assertThat(source.published()).contains(java.time.LocalDate.parse("2026-02-06"));
        });
        assertThat(release.observations()).hasSizeGreaterThan(8_000);
        assertThat(release.report().warnings()).extracting(Problem::value).contains("?1", "?10", "Yes | Yttrium");
    }

    @Test
    void rareEarthMineProductionOf2025AndTheRevised2024AreAsPublished() {
        Observation world2025 = one("rare-earths", Metric.PRODUCTION, "WORLD", 2025, "Mine production");
        assertThat(world2025.valueOrNaN()).isEqualTo(390_000);
        assertThat(world2025.flags()).contains(Flag.ROUNDED, Flag.ESTIMATED);
        assertThat(world2025.stage()).contains(Stage.MINING);
        assertThat(one("rare-earths", Metric.PRODUCTION, "CN", 2025, "Mine production")
                        .valueOrNaN())
                .isEqualTo(270_000);
        assertThat(one("rare-earths", Metric.PRODUCTION, "US", 2025, "Mine production")
                        .valueOrNaN())
                .isEqualTo(51_000);
        assertThat(one("rare-earths", Metric.PRODUCTION, "WORLD", 2024, "Mine production")
                        .valueOrNaN())
                .isEqualTo(380_000);
        assertThat(one("rare-earths", Metric.PRODUCTION, "AU", 2024, "Mine production")
                        .valueOrNaN())
                .isEqualTo(29_000);
        assertThat(one("rare-earths", Metric.PRODUCTION, "CN", 2024, "Mine production")
                        .flags())
                .contains(Flag.QUOTA);
        assertThat(one("rare-earths", Metric.RESERVES, "CN", 2025, "Reserves").valueOrNaN())
                .isEqualTo(44_000_000);
        Observation worldReserves = one("rare-earths", Metric.RESERVES, "WORLD", 2025, "Reserves");
        assertThat(worldReserves.valueOrNaN()).isEqualTo(85_000_000);
        assertThat(worldReserves.flags()).contains(Flag.GREATER_THAN, Flag.ROUNDED);
        assertThat(one("rare-earths", Metric.PRODUCTION, "CA", 2025, "Mine production")
                        .valueOrNaN())
                .as("an em dash is zero")
                .isZero();
    }

    @Test
    void galliumKilogramsAreConvertedToTonnes() {
        assertThat(one("gallium", Metric.PRODUCTION, "WORLD", 2025, "Primary production")
                        .valueOrNaN())
                .isEqualTo(900);
        assertThat(one("gallium", Metric.PRODUCTION, "CN", 2024, "Primary production")
                        .valueOrNaN())
                .isEqualTo(839);
        assertThat(one("gallium", Metric.CAPACITY, "WORLD", 2025, "Production capacity")
                        .valueOrNaN())
                .isEqualTo(1_700);
        Observation usPrimary = one("gallium", Metric.PRODUCTION, "US", 2025, "Production, primary");
        assertThat(usPrimary.valueOrNaN()).isZero();
        assertThat(usPrimary.raw()).isEqualTo("—");
        assertThat(one(
                                "gallium",
                                Metric.NET_IMPORT_RELIANCE,
                                "US",
                                2025,
                                "Net import reliance as a percentage of reported consumption")
                        .valueOrNaN())
                .isCloseTo(1.0, within(1e-12));
    }

    @Test
    void unitsStatedInHeadersOrCorrectedWithEvidenceAreApplied() {
        assertThat(one("molybdenum", Metric.RESERVES, "US", 2025, "Reserves (thousand metric tons)")
                        .valueOrNaN())
                .as("Reserves (thousand metric tons): 3,500")
                .isEqualTo(3_500_000);
        assertThat(one("vanadium", Metric.RESERVES, "WORLD", 2025, "Reserves").valueOrNaN())
                .as("unit column says metric tons; the reserves are thousand metric tons")
                .isEqualTo(21_000_000);
        assertThat(one("iron-ore", Metric.RESERVES, "US", 2025, "Reserves (million metric tons): Crude ore")
                        .valueOrNaN())
                .isEqualTo(3.6e9);
        Observation manganese = release.observations().stream()
                .filter(o -> o.mineral().equals(MineralId.of("manganese"))
                        && o.metric() == Metric.PRICE
                        && o.period().equals(Period.year(2021)))
                .findFirst()
                .orElseThrow();
        assertThat(manganese.valueOrNaN())
                .as("$5.27 per metric ton unit (10 kg), as the label says, not per metric ton")
                .isCloseTo(0.527, within(1e-9));
        assertThat(release.report().warnings())
                .anySatisfy(p -> assertThat(p.message()).contains("Vanadium").contains("read in kt"));
    }

    @Test
    void importSharesOfFigure3AreTheHeadlineWithTheUnitedStatesAsImporter() {
        Map<String, Double> rareEarths = headline("rare-earths");
        assertThat(rareEarths)
                .containsEntry("CN", 0.71)
                .containsEntry("MY", 0.13)
                .containsEntry("JP", 0.05)
                .containsEntry("EE", 0.05)
                .containsEntry("OTHER", 0.06);
        assertThat(headline("antimony")).containsEntry("CN", 0.55).containsEntry("BE", 0.12);
        assertThat(headline("gallium")).containsEntry("CA", 0.28).containsEntry("CN", 0.18);
        assertThat(headline("germanium")).containsEntry("BE", 0.41).containsEntry("CN", 0.23);
        assertThat(headline("cobalt")).containsEntry("NO", 0.26);
        assertThat(headline("tungsten")).containsEntry("CN", 0.26);
        assertThat(release.observations().stream()
                        .filter(o -> o.metric() == Metric.IMPORT_SOURCE_SHARE)
                        .map(Observation::importer))
                .containsOnly(Optional.of(Area.parse("US")));
    }

    @Test
    void productFormsOfImportsAreKeptApartFromTheHeadline() {
        List<Observation> oxide = release.observations().stream()
                .filter(o -> o.mineral().equals(MineralId.of("antimony"))
                        && o.metric() == Metric.IMPORT_SOURCE_FORM_SHARE
                        && o.series().equals("Import sources: Oxide"))
                .toList();
        assertThat(oxide).extracting(o -> o.area().code()).contains("CN", "BE", "BO", "FR", "OTHER");
        assertThat(release.observations().stream()
                        .filter(o -> o.mineral().equals(MineralId.of("antimony"))
                                && o.metric() == Metric.IMPORT_SOURCE_FORM_SHARE)
                        .map(Observation::series))
                .as("the chapter's total equals Figure 3 and is not kept twice")
                .doesNotContain("Import sources: Total metal and oxide");
        assertThat(headline("salt"))
                .as("a single chapter series becomes the headline")
                .isNotEmpty();
    }

    private static Map<String, Double> headline(String mineral) {
        Map<String, Double> out = new TreeMap<>();
        release.observations().stream()
                .filter(o -> o.mineral().equals(MineralId.of(mineral))
                        && o.metric() == Metric.IMPORT_SOURCE_SHARE
                        && o.period().equals(Period.range(2021, 2024)))
                .forEach(o -> out.put(o.area().code(), o.valueOrNaN()));
        return out;
    }

    @Test
    void theSalientTableGivesTheLeadingProducersShareOfTheWorldAndTheEndUseTableTheApplications() {
        Observation antimony = one(
                "antimony",
                Metric.SUPPLY_SHARE,
                "CN",
                2025,
                "Table 7: Antimony (leading producer's share of world production)");
        assertThat(antimony.valueOrNaN()).isCloseTo(0.36, within(1e-12));
        assertThat(find("rare-earths", Metric.NET_IMPORT_RELIANCE, "US", Period.year(2025)))
                .extracting(Observation::series)
                .contains("Table 7: Rare earths (compounds and metals)", "Fig. 2: RARE EARTHS, compounds and metals");
        Observation uses = release.observations().stream()
                .filter(o -> o.mineral().equals(MineralId.of("antimony")) && o.metric() == Metric.END_USE)
                .findFirst()
                .orElseThrow();
        assertThat(uses.raw()).isEqualTo("Flame retardants and lead-acid batteries.");
        assertThat(uses.quantity()).isEmpty();
    }

    @Test
    void theShiftedYttriumRowIsReadBackIntoPlaceAsARange() {
        Observation yttrium = release.observations().stream()
                .filter(o -> o.mineral().equals(MineralId.of("yttrium"))
                        && o.metric() == Metric.PRODUCTION
                        && o.area() instanceof Area.World)
                .findFirst()
                .orElseThrow();
        assertThat(yttrium.raw()).isEqualTo("10,000 - 15,000");
        assertThat(yttrium.flags()).contains(Flag.RANGE);
        assertThat(yttrium.quantity()).isEmpty();
        assertThat(yttrium.note()).isEmpty();
    }

    @Test
    void everyWorldProductionSeriesHasAtMostOneWorldTotalPerYear() {
        Map<String, Long> worlds = new TreeMap<>();
        release.observations().stream()
                .filter(o -> o.metric() == Metric.PRODUCTION && o.area() instanceof Area.World)
                .forEach(o -> worlds.merge(o.mineral() + "|" + o.series() + "|" + o.period(), 1L, Long::sum));
        assertThat(worlds).allSatisfy((key, count) -> assertThat(count).as(key).isEqualTo(1L));
        assertThat(release.observations())
                .filteredOn(o -> o.quantity().isPresent())
                .allSatisfy(o -> assertThat(o.quantity().get().unit())
                        .isEqualTo(o.quantity().get().unit().canonical()));
        assertThat(release.observations())
                .filteredOn(o -> o.metric() == Metric.PRICE && o.quantity().isPresent())
                .allSatisfy(o -> assertThat(o.quantity().get().unit()).isIn(Unit.USD_PER_KILOGRAM, Unit.INDEX_POINTS));
    }

    @Test
    void salientTablesThatShareTheirLabelsAreToldApartByCommodityOrTable() {
        assertThat(one(
                                "mica",
                                Metric.NET_IMPORT_RELIANCE,
                                "US",
                                2025,
                                "Scrap and flake: Net import reliance as a percentage of apparent consumption")
                        .quantity()
                        .orElseThrow()
                        .value())
                .isCloseTo(0.34, within(1e-9));
        assertThat(one(
                                "mica",
                                Metric.NET_IMPORT_RELIANCE,
                                "US",
                                2025,
                                "Sheet: Net import reliance as a percentage of apparent consumption")
                        .quantity()
                        .orElseThrow()
                        .value())
                .isCloseTo(1.0, within(1e-9));
        assertThat(find("diamond-industrial", Metric.PRODUCTION, "US", Period.year(2021)))
                .extracting(Observation::series)
                .contains(
                        "Diamond (Bort, grit, and dust and powder; natural and synthetic): Production: Secondary",
                        "Diamond (Stones, natural and synthetic): Production: Secondary");
        Map<String, Long> keys = new TreeMap<>();
        release.observations()
                .forEach(o -> keys.merge(
                        o.mineral() + "|" + o.stage() + "|" + o.area().code() + "|" + o.period() + "|" + o.metric()
                                + "|" + o.series() + "|" + o.basis() + "|" + o.importer(),
                        1L,
                        Long::sum));
        assertThat(keys).allSatisfy((key, count) -> assertThat(count).as(key).isEqualTo(1L));
    }
}
