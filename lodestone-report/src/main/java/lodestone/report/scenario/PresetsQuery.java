package lodestone.report.scenario;

import java.util.List;
import lodestone.report.Query;
import lodestone.report.ReportContext;
import lodestone.report.table.Cell;
import lodestone.report.table.Listing;
import lodestone.sim.scenario.Presets;
import lodestone.sim.scenario.ScenarioSpec;

/** The disruption-scenario presets with their titles, horizons and minerals. */
public record PresetsQuery() implements Query<Listing<PresetsQuery.Row>> {
    /**
     * @param id the preset id
     * @param title its title
     * @param horizonMonths months it simulates
     * @param minerals the minerals it covers
     */
    public record Row(
            String id,
            String title,
            @Cell(value = "HORIZON", unit = "months") int horizonMonths,
            List<String> minerals) {}

    @Override
    public Listing<Row> answer(ReportContext context) {
        return Listing.of(
                Presets.IDS.stream()
                        .map(id -> {
                            ScenarioSpec spec = ScenarioLibrary.preset(id, context.snapshot());
                            return new Row(
                                    id,
                                    spec.title(),
                                    spec.horizonMonths(),
                                    spec.markets().stream()
                                            .map(m -> m.mineral().value())
                                            .toList());
                        })
                        .toList(),
                Row.class);
    }
}
