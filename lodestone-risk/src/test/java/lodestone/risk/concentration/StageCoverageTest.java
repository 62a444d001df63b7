package lodestone.risk.concentration;

import static org.assertj.core.api.Assertions.assertThat;

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

class StageCoverageTest {
    private static final MineralId GRAPHITE = MineralId.of("graphite");
    private static final MineralId REE = MineralId.of("rare-earths");
    private static final MineralId DY = MineralId.of("dysprosium");

    private static Source source(String id, SourceTier tier) {
        return new Source(
                SourceId.of(id),
                "p",
                "t",
                Optional.of("https://example.org/" + id),
                Optional.empty(),
                Optional.empty(),
                "l",
                "a",
                tier,
                Optional.empty());
    }

    private static Observation line(
            MineralId mineral, Metric metric, Stage stage, String area, Period period, double value, String source) {
        return new Observation(
                mineral,
                Optional.of(stage),
                Area.parse(area),
                period,
                metric,
                source.startsWith("eu") ? "EU CRM 2023 global supply" : "Mine production",
                Basis.GROSS_WEIGHT,
                Optional.of(
                        metric == Metric.SUPPLY_SHARE
                                ? Quantity.of(value, Unit.FRACTION)
                                : Quantity.of(value, Unit.TONNE)),
                Set.of(),
                Double.toString(value),
                "",
                new Provenance(SourceId.of(source), source + ":" + area, Method.REPORTED));
    }

    private static KnowledgeSnapshot snapshot() {
        List<Observation> o = new ArrayList<>();
        o.add(line(GRAPHITE, Metric.PRODUCTION, Stage.MINING, "CN", Period.year(2025), 1_200_000, "usgs"));
        o.add(line(GRAPHITE, Metric.PRODUCTION, Stage.MINING, "WORLD", Period.year(2025), 1_600_000, "usgs"));
        o.add(line(GRAPHITE, Metric.SUPPLY_SHARE, Stage.MINING, "CN", Period.range(2016, 2020), 0.67, "eu"));
        o.add(line(DY, Metric.SUPPLY_SHARE, Stage.PROCESSING, "CN", Period.range(2016, 2020), 1.0, "eu"));
        o.add(line(REE, Metric.PRODUCTION, Stage.MINING, "CN", Period.year(2025), 270_000, "usgs"));
        o.add(line(REE, Metric.PRODUCTION, Stage.MINING, "WORLD", Period.year(2025), 390_000, "usgs"));
        return new KnowledgeSnapshot(
                MineralCatalogue.of(List.of(
                        new Mineral(GRAPHITE, "Graphite (natural)", Optional.empty(), Set.of(), List.of(), Set.of()),
                        new Mineral(REE, "Rare earths", Optional.empty(), Set.of(), List.of(DY), Set.of()),
                        new Mineral(DY, "Dysprosium", Optional.of("Dy"), Set.of(), List.of(), Set.of()))),
                Countries.withAliases(Map.of(), Map.of()),
                List.of(),
                List.of(source("usgs", SourceTier.OFFICIAL_STATISTICS), source("eu", SourceTier.GOVERNMENT)),
                o);
    }

    @Test
    void aStageNoSourceGivesIsListedAsNoSourceRatherThanLeftOut() {
        StageCoverage graphite = StageCoverage.of(snapshot(), GRAPHITE);
        assertThat(graphite.stages())
                .extracting(StageCoverage.Entry::stage)
                .containsExactly(Stage.MINING, Stage.PROCESSING);
        StageCoverage.Entry processing = graphite.entry(Stage.PROCESSING).orElseThrow();
        assertThat(processing.covered()).isFalse();
        assertThat(processing.describe()).isEqualTo("no source");
    }

    @Test
    void eachSourceOfAStageCarriesItsDataYears() {
        StageCoverage.Entry mining =
                StageCoverage.of(snapshot(), GRAPHITE).entry(Stage.MINING).orElseThrow();
        assertThat(mining.sources())
                .extracting(c -> c.source().value(), c -> c.period().toString())
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("usgs", "2025"),
                        org.assertj.core.groups.Tuple.tuple("eu", "2016-2020"));
        assertThat(mining.describe()).isEqualTo("usgs 2025; eu 2016-2020");
    }

    @Test
    void aGroupWithoutAStageOfItsOwnIsCoveredByItsMembersAndSaysSo() {
        StageCoverage.Entry processing =
                StageCoverage.of(snapshot(), REE).entry(Stage.PROCESSING).orElseThrow();
        assertThat(processing.fromMembers()).isTrue();
        assertThat(processing.sources())
                .singleElement()
                .satisfies(c -> assertThat(c.mineral()).isEqualTo(DY));
        assertThat(processing.describe()).isEqualTo("eu 2016-2020 (by member)");
        assertThat(CountryCode.of("CN").value()).isEqualTo("CN");
    }
}
