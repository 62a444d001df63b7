/**
 * Minerals: the catalogue and list listings, and one mineral's report (producers and shares by stage with HHI and
 * top-3, reserves, the perspective's dependency, lists, sources). Shares are fractions; quantities carry their unit.
 */
@NullMarked
package lodestone.report.mineral;

import org.jspecify.annotations.NullMarked;
