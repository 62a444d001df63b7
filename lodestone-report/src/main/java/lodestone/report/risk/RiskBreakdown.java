package lodestone.report.risk;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import lodestone.report.dependency.DependencyView;
import lodestone.report.risk.RiskView.ComponentView;
import lodestone.report.risk.RiskView.ConcentrationView;
import lodestone.report.risk.RiskView.EuView;
import lodestone.report.risk.RiskView.InputView;
import lodestone.report.risk.RiskView.MeasureLine;
import lodestone.report.source.SourceView;
import lodestone.report.table.Cell;
import lodestone.report.table.Column;
import lodestone.report.table.Columns;
import lodestone.report.table.Format;
import lodestone.report.table.Table;
import lodestone.report.table.Tabular;
import lodestone.report.table.Unit;
import org.jspecify.annotations.Nullable;

/**
 * One mineral under the Lodestone method. Its CSV form is one row per component, input and concentration set.
 *
 * @param method "lodestone"
 * @param perspective the importing country, ISO alpha-2
 * @param on the date of the measures
 * @param year the production year asked for, or null
 * @param mineral mineral id
 * @param name name
 * @param rank rank, or null if not scored
 * @param score score in [0, 100], or null if not scored
 * @param formula the formula with values, or why there is no score
 * @param components the components with their inputs
 * @param concentration concentration per stage share set
 * @param dependency the dependency query's answer, with look-through
 * @param measures measures in force covering exports to the perspective country
 * @param eu the EU method's figures for it, or null
 * @param sources every source cited
 */
public record RiskBreakdown(
        String method,
        String perspective,
        LocalDate on,
        @Nullable Integer year,
        String mineral,
        String name,
        @Nullable Integer rank,
        @Nullable Double score,
        String formula,
        List<ComponentView> components,
        List<ConcentrationView> concentration,
        DependencyView dependency,
        List<MeasureLine> measures,
        @Nullable EuView eu,
        List<SourceView> sources)
        implements Tabular {

    /**
     * One line of the CSV form.
     *
     * @param kind component, input or concentration
     * @param name what it is
     * @param value its value
     * @param source its sources
     * @param note how it was computed or what it rests on
     */
    public record Line(
            String kind,
            String name,

            @Cell(dimensionless = "each line is another quantity; its kind, name and note say which") @Nullable
            Double value,

            String source,
            String note) {}

    /** The columns of a line. */
    public static final List<Column<Line>> COLUMNS = Columns.of(Line.class);

    /** The columns of a concentration set, with the chosen country's share under its code (table). */
    public static List<Column<ConcentrationView>> concentrationColumns(String chosenCountry) {
        return List.of(
                Column.of(null, "MINERAL", ConcentrationView::mineral),
                Column.of(null, "STAGE", ConcentrationView::stage),
                Column.of(null, "PERIOD", ConcentrationView::period),
                Column.<ConcentrationView>of(null, "HHI", c -> Format.fixed(c.hhi(), 0))
                        .in(Unit.dimensionless("Herfindahl-Hirschman index of shares in percent, 0-10,000")),
                Column.<ConcentrationView>of(null, "TOP-1", c -> c.top1Country() + " " + Format.percent(c.top1Share()))
                        .in(Unit.PERCENT),
                Column.<ConcentrationView>percent(null, "TOP-3", ConcentrationView::top3Share),
                Column.<ConcentrationView>of(
                                null,
                                chosenCountry,
                                c -> c.chosenCountryShare() == null ? "-" : Format.percent(c.chosenCountryShare()))
                        .in(Unit.PERCENT),
                Column.of(null, "SOURCE", ConcentrationView::sources));
    }

    @Override
    public Table<Line> table() {
        List<Line> rows = new ArrayList<>();
        for (ComponentView c : components) {
            rows.add(new Line("component", c.name(), Format.round(c.value(), 4), "", c.formula()));
            for (InputView i : c.inputs()) {
                rows.add(new Line("input", c.name() + ": " + i.name(), i.value(), i.source(), i.note()));
            }
        }
        for (ConcentrationView c : concentration) {
            rows.add(new Line(
                    "concentration",
                    c.mineral() + " " + c.stage() + " " + c.period(),
                    Format.round(c.hhi(), 0),
                    String.join(";", c.sources()),
                    "top1 " + c.top1Country() + " " + Format.fixed(c.top1Share(), 3) + "; " + c.chosenCountry() + " "
                            + (c.chosenCountryShare() == null ? "n/a" : Format.fixed(c.chosenCountryShare(), 3))));
        }
        return Table.of(COLUMNS, rows);
    }
}
