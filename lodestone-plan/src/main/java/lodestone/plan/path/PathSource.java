package lodestone.plan.path;

import java.time.YearMonth;
import lodestone.model.mineral.MineralId;

/** Where disruption paths come from: one scenario, one mineral, one perspective, one horizon. */
public interface PathSource {
    /** @return the scenario's id */
    String scenario();

    /** @return the mineral whose market is planned for */
    MineralId mineral();

    /** @return the perspective country (ISO 3166-1 alpha-2) */
    String perspective();

    /** @return the scenario's first month (month index 0) */
    YearMonth start();

    /** @return months per path */
    int months();

    /**
     * Draws paths. The result depends on {@code paths} and {@code seed} only, never on {@code threads}.
     *
     * @param paths number of paths (≥ 1)
     * @param seed the seed
     * @param threads worker threads (≥ 1)
     * @return the paths
     */
    DisruptionPaths sample(int paths, long seed, int threads);
}
