/** Test fixtures: locating the official datasets and published reference values. Test scope only. */
@NullMarked
package lodestone.testkit;

import org.jspecify.annotations.NullMarked;
