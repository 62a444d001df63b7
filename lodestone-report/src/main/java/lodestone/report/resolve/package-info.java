/**
 * Names as users type them, resolved to catalogue entries: ids, names, element symbols, ISO codes, source aliases and
 * curated aliases with their basis, in any case, spacing or grammatical number, with "did you mean" suggestions by
 * Levenshtein distance (Apache Commons Text). Pure: {@link lodestone.report.Lookup} reads the curated alias file and
 * answers every face (command line, API, pages) through it.
 */
@NullMarked
package lodestone.report.resolve;

import org.jspecify.annotations.NullMarked;
