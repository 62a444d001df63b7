/**
 * Options as data: what each costs, how much it can deliver, when, with which probability, and for every figure
 * whether it is sourced (with the source) or assumed (with the reason). {@link lodestone.plan.option.OptionReader}
 * reads a catalogue; {@link lodestone.plan.option.SnapshotOptions} derives partner projects and candidate new sources
 * from the knowledge base.
 *
 * <p>Units: supply as a fraction of the perspective country's baseline monthly demand, stock cover in months of that
 * demand, cost in US dollars, time in months from the scenario's start. Depends on lodestone-model, lodestone-risk
 * (governance) and the distributions of lodestone-sim; no I/O.
 */
@NullMarked
package lodestone.plan.option;

import org.jspecify.annotations.NullMarked;
