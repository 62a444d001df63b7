/**
 * The diversification planner: which options (partner projects, new sources, stockpiles, recycling and substitution
 * programmes, offtakes and price floors) a country should fund, within a budget, to cut the tail of its cumulative
 * shortfall over simulated disruption paths. {@link lodestone.plan.Planner} runs the whole analysis and returns a
 * {@link lodestone.plan.Plan}.
 *
 * <p>Units: quantities are fractions of the perspective country's baseline monthly demand (a month's shortfall) or
 * months of that demand (cumulative shortfall, stock cover); money is US dollars of the year each option states; time
 * is months from the scenario's start. Allowed dependencies: lodestone-model, lodestone-risk, lodestone-sim, ojAlgo
 * (the solver, only in {@code lodestone.plan.solve}) and Jackson's tree model (option catalogues). No database, no
 * network, no file access: callers pass text and snapshots in.
 */
@NullMarked
package lodestone.plan;

import org.jspecify.annotations.NullMarked;
