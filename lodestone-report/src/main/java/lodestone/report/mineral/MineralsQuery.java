package lodestone.report.mineral;

import java.util.ArrayList;
import java.util.List;
import lodestone.model.knowledge.KnowledgeSnapshot;
import lodestone.model.list.CriticalMineralList;
import lodestone.report.Lookup;
import lodestone.report.Query;
import lodestone.report.ReportContext;
import org.jspecify.annotations.Nullable;

/**
 * The mineral catalogue with list memberships, or the members of one official list as published.
 *
 * @param list a list id (usgs-2025, usgs-2022, eu-2023), or null for the whole catalogue
 */
public record MineralsQuery(@Nullable String list) implements Query<MineralsResult> {
    @Override
    public MineralsResult answer(ReportContext context) {
        KnowledgeSnapshot snapshot = context.snapshot();
        if (list == null || list.isBlank()) {
            return new MineralsResult(null, null, null, null, null, null, MineralListing.catalogue(snapshot));
        }
        CriticalMineralList chosen = Lookup.list(snapshot, list, "list");
        List<MineralListing> rows = new ArrayList<>();
        for (CriticalMineralList.Entry entry : chosen.entries()) {
            rows.add(MineralListing.of(
                    snapshot, snapshot.minerals().require(entry.minerals().get(0)), entry.name()));
        }
        return new MineralsResult(
                chosen.id(),
                chosen.name(),
                chosen.published().toString(),
                chosen.source().value(),
                snapshot.source(chosen.source()).title(),
                chosen.entries().size(),
                rows);
    }
}
