/**
 * Quantities with units and basis. Readers convert source units once, at the boundary, to the canonical unit of each
 * dimension (see {@link lodestone.model.quantity.Unit}).
 */
@NullMarked
package lodestone.model.quantity;

import org.jspecify.annotations.NullMarked;
