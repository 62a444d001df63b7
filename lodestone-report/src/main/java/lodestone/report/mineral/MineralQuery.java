package lodestone.report.mineral;

import java.util.OptionalInt;
import lodestone.model.geo.Country;
import lodestone.model.knowledge.KnowledgeSnapshot;
import lodestone.report.Defaults;
import lodestone.report.Lookup;
import lodestone.report.Query;
import lodestone.report.ReportContext;
import lodestone.report.resolve.Resolved;
import org.jspecify.annotations.Nullable;

/**
 * One mineral: supply by stage with concentration, reserves, a perspective country's dependency, lists and sources.
 *
 * @param mineral mineral id, name or symbol
 * @param year production year, or null for the latest year of each series
 * @param perspective the importing country whose dependency is shown, or null for {@link Defaults#PERSPECTIVE}
 * @param edition {@code latest} (the newest edition of each data year), an edition id such as {@code mcs-2025},
 *     or null for the latest
 */
public record MineralQuery(
        String mineral,
        @Nullable Integer year,
        @Nullable String perspective,
        @Nullable String edition) implements Query<MineralReport> {
    @Override
    public MineralReport answer(ReportContext context) {
        KnowledgeSnapshot snapshot = context.snapshot(edition);
        Resolved found = Lookup.resolvedMineral(snapshot.minerals(), mineral, "mineral");
        Lookup.year(year, "year");
        Country viewer =
                Lookup.country(snapshot, perspective == null ? Defaults.PERSPECTIVE : perspective, "perspective");
        return MineralReport.build(
                snapshot,
                found,
                year == null ? OptionalInt.empty() : OptionalInt.of(year),
                viewer.code(),
                ReportContext.describeEdition(edition));
    }
}
