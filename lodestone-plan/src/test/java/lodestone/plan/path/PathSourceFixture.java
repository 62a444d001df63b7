package lodestone.plan.path;

import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import lodestone.model.mineral.MineralId;
import lodestone.sim.scenario.Distribution;
import lodestone.sim.scenario.Market;
import lodestone.sim.scenario.Phase;
import lodestone.sim.scenario.ScenarioSpec;

/** Scenarios for planner tests. */
public final class PathSourceFixture {
    private PathSourceFixture() {}

    /** @return China supplies 60 % of gallium and withholds 70–100 % of it for 2–12 months, then 20–40 % */
    public static ScenarioSpec uncertain() {
        return ScenarioSpec.of(
                "uncertain",
                YearMonth.of(2026, 1),
                24,
                "CN",
                List.of(
                        new Phase(Distribution.uniform(2, 12), Distribution.uniform(0.7, 1)),
                        new Phase(Distribution.fixed(30), Distribution.uniform(0.2, 0.4))),
                Market.bare(MineralId.of("gallium"), Map.of("CN", 0.6, "OTHER", 0.4)));
    }
}
