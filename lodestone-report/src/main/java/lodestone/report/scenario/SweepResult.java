package lodestone.report.scenario;

import java.util.List;
import lodestone.report.table.Column;
import lodestone.report.table.Format;
import lodestone.report.table.Table;
import lodestone.report.table.Tabular;
import lodestone.sim.sweep.SweepRow;

/**
 * A sweep's scenarios ranked by expected shortfall.
 *
 * @param list the list screened
 * @param scenarios number of scenarios
 * @param minerals number of minerals with a supply mix
 * @param paths paths per scenario
 * @param seed the seed every scenario shares
 * @param leftOut minerals without a net import reliance or supplier shares
 * @param units what the numbers mean
 * @param rows the scenarios, ranked
 */
public record SweepResult(
        String list,
        int scenarios,
        int minerals,
        int paths,
        long seed,
        List<String> leftOut,
        String units,
        List<Row> rows)
        implements Tabular {
    public SweepResult {
        leftOut = List.copyOf(leftOut);
        rows = List.copyOf(rows);
    }

    /**
     * One ranked scenario.
     *
     * @param rank 1 for the largest expected shortfall
     * @param mineral the mineral
     * @param supplier the supplier disrupted, ISO alpha-2
     * @param supplierShare its share of US supply, a fraction
     * @param severity the share of its exports withheld, a fraction
     * @param expectedShortfall mean cumulative shortfall over 12 months, months of US demand
     * @param cumulativeP95 the 95th percentile of it, months of US demand
     * @param peakMedianShortfall the largest monthly median shortfall, a fraction of demand
     * @param probabilityAboveThreshold probability of a monthly shortfall above the threshold
     * @param peakMedianPrice the largest monthly median price index (1 before the disruption)
     * @param shareBasis what the supplier's share rests on
     */
    public record Row(
            int rank,
            String mineral,
            String supplier,
            double supplierShare,
            double severity,
            double expectedShortfall,
            double cumulativeP95,
            double peakMedianShortfall,
            double probabilityAboveThreshold,
            double peakMedianPrice,
            String shareBasis) {
        static Row of(SweepRow r) {
            return new Row(
                    r.rank(),
                    r.cell().mineral().value(),
                    r.cell().supplier(),
                    r.cell().supplierShare(),
                    r.cell().severity(),
                    r.expectedShortfall(),
                    r.cumulativeP95(),
                    r.peakMedianShortfall(),
                    r.probabilityAboveThreshold(),
                    r.peakMedianPrice(),
                    r.cell().basis());
        }
    }

    /** The columns of a scenario. */
    public static final List<Column<Row>> COLUMNS = List.of(
            Column.of("rank", "RANK", Row::rank),
            Column.of("mineral", "MINERAL", Row::mineral),
            Column.of("supplier", "SUPPLIER", Row::supplier),
            Column.percent("supplier_share", "SHARE OF US SUPPLY", Row::supplierShare),
            Column.percent("severity", "SEVERITY", Row::severity),
            twoDecimals("expected_shortfall_months", "EXPECTED SHORTFALL (MONTHS)", Row::expectedShortfall),
            twoDecimals("cumulative_p95_months", "P95 (MONTHS)", Row::cumulativeP95),
            Column.percent("peak_median_shortfall", "PEAK P50 SHORT", Row::peakMedianShortfall),
            Column.percent("probability_above_threshold", "P(>20 %)", Row::probabilityAboveThreshold),
            twoDecimals("peak_median_price", "PEAK P50 PRICE", Row::peakMedianPrice),
            Column.of("share_basis", null, Row::shareBasis));

    private static Column<Row> twoDecimals(String id, String title, java.util.function.Function<Row, Double> value) {
        return Column.<Row>of(id, title, value).shownAs(r -> Format.fixed(value.apply(r), 2));
    }

    static SweepResult of(SweepQuery.Prepared prepared, List<SweepRow> ranked) {
        return new SweepResult(
                prepared.list(),
                prepared.cells().size(),
                prepared.minerals(),
                prepared.paths(),
                prepared.seed(),
                prepared.leftOut(),
                "expectedShortfall and cumulativeP95: months of US demand over 12 months; peakMedianShortfall:"
                        + " fraction of demand; peakMedianPrice: index, 1 before the disruption",
                ranked.stream().map(Row::of).toList());
    }

    @Override
    public Table<Row> table() {
        return Table.of(COLUMNS, rows).width(30);
    }
}
