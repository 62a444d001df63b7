/**
 * Screens at scale: a {@link lodestone.screen.ScreenSpec} names perspectives × minerals × suppliers × severities ×
 * durations × responses (and optionally a plan per cell); {@link lodestone.screen.ScreenReader} reads one from YAML.
 * The grid and the job ({@code job}), the computation of one cell that every engine calls ({@code cell}) and the engine
 * interface, results schema and checkpoint rule ({@code run}) are in the sub-packages.
 *
 * <p>Units: shares and severities are fractions in [0, 1]; durations and horizons are months; shortfalls are months of
 * the perspective country's baseline demand (cumulative) or fractions of its monthly demand (per month); money is US
 * dollars. Allowed dependencies: lodestone-model, lodestone-sim, lodestone-plan and Jackson's tree model. No database,
 * no network, no file system: callers read files and pass text, and engines write results.
 */
@NullMarked
package lodestone.screen;

import org.jspecify.annotations.NullMarked;
