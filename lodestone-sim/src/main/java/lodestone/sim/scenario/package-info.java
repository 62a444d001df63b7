/**
 * Disruption scenarios as data: the spec records ({@link lodestone.sim.scenario.ScenarioSpec},
 * {@link lodestone.sim.scenario.Market}, {@link lodestone.sim.scenario.Disruption}), uncertain inputs
 * ({@link lodestone.sim.scenario.Distribution}), the validating YAML/JSON reader, the shipped presets and the fill of
 * supply mixes from a knowledge snapshot.
 *
 * <p>Units: shares and severities are fractions in [0, 1]; supply, spare capacity, partner output and responses are
 * fractions of the perspective country's baseline monthly demand; stocks are months of that demand; time is months
 * from the disruption's start. Allowed dependencies: lodestone-model, Jackson (tree model only); no database, no
 * network, no file system (the caller reads files and passes text).
 */
@NullMarked
package lodestone.sim.scenario;

import org.jspecify.annotations.NullMarked;
