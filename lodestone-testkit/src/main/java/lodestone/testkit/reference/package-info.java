/**
 * Published reference values, each with its citation, for tests that pin a method to the published record. Plain
 * numbers and names (no model types), so any module's tests can use them.
 */
@NullMarked
package lodestone.testkit.reference;

import org.jspecify.annotations.NullMarked;
