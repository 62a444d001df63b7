/**
 * Reader for the World Bank Worldwide Governance Indicators (2024 update, CC BY 4.0), in the long format of
 * {@code shared/data/wgi/wgi.csv}. Estimates are in standard-normal units (about −2.5 to 2.5, higher is better) and
 * are stored unchanged as dimensionless factors; any rescaling (such as the EU method's 0–10 scale) belongs to the
 * analytics in {@code lodestone-risk}. Depends on {@code lodestone-model} and {@code lodestone.store.importing}.
 */
@NullMarked
package lodestone.store.wgi;

import org.jspecify.annotations.NullMarked;
