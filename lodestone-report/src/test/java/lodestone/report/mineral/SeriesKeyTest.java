package lodestone.report.mineral;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.arbitrary;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import lodestone.model.geo.Area;
import lodestone.model.geo.CountryCode;
import lodestone.model.mineral.MineralId;
import lodestone.model.observation.Metric;
import lodestone.model.observation.Observation;
import lodestone.model.observation.Period;
import lodestone.model.provenance.Method;
import lodestone.model.provenance.Provenance;
import lodestone.model.provenance.SourceId;
import lodestone.model.quantity.Basis;
import lodestone.model.quantity.Quantity;
import lodestone.model.quantity.Unit;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/** The rule that reads what a value measures from each edition's labels. */
class SeriesKeyTest {
    private static Observation observation(String mineral, Metric metric, String series, String note, Unit unit) {
        return new Observation(
                MineralId.of(mineral),
                Optional.empty(),
                Area.country(CountryCode.of("US")),
                Period.year(2024),
                metric,
                series,
                Basis.UNSPECIFIED,
                Optional.of(Quantity.of(1, unit)),
                Set.of(),
                "1",
                note,
                new Provenance(SourceId.of("test"), "test:1", Method.REPORTED));
    }

    private static SeriesKey key(String mineral, Metric metric, String series, String note, Unit unit) {
        return SeriesKey.of(observation(mineral, metric, series, note, unit), false);
    }

    @Test
    void micasScrapAndFlakeRelianceReadsAlikeInItsFourLabels() {
        // MCS 2025: the column code with its metadata definition, and Fig. 2; MCS 2026: the statistic's detail, Fig. 2
        SeriesKey column = key(
                "mica",
                Metric.NET_IMPORT_RELIANCE,
                "NIR_Flake_pct",
                "Scrap and flake: Net import reliance as a percentage of apparent consumption. Net import reliance is"
                        + " defined as imports – exports. Data are estimated for the most recent year.",
                Unit.FRACTION);
        assertThat(column.product()).isEqualTo("Scrap and flake");
        assertThat(column.id()).isEqualTo("mica|net-import-reliance|share|scrap-and-flake");
        for (String label : List.of(
                "Fig. 2: MICA (NATURAL), scrap and flake",
                "Scrap and flake: Net import reliance as a percentage of apparent consumption")) {
            assertThat(key("mica", Metric.NET_IMPORT_RELIANCE, label, "Defined as imports – exports.", Unit.FRACTION))
                    .as(label)
                    .extracting(SeriesKey::id)
                    .isEqualTo(column.id());
        }
        assertThat(key("mica", Metric.NET_IMPORT_RELIANCE, "NIR_Sheet_pct", "", Unit.FRACTION)
                        .id())
                .isEqualTo("mica|net-import-reliance|share|sheet");
    }

    @Test
    void mischmetalReadsAlikeAndNeodymiumOxideStaysApartFromNdPrOxide() {
        SeriesKey older = key(
                "rare-earths",
                Metric.PRICE,
                "Price_Mischmetal_dkg",
                "Price: Average, dollars per kilogram: Mischmetal, 65% cerium, 35% lanthanum. Source: Argus Media"
                        + " group, Argus Non-ferrous Markets. Data are estimated for the most recent year.",
                Unit.USD_PER_KILOGRAM);
        SeriesKey newer = key(
                "rare-earths",
                Metric.PRICE,
                "Price, average, dollars per kilogram: Mischmetal, 65% cerium, 35% lanthanum",
                "Free on board. Source: Argus Media group, Argus Non-Ferrous Markets.",
                Unit.USD_PER_KILOGRAM);
        assertThat(newer).isEqualTo(older);
        assertThat(newer.product()).isEqualTo("Mischmetal, 65% cerium, 35% lanthanum");
        SeriesKey neodymiumOxide = key(
                "rare-earths",
                Metric.PRICE,
                "Price_Nd2O3_dkg",
                "Price: Average, dollars per kilogram: Neodymium oxide, 99.5% minimum. Source: Argus Media group.",
                Unit.USD_PER_KILOGRAM);
        SeriesKey ndprOxide = key(
                "rare-earths",
                Metric.PRICE,
                "Price, average, dollars per kilogram: Neodymium-praseodymium (NdPr) oxide, 99% minimum",
                "",
                Unit.USD_PER_KILOGRAM);
        assertThat(neodymiumOxide).isNotEqualTo(ndprOxide);
    }

    @Test
    void aTablesWholeCommodityLineACodeWithoutDefinitionAndTheChaptersCommodityName() {
        assertThat(key("gallium", Metric.NET_IMPORT_RELIANCE, "Table 5: Gallium", "", Unit.FRACTION)
                        .product())
                .isEmpty();
        assertThat(key("gallium", Metric.NET_IMPORT_RELIANCE, "Fig. 2: GALLIUM", "", Unit.FRACTION)
                        .product())
                .isEmpty();
        assertThat(key("mica", Metric.PRICE, "Price_Ground_dry_dt", "", Unit.USD_PER_KILOGRAM)
                        .product())
                .isEqualTo("Ground, dry");
        // "Bauxite: Net import reliance ..." (MCS 2025) is MCS 2026's "Net import reliance ..." of bauxite
        assertThat(key(
                        "bauxite",
                        Metric.NET_IMPORT_RELIANCE,
                        "Bauxite_NIR_pct",
                        "Bauxite: Net import reliance as a percentage of apparent consumption. Data are estimated.",
                        Unit.FRACTION))
                .isEqualTo(key(
                        "bauxite",
                        Metric.NET_IMPORT_RELIANCE,
                        "Net import reliance as a percentage of apparent consumption",
                        "",
                        Unit.FRACTION));
        // the stated unit is not the product: a price per ton and per kilogram of one product are one series
        assertThat(key(
                                "barite",
                                Metric.PRICE,
                                "Price, average unit value, ground, ex-works, dollars per metric ton",
                                "",
                                Unit.USD_PER_KILOGRAM)
                        .product())
                .isEqualTo("ground, ex-works");
    }

    @Test
    void worldProductionIsNamedByStageAndBasisAndByItsLabelOnlyWhereAnEditionGivesSeveral() {
        Observation pigIron = new Observation(
                MineralId.of("iron-and-steel"),
                Optional.empty(),
                Area.world(),
                Period.year(2024),
                Metric.PRODUCTION,
                "Pig iron",
                Basis.GROSS_WEIGHT,
                Optional.of(Quantity.of(1.3e9, Unit.TONNE)),
                Set.of(),
                "1,300,000,000",
                "",
                new Provenance(SourceId.of("test"), "test:1", Method.REPORTED));
        assertThat(SeriesKey.of(pigIron, false).product()).isEmpty();
        assertThat(SeriesKey.of(pigIron, true).product()).isEqualTo("Pig iron");
        assertThat(SeriesKey.production("soda-ash", "Soda ash, total natural and synthetic"))
                .isEqualTo(SeriesKey.production("soda-ash", "Mine production: natural and synthetic"));
    }

    /** Labels made of the words the editions use, joined by the separators they use. */
    private static Gen<String> labels() {
        Gen<String> part = arbitrary()
                .pick(List.of(
                        "Price",
                        "average",
                        "dollars per kilogram",
                        "cents per pound",
                        "Net import reliance as a percentage of apparent consumption",
                        "Scrap and flake",
                        "Sheet",
                        "Mischmetal",
                        "65% cerium",
                        "Fig. 2",
                        "MICA (NATURAL)",
                        "Table 5",
                        "Ground",
                        "dry",
                        "NIR_Flake_pct",
                        "Price_Dy2O3_dkg"));
        Gen<String> separator = arbitrary().pick(List.of(": ", ", ", " ", "_"));
        return lists().of(part.zip(separator, (p, s) -> p + s))
                .ofSizeBetween(1, 6)
                .map(parts -> String.join("", parts).strip());
    }

    @Test
    void noKeyJoinsTwoUnits() {
        Gen<Unit> units = arbitrary()
                .pick(List.of(
                        Unit.FRACTION,
                        Unit.ONE,
                        Unit.FACTOR,
                        Unit.TONNE,
                        Unit.CUBIC_METRE,
                        Unit.USD_PER_KILOGRAM,
                        Unit.INDEX_POINTS));
        qt().withFixedSeed(20261204L).forAll(labels(), labels(), units, units).check((a, b, unitA, unitB) -> {
            Metric metric = Metric.PRICE;
            SeriesKey first = key("mica", metric, a, a, unitA);
            SeriesKey second = key("mica", metric, b, b, unitB);
            boolean sameId = first.id().equals(second.id());
            // one key (and one key text) is one unit; the same label in two units is two series
            return (!first.equals(second) || unitA == unitB) && (!sameId || unitA == unitB);
        });
    }
}
