/**
 * Editions of recurring publications (USGS MCS 2025 and 2026): what changed from one edition to the next for the same
 * data years ({@link lodestone.report.edition.DiffQuery}).
 */
@NullMarked
package lodestone.report.edition;

import org.jspecify.annotations.NullMarked;
