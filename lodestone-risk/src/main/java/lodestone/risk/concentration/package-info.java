/**
 * Supply shares per mineral, stage and year, and the concentration indices computed from them (HHI on the
 * 0–10,000 scale, top-N share). A remainder reported as "Other countries" is never treated as one producer; each
 * result says how it was treated.
 */
@NullMarked
package lodestone.risk.concentration;

import org.jspecify.annotations.NullMarked;
