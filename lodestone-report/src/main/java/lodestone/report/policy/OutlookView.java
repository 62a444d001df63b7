package lodestone.report.policy;

import java.util.ArrayList;
import java.util.List;
import lodestone.report.table.Cell;
import lodestone.report.table.Cell.Style;
import lodestone.report.table.Column;
import lodestone.report.table.Columns;
import lodestone.report.table.Format;
import lodestone.report.table.Table;
import lodestone.report.table.Tabular;
import lodestone.report.table.Unit;
import lodestone.risk.agreement.Outlook;
import org.jspecify.annotations.Nullable;

/**
 * A delivery outlook for output: per year the added capacity (expected, P10, P50, P90) and China's share of world
 * supply at the stage with it, and per project whether it counts and on which parameters.
 *
 * @param mineral mineral id
 * @param fromYear first year
 * @param toYear last year
 * @param baseline the world baseline used, or why there is none
 * @param baselineWorldTonnes world total of the baseline, or null
 * @param baselineChinaTonnes China's quantity in the baseline, or null
 * @param baselineSeries the baseline's series and period, or null
 * @param projects included and excluded projects with their parameters
 * @param years per year
 * @param assumptions the assumptions behind the numbers
 */
public record OutlookView(
        String mineral,
        int fromYear,
        int toYear,
        String baseline,
        @Nullable Double baselineWorldTonnes,
        @Nullable Double baselineChinaTonnes,
        @Nullable String baselineSeries,
        List<ProjectRow> projects,
        List<YearRow> years,
        List<String> assumptions)
        implements Tabular {

    /** The columns of a year: added capacity, and China's share where a baseline exists. */
    public static final List<Column<YearRow>> YEAR_COLUMNS = Columns.of(YearRow.class);

    /** @return the years, as CSV prints them and a table shows them (China's share only with a baseline) */
    @Override
    public Table<YearRow> table() {
        boolean share = years.stream().anyMatch(y -> y.chinaShareBaseline() != null);
        List<Column<YearRow>> columns = new ArrayList<>();
        columns.add(Column.<YearRow>of("mineral", null, y -> mineral));
        YEAR_COLUMNS.forEach(c -> {
            String id = c.id();
            columns.add(share || id == null || !id.startsWith("china") ? c : c.csvOnly());
        });
        if (share) {
            columns.add(Column.<YearRow>of(
                            null,
                            "RANGE",
                            y -> Format.percent(y.chinaShareLow()) + " - " + Format.percent(y.chinaShareHigh()))
                    .in(Unit.PERCENT));
        }
        return Table.of(columns, years).width(30);
    }

    /**
     * @param id project id
     * @param name name
     * @param included true if it counts
     * @param exclusionReason why not, or null
     * @param parameters its parameters, described with their origin (sourced or assumed) and rationale
     */
    public record ProjectRow(
            String id,
            String name,
            boolean included,
            @Nullable String exclusionReason,
            List<String> parameters) {}

    /**
     * @param year year
     * @param expectedTonnesPerYear expected added capacity, t/yr
     * @param p10TonnesPerYear P10 of added capacity
     * @param p50TonnesPerYear P50 of added capacity
     * @param p90TonnesPerYear P90 of added capacity
     * @param chinaShareBaseline China's baseline share, or null without a baseline
     * @param chinaShareExpected China's share with the expected added capacity
     * @param chinaShareHigh China's share with the P10 added capacity (the high end of the range)
     * @param chinaShareLow China's share with the P90 added capacity (the low end of the range)
     */
    public record YearRow(
            @Cell(dimensionless = "a calendar year") int year,

            @Cell(value = "EXPECTED", csv = "expected_t", unit = "t/yr", style = Style.QUANTITY)
            double expectedTonnesPerYear,

            @Cell(value = "P10", csv = "p10_t", unit = "t/yr", style = Style.QUANTITY)
            double p10TonnesPerYear,

            @Cell(value = "P50", csv = "p50_t", unit = "t/yr", style = Style.QUANTITY)
            double p50TonnesPerYear,

            @Cell(value = "P90", csv = "p90_t", unit = "t/yr", style = Style.QUANTITY)
            double p90TonnesPerYear,

            @Cell(value = "CHINA SHARE BASE", style = Style.PERCENT) @Nullable
            Double chinaShareBaseline,

            @Cell(value = "WITH EXPECTED", style = Style.PERCENT) @Nullable
            Double chinaShareExpected,

            @Cell(table = false, style = Style.PERCENT) @Nullable
            Double chinaShareHigh,

            @Cell(table = false, style = Style.PERCENT) @Nullable
            Double chinaShareLow) {}

    /**
     * @param outlook the delivery outlook
     * @return its view
     */
    public static OutlookView of(Outlook outlook) {
        return new OutlookView(
                outlook.mineral().value(),
                outlook.fromYear(),
                outlook.toYear(),
                outlook.baselineNote(),
                outlook.baseline().map(Outlook.Baseline::worldTonnes).orElse(null),
                outlook.baseline().map(Outlook.Baseline::chinaTonnes).orElse(null),
                outlook.baseline()
                        .map(b -> b.shares().series() + ", " + b.shares().period() + " ("
                                + b.shares().stage().id() + ")")
                        .orElse(null),
                outlook.projects().stream()
                        .map(p -> new ProjectRow(
                                p.projectId(),
                                p.name(),
                                p.included(),
                                p.exclusionReason().orElse(null),
                                p.parameters().stream()
                                        .map(Outlook.Parameter::describe)
                                        .toList()))
                        .toList(),
                outlook.years().stream()
                        .map(y -> new YearRow(
                                y.year(),
                                y.expectedTonnesPerYear(),
                                y.p10TonnesPerYear(),
                                y.p50TonnesPerYear(),
                                y.p90TonnesPerYear(),
                                y.chinaShare().map(Outlook.ChinaShare::baseline).orElse(null),
                                y.chinaShare()
                                        .map(Outlook.ChinaShare::atExpected)
                                        .orElse(null),
                                y.chinaShare()
                                        .map(Outlook.ChinaShare::atP10Added)
                                        .orElse(null),
                                y.chinaShare()
                                        .map(Outlook.ChinaShare::atP90Added)
                                        .orElse(null)))
                        .toList(),
                outlook.assumptions());
    }
}
