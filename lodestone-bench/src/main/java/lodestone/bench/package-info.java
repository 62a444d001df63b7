/**
 * JMH benchmarks of the Monte Carlo engine and the sweep. Not run by the build: see docs/benchmarks.md for the command
 * and the results. Depends on lodestone-sim and JMH only.
 */
@NullMarked
package lodestone.bench;

import org.jspecify.annotations.NullMarked;
