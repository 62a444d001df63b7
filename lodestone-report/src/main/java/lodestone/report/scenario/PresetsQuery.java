package lodestone.report.scenario;

import lodestone.report.Query;
import lodestone.report.ReportContext;
import lodestone.sim.scenario.Presets;
import lodestone.sim.scenario.ScenarioSpec;

/** The disruption-scenario presets with their titles, horizons and minerals. */
public record PresetsQuery() implements Query<PresetListing> {
    @Override
    public PresetListing answer(ReportContext context) {
        return new PresetListing(Presets.IDS.stream()
                .map(id -> {
                    ScenarioSpec spec = ScenarioLibrary.preset(id, context.snapshot());
                    return new PresetListing.Row(
                            id,
                            spec.title(),
                            spec.horizonMonths(),
                            spec.markets().stream()
                                    .map(m -> m.mineral().value())
                                    .toList());
                })
                .toList());
    }
}
