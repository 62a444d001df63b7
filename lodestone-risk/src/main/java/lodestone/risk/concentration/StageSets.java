package lodestone.risk.concentration;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.function.Function;
import lodestone.model.chain.Stage;
import lodestone.model.knowledge.KnowledgeSnapshot;
import lodestone.model.mineral.MineralId;

/**
 * The share sets a supply-risk method weighs for a mineral: for the mineral and, for a group, each of its members,
 * the preferred set ({@link ResolutionPolicy}) of each stage among the sets whose period ends in or before a year.
 */
public final class StageSets {
    private StageSets() {}

    /**
     * @param snapshot the snapshot
     * @param mineral the mineral
     * @param year the latest data year to use, or none for the latest available
     * @return one set per (mineral or member, stage) that has one, in catalogue order
     */
    public static List<SupplyShares> preferred(KnowledgeSnapshot snapshot, MineralId mineral, OptionalInt year) {
        return preferred(snapshot, id -> SupplyShareCalculator.all(snapshot, id), mineral, year);
    }

    /**
     * The same, with the share sets computed once for the snapshot (for queries that ask many times).
     *
     * @param shareSets the share sets of the snapshot
     * @param mineral the mineral
     * @param year the latest data year to use, or none for the latest available
     * @return one set per (mineral or member, stage) that has one, in catalogue order
     */
    public static List<SupplyShares> preferred(ShareSets shareSets, MineralId mineral, OptionalInt year) {
        return preferred(shareSets.snapshot(), shareSets::all, mineral, year);
    }

    private static List<SupplyShares> preferred(
            KnowledgeSnapshot snapshot,
            Function<MineralId, List<SupplyShares>> shareSets,
            MineralId mineral,
            OptionalInt year) {
        List<MineralId> ids = new ArrayList<>();
        ids.add(mineral);
        snapshot.minerals().get(mineral).ifPresent(m -> ids.addAll(m.members()));
        List<SupplyShares> out = new ArrayList<>();
        for (MineralId id : ids) {
            if (snapshot.minerals().get(id).isEmpty()) {
                continue;
            }
            Map<Stage, List<SupplyShares>> byStage = new LinkedHashMap<>();
            for (SupplyShares set : shareSets.apply(id)) {
                if (year.isEmpty() || set.period().endYear() <= year.getAsInt()) {
                    byStage.computeIfAbsent(set.stage(), s -> new ArrayList<>()).add(set);
                }
            }
            byStage.values()
                    .forEach(sets -> ResolutionPolicy.preferred(snapshot, sets).ifPresent(out::add));
        }
        return out;
    }
}
