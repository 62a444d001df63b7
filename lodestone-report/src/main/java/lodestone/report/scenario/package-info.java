/**
 * Scenarios: preset listing, scenario runs (presets or specs, resolved against the knowledge base's supply mixes and
 * projects) and the sweep. Defaults and limits in {@link lodestone.report.scenario.ScenarioDefaults}. Shortfalls are
 * fractions of monthly demand or months of demand; prices are an index, 1 before the disruption.
 */
@NullMarked
package lodestone.report.scenario;

import org.jspecify.annotations.NullMarked;
