package lodestone.report.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import lodestone.report.table.Column;
import lodestone.report.table.Unit;
import lodestone.sim.engine.Band;
import org.junit.jupiter.api.Test;

/** The CSV columns of a scenario run's months: their names, order, units and the statistic each reads. */
class SimulationColumnsTest {
    private static final List<Column<SimulationView.View.MonthRow>> CSV =
            SimulationView.View.COLUMNS.stream().filter(c -> c.id() != null).toList();

    /** A band whose every statistic is distinct: {@code base} plus 0.01 for p5 up to 0.06 for the mean. */
    private static Band band(double base) {
        return new Band(base + 0.01, base + 0.02, base + 0.03, base + 0.04, base + 0.05, base + 0.06);
    }

    /** A predictive band of {@code base}: P10 {@code base} + 0.002, P90 {@code base} + 0.009. */
    private static SimulationView.Interval interval(double base) {
        return new SimulationView.Interval(base + 0.002, base + 0.009);
    }

    @Test
    void theCsvHeaderIsPinned() {
        List<String> expected = new ArrayList<>(List.of(
                "mineral",
                "month",
                "shortfall_p5",
                "shortfall_p50",
                "shortfall_p95",
                "shortfall_mean",
                "price_p5",
                "price_p50",
                "price_p95",
                "probability_above_threshold",
                "shortfall_share_p10",
                "shortfall_share_p90"));
        for (String series : List.of(
                "exports", "exports_to_perspective", "receipts", "price_inside", "price_outside", "price_realised")) {
            expected.addAll(List.of(series + "_index_p10", series + "_index_p50", series + "_index_p90"));
        }
        expected.add("stopped_share");
        for (String series : List.of(
                "exports", "exports_to_perspective", "receipts", "price_inside", "price_outside", "price_realised")) {
            expected.addAll(List.of(series + "_predictive_p10", series + "_predictive_p90"));
        }
        assertThat(CSV).extracting(Column::id).containsExactlyElementsOf(expected);
    }

    @Test
    void everyBandColumnReadsItsOwnStatisticOfItsOwnSeriesInItsUnit() {
        SimulationView.MonthView month = new SimulationView.MonthView(
                "2027-01",
                band(0),
                band(1),
                0.7,
                band(2),
                band(3),
                band(4),
                band(5),
                band(6),
                band(7),
                0.8,
                new SimulationView.Predictive(
                        interval(2), interval(3), interval(4), interval(5), interval(6), interval(7)));
        SimulationView.View.MonthRow row = new SimulationView.View.MonthRow("gallium", month);
        List<String> series = List.of(
                "shortfall",
                "price",
                "exports",
                "exports_to_perspective",
                "receipts",
                "price_inside",
                "price_outside",
                "price_realised");
        List<String> statistics = List.of("p5", "p10", "p50", "p90", "p95", "mean");
        int bandColumns = 0;
        for (Column<SimulationView.View.MonthRow> column : CSV) {
            String id = column.id().replace("shortfall_share_", "shortfall_");
            int cut = id.lastIndexOf('_');
            int s = cut < 0 ? -1 : series.indexOf(id.substring(0, cut).replace("_index", ""));
            int q = cut < 0 ? -1 : statistics.indexOf(id.substring(cut + 1));
            if (s < 0 || q < 0) {
                continue;
            }
            bandColumns++;
            assertThat((Double) column.csv().apply(row)).as(column.id()).isEqualTo(s + 0.01 * (q + 1), within(1e-12));
            assertThat(column.unit()).as(column.id()).isEqualTo(s == 0 ? Unit.FRACTION : Unit.PRE_SHOCK);
        }
        assertThat(bandColumns).isEqualTo(4 + 3 + 2 + 6 * 3);
        List<String> predictive = List.of(
                "exports", "exports_to_perspective", "receipts", "price_inside", "price_outside", "price_realised");
        int predictiveColumns = 0;
        for (Column<SimulationView.View.MonthRow> column : CSV) {
            if (!column.id().contains("_predictive_")) {
                continue;
            }
            predictiveColumns++;
            int s = predictive.indexOf(column.id().substring(0, column.id().indexOf("_predictive_")));
            double expected = s + 2 + (column.id().endsWith("p10") ? 0.002 : 0.009);
            assertThat((Double) column.csv().apply(row)).as(column.id()).isEqualTo(expected, within(1e-12));
            assertThat(column.unit()).as(column.id()).isEqualTo(Unit.PRE_SHOCK);
        }
        assertThat(predictiveColumns).isEqualTo(12);
        assertThat(CSV.stream().filter(c -> c.id().equals("probability_above_threshold")))
                .singleElement()
                .satisfies(c -> assertThat(c.csv().apply(row)).isEqualTo(0.7));
        assertThat(CSV.stream().filter(c -> c.id().equals("stopped_share")))
                .singleElement()
                .satisfies(c -> assertThat(c.csv().apply(row)).isEqualTo(0.8));
    }
}
