/** The in-memory snapshot of knowledge that analytics take as input. */
@NullMarked
package lodestone.model.knowledge;

import org.jspecify.annotations.NullMarked;
