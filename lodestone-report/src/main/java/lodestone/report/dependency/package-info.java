/**
 * The dependency query's one view, shown by the mineral page, the risk breakdown, and behind the supply mixes of
 * simulate and sweep: net import reliance with its history, import sources with shares where known, look-through
 * exposure and the supply mix, for any perspective country. Fractions of apparent consumption throughout.
 */
@NullMarked
package lodestone.report.dependency;

import org.jspecify.annotations.NullMarked;
