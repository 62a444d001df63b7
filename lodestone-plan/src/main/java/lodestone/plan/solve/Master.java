package lodestone.plan.solve;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import lodestone.plan.option.PlanOption;
import org.ojalgo.optimisation.Expression;
import org.ojalgo.optimisation.ExpressionsBasedModel;
import org.ojalgo.optimisation.Optimisation;
import org.ojalgo.optimisation.Variable;

/**
 * The master problem of the cutting-plane method, solved by ojAlgo:
 *
 * <pre>
 *   minimise   θ + ε · Σ_i cost_i · x_i / budget
 *   subject to θ ≥ a_k + g_k · x                 for every cut k
 *              Σ_i cost_i · x_i ≤ budget          (the budget)
 *              Σ_{i in c} cost_i · x_i ≤ s · budget  for every country c, if a country share s &lt; 1 is set
 *              min_i ≤ x_i ≤ max_i,  x_i ∈ {0, 1} if option i is all-or-nothing,  θ ≥ 0
 * </pre>
 *
 * The small ε term breaks ties in favour of the cheaper portfolio, so an option that reduces no loss is never bought.
 */
final class Master {
    static final String BUDGET = "budget";

    private final List<PlanOption> options;
    private final double[] lower;
    private final double[] upper;
    private final double budget;
    private final double countryShare;
    private final double tieBreak;

    /**
     * @param options the options
     * @param lower each option's smallest level
     * @param upper each option's largest level (0 for an option left out)
     * @param budget the budget, US dollars
     * @param countryShare the largest share of the budget spent in one country, in (0, 1]
     * @param tieBreak ε, months of demand per budget spent in full
     */
    Master(
            List<PlanOption> options,
            double[] lower,
            double[] upper,
            double budget,
            double countryShare,
            double tieBreak) {
        this.options = options;
        this.lower = lower.clone();
        this.upper = upper.clone();
        this.budget = budget;
        this.countryShare = countryShare;
        this.tieBreak = tieBreak;
    }

    /** The master's solution: the levels and θ, a lower bound on the CVaR within ε. */
    static final class Point {
        private final double[] levels;
        private final double theta;

        Point(double[] levels, double theta) {
            this.levels = levels;
            this.theta = theta;
        }

        double[] levels() {
            return levels.clone();
        }

        double theta() {
            return theta;
        }
    }

    /**
     * @param cuts the cuts so far
     * @param integer true to keep all-or-nothing options integer, false for the LP relaxation
     * @param fixed levels to fix the all-or-nothing options at, if any
     * @return the solution
     * @throws PlanInfeasibleException naming the conflicting constraints
     */
    Point solve(List<Cut> cuts, boolean integer, Optional<double[]> fixed) {
        Model model = build(cuts, integer, fixed, true);
        Optimisation.Result result = model.model.minimise();
        if (!result.getState().isFeasible()) {
            if (result.getState() == Optimisation.State.INFEASIBLE) {
                throw diagnose();
            }
            throw new IllegalStateException("the solver failed on the master problem (" + result.getState() + ") with "
                    + cuts.size() + " cuts.");
        }
        double[] levels = new double[options.size()];
        for (int i = 0; i < levels.length; i++) {
            levels[i] = clamp(model.x[i].getValue().doubleValue(), lower[i], upper[i]);
        }
        return new Point(levels, model.theta.getValue().doubleValue());
    }

    /**
     * The optimal value of the LP over the cuts with the all-or-nothing options fixed at the given levels and no
     * tie-break term: the piecewise-linear model of the CVaR minimised over the divisible options.
     *
     * @param cuts the cuts
     * @param fixedLevels levels to fix the all-or-nothing options at
     * @return the minimum of the model, months of demand
     */
    double relaxedValue(List<Cut> cuts, double[] fixedLevels) {
        Model model = build(cuts, false, Optional.of(fixedLevels), false);
        Optimisation.Result result = model.model.minimise();
        if (!result.getState().isFeasible()) {
            throw new IllegalStateException("the solver failed on the budget's LP (" + result.getState() + ").");
        }
        return model.theta.getValue().doubleValue();
    }

    /**
     * Adds the conflict a slack variable tells when the solution uses it (beyond the solver's tolerance).
     *
     * @param format the message, whose last argument is the slack used, in US dollars
     * @param before the message's arguments before that one
     */
    private static void ifUsed(Variable slack, List<String> conflicts, String format, Object... before) {
        double used = slack.getValue().doubleValue();
        if (used > 1e-3) {
            Object[] args = Arrays.copyOf(before, before.length + 1);
            args[before.length] = used;
            conflicts.add(String.format(Locale.ROOT, format, args));
        }
    }

    private static double clamp(double level, double min, double max) {
        double value = Math.max(min, Math.min(max, level));
        return Math.abs(value) < 1e-12 ? 0 : value;
    }

    @SuppressWarnings("NullAway.Init") // build() sets every field right after construction
    private static final class Model {
        final ExpressionsBasedModel model = new ExpressionsBasedModel();
        Variable theta;
        Variable[] x;
        Expression budget;
    }

    private Model build(List<Cut> cuts, boolean integer, Optional<double[]> fixed, boolean tieBreaking) {
        Model m = new Model();
        m.theta = m.model.addVariable("theta").lower(0).weight(1);
        m.x = new Variable[options.size()];
        m.budget = m.model.addExpression(BUDGET).upper(budget);
        for (int i = 0; i < options.size(); i++) {
            PlanOption option = options.get(i);
            Variable x = m.model.addVariable("x" + i).lower(lower[i]).upper(upper[i]);
            if (option.allOrNothing() && upper[i] > 0) {
                if (fixed.isPresent()) {
                    x.level(fixed.get()[i]);
                } else if (integer) {
                    x.integer(true);
                }
            }
            if (tieBreaking && budget > 0) {
                x.weight(tieBreak * option.cost().value() / budget);
            }
            m.budget.set(x, option.cost().value());
            m.x[i] = x;
        }
        countryRows(m.x, m.model);
        for (int k = 0; k < cuts.size(); k++) {
            Cut cut = cuts.get(k);
            Expression row = m.model.addExpression("cut" + k).lower(cut.constant());
            row.set(m.theta, 1);
            for (int i = 0; i < options.size(); i++) {
                if (cut.slope(i) != 0) {
                    row.set(m.x[i], -cut.slope(i));
                }
            }
        }
        return m;
    }

    private Map<String, List<Integer>> countries() {
        Map<String, List<Integer>> byCountry = new LinkedHashMap<>();
        for (int i = 0; i < options.size(); i++) {
            int index = i;
            options.get(i)
                    .country()
                    .ifPresent(c ->
                            byCountry.computeIfAbsent(c, k -> new ArrayList<>()).add(index));
        }
        return byCountry;
    }

    private void countryRows(Variable[] x, ExpressionsBasedModel model) {
        if (countryShare >= 1) {
            return;
        }
        for (Map.Entry<String, List<Integer>> country : countries().entrySet()) {
            Expression row = model.addExpression("country " + country.getKey()).upper(countryShare * budget);
            for (int i : country.getValue()) {
                row.set(x[i], options.get(i).cost().value());
            }
        }
    }

    /**
     * Finds which constraints conflict. Levels within their bounds are hard; the elastic problem adds a non-negative
     * slack (dollars) to the budget and to every country row and minimises the total slack. The rows whose slack stays
     * positive have to give way, by that many dollars, to the options' minimum levels, which are listed with them.
     */
    private PlanInfeasibleException diagnose() {
        ExpressionsBasedModel model = new ExpressionsBasedModel();
        Variable[] x = new Variable[options.size()];
        Expression budgetRow = model.addExpression(BUDGET).upper(budget);
        Variable budgetSlack = model.addVariable("budget slack").lower(0).weight(1);
        budgetRow.set(budgetSlack, -1);
        for (int i = 0; i < options.size(); i++) {
            x[i] = model.addVariable("x" + i).lower(lower[i]).upper(upper[i]);
            budgetRow.set(x[i], options.get(i).cost().value());
        }
        Map<String, Variable> countrySlacks = new LinkedHashMap<>();
        if (countryShare < 1) {
            for (Map.Entry<String, List<Integer>> country : countries().entrySet()) {
                Expression row =
                        model.addExpression("country " + country.getKey()).upper(countryShare * budget);
                for (int i : country.getValue()) {
                    row.set(x[i], options.get(i).cost().value());
                }
                Variable slack =
                        model.addVariable("slack " + country.getKey()).lower(0).weight(1);
                row.set(slack, -1);
                countrySlacks.put(country.getKey(), slack);
            }
        }
        Optimisation.Result result = model.minimise();
        List<String> conflicts = new ArrayList<>();
        if (result.getState().isFeasible()) {
            ifUsed(
                    budgetSlack,
                    conflicts,
                    "budget (US$%,.0f) would have to grow by US$%,.0f to pay for the minimum levels;",
                    budget);
            countrySlacks.forEach((country, slack) -> ifUsed(
                    slack,
                    conflicts,
                    "spending cap for %s (%.0f %% of the budget, US$%,.0f) is exceeded by US$%,.0f;",
                    country,
                    100 * countryShare,
                    countryShare * budget));
        }
        if (conflicts.isEmpty()) {
            conflicts.add(String.format(
                    Locale.ROOT, "budget (US$%,.0f) or a country cap, against the minimum levels;", budget));
        }
        for (int i = 0; i < options.size(); i++) {
            if (lower[i] > 0) {
                PlanOption option = options.get(i);
                conflicts.add(String.format(
                        Locale.ROOT,
                        "minimum level of option %s (%.2f%s, US$%,.0f).",
                        option.id(),
                        lower[i],
                        option.country().map(c -> " in " + c).orElse(""),
                        lower[i] * option.cost().value()));
            }
        }
        return new PlanInfeasibleException(
                conflicts, "Maybe raise the budget, lower the options' minimum levels or relax the country cap.");
    }
}
