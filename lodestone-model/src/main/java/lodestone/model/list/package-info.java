/** Official critical-mineral lists (USGS 2022 and 2025, EU 2023). */
@NullMarked
package lodestone.model.list;

import org.jspecify.annotations.NullMarked;
