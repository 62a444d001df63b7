package lodestone.risk.index;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalInt;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import lodestone.model.agreement.Project;
import lodestone.model.buffer.BuffersInForce;
import lodestone.model.geo.CountryCode;
import lodestone.model.knowledge.KnowledgeSnapshot;
import lodestone.model.mineral.Mineral;
import lodestone.model.mineral.MineralId;
import lodestone.model.policy.TradeMeasure;
import lodestone.risk.concentration.ShareSets;
import lodestone.risk.concentration.StageSets;
import lodestone.risk.concentration.SupplyShares;
import lodestone.risk.governance.Governance;

/**
 * What the Lodestone index needs of a snapshot that depends neither on the perspective nor on the date, computed once
 * per snapshot: every share set ({@link ShareSets}), the governance of the latest WGI year, for each mineral the
 * minerals related to it and the trade measures that cover it, the projects by id, the stockpiles and price floors
 * (to ask which are in force on a date), and, per data year on first use,
 * each mineral's stage sets and its concentration component C; per perspective on first use, each mineral's
 * dependency D. A ranking for one perspective and date then computes only E, M and A afresh (see {@code
 * docs/benchmarks.md}, "Risk for any perspective and date").
 *
 * <p>Immutable in what it answers: the memos of stage sets and C per data year and of D per perspective fill on first
 * use (thread-safe; bounded by the catalogue times the years with supply shares, and times the country registry, as
 * other keys are computed but not kept) and hold the same values a fresh computation gives. A new snapshot (after an import) needs new inputs; the report layer keeps one per
 * snapshot.
 */
public final class IndexInputs {
    private final ShareSets shareSets;
    private final Governance governance;
    private final Map<MineralId, Set<MineralId>> related;
    private final Map<MineralId, List<TradeMeasure>> covering;
    private final Map<String, Project> projects;
    private final BuffersInForce buffers;
    private final Map<Key, PerYear> perYear = new ConcurrentHashMap<>();
    private final Map<PerspectiveKey, PerspectiveDependency> dependencies = new ConcurrentHashMap<>();

    /** The stage sets and the concentration component of one mineral for one data year. */
    private record PerYear(List<SupplyShares> sets, Component concentration) {}

    private record Key(MineralId mineral, OptionalInt year) {}

    private record PerspectiveKey(CountryCode perspective, MineralId mineral) {}

    private IndexInputs(KnowledgeSnapshot snapshot) {
        this.shareSets = ShareSets.of(snapshot);
        this.governance = Governance.latest(snapshot);
        Map<MineralId, Set<MineralId>> relatedById = new HashMap<>();
        Map<MineralId, List<TradeMeasure>> coveringById = new HashMap<>();
        for (Mineral mineral : snapshot.minerals().all()) {
            relatedById.put(mineral.id(), MeasuresInForce.related(snapshot, mineral.id()));
            coveringById.put(mineral.id(), MeasuresInForce.covering(snapshot, mineral.id()));
        }
        this.related = Map.copyOf(relatedById);
        this.covering = Map.copyOf(coveringById);
        Map<String, Project> byId = new LinkedHashMap<>();
        snapshot.policy().projects().forEach(p -> byId.put(p.id(), p));
        this.projects = java.util.Collections.unmodifiableMap(byId);
        this.buffers = snapshot.buffers();
    }

    /**
     * @param snapshot the snapshot
     * @return its inputs, computed now
     */
    public static IndexInputs of(KnowledgeSnapshot snapshot) {
        return new IndexInputs(Objects.requireNonNull(snapshot, "snapshot"));
    }

    /** @return the snapshot */
    public KnowledgeSnapshot snapshot() {
        return shareSets.snapshot();
    }

    /** @return every share set of the snapshot */
    public ShareSets shareSets() {
        return shareSets;
    }

    /** @return the governance of the latest WGI year in the snapshot */
    public Governance governance() {
        return governance;
    }

    /**
     * @param mineral a catalogue mineral
     * @return the mineral, the groups it belongs to and its members ({@link MeasuresInForce#related})
     */
    public Set<MineralId> related(MineralId mineral) {
        Set<MineralId> out = related.get(mineral);
        return out == null ? MeasuresInForce.related(snapshot(), mineral) : out;
    }

    /**
     * @param mineral a catalogue mineral
     * @return the trade measures covering it, whatever their state ({@link MeasuresInForce#covering})
     */
    public List<TradeMeasure> covering(MineralId mineral) {
        List<TradeMeasure> out = covering.get(mineral);
        return out == null ? MeasuresInForce.covering(snapshot(), mineral) : out;
    }

    /** @return the snapshot's stockpiles and price floors, to ask which are in force on a date */
    public BuffersInForce buffers() {
        return buffers;
    }

    /** @return the snapshot's projects by id (the last of a repeated id) */
    public Map<String, Project> projects() {
        return projects;
    }

    /**
     * The store's dependency query for a perspective ({@link DependencyQuery#of(ShareSets, CountryCode)}), its
     * answers kept once computed: a dependency depends on the snapshot, the perspective and the mineral only. Kept for
     * the perspectives of the snapshot's country registry and the EU (bounded by that registry times the catalogue);
     * another perspective is answered without keeping anything.
     *
     * @param perspective the importing country, or {@code EU}
     * @return the query
     */
    public DependencyQuery dependencies(CountryCode perspective) {
        Objects.requireNonNull(perspective, "perspective");
        DependencyQuery computed = DependencyQuery.of(shareSets, perspective);
        boolean kept = perspective.value().equals(EuSourcingDependency.PERSPECTIVE)
                || snapshot().countries().get(perspective).isPresent();
        if (!kept) {
            return computed;
        }
        return mineral -> {
            PerspectiveKey key = new PerspectiveKey(perspective, Objects.requireNonNull(mineral, "mineral"));
            PerspectiveDependency known = dependencies.get(key);
            if (known != null) {
                return known;
            }
            PerspectiveDependency answer = computed.dependency(mineral);
            if (snapshot().minerals().get(mineral).isEmpty()) {
                return answer;
            }
            PerspectiveDependency raced = dependencies.putIfAbsent(key, answer);
            return raced == null ? answer : raced;
        };
    }

    /**
     * @param mineral the mineral
     * @param year the latest data year, or none for the latest available
     * @return the preferred stage sets ({@link StageSets#preferred})
     */
    public List<SupplyShares> stageSets(MineralId mineral, OptionalInt year) {
        return perYear(mineral, year).sets();
    }

    /**
     * @param mineral the mineral
     * @param year the latest data year, or none for the latest available
     * @return the concentration component C over its stage sets, with the governance of the latest WGI year
     */
    Component concentration(MineralId mineral, OptionalInt year) {
        return perYear(mineral, year).concentration();
    }

    private PerYear perYear(MineralId mineral, OptionalInt year) {
        Objects.requireNonNull(mineral, "mineral");
        Objects.requireNonNull(year, "year");
        Key key = new Key(mineral, year);
        PerYear known = perYear.get(key);
        if (known != null) {
            return known;
        }
        List<SupplyShares> sets = StageSets.preferred(shareSets, mineral, year);
        PerYear computed = new PerYear(List.copyOf(sets), LodestoneRiskIndex.concentration(sets, governance));
        boolean kept = (year.isEmpty() || shareSets.years().contains(year.getAsInt()))
                && shareSets.snapshot().minerals().get(mineral).isPresent();
        if (!kept) {
            return computed;
        }
        PerYear raced = perYear.putIfAbsent(key, computed);
        return raced == null ? computed : raced;
    }
}
