package lodestone.model.knowledge;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import lodestone.model.agreement.PolicyRecords;
import lodestone.model.buffer.Buffer;
import lodestone.model.buffer.BuffersInForce;
import lodestone.model.geo.Countries;
import lodestone.model.list.CriticalMineralList;
import lodestone.model.mineral.MineralCatalogue;
import lodestone.model.mineral.MineralId;
import lodestone.model.observation.Metric;
import lodestone.model.observation.Observation;
import lodestone.model.provenance.Source;
import lodestone.model.provenance.SourceId;

/**
 * The state of knowledge held in memory: the catalogue, the countries, the lists, the sources and every observation.
 * Small (tens of thousands of observations); analytics modules take it as plain objects and never touch a database.
 */
public final class KnowledgeSnapshot {
    private final MineralCatalogue minerals;
    private final Countries countries;
    private final List<CriticalMineralList> lists;
    private final Map<SourceId, Source> sources;
    private final List<Observation> observations;
    private final Map<MineralId, List<Observation>> byMineral;
    /** The same, split by metric once: queries ask for one metric of a mineral many times. */
    private final Map<MineralId, Map<Metric, List<Observation>>> byMineralMetric;

    private final PolicyRecords policy;

    /**
     * @param minerals the catalogue
     * @param countries the country registry
     * @param lists the critical-mineral lists
     * @param sources every source that an observation or list cites
     * @param observations the observations
     * @throws IllegalArgumentException if an observation cites a source that is missing, or names a mineral not in
     *     the catalogue
     */
    public KnowledgeSnapshot(
            MineralCatalogue minerals,
            Countries countries,
            Collection<CriticalMineralList> lists,
            Collection<Source> sources,
            Collection<Observation> observations) {
        this(minerals, countries, lists, sources, observations, PolicyRecords.EMPTY);
    }

    /**
     * @param minerals the catalogue
     * @param countries the country registry
     * @param lists the critical-mineral lists
     * @param sources every source that an observation, list or policy record cites
     * @param observations the observations
     * @param policy trade measures, agreements and projects
     * @throws IllegalArgumentException if a record cites a source that is missing, or names a mineral not in the
     *     catalogue
     */
    public KnowledgeSnapshot(
            MineralCatalogue minerals,
            Countries countries,
            Collection<CriticalMineralList> lists,
            Collection<Source> sources,
            Collection<Observation> observations,
            PolicyRecords policy) {
        this.minerals = Objects.requireNonNull(minerals, "minerals");
        this.countries = Objects.requireNonNull(countries, "countries");
        this.lists = List.copyOf(lists);
        Map<SourceId, Source> bySource = new TreeMap<>();
        sources.forEach(source -> bySource.put(source.id(), source));
        this.sources = Map.copyOf(bySource);
        this.observations = List.copyOf(observations);
        Map<MineralId, List<Observation>> index = new HashMap<>();
        for (Observation observation : this.observations) {
            if (!this.sources.containsKey(observation.provenance().source())) {
                throw new IllegalArgumentException("observation of " + observation.mineral() + " cites source ("
                        + observation.provenance().source() + ") that is not in the snapshot.");
            }
            minerals.require(observation.mineral());
            index.computeIfAbsent(observation.mineral(), id -> new java.util.ArrayList<>())
                    .add(observation);
        }
        this.byMineral = index.entrySet().stream()
                .collect(Collectors.toUnmodifiableMap(Map.Entry::getKey, entry -> List.copyOf(entry.getValue())));
        this.byMineralMetric = byMineral.entrySet().stream()
                .collect(Collectors.toUnmodifiableMap(Map.Entry::getKey, entry -> byMetric(entry.getValue())));
        this.policy = java.util.Objects.requireNonNull(policy, "policy");
        policy.measures().forEach(measure -> {
            measure.minerals().forEach(minerals::require);
            measure.sources().forEach(this::source);
        });
        policy.agreements().forEach(agreement -> {
            agreement.minerals().forEach(minerals::require);
            agreement.sources().forEach(this::source);
        });
        policy.projects().forEach(project -> project.sources().forEach(this::source));
        Stream.<Buffer>concat(policy.stockpiles().stream(), policy.priceFloors().stream())
                .forEach(buffer -> {
                    buffer.scope().minerals().forEach(minerals::require);
                    buffer.sources().forEach(this::source);
                });
        policy.drafts().measures().forEach(measure -> measure.sources().forEach(this::source));
        policy.drafts().agreements().forEach(agreement -> agreement.sources().forEach(this::source));
    }

    /** @return the trade measures, agreements and projects */
    public PolicyRecords policy() {
        return policy;
    }

    /**
     * @return the query of which stockpiles and price floors on record cover a mineral and are in force on a date
     * @throws IllegalArgumentException if a record covers a critical-mineral list the snapshot does not hold
     */
    public BuffersInForce buffers() {
        return new BuffersInForce(policy.stockpiles(), policy.priceFloors(), minerals, lists);
    }

    public MineralCatalogue minerals() {
        return minerals;
    }

    public Countries countries() {
        return countries;
    }

    public List<CriticalMineralList> lists() {
        return lists;
    }

    /** @return the list with this id */
    public Optional<CriticalMineralList> list(String id) {
        return lists.stream().filter(list -> list.id().equals(id)).findFirst();
    }

    /** @return every source, ordered by id */
    public List<Source> sources() {
        return List.copyOf(new TreeMap<>(sources).values());
    }

    /**
     * @return the source with this id
     * @throws IllegalArgumentException if it is not in the snapshot
     */
    public Source source(SourceId id) {
        Source source = sources.get(id);
        if (source == null) {
            throw new IllegalArgumentException("source (" + id + ") is not in the snapshot.");
        }
        return source;
    }

    /** @return every observation */
    public List<Observation> observations() {
        return observations;
    }

    /** @return the observations of one mineral */
    public List<Observation> observations(MineralId mineral) {
        return byMineral.getOrDefault(mineral, List.of());
    }

    /** @return the observations of one mineral and metric */
    public List<Observation> observations(MineralId mineral, Metric metric) {
        return byMineralMetric.getOrDefault(mineral, Map.of()).getOrDefault(metric, List.of());
    }

    /** The observations of one mineral split by metric, each list in the snapshot's order. */
    private static Map<Metric, List<Observation>> byMetric(List<Observation> observations) {
        Map<Metric, List<Observation>> split = new java.util.EnumMap<>(Metric.class);
        for (Observation observation : observations) {
            split.computeIfAbsent(observation.metric(), m -> new java.util.ArrayList<>())
                    .add(observation);
        }
        Map<Metric, List<Observation>> copied = new java.util.EnumMap<>(Metric.class);
        split.forEach((metric, list) -> copied.put(metric, List.copyOf(list)));
        return java.util.Collections.unmodifiableMap(copied);
    }
}
