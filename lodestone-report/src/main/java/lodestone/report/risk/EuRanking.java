package lodestone.report.risk;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import lodestone.report.risk.RiskView.EuView;
import lodestone.report.risk.RiskView.ListView;
import lodestone.report.source.SourceView;
import lodestone.report.table.Column;
import lodestone.report.table.Table;
import lodestone.report.table.Tabular;
import lodestone.report.table.Unit;
import lodestone.risk.eu.EuRecomputation;

/**
 * The EU 2017 supply-risk method recomputed for 2023, every material.
 *
 * @param method "eu-2017"
 * @param on the date of the measures for the policy-adjusted t
 * @param wgiWindow the WGI years averaged
 * @param srThreshold the SR criticality threshold
 * @param eiThreshold the EI criticality threshold
 * @param tByMeasureKind the t a measure kind raises the trade variable to
 * @param recomputation the error of the recomputation against the published values
 * @param lists list membership from the published SR and EI
 * @param ranking every material, highest recomputed SR first
 * @param sources every source cited
 */
public record EuRanking(
        String method,
        LocalDate on,
        String wgiWindow,
        double srThreshold,
        double eiThreshold,
        Map<String, Double> tByMeasureKind,
        Map<String, EuRecomputation.Stats> recomputation,
        List<ListView> lists,
        List<EuView> ranking,
        List<SourceView> sources)
        implements Tabular {

    /** The unit of the EU supply-risk columns. */
    private static final Unit EU_SR =
            Unit.dimensionless("EU supply-risk score (2017 methodology), critical at 1 and above");

    /** The columns of a material. */
    public static final List<Column<EuView>> COLUMNS = List.of(
            Column.of("rank", "#", EuView::rank).in(Unit.RANK),
            Column.of("mineral", "MINERAL", EuView::mineral),
            Column.of("stage", "STAGE", EuView::stage),
            Column.of("scope", "SCOPE", EuView::scope),
            Column.fixed("sr_recomputed", "SR", EuView::supplyRisk, 3, EU_SR)
                    .shownAs(v -> String.format(java.util.Locale.ROOT, "%.2f", v.supplyRisk())),
            Column.fixed("sr_policy_adjusted", "SR POLICY", EuView::policyAdjustedSupplyRisk, 3, EU_SR)
                    .shownAs(v -> String.format(java.util.Locale.ROOT, "%.2f", v.policyAdjustedSupplyRisk())),
            Column.of("sr_published_stage", "PUBLISHED", EuView::publishedStageSupplyRisk)
                    .in(EU_SR)
                    .shownAs(v -> v.publishedStageSupplyRisk() == null
                            ? "-"
                            : String.format(java.util.Locale.ROOT, "%.1f", v.publishedStageSupplyRisk())),
            Column.of("sr_annex4", null, EuView::annexSupplyRisk).in(EU_SR),
            Column.of("input_status", "INPUTS", EuView::inputStatus));

    @Override
    public Table<EuView> table() {
        return Table.of(COLUMNS, ranking);
    }
}
