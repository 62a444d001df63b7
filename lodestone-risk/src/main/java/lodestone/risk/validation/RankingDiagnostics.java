package lodestone.risk.validation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import lodestone.model.geo.Area;
import lodestone.model.knowledge.KnowledgeSnapshot;
import lodestone.model.list.CriticalMineralList;
import lodestone.model.mineral.MineralId;
import lodestone.model.observation.Metric;
import lodestone.model.observation.Observation;

/**
 * How a ranking compares with the published record in the store: the EU 2023 supply risk (Annex 4 of the 2023 study)
 * by Spearman correlation, and official lists (USGS 2022, USGS 2025, EU 2023) by the area under the ROC curve and the
 * number of members among the top-ranked. Diagnostics only, never a target: the methods are not fitted to them.
 *
 * @param euSupplyRisk2023 against the published EU 2023 SR, over the scored minerals that have one
 * @param lists against each official list in the store, over every scored mineral
 */
public record RankingDiagnostics(Correlation euSupplyRisk2023, List<ListAgreement> lists) {
    public RankingDiagnostics {
        lists = List.copyOf(lists);
    }

    /**
     * @param against what the scores are compared with
     * @param n how many minerals have both
     * @param spearman the Spearman rank correlation (NaN below two minerals)
     */
    public record Correlation(String against, int n, double spearman) {}

    /**
     * @param list the list id
     * @param n how many scored minerals were compared
     * @param members how many of them are on the list
     * @param auc the probability that a member scores above a non-member (ties count one half)
     * @param membersInTop how many of the top {@code members} scores are members
     */
    public record ListAgreement(String list, int n, int members, double auc, int membersInTop) {}

    /**
     * @param snapshot the snapshot holding the published values and lists
     * @param scores a score per mineral (higher is riskier)
     * @return the comparison
     */
    public static RankingDiagnostics of(KnowledgeSnapshot snapshot, Map<MineralId, Double> scores) {
        List<double[]> pairs = new ArrayList<>();
        scores.forEach((mineral, score) ->
                euSupplyRisk2023(snapshot, mineral).ifPresent(published -> pairs.add(new double[] {score, published})));
        Correlation eu = new Correlation(
                "EU CRM 2023 published SR (Annex 4)",
                pairs.size(),
                pairs.size() < 2
                        ? Double.NaN
                        : RankCorrelation.spearman(
                                pairs.stream().mapToDouble(p -> p[0]).toArray(),
                                pairs.stream().mapToDouble(p -> p[1]).toArray()));
        List<ListAgreement> lists = new ArrayList<>();
        List<Map.Entry<MineralId, Double>> ordered = scores.entrySet().stream()
                .sorted(Map.Entry.<MineralId, Double>comparingByValue(Comparator.reverseOrder())
                        .thenComparing(e -> e.getKey().value()))
                .toList();
        for (CriticalMineralList list : snapshot.lists()) {
            double[] values = new double[ordered.size()];
            boolean[] member = new boolean[ordered.size()];
            int members = 0;
            for (int i = 0; i < ordered.size(); i++) {
                values[i] = ordered.get(i).getValue();
                member[i] = list.contains(ordered.get(i).getKey());
                members += member[i] ? 1 : 0;
            }
            int inTop = 0;
            for (int i = 0; i < members; i++) {
                inTop += member[i] ? 1 : 0;
            }
            lists.add(
                    new ListAgreement(list.id(), ordered.size(), members, RankCorrelation.auc(values, member), inTop));
        }
        return new RankingDiagnostics(eu, lists);
    }

    private static Optional<Double> euSupplyRisk2023(KnowledgeSnapshot snapshot, MineralId mineral) {
        if (snapshot.minerals().get(mineral).isEmpty()) {
            return Optional.empty();
        }
        return snapshot.observations(mineral, Metric.SUPPLY_RISK).stream()
                .filter(o -> o.period().endYear() == 2023 && o.area() == Area.EuropeanUnion.INSTANCE)
                .filter(o -> o.quantity().isPresent())
                .map(Observation::valueOrNaN)
                .findFirst();
    }
}
