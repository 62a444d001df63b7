/**
 * The Monte Carlo engine ({@link lodestone.sim.engine.MonteCarloEngine}) and its results: for every market and month
 * the P5/P10/P50/P90/P95 and mean of each {@link lodestone.sim.engine.Series} (shortfall, the issuer's total exports
 * and its exports to the perspective, the perspective's receipts, the issuer's home price, the outside spot price and
 * the perspective's realised price), the share of demand held by stopped buyers, the cumulative shortfall, months to
 * recovery and to the first stop, exceedance and stop probabilities, and on request every path's values
 * ({@link lodestone.sim.engine.PathOutcomes}).
 *
 * <p>Units: shortfall is a fraction of the perspective country's baseline monthly demand; cumulative shortfall is in
 * months of that demand; exports and receipts are indices (1 = the baseline monthly flow); prices are indices, 1 before
 * the announcement. Allowed dependencies: lodestone-model and {@code lodestone.sim.scenario}; the JDK's
 * {@code java.util.random} and {@code java.util.concurrent}. No database, no network, no I/O.
 */
@NullMarked
package lodestone.sim.engine;

import org.jspecify.annotations.NullMarked;
