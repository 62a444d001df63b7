package lodestone.risk.concentration;

import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SortedSet;
import java.util.TreeSet;
import lodestone.model.knowledge.KnowledgeSnapshot;
import lodestone.model.mineral.Mineral;
import lodestone.model.mineral.MineralId;

/**
 * Every share set of a snapshot, computed once: {@link SupplyShareCalculator#all} for each mineral of the catalogue,
 * and the data years they end in ({@link DataYears}). Immutable; a snapshot is immutable too, so the sets stay right
 * for as long as the snapshot is used, and a new snapshot (after an import) needs new sets. The analytical queries that
 * run many times on one snapshot (the risk ranking for any perspective and date) read the sets from here instead of
 * deriving them from the observations on every call; the results are the same objects {@link
 * SupplyShareCalculator#all} returns.
 */
public final class ShareSets {
    private final KnowledgeSnapshot snapshot;
    private final Map<MineralId, List<SupplyShares>> byMineral;
    private final SortedSet<Integer> years;

    private ShareSets(KnowledgeSnapshot snapshot, Map<MineralId, List<SupplyShares>> byMineral) {
        this.snapshot = snapshot;
        this.byMineral = Map.copyOf(byMineral);
        SortedSet<Integer> endYears = new TreeSet<>();
        byMineral
                .values()
                .forEach(sets -> sets.forEach(set -> endYears.add(set.period().endYear())));
        this.years = Collections.unmodifiableSortedSet(endYears);
    }

    /**
     * @param snapshot the snapshot
     * @return the share sets of every mineral of its catalogue
     */
    public static ShareSets of(KnowledgeSnapshot snapshot) {
        Objects.requireNonNull(snapshot, "snapshot");
        Map<MineralId, List<SupplyShares>> byMineral = new HashMap<>();
        for (Mineral mineral : snapshot.minerals().all()) {
            byMineral.put(mineral.id(), List.copyOf(SupplyShareCalculator.all(snapshot, mineral.id())));
        }
        return new ShareSets(snapshot, byMineral);
    }

    /** @return the snapshot the sets were computed from */
    public KnowledgeSnapshot snapshot() {
        return snapshot;
    }

    /**
     * @param mineral a mineral of the catalogue
     * @return its share sets, as {@link SupplyShareCalculator#all} orders them; empty for an id outside the catalogue
     */
    public List<SupplyShares> all(MineralId mineral) {
        return byMineral.getOrDefault(Objects.requireNonNull(mineral, "mineral"), List.of());
    }

    /** @return the end years of every share set, ascending ({@link DataYears#of}) */
    public SortedSet<Integer> years() {
        return years;
    }
}
