/**
 * The search box's question: one name as typed, resolved at once against minerals, countries, trade measures and
 * agreements through the same resolver ({@link lodestone.report.Lookup}) as the command line and the API, so that a
 * name the box finds is one every command accepts. Pure: no HTTP, no database.
 */
@NullMarked
package lodestone.report.search;

import org.jspecify.annotations.NullMarked;
