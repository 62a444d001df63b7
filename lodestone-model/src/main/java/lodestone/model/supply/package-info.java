/**
 * Where a perspective country's supply of a mineral comes from: the plain result of the dependency analysis
 * ({@code lodestone-risk}) that the disruption engine ({@code lodestone-sim}) takes as input, so the two modules share
 * one answer without depending on each other. Shares are fractions of the perspective's apparent consumption. JDK
 * only.
 */
@NullMarked
package lodestone.model.supply;

import org.jspecify.annotations.NullMarked;
