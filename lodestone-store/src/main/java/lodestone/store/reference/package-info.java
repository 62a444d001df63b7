/** Curated reference data bundled with Lodestone: the catalogue, country aliases, lists and sources. */
@NullMarked
package lodestone.store.reference;

import org.jspecify.annotations.NullMarked;
