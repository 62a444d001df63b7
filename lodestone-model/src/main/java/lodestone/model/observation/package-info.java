/** Observations: sourced numbers with their unit, basis, flags and provenance. */
@NullMarked
package lodestone.model.observation;

import org.jspecify.annotations.NullMarked;
