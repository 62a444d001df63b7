/**
 * The optimisation: the portfolio loss of each path (cumulative shortfall after the chosen options), the CVaR of those
 * losses in the Rockafellar–Uryasev form, and its minimisation under a budget by a cutting-plane method whose master
 * problem ojAlgo solves as an LP or MILP. The formulation is in {@code docs/methods/planning.md}.
 *
 * <p>Units: losses in months of baseline demand; levels in [0, 1]; money in US dollars. ojAlgo is used only here.
 */
@NullMarked
package lodestone.plan.solve;

import org.jspecify.annotations.NullMarked;
