/**
 * Scores as a list of named components, each with the inputs and sources it rests on, so that a reader can
 * recompute any score by hand from the JSON output; and the Lodestone supply-risk index built from them.
 */
@NullMarked
package lodestone.risk.index;

import org.jspecify.annotations.NullMarked;
