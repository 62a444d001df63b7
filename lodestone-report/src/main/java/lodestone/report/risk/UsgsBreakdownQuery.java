package lodestone.report.risk;

import lodestone.model.knowledge.KnowledgeSnapshot;
import lodestone.model.mineral.Mineral;
import lodestone.report.Lookup;
import lodestone.report.Query;
import lodestone.report.ReportContext;
import lodestone.report.risk.RiskView.UsgsView;
import lodestone.risk.governance.Governance;
import lodestone.risk.usgs.UsgsSnapshotInputs;
import lodestone.risk.usgs.UsgsSupplyRisk;
import org.jspecify.annotations.Nullable;

/**
 * One mineral's USGS 2021 supply risk for the United States: each assessed year's DP, TE and EV with their inputs.
 *
 * @param mineral mineral id or name
 * @param perspective must be US or null: the method is the United States'
 * @param year must be null: the method averages its own window of years
 */
public record UsgsBreakdownQuery(
        String mineral,
        @Nullable String perspective,
        @Nullable Integer year) implements Query<UsgsView> {
    @Override
    public UsgsView answer(ReportContext context) {
        Risks.usgsScope(perspective, year);
        KnowledgeSnapshot snapshot = context.snapshot();
        Mineral subject = Lookup.mineral(snapshot, mineral, "mineral");
        return UsgsView.of(
                snapshot,
                null,
                UsgsSupplyRisk.assess(UsgsSnapshotInputs.of(
                        snapshot, subject.id(), Governance.latest(snapshot), Risks.MARKET_SERIES)));
    }
}
