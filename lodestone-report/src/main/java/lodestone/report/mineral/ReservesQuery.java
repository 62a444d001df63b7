package lodestone.report.mineral;

import lodestone.report.Query;
import lodestone.report.ReportContext;
import org.jspecify.annotations.Nullable;

/**
 * A mineral's reserves by country, the rows the mineral report shows under "Reserves".
 *
 * @param mineral mineral id, name or symbol
 * @param edition {@code latest} (the newest edition of each data year), an edition id such as {@code mcs-2025}, or
 *     null for the latest
 */
public record ReservesQuery(String mineral, @Nullable String edition) implements Query<ReservesView> {
    @Override
    public ReservesView answer(ReportContext context) {
        MineralReport report = new MineralQuery(mineral, null, null, edition).answer(context);
        return new ReservesView(report.mineral().id(), report.mineral().name(), report.reserves());
    }
}
