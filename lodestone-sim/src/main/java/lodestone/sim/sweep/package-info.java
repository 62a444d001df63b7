/**
 * Sweeps: many one-market scenarios over minerals × supplier countries × severities, ranked by expected shortfall.
 * Units as in {@code lodestone.sim.engine}. Allowed dependencies: lodestone-model and the other sim packages.
 */
package lodestone.sim.sweep;
