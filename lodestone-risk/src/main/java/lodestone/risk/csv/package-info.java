/**
 * The one parser of Lodestone's small curated CSV resources, whose text the caller reads (no I/O here): the risk
 * methods' tables ({@link lodestone.risk.csv.CuratedCsv#rows}, line by line with {@code #} comments) and the news
 * module's bundled reference tables ({@link lodestone.risk.csv.CuratedCsv#parse}, RFC 4180 records whose quoted fields
 * may hold line breaks). The official datasets are read by the store with Apache Commons CSV instead.
 */
@NullMarked
package lodestone.risk.csv;

import org.jspecify.annotations.NullMarked;
