package lodestone.risk.dependency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import lodestone.model.chain.Stage;
import lodestone.model.geo.Area;
import lodestone.model.geo.Countries;
import lodestone.model.geo.CountryCode;
import lodestone.model.knowledge.KnowledgeSnapshot;
import lodestone.model.mineral.Mineral;
import lodestone.model.mineral.MineralCatalogue;
import lodestone.model.mineral.MineralId;
import lodestone.model.observation.Metric;
import lodestone.model.observation.Observation;
import lodestone.model.observation.Period;
import lodestone.model.provenance.Method;
import lodestone.model.provenance.Provenance;
import lodestone.model.provenance.Source;
import lodestone.model.provenance.SourceId;
import lodestone.model.provenance.SourceTier;
import lodestone.model.quantity.Basis;
import lodestone.model.quantity.Quantity;
import lodestone.model.quantity.Unit;
import org.junit.jupiter.api.Test;

/**
 * Look-through exposure as a worked example: U.S. rare earths, NIR 80 %, imports China 70 %, Malaysia 13 %, Japan
 * 6 %, Estonia 5 %, other 6 %; world mining China 270 of 390 kt.
 */
class DependencyTest {
    private static final MineralId REE = MineralId.of("rare-earths");
    private static final MineralId DY = MineralId.of("dysprosium");
    private static final SourceId SOURCE = SourceId.of("test-survey");
    private static final CountryCode US = CountryCode.of("US");
    private static final CountryCode CN = CountryCode.of("CN");

    private static Observation obs(
            MineralId mineral, Optional<Stage> stage, Area area, Period period, Metric metric, Quantity quantity) {
        return new Observation(
                mineral,
                stage,
                area,
                period,
                metric,
                "test series",
                Basis.UNSPECIFIED,
                Optional.of(quantity),
                Set.of(),
                String.valueOf(quantity.value()),
                "",
                new Provenance(SOURCE, "test.csv:" + metric.id() + ":" + area.code(), Method.REPORTED));
    }

    private static KnowledgeSnapshot snapshot() {
        List<Observation> o = new ArrayList<>();
        o.add(obs(REE, Optional.empty(), Area.country(US), Period.year(2024), Metric.NET_IMPORT_RELIANCE, frac(0.8)));
        Map.of("CN", 0.70, "MY", 0.13, "JP", 0.06, "EE", 0.05)
                .forEach((c, s) -> o.add(obs(
                        REE,
                        Optional.empty(),
                        Area.country(CountryCode.of(c)),
                        Period.range(2020, 2023),
                        Metric.IMPORT_SOURCE_SHARE,
                        frac(s))));
        o.add(obs(
                REE,
                Optional.empty(),
                Area.otherCountries(),
                Period.range(2020, 2023),
                Metric.IMPORT_SOURCE_SHARE,
                frac(0.06)));
        Map.of("CN", 270_000.0, "US", 45_000.0, "AU", 13_000.0, "MY", 130.0)
                .forEach((c, t) -> o.add(obs(
                        REE,
                        Optional.of(Stage.MINING),
                        Area.country(CountryCode.of(c)),
                        Period.year(2024),
                        Metric.PRODUCTION,
                        Quantity.of(t, Unit.TONNE))));
        o.add(obs(
                REE,
                Optional.of(Stage.MINING),
                Area.world(),
                Period.year(2024),
                Metric.PRODUCTION,
                Quantity.of(390_000, Unit.TONNE)));
        MineralCatalogue catalogue = MineralCatalogue.of(List.of(
                new Mineral(REE, "Rare earths", Optional.empty(), Set.of(), List.of(DY), Set.of()),
                new Mineral(DY, "Dysprosium", Optional.of("Dy"), Set.of(), List.of(), Set.of())));
        Source source = new Source(
                SOURCE,
                "Test survey",
                "Test statistics",
                Optional.of("https://example.org/stats"),
                Optional.empty(),
                Optional.empty(),
                "CC0",
                "Test survey",
                SourceTier.OFFICIAL_STATISTICS);
        return new KnowledgeSnapshot(
                catalogue, Countries.withAliases(Map.of(), Map.of()), List.of(), List.of(source), o);
    }

    private static Quantity frac(double value) {
        return Quantity.of(value, Unit.FRACTION);
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
    }

    @Test
    void lookThroughIsNeverBelowDirectAndMiningOnlyCountriesAppear() {
        Dependency d = Dependency.of(snapshot(), REE, US);
        for (Dependency.Exposure e : d.exposures()) {
            assertThat(e.lookThrough()).isGreaterThanOrEqualTo(e.direct().getAsDouble() - 1e-12);
        }
        Dependency.Exposure australia = d.exposureTo(CountryCode.of("AU")).orElseThrow();
        assertThat(australia.direct().getAsDouble()).isZero();
        assertThat(australia.lookThrough()).isCloseTo(0.8 * 1.0 * 13_000 / 390_000, within(1e-12));
    }

    @Test
    void aMemberWithoutImportDataTakesItsGroups() {
        Dependency d = Dependency.of(snapshot(), DY, US);
        assertThat(d.dataFrom()).isEqualTo(REE);
        assertThat(d.netImportReliance().getAsDouble()).isEqualTo(0.8);
        assertThat(d.note()).contains("group rare-earths");
    }

    @Test
    void aMemberOfTwoGroupsTakesTheOneThatGivesImportSourcesAsWellAsReliance() {
        KnowledgeSnapshot base = snapshot();
        MineralId heavy = MineralId.of("heavy-rare-earths");
        List<Observation> o = new ArrayList<>(base.observations());
        // MCS 2026 gives the heavy rare earths a net import reliance but no import sources of their own.
        o.add(obs(heavy, Optional.empty(), Area.country(US), Period.year(2025), Metric.NET_IMPORT_RELIANCE, frac(1)));
        MineralCatalogue catalogue = MineralCatalogue.of(List.of(
                new Mineral(heavy, "Heavy rare earths", Optional.empty(), Set.of(), List.of(DY), Set.of()),
                new Mineral(REE, "Rare earths", Optional.empty(), Set.of(), List.of(DY), Set.of()),
                new Mineral(DY, "Dysprosium", Optional.of("Dy"), Set.of(), List.of(), Set.of())));
        KnowledgeSnapshot twoGroups = new KnowledgeSnapshot(catalogue, base.countries(), List.of(), base.sources(), o);

        Dependency d = Dependency.of(twoGroups, DY, US);

        assertThat(d.dataFrom()).isEqualTo(REE);
        assertThat(d.exposureTo(CN)).isPresent();
    }

    @Test
    void anotherPerspectiveHasNoImportDataAndSaysSo() {
        Dependency d = Dependency.of(snapshot(), REE, CountryCode.of("DE"));
        assertThat(d.netImportReliance()).isEmpty();
        assertThat(d.exposures()).isEmpty();
        assertThat(d.note()).contains("no import statistics for DE");
    }
}
