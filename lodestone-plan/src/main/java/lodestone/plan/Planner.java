package lodestone.plan;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import lodestone.plan.option.PlanOption;
import lodestone.plan.path.DisruptionPaths;
import lodestone.plan.path.PathSource;
import lodestone.plan.solve.PortfolioOptimizer;
import lodestone.plan.solve.Solution;

/**
 * Runs a whole plan: samples disruption paths from the source, chooses the portfolio for the budget, and reports each
 * option's contribution, the budget–tail frontier, the budget's shadow price, what the least certain option's failure
 * would change, and the scenario re-simulated on an independent sample with and without the portfolio. Pure
 * computation over the source's paths; see {@code docs/methods/planning.md}.
 */
public final class Planner {
    private Planner() {}

    /**
     * @param source where disruption paths come from
     * @param options the options to choose from (at least one)
     * @param settings budget, objective, paths, seed, threads, caps
     * @return the plan
     * @throws lodestone.plan.solve.PlanInfeasibleException if the constraints cannot all hold, naming them
     */
    public static Plan plan(PathSource source, List<PlanOption> options, PlanSettings settings) {
        DisruptionPaths paths = source.sample(settings.paths(), settings.seed(), settings.threads());
        double[] none = new double[options.size()];
        try (PortfolioOptimizer optimizer =
                new PortfolioOptimizer(options, paths, settings.seed(), settings.alpha(), settings.threads())) {
            Solution solution = optimizer.solve(settings.budgetUsd(), settings.countryShare(), List.of());
            double[] levels = solution.levels();
            List<Plan.Choice> choices = choices(optimizer, levels, solution.cvar());
            List<Plan.FrontierPoint> frontier = new ArrayList<>();
            for (double multiple : settings.frontier()) {
                Solution point = multiple == 1
                        ? solution
                        : optimizer.solve(multiple * settings.budgetUsd(), settings.countryShare(), List.of());
                frontier.add(new Plan.FrontierPoint(
                        point.budget(), point.cvar(), point.spent(), chosen(options, point.levels())));
            }
            frontier.sort(Comparator.comparingDouble(Plan.FrontierPoint::budgetUsd));
            double shadow = optimizer.shadowPrice(solution, settings.countryShare()) * 1e9;
            Optional<Plan.Failure> failure = failure(optimizer, choices, levels, settings);
            Plan.Resimulation resimulation = resimulate(source, options, levels, settings);
            PathSource.Scope scope = source.scope();
            return new Plan(
                    scope.scenario(),
                    scope.mineral(),
                    scope.perspective(),
                    scope.start(),
                    scope.months(),
                    settings.paths(),
                    settings.seed(),
                    settings.alpha(),
                    settings.budgetUsd(),
                    settings.countryShare(),
                    choices,
                    optimizer.cvar(none),
                    solution.cvar(),
                    solution.lowerBound(),
                    solution.converged(),
                    solution.iterations(),
                    shadow,
                    frontier,
                    failure,
                    resimulation);
        }
    }

    private static List<Plan.Choice> choices(PortfolioOptimizer optimizer, double[] levels, double tail) {
        List<Plan.Choice> choices = new ArrayList<>();
        List<PlanOption> options = optimizer.options();
        for (int i = 0; i < options.size(); i++) {
            PlanOption option = options.get(i);
            double contribution = 0;
            if (levels[i] > 0) {
                double[] without = levels.clone();
                without[i] = 0;
                contribution = optimizer.cvar(without) - tail;
            }
            choices.add(new Plan.Choice(
                    option,
                    levels[i],
                    levels[i] * option.cost().value(),
                    contribution,
                    optimizer.expectedOffer(levels, i),
                    optimizer.deliveryShare(i)));
        }
        return choices;
    }

    private static List<String> chosen(List<PlanOption> options, double[] levels) {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < levels.length; i++) {
            if (levels[i] > 0) {
                ids.add(options.get(i).id());
            }
        }
        return ids;
    }

    /** The chosen option least likely to deliver (ties: the one contributing most) fails. */
    private static Optional<Plan.Failure> failure(
            PortfolioOptimizer optimizer, List<Plan.Choice> choices, double[] levels, PlanSettings settings) {
        Optional<Plan.Choice> weakest = choices.stream()
                .filter(c -> c.level() > 0 && c.option().probability() < 1)
                .min(Comparator.comparingDouble((Plan.Choice c) -> c.option().probability())
                        .thenComparing(Comparator.comparingDouble(Plan.Choice::contribution)
                                .reversed()));
        if (weakest.isEmpty()) {
            return Optional.empty();
        }
        int index = choices.indexOf(weakest.get());
        double[] failed = levels.clone();
        failed[index] = 0;
        double ifItFails = optimizer.cvar(failed);
        if (optimizer.options().get(index).minLevel() > 0) {
            return Optional.of(new Plan.Failure(
                    weakest.get().option(), weakest.get().option().probability(), ifItFails, ifItFails, List.of()));
        }
        Solution replanned = optimizer.solve(settings.budgetUsd(), settings.countryShare(), List.of(index));
        List<Plan.Choice> rest = choices(optimizer, replanned.levels(), replanned.cvar()).stream()
                .filter(c -> c.level() > 0)
                .toList();
        return Optional.of(new Plan.Failure(
                weakest.get().option(), weakest.get().option().probability(), ifItFails, replanned.cvar(), rest));
    }

    /** An independent sample: new paths and new delivery draws from a seed derived from the plan's. */
    private static Plan.Resimulation resimulate(
            PathSource source, List<PlanOption> options, double[] levels, PlanSettings settings) {
        long seed = resimulationSeed(settings.seed());
        DisruptionPaths paths = source.sample(settings.paths(), seed, settings.threads());
        try (PortfolioOptimizer fresh =
                new PortfolioOptimizer(options, paths, seed, settings.alpha(), settings.threads())) {
            double[] none = new double[options.size()];
            Plan.Spread before = spread(fresh.losses(none), fresh.cvar(none));
            Plan.Spread after = spread(fresh.losses(levels), fresh.cvar(levels));
            int months = paths.months();
            double[][] byMonthBefore = new double[months][paths.paths()];
            double[][] byMonthAfter = new double[months][paths.paths()];
            for (int p = 0; p < paths.paths(); p++) {
                double[] mitigated = fresh.monthly(levels, p);
                for (int t = 0; t < months; t++) {
                    byMonthBefore[t][p] = paths.shortfall(p, t);
                    byMonthAfter[t][p] = mitigated[t];
                }
            }
            List<Plan.MonthBand> monthlyBefore = new ArrayList<>();
            List<Plan.MonthBand> monthlyAfter = new ArrayList<>();
            for (int t = 0; t < months; t++) {
                monthlyBefore.add(band(source, t, byMonthBefore[t]));
                monthlyAfter.add(band(source, t, byMonthAfter[t]));
            }
            return new Plan.Resimulation(seed, paths.paths(), before, after, monthlyBefore, monthlyAfter);
        }
    }

    /** @return the seed of the re-simulation: SplitMix64's finaliser applied to the plan's seed plus one */
    static long resimulationSeed(long seed) {
        long z = seed + 1;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    private static Plan.MonthBand band(PathSource source, int t, double[] values) {
        Arrays.sort(values);
        return new Plan.MonthBand(source.scope().start().plusMonths(t), rank(values, 0.5), rank(values, 0.95));
    }

    private static Plan.Spread spread(double[] losses, double tail) {
        double[] sorted = losses.clone();
        Arrays.sort(sorted);
        double sum = 0;
        for (double loss : sorted) {
            sum += loss;
        }
        return new Plan.Spread(rank(sorted, 0.05), rank(sorted, 0.5), rank(sorted, 0.95), sum / sorted.length, tail);
    }

    /** The q-quantile by nearest rank (the ⌈q·n⌉-th smallest), as the simulator reports them. */
    private static double rank(double[] sorted, double q) {
        int index = Math.max(0, Math.min(sorted.length - 1, (int) Math.ceil(q * sorted.length) - 1));
        return sorted[index];
    }
}
