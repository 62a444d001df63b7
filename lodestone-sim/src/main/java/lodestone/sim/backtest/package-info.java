/**
 * Back-tests: historical episodes of export controls as data ({@link lodestone.sim.backtest.Episode}, read by
 * {@link lodestone.sim.backtest.EpisodeReader} from {@code lodestone/sim/backtest/*.yaml}), scored observation by
 * observation against the model's P10/P50/P90 ({@link lodestone.sim.backtest.Backtest}), the calibration of the
 * behaviour on every development row ({@link lodestone.sim.backtest.Calibration}: the episodes' own rows and the
 * development records under {@code lodestone/sim/backtest/development/}) and its leave-one-episode-out
 * cross-validation ({@link lodestone.sim.backtest.CrossValidation}).
 *
 * <p>Units: observed values and model values are indices in the units of their {@link lodestone.sim.engine.Series}
 * (1 = the baseline each observation names), months to a first stop in months. Allowed dependencies: lodestone-model,
 * the other sim packages, Jackson's tree model; no database, no network, no file system (episodes are class-path
 * resources, extra observations come in as text).
 */
@NullMarked
package lodestone.sim.backtest;

import org.jspecify.annotations.NullMarked;
