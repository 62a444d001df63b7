/**
 * Readers for the USGS Mineral Commodity Summaries data release (doi:10.5066/P13XCP3R): world data, salient
 * statistics per commodity, and the industry-trends tables. See the module README for the quirks they handle.
 */
@NullMarked
package lodestone.store.usgs;

import org.jspecify.annotations.NullMarked;
