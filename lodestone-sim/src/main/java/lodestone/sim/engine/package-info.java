/**
 * The Monte Carlo engine ({@link lodestone.sim.engine.MonteCarloEngine}) and its results: per-month P5/P50/P95 of
 * shortfall and price index, cumulative shortfall, months to recovery and exceedance probabilities.
 *
 * <p>Units: shortfall is a fraction of the perspective country's baseline monthly demand; cumulative shortfall is in
 * months of that demand; the price index is 1 before the disruption. Allowed dependencies: lodestone-model and
 * {@code lodestone.sim.scenario}; the JDK's {@code java.util.random} and {@code java.util.concurrent}. No database, no
 * network, no I/O.
 */
package lodestone.sim.engine;
