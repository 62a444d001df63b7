/**
 * Economic importance from the perspective's exposure in money: the value of its apparent consumption of a mineral
 * (tonnes × US dollars per kilogram × 1,000, from the USGS salient statistics; the series are chosen in the curated
 * resource {@code lodestone/risk/economic/us-market-series.csv}), and its place on a logarithmic scale from one
 * million to one hundred billion US dollars. Used by the Lodestone index (term E) and the usgs-2021 method (EV). Pure
 * functions over the model; money in US dollars of the data year, masses in tonnes, prices in US dollars per kilogram.
 */
@NullMarked
package lodestone.risk.economic;

import org.jspecify.annotations.NullMarked;
