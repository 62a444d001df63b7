/**
 * Test fixtures: locating the official datasets and published reference values, files prepared once per test JVM.
 * Test scope only.
 */
@NullMarked
package lodestone.testkit;

import org.jspecify.annotations.NullMarked;
