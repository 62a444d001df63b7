/**
 * Supply risk: the Lodestone index ranking and one mineral's breakdown for any perspective, date and year; the EU 2017
 * method recomputed for 2023 with its error; the dashboard's overview. Components are fractions in [0, 1]; scores lie
 * in [0, 100]; every input names its source.
 */
@NullMarked
package lodestone.report.risk;

import org.jspecify.annotations.NullMarked;
