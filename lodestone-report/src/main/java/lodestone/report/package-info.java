/**
 * The report layer: one typed {@link lodestone.report.Query} and result record per question Lodestone answers, shared
 * by the command line, the API and the dashboard, which only render the results. A query takes a
 * {@link lodestone.report.ReportContext} (the snapshot in memory and the date taken as today), resolves the user's
 * text to catalogue entries with errors that name the field ({@link lodestone.report.QueryException}), asks the pure
 * modules ({@code lodestone-risk}, {@code lodestone-sim}, {@code lodestone-news}) and returns plain records with units
 * and sources. Defaults live in {@link lodestone.report.Defaults} and
 * {@link lodestone.report.scenario.ScenarioDefaults}; columns for tables and CSV in
 * {@link lodestone.report.table}; the one JSON configuration in {@link lodestone.report.Json}. No picocli, no HTTP.
 */
@NullMarked
package lodestone.report;

import org.jspecify.annotations.NullMarked;
