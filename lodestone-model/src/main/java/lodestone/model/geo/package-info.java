/** Countries (ISO 3166-1), the names sources use for them, and the areas observations apply to. */
@NullMarked
package lodestone.model.geo;

import org.jspecify.annotations.NullMarked;
