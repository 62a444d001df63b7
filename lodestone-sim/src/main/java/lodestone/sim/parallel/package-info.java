/**
 * Worker threads for numbered tasks: {@link lodestone.sim.parallel.WorkerPool} runs them on a fixed pool of daemon
 * threads and waits for them, for the engine's blocks and months ({@code lodestone.sim.engine}) and for the planner's
 * path sampler and solver ({@code lodestone.plan.path}, {@code lodestone.plan.solve}) alike. Results never depend on
 * the number of threads: each task writes its own slots.
 */
@NullMarked
package lodestone.sim.parallel;

import org.jspecify.annotations.NullMarked;
