package lodestone.risk;

import lodestone.model.knowledge.KnowledgeSnapshot;
import lodestone.store.baseline.BundledKnowledge;
import lodestone.store.reference.ReferenceData;

/**
 * The knowledge Lodestone ships (USGS MCS 2025, EU CRM 2023, WGI 2024, curated records), read in memory once per test
 * run, for reference-value tests against published figures.
 */
public final class Bundled {
    private static final KnowledgeSnapshot SNAPSHOT = BundledKnowledge.snapshot(ReferenceData.load());

    private Bundled() {}

    /** @return the bundled snapshot */
    public static KnowledgeSnapshot snapshot() {
        return SNAPSHOT;
    }
}
