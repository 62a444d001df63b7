package lodestone.report.compare;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import lodestone.report.dependency.DependencyView;
import lodestone.report.mineral.MineralReport;
import lodestone.report.risk.RiskBreakdown;
import lodestone.report.table.Cell;
import lodestone.report.table.Columns;
import lodestone.report.table.Table;
import lodestone.report.table.Tabular;
import org.jspecify.annotations.Nullable;

/**
 * Minerals side by side ({@link CompareQuery}). Its CSV form is one row per mineral and figure, in the order the
 * dashboard's comparison table shows them: the score, the rank, each component, per stage the largest producer with
 * its share, the HHI, the top-3 share and the series, and the net import reliance.
 *
 * @param minerals the mineral ids, in the order asked
 * @param perspective the importing country of the risk scores (ISO alpha-2, or EU)
 * @param on the date of the measures in force the scores use
 * @param columns one per mineral, in the order asked
 * @param stages every stage any of them has a preferred share set at, in order of first appearance
 * @param components the risk components' names, in the order of the formula
 */
public record Comparison(
        List<String> minerals,
        String perspective,
        LocalDate on,
        List<Compared> columns,
        List<String> stages,
        List<String> components)
        implements Tabular {
    public Comparison {
        minerals = List.copyOf(minerals);
        columns = List.copyOf(columns);
        stages = List.copyOf(stages);
        components = List.copyOf(components);
    }

    /**
     * One mineral of a comparison.
     *
     * @param id mineral id
     * @param name name
     * @param risk its supply-risk breakdown for the perspective and date, with the dependency the score uses
     * @param stages its preferred share set per stage id (stages without one are absent)
     */
    public record Compared(
            String id, String name, RiskBreakdown risk, Map<String, MineralReport.SupplySetView> stages) {
        public Compared {
            stages = Collections.unmodifiableMap(new LinkedHashMap<>(stages));
        }

        /** @return the perspective's dependency on it, the one its score uses */
        public DependencyView dependency() {
            return risk.dependency();
        }

        /**
         * @param component a component name
         * @return its value (0-1), or null if the breakdown has none of that name
         */
        public @Nullable Double component(String component) {
            return risk.components().stream()
                    .filter(c -> c.name().equals(component))
                    .map(c -> c.value())
                    .findFirst()
                    .orElse(null);
        }
    }

    /**
     * One figure of one mineral.
     *
     * @param mineral mineral id
     * @param figure what it is: score, rank, a component's name, largest_producer, hhi, top3_share, series or
     *     net_import_reliance
     * @param stage the stage of a share set's figure, or null
     * @param value the number, in the unit {@code unit} names; null where there is none (not scored, no data)
     * @param unit the unit of the value
     * @param text the figure in words: the largest producer's name, the series and period, the group whose data a
     *     net import reliance is, or why there is no value
     */
    public record Figure(
            String mineral,
            String figure,
            @Nullable String stage,

            @Cell(dimensionless = "in the unit the unit column of its row names", style = Cell.Style.TEXT) @Nullable
            Double value,

            String unit,
            String text) {}

    private static final String FRACTION = "fraction 0-1";

    /** @return the figures, mineral by mineral in the order asked, each in the order of the dashboard's table */
    public List<Figure> figures() {
        List<Figure> figures = new ArrayList<>();
        for (Compared c : columns) {
            RiskBreakdown risk = c.risk();
            figures.add(
                    new Figure(c.id(), "score", null, risk.score(), "0-100", risk.score() == null ? "not scored" : ""));
            figures.add(new Figure(
                    c.id(),
                    "rank",
                    null,
                    risk.rank() == null ? null : risk.rank().doubleValue(),
                    "rank on the overview, 1 first",
                    risk.rank() == null ? "not ranked" : ""));
            for (String component : components) {
                figures.add(new Figure(c.id(), component, null, c.component(component), "index 0-1", ""));
            }
            for (String stage : stages) {
                MineralReport.SupplySetView set = c.stages().get(stage);
                if (set == null) {
                    figures.add(new Figure(c.id(), "largest_producer", stage, null, FRACTION, "no data"));
                    continue;
                }
                figures.add(
                        set.shares().isEmpty()
                                ? new Figure(c.id(), "largest_producer", stage, null, FRACTION, "no data")
                                : new Figure(
                                        c.id(),
                                        "largest_producer",
                                        stage,
                                        set.shares().get(0).share(),
                                        FRACTION,
                                        set.shares().get(0).name()));
                figures.add(new Figure(c.id(), "hhi", stage, set.hhi(), "HHI 0-10,000", ""));
                figures.add(new Figure(c.id(), "top3_share", stage, set.top3Share(), FRACTION, ""));
                figures.add(new Figure(c.id(), "series", stage, null, "", set.series() + ", " + set.period()));
            }
            DependencyView d = c.dependency();
            figures.add(new Figure(
                    c.id(),
                    "net_import_reliance",
                    null,
                    d.netImportReliance(),
                    FRACTION,
                    d.netImportReliance() == null
                            ? "not on record"
                            : d.dataFrom().equals(c.id()) ? "" : d.dataFrom() + " group"));
        }
        return figures;
    }

    @Override
    public Table<Figure> table() {
        return Table.of(Columns.of(Figure.class), figures());
    }
}
