package lodestone.plan;

import java.util.List;
import java.util.Optional;
import lodestone.plan.option.Figure;
import lodestone.plan.option.OptionKind;
import lodestone.plan.option.PlanOption;
import lodestone.plan.option.Reserve;
import lodestone.plan.option.Supply;
import lodestone.plan.path.PathMatrix;
import lodestone.sim.scenario.Distribution;

/** Options and paths for tests, written like worked examples. */
public final class OptionFixture {
    private OptionFixture() {}

    /** @return a divisible flow option with a fixed start */
    public static PlanOption flow(
            String id, double capacity, double startMonth, double rampMonths, double probability, double costUsd) {
        return flow(id, capacity, Distribution.fixed(startMonth), rampMonths, probability, costUsd, false, "XX");
    }

    /** @return a flow option */
    public static PlanOption flow(
            String id,
            double capacity,
            Distribution start,
            double rampMonths,
            double probability,
            double costUsd,
            boolean allOrNothing,
            String country) {
        Supply supply = new Supply(
                Figure.assumed(capacity, "test"),
                start,
                "test",
                true,
                Figure.assumed(rampMonths, "test"),
                Figure.assumed(probability, "test"));
        return new PlanOption(
                id,
                id,
                OptionKind.PARTNER_PROJECT,
                Optional.of(country),
                Figure.assumed(costUsd, "test"),
                Optional.of(supply),
                Optional.empty(),
                0,
                1,
                allOrNothing,
                List.of(),
                "");
    }

    /** @return a divisible stockpile */
    public static PlanOption stockpile(String id, double monthsOfCover, double maxRelease, double costUsd) {
        return new PlanOption(
                id,
                id,
                OptionKind.STOCKPILE,
                Optional.of("US"),
                Figure.assumed(costUsd, "test"),
                Optional.empty(),
                Optional.of(new Reserve(Figure.assumed(monthsOfCover, "test"), Figure.assumed(maxRelease, "test"))),
                0,
                1,
                false,
                List.of(),
                "");
    }

    /** @return a copy that must be taken at least at this level */
    public static PlanOption committed(PlanOption option, double minLevel) {
        return new PlanOption(
                option.id(),
                option.title(),
                option.kind(),
                option.country(),
                option.cost(),
                option.supply(),
                option.reserve(),
                minLevel,
                option.maxLevel(),
                option.allOrNothing(),
                option.sources(),
                option.note());
    }

    /** @return identical paths: the shortfall {@code level} in months [0, months) and none after, over {@code horizon} */
    public static PathMatrix constant(int paths, int horizon, int months, double level) {
        double[] values = new double[paths * horizon];
        for (int p = 0; p < paths; p++) {
            for (int t = 0; t < months; t++) {
                values[p * horizon + t] = level;
            }
        }
        return PathMatrix.of(paths, horizon, values);
    }

    /** @return random paths: each a disruption of random length and severity from a seeded generator */
    public static PathMatrix random(int paths, int horizon, long seed) {
        java.util.SplittableRandom random = new java.util.SplittableRandom(seed);
        double[] values = new double[paths * horizon];
        for (int p = 0; p < paths; p++) {
            double length = random.nextDouble() * horizon;
            double severity = random.nextDouble();
            for (int t = 0; t < horizon && t < length; t++) {
                values[p * horizon + t] = severity * (t < 3 ? 1 : 0.5);
            }
        }
        return PathMatrix.of(paths, horizon, values);
    }
}
