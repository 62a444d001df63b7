package lodestone.risk.index;

import lodestone.model.geo.CountryCode;
import lodestone.model.knowledge.KnowledgeSnapshot;
import lodestone.model.mineral.MineralId;
import lodestone.risk.concentration.ShareSets;
import lodestone.risk.dependency.Dependency;

/**
 * Answers, for one perspective, how dependent it is on its largest supplier of a mineral, and on what basis. The
 * Lodestone index asks it once per mineral; it must be pure (no I/O) and answer every mineral of the catalogue,
 * unknown where nothing is known. {@link #of} answers from the knowledge base through the one dependency computation, {@link
 * lodestone.risk.dependency.Dependency}; the
 * report layer may supply its own (the EU from its sourcing shares, any country from its trade data).
 */
@FunctionalInterface
public interface DependencyQuery {
    /**
     * @param mineral the mineral
     * @return the perspective's dependency on it, never null
     */
    PerspectiveDependency dependency(MineralId mineral);

    /**
     * @param snapshot the knowledge
     * @param perspective the importing country, or {@code EU} for the European Union
     * @return the query over the knowledge's import statistics and world supply ({@link Dependency}); for the EU, over
     *     the EU CRM 2023 study's sourcing shares ({@link EuSourcingDependency})
     */
    static DependencyQuery of(KnowledgeSnapshot snapshot, CountryCode perspective) {
        if (perspective.value().equals(EuSourcingDependency.PERSPECTIVE)) {
            return new EuSourcingDependency(ShareSets.of(snapshot));
        }
        return mineral -> PerspectiveDependency.of(Dependency.of(snapshot, mineral, perspective));
    }

    /**
     * @param shareSets the share sets of the knowledge, computed once
     * @param perspective the importing country
     * @return the same query as {@link #of(KnowledgeSnapshot, CountryCode)}, reading the share sets computed once
     */
    static DependencyQuery of(ShareSets shareSets, CountryCode perspective) {
        if (perspective.value().equals(EuSourcingDependency.PERSPECTIVE)) {
            return new EuSourcingDependency(shareSets);
        }
        return mineral -> PerspectiveDependency.of(Dependency.of(shareSets, mineral, perspective));
    }
}
