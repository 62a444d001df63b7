/** Countries: the listing of producing countries, and one country's production, shares, ranks and reserves. */
@NullMarked
package lodestone.report.country;

import org.jspecify.annotations.NullMarked;
