package lodestone.report.risk;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import lodestone.report.policy.MeasureView;
import lodestone.report.table.Column;
import lodestone.report.table.Format;
import lodestone.report.table.Table;
import lodestone.report.table.Tabular;
import lodestone.report.table.Unit;
import org.jspecify.annotations.Nullable;

/**
 * The dashboard's overview: the critical minerals ranked by the Lodestone index for a perspective, with China's share
 * and the HHI of the preferred mining and processing sets, and the measures in force. Its CSV form is the ranking, one
 * row per mineral with its lists, score, components and China's shares.
 *
 * @param today the date
 * @param ranking how the rows are ranked, in words
 * @param rows the minerals, ranked
 * @param inForce the measures that bind today
 */
public record Overview(LocalDate today, String ranking, List<Row> rows, List<MeasureView> inForce) implements Tabular {
    public Overview {
        rows = List.copyOf(rows);
        inForce = List.copyOf(inForce);
    }

    /** How many minerals the dashboard's stage-share chart shows. */
    public static final int STAGE_SHARE_ROWS = 25;

    /**
     * @return the minerals of the dashboard's stage-share chart: those on the USGS 2025 list, the rare earths as one
     *     group, in ranking order, at most {@link #STAGE_SHARE_ROWS}
     */
    public List<Row> stageShareRows() {
        return rows.stream()
                .filter(row -> row.lists().contains("usgs-2025") || row.id().equals("rare-earths"))
                .limit(STAGE_SHARE_ROWS)
                .toList();
    }

    /** The component columns' CSV ids and table titles, in the order of {@link Row#components}. */
    private static final List<List<String>> COMPONENTS = List.of(
            List.of("concentration", "C"),
            List.of("dependency", "D"),
            List.of("economic_importance", "E"),
            List.of("measures", "M"),
            List.of("partner_supply", "A"));

    @Override
    public Table<Row> table() {
        List<Column<Row>> columns = new ArrayList<>();
        columns.add(Column.of("rank", "#", (Row r) -> rows.indexOf(r) + 1).in(Unit.RANK));
        columns.add(Column.of("mineral", "MINERAL", Row::id));
        columns.add(Column.of("name", null, Row::name));
        columns.add(Column.of("lists", null, Row::lists));
        columns.add(Column.fixed("score", "SCORE", Row::rankScore, 2, Unit.SCORE_0_100)
                .shownAs(r -> Format.fixed(r.rankScore(), 1)));
        for (int i = 0; i < COMPONENTS.size(); i++) {
            int index = i;
            columns.add(Column.<Row>fixed(
                    COMPONENTS.get(i).get(0),
                    COMPONENTS.get(i).get(1),
                    r -> r.components().size() > index ? r.components().get(index) : null,
                    4,
                    Unit.INDEX_0_1));
        }
        columns.add(Column.percent("mining_china", "CHINA MINING", Row::miningChina));
        columns.add(Column.quantity("mining_hhi", "HHI MINING", Row::miningHhi, Unit.HHI));
        columns.add(Column.of("mining_basis", null, Row::miningBasis));
        columns.add(Column.percent("processing_china", "CHINA PROCESSING", Row::processingChina));
        columns.add(Column.quantity("processing_hhi", "HHI PROCESSING", Row::processingHhi, Unit.HHI));
        columns.add(Column.of("processing_basis", null, Row::processingBasis));
        return Table.of(columns, rows);
    }

    /**
     * One mineral.
     *
     * @param id mineral id
     * @param name name
     * @param lists list ids
     * @param components the score's components C, D, E, M, A (fractions), in that order
     * @param miningChina China's share of the preferred mining set, or null
     * @param miningHhi its HHI (0–10,000), or null
     * @param miningBasis its series, period and sources
     * @param processingChina China's share of the preferred processing set, or null
     * @param processingHhi its HHI, or null
     * @param processingBasis its series, period and sources
     * @param rankScore the Lodestone supply-risk score the rows are ranked by, in [0, 100]
     */
    public record Row(
            String id,
            String name,
            List<String> lists,
            List<Double> components,
            @Nullable Double miningChina,
            @Nullable Double miningHhi,
            String miningBasis,
            @Nullable Double processingChina,
            @Nullable Double processingHhi,
            String processingBasis,
            double rankScore) {}
}
