package lodestone.store.baseline;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import lodestone.model.agreement.PolicyRecords;
import lodestone.model.knowledge.EditionChoice;
import lodestone.model.knowledge.KnowledgeSnapshot;
import lodestone.model.observation.Observation;
import lodestone.model.provenance.Source;
import lodestone.model.provenance.SourceId;
import lodestone.store.curated.PolicyRecordsReader;
import lodestone.store.dataset.Datasets;
import lodestone.store.reference.ReferenceData;

/**
 * The knowledge a new store starts with, assembled in memory from the bundled files without a database: the baseline
 * datasets, the curated observations, the curated policy records and every reference source. A new
 * {@code LodestoneStore} holds exactly this (a store test checks it), so tests and tools that only read the bundled
 * knowledge can skip DuckDB.
 */
public final class BundledKnowledge {
    private BundledKnowledge() {}

    /**
     * @param reference the reference data
     * @return the snapshot a freshly created store would give by default: the latest edition of each data year
     * @throws IllegalStateException if a bundled file is missing or has errors (a build defect)
     */
    public static KnowledgeSnapshot snapshot(ReferenceData reference) {
        return snapshot(reference, EditionChoice.latest());
    }

    /**
     * @param reference the reference data
     * @param editions which editions of recurring publications to show
     * @return the snapshot a freshly created store would give with this choice
     * @throws IllegalStateException if a bundled file is missing or has errors (a build defect)
     */
    public static KnowledgeSnapshot snapshot(ReferenceData reference, EditionChoice editions) {
        List<Observation> observations = new ArrayList<>();
        for (String name : Baseline.DATASETS) {
            observations.addAll(Baseline.bundled(name));
        }
        observations.addAll(Datasets.curated(reference).observations());
        PolicyRecords policy = new PolicyRecordsReader(reference).bundled();
        Map<SourceId, Source> sources = new TreeMap<>();
        reference.sources().forEach(source -> sources.put(source.id(), source));
        policy.sources().forEach(source -> sources.putIfAbsent(source.id(), source));
        return editions.apply(new KnowledgeSnapshot(
                reference.minerals(),
                reference.countries(),
                reference.lists(),
                sources.values(),
                observations,
                policy));
    }
}
