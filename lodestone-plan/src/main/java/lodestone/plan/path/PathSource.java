package lodestone.plan.path;

import java.time.YearMonth;
import lodestone.model.mineral.MineralId;

/** Where disruption paths come from: one scenario, one mineral, one perspective, one horizon. */
public interface PathSource {
    /**
     * What the paths describe.
     *
     * @param scenario the scenario's id
     * @param mineral the mineral whose market is planned for
     * @param perspective the perspective country (ISO 3166-1 alpha-2)
     * @param start the scenario's first month (month index 0)
     * @param months months per path
     */
    record Scope(String scenario, MineralId mineral, String perspective, YearMonth start, int months) {}

    /** @return what the paths describe */
    Scope scope();

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
