package lodestone.plan.solve;

import static lodestone.plan.OptionFixture.flow;
import static lodestone.plan.OptionFixture.random;
import static lodestone.plan.OptionFixture.stockpile;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import lodestone.plan.option.PlanOption;
import lodestone.plan.path.PathMatrix;
import lodestone.sim.scenario.Distribution;
import org.junit.jupiter.api.Test;
import org.ojalgo.optimisation.Expression;
import org.ojalgo.optimisation.ExpressionsBasedModel;
import org.ojalgo.optimisation.Optimisation;
import org.ojalgo.optimisation.Variable;

/**
 * The cutting-plane method reaches the optimum of the Rockafellar–Uryasev linear programme written out in full (the
 * extensive form, with a variable per path and month), solved here directly on an instance small enough for it.
 */
class PlanningFormulationTest {
    private static final double M = 1e6;

    @Test
    void cuttingPlanesReachTheOptimumOfTheExtensiveForm() {
        List<PlanOption> options = List.of(
                flow("early-small", 0.1, Distribution.uniform(0, 4), 2, 0.9, 120 * M, false, "AU"),
                flow("late-large", 0.4, Distribution.uniform(6, 12), 6, 0.5, 300 * M, false, "CA"),
                flow("sure-mid", 0.2, Distribution.fixed(3), 0, 1, 250 * M, false, "JP"),
                stockpile("reserve", 1.5, 0.3, 150 * M));
        PathMatrix paths = random(60, 18, 3);
        double alpha = 0.9;
        for (double budget : new double[] {100 * M, 350 * M, 800 * M}) {
            double extensive = extensiveForm(new LossModel(options, paths, 11), options, alpha, budget);
            try (PortfolioOptimizer optimizer = new PortfolioOptimizer(options, paths, 11, alpha, 1)) {
                Solution solution = optimizer.solve(budget, 1, List.of());
                assertThat(solution.converged()).isTrue();
                assertThat(solution.cvar()).as("budget %s", budget).isCloseTo(extensive, within(1e-5));
            }
        }
    }

    /** The RU LP with the pooled-reserve rows, every path and month a variable. */
    private static double extensiveForm(LossModel model, List<PlanOption> options, double alpha, double budget) {
        ExpressionsBasedModel lp = new ExpressionsBasedModel();
        int n = options.size();
        int paths = model.paths();
        int months = model.months();
        Variable eta = lp.addVariable("eta").weight(1);
        Variable[] x = new Variable[n];
        Expression budgetRow = lp.addExpression("budget").upper(budget);
        for (int i = 0; i < n; i++) {
            x[i] = lp.addVariable("x" + i).lower(0).upper(1);
            budgetRow.set(x[i], options.get(i).cost().value());
        }
        double weight = 1 / ((1 - alpha) * paths);
        for (int p = 0; p < paths; p++) {
            Variable u = lp.addVariable("u" + p).lower(0).weight(weight);
            Variable loss = lp.addVariable("L" + p).lower(0);
            lp.addExpression("tail" + p).lower(0).set(u, 1).set(eta, 1).set(loss, -1);
            Expression total = lp.addExpression("total" + p).lower(0).set(loss, 1);
            Expression beyond = lp.addExpression("beyond" + p).lower(0).set(loss, 1);
            for (int i = 0; i < n; i++) {
                if (model.cover(i) > 0) {
                    total.set(x[i], model.cover(i));
                }
            }
            for (int t = 0; t < months; t++) {
                Variable s = lp.addVariable("s" + p + "_" + t).lower(0);
                Variable h = lp.addVariable("h" + p + "_" + t).lower(0);
                Expression gap = lp.addExpression("gap" + p + "_" + t)
                        .lower(model.base(p, t))
                        .set(s, 1);
                Expression rate = lp.addExpression("rate" + p + "_" + t)
                        .lower(0)
                        .set(h, 1)
                        .set(s, -1);
                for (int i = 0; i < n; i++) {
                    double d = model.delivery(i, p, t);
                    if (d > 0) {
                        gap.set(x[i], d);
                    }
                    if (model.release(i) > 0) {
                        rate.set(x[i], model.release(i));
                    }
                }
                total.set(s, -1);
                beyond.set(h, -1);
            }
        }
        Optimisation.Result result = lp.minimise();
        assertThat(result.getState().isOptimal()).isTrue();
        return result.getValue();
    }
}
