package lodestone.model.knowledge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import lodestone.model.chain.Stage;
import lodestone.model.geo.Area;
import lodestone.model.geo.Countries;
import lodestone.model.geo.CountryCode;
import lodestone.model.mineral.Mineral;
import lodestone.model.mineral.MineralCatalogue;
import lodestone.model.mineral.MineralId;
import lodestone.model.observation.Metric;
import lodestone.model.observation.Observation;
import lodestone.model.observation.Period;
import lodestone.model.provenance.Edition;
import lodestone.model.provenance.Method;
import lodestone.model.provenance.Provenance;
import lodestone.model.provenance.Source;
import lodestone.model.provenance.SourceId;
import lodestone.model.provenance.SourceTier;
import lodestone.model.quantity.Basis;
import lodestone.model.quantity.Quantity;
import lodestone.model.quantity.Unit;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

class EditionChoiceTest {
    private static final MineralId REE = MineralId.of("rare-earths");
    private static final Source MCS_2025 = source("usgs-mcs-2025-data").withEdition(Edition.parse("mcs-2025"));
    private static final Source MCS_2026 = source("usgs-mcs-2026-data").withEdition(Edition.parse("mcs-2026"));
    private static final Source EU = source("eu-crm-2023-study");

    private static Source source(String id) {
        return new Source(
                SourceId.of(id),
                "p",
                "t",
                Optional.of("https://example.org/" + id),
                Optional.empty(),
                Optional.empty(),
                "public domain",
                "credit",
                SourceTier.OFFICIAL_STATISTICS,
                Optional.empty());
    }

    private static Observation production(Source source, String area, Period period, double tonnes) {
        return new Observation(
                REE,
                Optional.of(Stage.MINING),
                Area.parse(area),
                period,
                Metric.PRODUCTION,
                "Mine production",
                Basis.OXIDE_EQUIVALENT,
                Optional.of(Quantity.of(tonnes, Unit.TONNE)),
                Set.of(),
                Double.toString(tonnes),
                "",
                new Provenance(source.id(), "f.csv:" + (int) tonnes, Method.REPORTED));
    }

    private static KnowledgeSnapshot snapshot(List<Observation> observations) {
        return new KnowledgeSnapshot(
                MineralCatalogue.of(
                        List.of(new Mineral(REE, "Rare earths", Optional.empty(), Set.of(), List.of(), Set.of()))),
                Countries.withAliases(Map.of(), Map.of()),
                List.of(),
                List.of(MCS_2025, MCS_2026, EU),
                observations);
    }

    @Test
    void theLatestEditionRevisesTheYearsItSharesAndKeepsTheOthers() {
        Observation au2023 = production(MCS_2025, "AU", Period.year(2023), 16_000);
        Observation au2024old = production(MCS_2025, "AU", Period.year(2024), 13_000);
        Observation au2024new = production(MCS_2026, "AU", Period.year(2024), 29_000);
        Observation au2025 = production(MCS_2026, "AU", Period.year(2025), 29_000);
        Observation eu = production(EU, "CN", Period.range(2016, 2020), 1);
        KnowledgeSnapshot all = snapshot(List.of(au2023, au2024old, au2024new, au2025, eu));

        assertThat(EditionChoice.latest().apply(all).observations())
                .containsExactlyInAnyOrder(au2023, au2024new, au2025, eu);
        assertThat(EditionChoice.only(Edition.parse("mcs-2025")).apply(all).observations())
                .containsExactlyInAnyOrder(au2023, au2024old, eu);
        assertThat(EditionChoice.all().apply(all).observations()).hasSize(5);
        assertThat(EditionChoice.present(all)).extracting(Edition::id).containsExactly("mcs-2025", "mcs-2026");
    }

    @Test
    void theNewestMultiYearPeriodReplacesTheOlderOne() {
        Observation old = production(MCS_2025, "CN", Period.range(2020, 2023), 70);
        Observation recent = production(MCS_2026, "CN", Period.range(2021, 2024), 71);
        assertThat(EditionChoice.latest().apply(snapshot(List.of(old, recent))).observations())
                .containsExactly(recent);
    }

    @Test
    void anEditionNotInTheStoreIsRefusedNamingTheOnesThatAre() {
        KnowledgeSnapshot one = snapshot(List.of(production(MCS_2025, "AU", Period.year(2024), 1)));
        assertThatThrownBy(() -> EditionChoice.parse("mcs-2024").apply(one))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("edition (mcs-2024)")
                .hasMessageContaining("mcs-2025")
                .hasMessageContaining("Maybe import");
        assertThat(EditionChoice.parse("latest")).isEqualTo(EditionChoice.latest());
        assertThat(EditionChoice.parse("all")).isEqualTo(EditionChoice.all());
    }

    /** Random observations over two editions, three areas and three years. */
    private static Gen<List<Observation>> mixes() {
        return lists().of(integers().between(0, 2 * 3 * 3 * 100 - 1))
                .ofSizeBetween(0, 30)
                .map(codes -> {
                    List<Observation> out = new ArrayList<>();
                    Set<String> seen = new HashSet<>();
                    for (int code : codes) {
                        Source source = code % 2 == 0 ? MCS_2025 : MCS_2026;
                        String area = List.of("AU", "CN", "US").get((code / 2) % 3);
                        int year = 2023 + (code / 6) % 3;
                        double tonnes = 1 + code;
                        if (seen.add(source.id() + area + year)) {
                            out.add(production(source, area, Period.year(year), tonnes));
                        }
                    }
                    return out;
                });
    }

    @Test
    void theLatestChoiceNeverShowsTwoEditionsOfOneDataYearAndLosesNoYear() {
        qt().withFixedSeed(2026L).withExamples(200).forAll(mixes()).check(observations -> {
            KnowledgeSnapshot all = snapshot(observations);
            List<Observation> kept = EditionChoice.latest().apply(all).observations();
            Map<Integer, Set<SourceId>> sourcesByYear = new java.util.HashMap<>();
            kept.forEach(o -> sourcesByYear
                    .computeIfAbsent(o.period().startYear(), y -> new HashSet<>())
                    .add(o.provenance().source()));
            Set<Integer> yearsBefore = new HashSet<>();
            observations.forEach(o -> yearsBefore.add(o.period().startYear()));
            return sourcesByYear.values().stream().allMatch(s -> s.size() == 1)
                    && sourcesByYear.keySet().equals(yearsBefore)
                    && all.observations().containsAll(kept);
        });
    }

    @Test
    void choosingOneEditionKeepsItWhole() {
        qt().withFixedSeed(2025L).withExamples(200).forAll(mixes()).check(observations -> {
            KnowledgeSnapshot all = snapshot(observations);
            if (!EditionChoice.present(all).contains(Edition.parse("mcs-2025"))) {
                return true;
            }
            List<Observation> kept =
                    EditionChoice.only(Edition.parse("mcs-2025")).apply(all).observations();
            return kept.equals(observations.stream()
                    .filter(o -> o.provenance().source().equals(MCS_2025.id()))
                    .toList());
        });
    }

    @Test
    void anImporterIsAcceptedOnImportSharesOnly() {
        Observation share = new Observation(
                REE,
                Optional.empty(),
                Area.country(CountryCode.of("CN")),
                Period.range(2021, 2024),
                Metric.IMPORT_SOURCE_SHARE,
                "Fig. 3",
                Basis.UNSPECIFIED,
                Optional.of(Quantity.of(71, Unit.PERCENT).canonical()),
                Set.of(),
                "71",
                "",
                new Provenance(MCS_2026.id(), "Fig3.csv:2", Method.REPORTED));
        assertThat(share.withImporter(Area.country(CountryCode.of("US"))).importer())
                .contains(Area.country(CountryCode.of("US")));
        Observation production = production(MCS_2026, "CN", Period.year(2025), 1);
        assertThatThrownBy(() -> production.withImporter(Area.country(CountryCode.of("US"))))
                .hasMessageContaining("applies only to import-source and sourcing shares");
    }
}
