/**
 * Diversification plans (lodestone-plan): what to plan resolved from a mineral or a preset ({@link
 * lodestone.report.plan.PlanRequest}), the plan run ({@link lodestone.report.plan.PlanQuery}) and its result records
 * ({@link lodestone.report.plan.PlanView}), shared by {@code lodestone plan}, {@code POST /api/v1/plans} and the
 * {@code /plans} page.
 */
@NullMarked
package lodestone.report.plan;

import org.jspecify.annotations.NullMarked;
