/**
 * One cell of a screen and its computation: the {@link lodestone.screen.cell.CellKey} (perspective, mineral,
 * supplier, severity, duration, response), the seed derived from it ({@link lodestone.screen.cell.CellSeeds}), the
 * {@link lodestone.screen.cell.CellComputation} every engine calls, and its {@link lodestone.screen.cell.CellResult}.
 * {@link lodestone.screen.cell.SweepEngineAdapter} is the only class of the screen that knows the simulator's API.
 * Units as in {@code lodestone.screen}. Pure computation.
 */
@NullMarked
package lodestone.screen.cell;

import org.jspecify.annotations.NullMarked;
