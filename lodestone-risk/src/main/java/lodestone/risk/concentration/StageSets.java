package lodestone.risk.concentration;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
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
        List<MineralId> ids = new ArrayList<>();
        ids.add(mineral);
        snapshot.minerals().get(mineral).ifPresent(m -> ids.addAll(m.members()));
        List<SupplyShares> out = new ArrayList<>();
        for (MineralId id : ids) {
            if (snapshot.minerals().get(id).isEmpty()) {
                continue;
            }
            Map<Stage, List<SupplyShares>> byStage = new LinkedHashMap<>();
            for (SupplyShares set : SupplyShareCalculator.all(snapshot, id)) {
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
