package lodestone.plan.path;

/**
 * Simulated disruption paths: for each path and month, the shortfall left after the scenario's own mitigations
 * (commercial stocks, spare capacity, the partners and responses the scenario already has), before any planned option.
 * Paths are equally likely.
 */
public interface DisruptionPaths {
    /** @return the number of paths (≥ 1) */
    int paths();

    /** @return the number of months per path (≥ 1) */
    int months();

    /**
     * @param path a path index in [0, paths)
     * @param month a month index in [0, months), counted from the scenario's start
     * @return the shortfall in that month, a fraction of baseline monthly demand in [0, 1]
     */
    double shortfall(int path, int month);
}
