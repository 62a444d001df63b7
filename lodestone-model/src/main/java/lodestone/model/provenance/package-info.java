/** Sources and the provenance every externally sourced number carries. */
@NullMarked
package lodestone.model.provenance;

import org.jspecify.annotations.NullMarked;
