package lodestone.app.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import lodestone.report.mineral.MineralHistory;
import org.junit.jupiter.api.Test;

/** The mineral page's history charts from rows shaped as {@code lodestone history} gives them. */
class HistoryChartsTest {
    private static MineralHistory.Row row(
            String metric, String stage, int year, double value, String unit, String series, String edition) {
        return new MineralHistory.Row(
                metric,
                stage,
                year,
                value,
                unit,
                year == 2025,
                year == 2025 ? List.of("estimated") : List.of(),
                String.valueOf(value),
                series,
                metric.equals("production") ? "WORLD" : "US",
                edition,
                "usgs-" + edition + "-data",
                "T1:" + year,
                year == 2024 ? "mcs-2025" : null,
                year == 2024 ? value + 1 : null,
                year == 2024);
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> lines(HistoryCharts.Panel panel) {
        return (List<Map<String, Object>>) panel.data().get("lines");
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> points(Map<String, Object> line) {
        return (List<Map<String, Object>>) line.get("points");
    }

    @Test
    void oneChartPerMetricInProductionRelianceAndPriceOrderWithEveryYearOnItsAxis() {
        MineralHistory history = new MineralHistory(
                "gallium",
                "Gallium",
                List.of(
                        row("price", null, 2023, 300, "USD/kg", "Price, 99.99 %", "mcs-2026"),
                        row("price", null, 2024, 2, "USD/kg", "Price, low grade", "mcs-2026"),
                        row("net-import-reliance", null, 2024, 1.0, "", "NIR", "mcs-2026"),
                        row("production", "processing", 2023, 750, "t", "Primary production", "mcs-2025"),
                        row("production", "processing", 2024, 760, "t", "Primary production", "mcs-2026"),
                        row("production", "processing", 2025, 770, "t", "Primary production", "mcs-2026")));
        List<HistoryCharts.Panel> panels = HistoryCharts.of(history);
        assertThat(panels)
                .extracting(HistoryCharts.Panel::id)
                .containsExactly("history-production", "history-net-import-reliance", "history-price");
        HistoryCharts.Panel production = panels.get(0);
        assertThat(production.data().get("years")).isEqualTo(List.of(2023, 2024, 2025));
        assertThat(production.data().get("estimatedYears")).isEqualTo(List.of(2025));
        assertThat(lines(production)).singleElement().satisfies(line -> {
            assertThat(line.get("name")).isEqualTo("processing");
            List<Map<String, Object>> points = points(line);
            assertThat(points).extracting(p -> p.get("label")).containsExactly("750 t", "760 t", "770 t e");
            assertThat(points.get(1).get("revision")).isEqualTo("revised from 761 t (mcs-2025)");
        });
        assertThat(production.description())
                .startsWith("Line chart: World production of Gallium (t) by data year, 2023 to 2025, 1 line;");
        // prices from 2 to 300 USD/kg span more than a factor 100: a logarithmic axis; one line per series
        assertThat(panels.get(2).data().get("log")).isEqualTo(true);
        assertThat(lines(panels.get(2))).hasSize(2);
        assertThat(panels.get(1).data().get("percent")).isEqualTo(true);
        assertThat(panels.get(0).data().get("log")).isEqualTo(false);
    }

    @Test
    void aFigureTwoSeriesGiveInOneYearIsDrawnAsOneLinePerSeries() {
        MineralHistory history = new MineralHistory(
                "mica",
                "Mica",
                List.of(
                        row("net-import-reliance", null, 2023, 0.3, "", "Flake", "mcs-2025"),
                        row("net-import-reliance", null, 2023, 1.0, "", "Sheet", "mcs-2025"),
                        row("net-import-reliance", null, 2024, 0.4, "", "Flake", "mcs-2026"),
                        row("net-import-reliance", null, 2024, 1.0, "", "Sheet", "mcs-2026")));
        assertThat(lines(HistoryCharts.of(history).get(0)))
                .extracting(l -> l.get("name"))
                .containsExactly("U.S. net import reliance: Flake", "U.S. net import reliance: Sheet");
    }

    @Test
    void aPriceLineIsNamedForWhatItPricesNotForTheSourcesColumnCode() {
        MineralHistory history = new MineralHistory(
                "rare-earths",
                "Rare earths",
                List.of(
                        row("price", null, 2022, 382, "USD/kg", "Price_Dy2O3_dkg", "mcs-2025"),
                        row("price", null, 2023, 330, "USD/kg", "Price_Dy2O3_dkg", "mcs-2025"),
                        row("price", null, 2022, 0.299, "USD/kg", "Price_Ground_dry_dt", "mcs-2025"),
                        row("price", null, 2023, 0.3, "USD/kg", "Price_Ground_dry_dt", "mcs-2025"),
                        row("price", null, 2022, 5, "USD/kg", "Price_dkg", "mcs-2025"),
                        row("price", null, 2023, 6, "USD/kg", "Price_dkg", "mcs-2025"),
                        row("price", null, 2023, 7, "USD/kg", "Price, average, dollars per kilogram", "mcs-2026"),
                        row("price", null, 2024, 8, "USD/kg", "Price, average, dollars per kilogram", "mcs-2026")));
        // the chart's unit is its own (USD/kg after conversion), so the code's unit (dkg, dt) is not repeated
        assertThat(lines(HistoryCharts.of(history).get(0)))
                .extracting(l -> l.get("name"))
                .containsExactly("Dy2O3", "Ground, dry", "price", "Price, average, dollars per kilogram");
    }

    @Test
    void fewerThanTwoYearsGiveNoChart() {
        MineralHistory oneYear = new MineralHistory(
                "argon", "Argon", List.of(row("net-import-reliance", null, 2023, 0.1, "", "NIR", "mcs-2025")));
        assertThat(HistoryCharts.of(oneYear)).isEmpty();
        assertThat(HistoryCharts.years(oneYear.rows())).containsExactly(2023);
        assertThat(HistoryCharts.of(new MineralHistory("aggregates", "Aggregates", List.of())))
                .isEmpty();
    }
}
