/** Mineral identities: ids, names, symbols, groups and the catalogue that resolves source names to ids. */
@NullMarked
package lodestone.model.mineral;

import org.jspecify.annotations.NullMarked;
