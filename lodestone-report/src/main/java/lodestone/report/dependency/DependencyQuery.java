package lodestone.report.dependency;

import lodestone.model.geo.Country;
import lodestone.model.mineral.Mineral;
import lodestone.report.Defaults;
import lodestone.report.Lookup;
import lodestone.report.Query;
import lodestone.report.ReportContext;
import lodestone.risk.dependency.Dependency;
import org.jspecify.annotations.Nullable;

/**
 * The dependency of a perspective country on imports of a mineral.
 *
 * @param mineral mineral id or name
 * @param perspective importing country (code or name), or null for {@link Defaults#PERSPECTIVE}
 */
public record DependencyQuery(String mineral, @Nullable String perspective) implements Query<DependencyView> {
    @Override
    public DependencyView answer(ReportContext context) {
        Mineral found = Lookup.mineral(context.snapshot(), mineral, "mineral");
        Country viewer = Lookup.country(
                context.snapshot(), perspective == null ? Defaults.PERSPECTIVE : perspective, "perspective");
        return DependencyView.of(context.snapshot(), Dependency.of(context.snapshot(), found.id(), viewer.code()));
    }
}
