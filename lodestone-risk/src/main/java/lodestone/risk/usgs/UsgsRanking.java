package lodestone.risk.usgs;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import lodestone.model.knowledge.KnowledgeSnapshot;
import lodestone.model.mineral.Mineral;
import lodestone.risk.economic.MarketSeries;
import lodestone.risk.governance.Governance;
import lodestone.risk.index.MineralScope;

/**
 * The USGS 2021 supply risk of every mineral of a scope, from a snapshot: the assessed ones ranked, highest first, and
 * those that could not be assessed, with the reason.
 *
 * @param ranked the assessed minerals, highest supply risk first
 * @param notAssessed the minerals of the scope without a data year that has both net import reliance and shares
 */
public record UsgsRanking(List<UsgsAssessment> ranked, List<UsgsAssessment> notAssessed) {
    public UsgsRanking {
        ranked = List.copyOf(ranked);
        notAssessed = List.copyOf(notAssessed);
    }

    /**
     * @param snapshot the snapshot
     * @param scope the minerals to assess
     * @param marketSeries the salient-statistics series that value the U.S. market
     * @return the ranking
     */
    public static UsgsRanking of(KnowledgeSnapshot snapshot, MineralScope scope, List<MarketSeries> marketSeries) {
        Objects.requireNonNull(scope, "scope");
        Governance governance = Governance.latest(snapshot);
        List<UsgsAssessment> all = new ArrayList<>();
        for (Mineral mineral : snapshot.minerals().all()) {
            if (scope.contains(mineral.id())) {
                all.add(UsgsSupplyRisk.assess(UsgsSnapshotInputs.of(snapshot, mineral.id(), governance, marketSeries)));
            }
        }
        return new UsgsRanking(
                UsgsSupplyRisk.ranked(all),
                all.stream().filter(a -> a.supplyRisk().isEmpty()).toList());
    }
}
