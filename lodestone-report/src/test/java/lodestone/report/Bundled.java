package lodestone.report;

import lodestone.model.knowledge.EditionChoice;
import lodestone.model.knowledge.KnowledgeSnapshot;
import lodestone.store.baseline.BundledKnowledge;
import lodestone.store.reference.ReferenceData;

/**
 * The bundled knowledge ({@link BundledKnowledge}), assembled once per test JVM for the report tests that read it:
 * each of them parsed every baseline file, the curated observations and the policy records again into a snapshot of
 * its own. A snapshot is immutable, so the classes can share one.
 */
public final class Bundled {
    private Bundled() {}

    /** @return the snapshot a new store gives by default: the latest edition of each data year */
    public static KnowledgeSnapshot latest() {
        return Latest.SNAPSHOT;
    }

    /** @return the snapshot with every edition side by side */
    public static KnowledgeSnapshot allEditions() {
        return All.SNAPSHOT;
    }

    private static final class Latest {
        static final KnowledgeSnapshot SNAPSHOT = BundledKnowledge.snapshot(ReferenceData.load());
    }

    private static final class All {
        static final KnowledgeSnapshot SNAPSHOT = BundledKnowledge.snapshot(ReferenceData.load(), EditionChoice.all());
    }
}
