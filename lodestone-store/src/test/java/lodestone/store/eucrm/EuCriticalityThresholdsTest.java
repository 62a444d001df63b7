package lodestone.store.eucrm;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import lodestone.model.list.CriticalMineralList;
import lodestone.model.mineral.MineralId;
import lodestone.model.observation.Metric;
import lodestone.model.observation.Observation;
import lodestone.store.dataset.Datasets;
import lodestone.store.importing.ImportedDataset;
import lodestone.store.reference.ReferenceData;
import lodestone.testkit.SharedData;
import org.junit.jupiter.api.Test;

/**
 * Applying the EU thresholds (SR >= 1 and EI >= 2.8, 2017 methodology) to the published SR and EI reproduces the
 * official lists: 26 materials in 2017, 30 in 2020, 32 in 2023; with copper and nickel added as strategic raw
 * materials, the 2023 list of 34.
 */
class EuCriticalityThresholdsTest {
    private static final ReferenceData REFERENCE = ReferenceData.load();

    private static Set<MineralId> critical(ImportedDataset eu, int year) {
        Map<MineralId, double[]> scores = new HashMap<>();
        for (Observation o : eu.observations()) {
            if (o.period().endYear() != year) {
                continue;
            }
            if (o.metric() == Metric.SUPPLY_RISK) {
                scores.computeIfAbsent(o.mineral(), id -> new double[] {Double.NaN, Double.NaN})[0] = o.valueOrNaN();
            } else if (o.metric() == Metric.ECONOMIC_IMPORTANCE) {
                scores.computeIfAbsent(o.mineral(), id -> new double[] {Double.NaN, Double.NaN})[1] = o.valueOrNaN();
            }
        }
        Set<MineralId> out = new TreeSet<>();
        scores.forEach((id, sr) -> {
            if (sr[0] >= 1.0 && sr[1] >= 2.8) {
                out.add(id);
            }
        });
        return out;
    }

    @Test
    void thresholdsReproduceThePublishedListSizes() {
        ImportedDataset eu = Datasets.euCrm(SharedData.euCrm2023(), REFERENCE);
        assertThat(critical(eu, 2017)).hasSize(26);
        assertThat(critical(eu, 2020)).hasSize(30);
        assertThat(critical(eu, 2023)).hasSize(32);
    }

    @Test
    void withCopperAndNickelThe2023ThresholdsGiveTheOfficialListOf34() {
        ImportedDataset eu = Datasets.euCrm(SharedData.euCrm2023(), REFERENCE);
        Set<MineralId> critical = new TreeSet<>(critical(eu, 2023));
        critical.add(MineralId.of("copper"));
        critical.add(MineralId.of("nickel"));
        CriticalMineralList list = REFERENCE.lists().stream()
                .filter(l -> l.id().equals("eu-2023"))
                .findFirst()
                .orElseThrow();
        assertThat(list.entries()).hasSize(34);
        assertThat(critical)
                .hasSize(34)
                .allSatisfy(id -> assertThat(list.contains(id)).as(id.value()).isTrue());
        assertThat(list.entries())
                .allSatisfy(entry -> assertThat(entry.minerals())
                        .anySatisfy(id -> assertThat(critical).contains(id)));
    }

    @Test
    void theUsgsListsHaveTheirPublishedSizes() {
        assertThat(REFERENCE.lists().stream()
                        .filter(l -> l.id().equals("usgs-2025"))
                        .findFirst()
                        .orElseThrow()
                        .entries())
                .hasSize(60);
        assertThat(REFERENCE.lists().stream()
                        .filter(l -> l.id().equals("usgs-2022"))
                        .findFirst()
                        .orElseThrow()
                        .entries())
                .hasSize(50);
    }
}
