/**
 * Columns declared once per result type ({@link lodestone.report.table.Column}), for the table people read and the
 * CSV programs read; number formats ({@link lodestone.report.table.Format}). Fractions stay fractions in CSV and become
 * percentages only in tables.
 */
@NullMarked
package lodestone.report.table;

import org.jspecify.annotations.NullMarked;
