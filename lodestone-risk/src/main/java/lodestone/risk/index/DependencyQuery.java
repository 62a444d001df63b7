package lodestone.risk.index;

import lodestone.model.mineral.MineralId;

/**
 * Answers, for one perspective, how dependent it is on its largest supplier of a mineral, and on what basis. The
 * Lodestone index asks it once per mineral; it must be pure (no I/O) and answer every mineral of the catalogue,
 * unknown where nothing is known. {@link SnapshotDependencyQuery} answers from the store's import statistics; the
 * report layer may supply its own (the EU from its sourcing shares, any country from its trade data).
 */
@FunctionalInterface
public interface DependencyQuery {
    /**
     * @param mineral the mineral
     * @return the perspective's dependency on it, never null
     */
    PerspectiveDependency dependency(MineralId mineral);
}
