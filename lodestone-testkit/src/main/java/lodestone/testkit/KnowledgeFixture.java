package lodestone.testkit;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import lodestone.model.agreement.PolicyRecords;
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

/**
 * A small knowledge snapshot written as a worked example, for tests of the analytics:
 *
 * <pre>
 * KnowledgeFixture.create()
 *         .mineral("rare-earths", "dysprosium")
 *         .mining("rare-earths", 2024, Map.of("CN", 270_000.0, "US", 45_000.0), 390_000)
 *         .netImportReliance("rare-earths", "US", 2024, 0.8)
 *         .importShares("rare-earths", 2020, 2023, Map.of("CN", 0.70, "MY", 0.13))
 *         .snapshot();
 * </pre>
 *
 * Every observation cites one test source ({@code test-survey}); quantities are tonnes or fractions. Countries are
 * ISO 3166-1 alpha-2 codes; {@code OTHER} stands for the unallocated remainder.
 */
public final class KnowledgeFixture {
    /** The source every fixture observation cites. */
    public static final SourceId SOURCE = SourceId.of("test-survey");

    private final Map<MineralId, Mineral> minerals = new LinkedHashMap<>();
    private final List<Observation> observations = new ArrayList<>();
    private PolicyRecords policy = PolicyRecords.EMPTY;

    private KnowledgeFixture() {}

    /** @return an empty fixture */
    public static KnowledgeFixture create() {
        return new KnowledgeFixture();
    }

    /**
     * Adds a mineral (named after its id) and, for a group, its members as minerals of their own.
     *
     * @param id the mineral id
     * @param members the ids of its members, if it is a group
     * @return this
     */
    public KnowledgeFixture mineral(String id, String... members) {
        List<MineralId> memberIds = new ArrayList<>();
        for (String member : members) {
            memberIds.add(MineralId.of(member));
            minerals.putIfAbsent(
                    MineralId.of(member),
                    new Mineral(MineralId.of(member), member, Optional.empty(), Set.of(), List.of(), Set.of()));
        }
        minerals.put(
                MineralId.of(id), new Mineral(MineralId.of(id), id, Optional.empty(), Set.of(), memberIds, Set.of()));
        return this;
    }

    /**
     * Mine production of one year: each country's tonnes and the world total.
     *
     * @param mineral the mineral id
     * @param year the year
     * @param tonnesByCountry tonnes per ISO alpha-2 code
     * @param worldTonnes the world total, tonnes
     * @return this
     */
    public KnowledgeFixture mining(String mineral, int year, Map<String, Double> tonnesByCountry, double worldTonnes) {
        return production(mineral, Stage.MINING, year, tonnesByCountry, worldTonnes);
    }

    /**
     * Production at a stage in one year: each country's tonnes and the world total.
     *
     * @param mineral the mineral id
     * @param stage the stage
     * @param year the year
     * @param tonnesByCountry tonnes per ISO alpha-2 code
     * @param worldTonnes the world total, tonnes
     * @return this
     */
    public KnowledgeFixture production(
            String mineral, Stage stage, int year, Map<String, Double> tonnesByCountry, double worldTonnes) {
        tonnesByCountry.forEach((country, tonnes) -> add(
                mineral, Optional.of(stage), area(country), Period.year(year), Metric.PRODUCTION, tonnes, Unit.TONNE));
        add(mineral, Optional.of(stage), Area.world(), Period.year(year), Metric.PRODUCTION, worldTonnes, Unit.TONNE);
        return this;
    }

    /**
     * @param mineral the mineral id
     * @param country the importing country, ISO alpha-2
     * @param year the year
     * @param fraction net import reliance, a fraction of apparent consumption
     * @return this
     */
    public KnowledgeFixture netImportReliance(String mineral, String country, int year, double fraction) {
        return add(
                mineral,
                Optional.empty(),
                area(country),
                Period.year(year),
                Metric.NET_IMPORT_RELIANCE,
                fraction,
                Unit.FRACTION);
    }

    /**
     * @param mineral the mineral id
     * @param from first year of the period
     * @param to last year of the period
     * @param shareByCountry each import source's share of imports (fraction), {@code OTHER} for the remainder
     * @return this
     */
    public KnowledgeFixture importShares(String mineral, int from, int to, Map<String, Double> shareByCountry) {
        shareByCountry.forEach((country, share) -> add(
                mineral,
                Optional.empty(),
                area(country),
                Period.range(from, to),
                Metric.IMPORT_SOURCE_SHARE,
                share,
                Unit.FRACTION));
        return this;
    }

    /**
     * @param mineral the mineral id
     * @param from first year of the period
     * @param to last year of the period
     * @param countries the import sources, largest first
     * @return this
     */
    public KnowledgeFixture importRanks(String mineral, int from, int to, String... countries) {
        for (int i = 0; i < countries.length; i++) {
            add(
                    mineral,
                    Optional.empty(),
                    area(countries[i]),
                    Period.range(from, to),
                    Metric.IMPORT_SOURCE_RANK,
                    i + 1,
                    Unit.ONE);
        }
        return this;
    }

    /**
     * @param records trade measures, agreements and projects (they must cite {@link #SOURCE})
     * @return this
     */
    public KnowledgeFixture policy(PolicyRecords records) {
        this.policy = records;
        return this;
    }

    /** @return the test source every fixture observation cites, official statistics */
    public static Source source() {
        return new Source(
                SOURCE,
                "Test survey",
                "Test statistics",
                Optional.of("https://example.org/stats"),
                Optional.empty(),
                Optional.empty(),
                "CC0",
                "Test survey",
                SourceTier.OFFICIAL_STATISTICS,
                Optional.empty());
    }

    /** @return the snapshot */
    public KnowledgeSnapshot snapshot() {
        List<Source> sources = new ArrayList<>(List.of(source()));
        policy.sources().stream().filter(s -> !s.id().equals(SOURCE)).forEach(sources::add);
        return new KnowledgeSnapshot(
                MineralCatalogue.of(minerals.values()),
                Countries.withAliases(Map.of(), Map.of()),
                List.of(),
                sources,
                observations,
                policy);
    }

    private KnowledgeFixture add(
            String mineral, Optional<Stage> stage, Area area, Period period, Metric metric, double value, Unit unit) {
        MineralId id = MineralId.of(mineral);
        minerals.putIfAbsent(id, new Mineral(id, mineral, Optional.empty(), Set.of(), List.of(), Set.of()));
        observations.add(new Observation(
                id,
                stage,
                area,
                period,
                metric,
                "test series",
                Basis.UNSPECIFIED,
                Optional.of(Quantity.of(value, unit)),
                Set.of(),
                String.valueOf(value),
                "",
                new Provenance(SOURCE, "test.csv:" + metric.id() + ":" + area.code(), Method.REPORTED)));
        return this;
    }

    private static Area area(String code) {
        return code.equals("OTHER") ? Area.otherCountries() : Area.country(CountryCode.of(code));
    }
}
