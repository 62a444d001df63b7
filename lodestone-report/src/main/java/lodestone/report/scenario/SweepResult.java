package lodestone.report.scenario;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import lodestone.model.mineral.MineralId;
import lodestone.report.table.Cell;
import lodestone.report.table.Cell.Style;
import lodestone.report.table.Column;
import lodestone.report.table.Columns;
import lodestone.report.table.Table;
import lodestone.report.table.Tabular;
import lodestone.sim.sweep.PartnerSupply;
import lodestone.sim.sweep.Sweep;
import lodestone.sim.sweep.SweepRow;

/**
 * A sweep's scenarios, ranked by the probability that buyers stop, the tail or the mean of the cumulative shortfall.
 *
 * @param list the list screened
 * @param perspective the importing country whose supply is disrupted, ISO 3166-1 alpha-2
 * @param scenarios number of scenarios
 * @param minerals number of minerals with a supply mix
 * @param paths paths per scenario
 * @param seed the seed every scenario shares
 * @param rankedBy what the rows are ranked by: stop, p95 or mean
 * @param kendallTauWithMean Kendall's rank correlation of that ranking with the ranking by the mean (1 identical)
 * @param leftOut minerals without a net import reliance or supplier shares
 * @param partners the partner supply credited, one line per project: mineral, project, country, share of the perspective's demand at
 *     full output, start, ramp-up and probability of delivery
 * @param units what the numbers mean
 * @param rows the scenarios, ranked
 */
public record SweepResult(
        String list,
        String perspective,
        int scenarios,
        int minerals,
        int paths,
        long seed,
        String rankedBy,
        double kendallTauWithMean,
        List<String> leftOut,
        List<String> partners,
        String units,
        List<Row> rows)
        implements Tabular {
    public SweepResult {
        leftOut = List.copyOf(leftOut);
        partners = List.copyOf(partners);
        rows = List.copyOf(rows);
    }

    /**
     * One ranked scenario.
     *
     * @param rank 1 for the worst scenario by the sweep's ranking
     * @param mineral the mineral
     * @param supplier the supplier disrupted, ISO alpha-2
     * @param supplierShare its share of the perspective's supply, a fraction
     * @param severity the share of its exports withheld, a fraction
     * @param expectedShortfall mean cumulative shortfall over 12 months, months of the perspective's demand
     * @param cumulativeP95 the 95th percentile of it, months of the perspective's demand
     * @param peakMedianShortfall the largest monthly median shortfall, a fraction of demand
     * @param probabilityAboveThreshold probability of a monthly shortfall above the threshold
     * @param peakMedianPrice the largest monthly median outside spot price index (1 before the disruption)
     * @param probabilityOfStop share of paths on which some buyers had to stop
     * @param rankByMean the scenario's rank by expected shortfall alone
     * @param shareBasis what the supplier's share rests on
     */
    public record Row(
            @Cell(dimensionless = "a position in the ranking, 1 first")
            int rank,

            String mineral,
            String supplier,

            @Cell(value = SHARE_TITLE, style = Style.PERCENT)
            double supplierShare,

            @Cell(style = Style.PERCENT) double severity,

            @Cell(
                    value = "EXPECTED SHORTFALL",
                    csv = "expected_shortfall_months",
                    unit = "months",
                    style = Style.TWO_DECIMALS)
            double expectedShortfall,

            @Cell(value = "P95", csv = "cumulative_p95_months", unit = "months", style = Style.TWO_DECIMALS)
            double cumulativeP95,

            @Cell(value = "PEAK P50 SHORT", style = Style.PERCENT)
            double peakMedianShortfall,

            @Cell(value = "P(>20 %)", style = Style.PERCENT) double probabilityAboveThreshold,

            @Cell(value = "PEAK P50 PRICE", unit = "x pre-shock", style = Style.TWO_DECIMALS)
            double peakMedianPrice,

            @Cell(value = "P(STOP)", style = Style.PERCENT) double probabilityOfStop,

            @Cell(value = "BY MEAN", dimensionless = "a position in the ranking by expected shortfall, 1 first")
            int rankByMean,

            @Cell(table = false) String shareBasis) {
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
                    r.probabilityOfStop(),
                    r.rankByMean(),
                    r.cell().basis());
        }
    }

    /** The title of the supplier's share as the columns declare it, for the default perspective. */
    static final String SHARE_TITLE = "SHARE OF US SUPPLY";

    /** The columns of a scenario. */
    public static final List<Column<Row>> COLUMNS = Columns.of(Row.class);

    static SweepResult of(SweepQuery.Prepared prepared, List<SweepRow> ranked) {
        return new SweepResult(
                prepared.list(),
                prepared.perspective(),
                prepared.cells().size(),
                prepared.minerals(),
                prepared.paths(),
                prepared.seed(),
                prepared.ranking().name().toLowerCase(Locale.ROOT),
                Sweep.kendallTauWithMean(ranked),
                prepared.leftOut(),
                partners(prepared.perspective(), prepared.partners()),
                "expectedShortfall and cumulativeP95: months of " + prepared.perspective()
                        + " demand over 12 months; peakMedianShortfall:"
                        + " fraction of demand; peakMedianPrice: outside spot price index, 1 before the disruption;"
                        + " probabilityOfStop: share of paths on which some buyers stop; kendallTauWithMean: rank"
                        + " correlation of this ranking with the ranking by the mean",
                ranked.stream().map(Row::of).toList());
    }

    private static List<String> partners(String perspective, Map<MineralId, List<PartnerSupply>> partners) {
        List<String> out = new ArrayList<>();
        new TreeMap<>(partners)
                .forEach((mineral, supplies) -> supplies.forEach(supply -> out.add(String.format(
                        Locale.ROOT,
                        "%s: %s (%s), %.0f %% of %s demand at full output, from month %.0f of the sweep, ramp-up %.0f"
                                + " months, probability of delivery %.2f",
                        mineral.value(),
                        supply.partner().name(),
                        supply.country(),
                        100 * supply.partner().capacityFraction(),
                        perspective,
                        supply.partner().startMonth().quantile(0.5),
                        supply.partner().rampMonths(),
                        supply.partner().probability()))));
        return out;
    }

    /**
     * @param count how many of the ranked rows to keep, at least 0
     * @return this result with its first {@code count} rows only; the counts, the ranking and Kendall's tau still
     *     describe the whole sweep
     * @throws IllegalArgumentException if count is negative
     */
    public SweepResult top(int count) {
        if (count < 0) {
            throw new IllegalArgumentException("top (" + count + ") must be at least 0.");
        }
        return count >= rows.size()
                ? this
                : new SweepResult(
                        list,
                        perspective,
                        scenarios,
                        minerals,
                        paths,
                        seed,
                        rankedBy,
                        kendallTauWithMean,
                        leftOut,
                        partners,
                        units,
                        rows.subList(0, count));
    }

    /** @return the columns, the supplier's share titled with the perspective ("SHARE OF JP SUPPLY") */
    @Override
    public Table<Row> table() {
        List<Column<Row>> columns = COLUMNS.stream()
                .map(c -> SHARE_TITLE.equals(c.title())
                        ? new Column<>(c.id(), "SHARE OF " + perspective + " SUPPLY", c.csv(), c.text(), c.unit())
                        : c)
                .toList();
        return Table.of(columns, rows).width(30);
    }
}
