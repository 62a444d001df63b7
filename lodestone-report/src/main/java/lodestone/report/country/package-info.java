/** Countries: the listing of producing countries, and one country's production, shares, ranks and reserves. */
package lodestone.report.country;
