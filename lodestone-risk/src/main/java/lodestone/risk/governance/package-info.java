/**
 * Country governance from the World Bank Worldwide Governance Indicators held in a snapshot (metric
 * {@code governance}, one observation per country, year and indicator), reduced to the mean of the six indicators
 * over a window of years and rescaled so that higher means worse. Pure functions over the model.
 */
@NullMarked
package lodestone.risk.governance;

import org.jspecify.annotations.NullMarked;
