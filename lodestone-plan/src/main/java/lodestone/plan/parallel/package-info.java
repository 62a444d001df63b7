/**
 * The planner's worker threads: {@link lodestone.plan.parallel.WorkerPool} runs numbered tasks on a fixed pool of
 * daemon threads and waits for them, for the path sampler ({@code lodestone.plan.path}) and the solver
 * ({@code lodestone.plan.solve}) alike. Results never depend on the number of threads: each task writes its own slots.
 */
package lodestone.plan.parallel;
