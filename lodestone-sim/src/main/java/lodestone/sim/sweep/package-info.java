/**
 * Sweeps: many one-market scenarios over minerals × supplier countries × severities, each uncertain in length, lag,
 * severity, stocks and behaviour, ranked by the probability that buyers stop, the 95th percentile of the cumulative
 * shortfall or its mean. Units as in {@code lodestone.sim.engine}. Allowed dependencies: lodestone-model and the other
 * sim packages.
 */
@NullMarked
package lodestone.sim.sweep;

import org.jspecify.annotations.NullMarked;
