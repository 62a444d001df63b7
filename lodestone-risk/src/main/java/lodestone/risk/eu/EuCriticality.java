package lodestone.risk.eu;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import lodestone.model.knowledge.KnowledgeSnapshot;
import lodestone.model.mineral.Mineral;
import lodestone.model.mineral.MineralId;
import lodestone.model.observation.Metric;
import lodestone.model.observation.Observation;

/**
 * EU list membership from the published SR and EI (Annex 4 of the 2023 study, in the store): critical when
 * {@code SR ≥ 1.0 and EI ≥ 2.8}. This reproduces 26 materials for 2017, 30 for 2020 and 32 for 2023; the 2023 list
 * in Regulation (EU) 2024/1252 adds copper and nickel as strategic raw materials that do not meet the thresholds
 * ({@link #STRATEGIC_ADDITIONS_2023}), 34 in all.
 */
public final class EuCriticality {
    /** Added to the 2023 list as strategic although below the thresholds (Regulation (EU) 2024/1252, Annex II). */
    public static final Set<MineralId> STRATEGIC_ADDITIONS_2023 =
            Set.of(MineralId.of("copper"), MineralId.of("nickel"));

    private EuCriticality() {}

    /**
     * @param mineral the material
     * @param supplyRisk published SR
     * @param economicImportance published EI
     * @param critical true if both thresholds are met
     */
    public record Assessment(MineralId mineral, double supplyRisk, double economicImportance, boolean critical) {}

    /**
     * @param snapshot the snapshot
     * @param year the assessment year (2011, 2014, 2017, 2020, 2023)
     * @return every assessed material with its published SR and EI, by id
     */
    public static List<Assessment> assessed(KnowledgeSnapshot snapshot, int year) {
        List<Assessment> out = new ArrayList<>();
        for (Mineral mineral : snapshot.minerals().all()) {
            Map<Metric, Double> values = new TreeMap<>();
            for (Observation o : snapshot.observations(mineral.id())) {
                if ((o.metric() == Metric.SUPPLY_RISK || o.metric() == Metric.ECONOMIC_IMPORTANCE)
                        && o.period().endYear() == year
                        && o.quantity().isPresent()) {
                    values.putIfAbsent(o.metric(), o.valueOrNaN());
                }
            }
            if (values.size() == 2) {
                double sr = Objects.requireNonNull(values.get(Metric.SUPPLY_RISK));
                double ei = Objects.requireNonNull(values.get(Metric.ECONOMIC_IMPORTANCE));
                out.add(new Assessment(mineral.id(), sr, ei, sr >= SR_THRESHOLD && ei >= EI_THRESHOLD));
            }
        }
        return out;
    }

    private static final double SR_THRESHOLD = EuSupplyRisk.SR_THRESHOLD;
    private static final double EI_THRESHOLD = EuSupplyRisk.EI_THRESHOLD;

    /**
     * @param snapshot the snapshot
     * @param year the assessment year
     * @return the materials that meet both thresholds
     */
    public static List<MineralId> critical(KnowledgeSnapshot snapshot, int year) {
        return assessed(snapshot, year).stream()
                .filter(Assessment::critical)
                .map(Assessment::mineral)
                .toList();
    }
}
