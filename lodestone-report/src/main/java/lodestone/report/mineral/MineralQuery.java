package lodestone.report.mineral;

import java.util.OptionalInt;
import lodestone.model.geo.Country;
import lodestone.model.mineral.Mineral;
import lodestone.report.Defaults;
import lodestone.report.Lookup;
import lodestone.report.Query;
import lodestone.report.ReportContext;

/**
 * One mineral: supply by stage with concentration, reserves, a perspective country's dependency, lists and sources.
 *
 * @param mineral mineral id, name or symbol
 * @param year production year, or null for the latest year of each series
 * @param perspective the importing country whose dependency is shown, or null for {@link Defaults#PERSPECTIVE}
 */
public record MineralQuery(String mineral, Integer year, String perspective) implements Query<MineralReport> {
    @Override
    public MineralReport answer(ReportContext context) {
        Mineral found = Lookup.mineral(context.snapshot(), mineral, "mineral");
        Lookup.year(year, "year");
        Country viewer = Lookup.country(
                context.snapshot(), perspective == null ? Defaults.PERSPECTIVE : perspective, "perspective");
        return MineralReport.build(
                context.snapshot(),
                found.id(),
                year == null ? OptionalInt.empty() : OptionalInt.of(year),
                viewer.code());
    }
}
