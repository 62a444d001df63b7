/** Curated records entered by hand from cited publications. */
@NullMarked
package lodestone.store.curated;

import org.jspecify.annotations.NullMarked;
