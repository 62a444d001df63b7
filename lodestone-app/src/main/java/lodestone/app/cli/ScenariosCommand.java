package lodestone.app.cli;

import lodestone.report.Query;
import lodestone.report.scenario.PresetListing;
import lodestone.report.scenario.PresetsQuery;
import picocli.CommandLine.Command;

/** {@code lodestone scenarios}: the shipped disruption scenarios. */
@Command(
        name = "scenarios",
        mixinStandardHelpOptions = true,
        description = "List the disruption-scenario presets with their titles, horizons and minerals (as GET"
                + " /api/v1/scenarios); run one with `lodestone simulate ID`.")
final class ScenariosCommand extends QueryCommand<PresetListing> {
    @Override
    Query<PresetListing> query() {
        return new PresetsQuery();
    }
}
