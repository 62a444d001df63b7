/**
 * Disruption paths as the planner sees them: per path and month, the shortfall the perspective country suffers before
 * any planned option (a fraction of its baseline monthly demand). {@link lodestone.plan.path.DisruptionPaths} is the
 * planner's whole view of the simulator; {@link lodestone.plan.path.EnginePathSource} is the one class that adapts the
 * simulator of lodestone-sim to it, so a new engine needs a new adapter and nothing else.
 *
 * <p>Units: fractions of baseline monthly demand; months from the scenario's start. No I/O.
 */
@NullMarked
package lodestone.plan.path;

import org.jspecify.annotations.NullMarked;
