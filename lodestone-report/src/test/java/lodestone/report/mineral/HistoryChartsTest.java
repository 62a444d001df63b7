package lodestone.report.mineral;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The mineral page's history charts from rows shaped as {@code lodestone history} gives them. */
class HistoryChartsTest {
    /** A row of the series {@code product} (its key: metric, stage and product), labelled {@code series}. */
    private static MineralHistory.Row row(
            String metric,
            String stage,
            int year,
            double value,
            String unit,
            String product,
            String series,
            String edition) {
        return new MineralHistory.Row(
                metric,
                stage,
                year,
                value,
                unit,
                year == 2025,
                year == 2025 ? List.of("estimated") : List.of(),
                String.valueOf(value),
                String.join("|", "m", metric + (stage == null ? "" : ":" + stage), unit, product),
                product,
                series,
                metric.equals("production") ? "WORLD" : "US",
                edition,
                "usgs-" + edition + "-data",
                "T1:" + year,
                year == 2024 ? "mcs-2025" : null,
                year == 2024 ? value + 1 : null,
                year == 2024 ? series : null,
                year == 2024);
    }

    /** A row of the U.S. net import reliance of {@code product}. */
    private static MineralHistory.Row reliance(int year, double value, String product, String series, String edition) {
        return row("net-import-reliance", null, year, value, "", product, series, edition);
    }

    /** @return the legend names of the history's first chart */
    private static List<String> names(MineralHistory history) {
        return HistoryCharts.of(history).charts().get(0).data().lines().stream()
                .map(HistoryCharts.Line::name)
                .toList();
    }

    @Test
    void oneChartPerMetricInProductionRelianceAndPriceOrderWithEveryYearOnItsAxis() {
        MineralHistory history = new MineralHistory(
                "gallium",
                "Gallium",
                List.of(
                        row("price", null, 2023, 300, "USD/kg", "99.99 %", "Price, 99.99 %", "mcs-2026"),
                        row("price", null, 2024, 2, "USD/kg", "low grade", "Price, low grade", "mcs-2026"),
                        reliance(2024, 1.0, "", "NIR", "mcs-2026"),
                        row("production", "processing", 2023, 750, "t", "", "Primary production", "mcs-2025"),
                        row("production", "processing", 2024, 760, "t", "", "Primary production", "mcs-2026"),
                        row("production", "processing", 2025, 770, "t", "", "Primary production", "mcs-2026")));
        List<HistoryCharts.Chart> panels = HistoryCharts.of(history).charts();
        assertThat(panels)
                .extracting(HistoryCharts.Chart::id)
                .containsExactly("history-production", "history-net-import-reliance", "history-price");
        HistoryCharts.Chart production = panels.get(0);
        assertThat(production.data().years()).isEqualTo(List.of(2023, 2024, 2025));
        assertThat(production.data().estimatedYears()).isEqualTo(List.of(2025));
        assertThat(production.data().lines()).singleElement().satisfies(line -> {
            assertThat(line.name()).isEqualTo("processing");
            List<HistoryCharts.Point> points = line.points();
            assertThat(points).extracting(HistoryCharts.Point::label).containsExactly("750 t", "760 t", "770 t e");
            assertThat(points.get(1).revision()).isEqualTo("revised from 761 t (mcs-2025)");
        });
        assertThat(production.description())
                .startsWith("Line chart: World production of Gallium (t) by data year, 2023 to 2025, 1 line;");
        // prices from 2 to 300 USD/kg span more than a factor 100: a logarithmic axis; one line per series
        assertThat(panels.get(2).data().log()).isTrue();
        assertThat(panels.get(2).data().lines()).hasSize(2);
        assertThat(panels.get(1).data().percent()).isTrue();
        assertThat(panels.get(0).data().log()).isFalse();
    }

    @Test
    void oneLinePerSeriesWhateverLabelEachEditionGivesIt() {
        // mica's reliance: MCS 2025 labels its columns NIR_Flake_pct and NIR_Sheet_pct (and Fig. 2 "MICA (NATURAL),
        // scrap and flake"), MCS 2026 "Scrap and flake: Net import reliance ..." and "Sheet: ..."; two lines, not five
        MineralHistory history = new MineralHistory(
                "mica",
                "Mica",
                List.of(
                        reliance(2023, 0.3, "Scrap and flake", "NIR_Flake_pct", "mcs-2025"),
                        reliance(2023, 1.0, "Sheet", "NIR_Sheet_pct", "mcs-2025"),
                        reliance(2024, 0.4, "Scrap and flake", "Fig. 2: MICA (NATURAL), scrap and flake", "mcs-2025"),
                        reliance(
                                2025,
                                0.34,
                                "Scrap and flake",
                                "Scrap and flake: Net import reliance as a percentage of apparent consumption",
                                "mcs-2026"),
                        reliance(
                                2025,
                                1.0,
                                "Sheet",
                                "Sheet: Net import reliance as a percentage of apparent consumption",
                                "mcs-2026")));
        List<HistoryCharts.Line> lines =
                HistoryCharts.of(history).charts().get(0).data().lines();
        assertThat(lines).extracting(HistoryCharts.Line::name).containsExactly("Scrap and flake", "Sheet");
        assertThat(lines.get(0).points()).extracting(HistoryCharts.Point::year).containsExactly(2023, 2024, 2025);
    }

    @Test
    void aSeriesAnEditionsTablesGiveTwoValuesInOneYearIsDrawnAsOneLinePerLabel() {
        MineralHistory history = new MineralHistory(
                "talc",
                "Talc",
                List.of(
                        reliance(2024, 0.1, "", "Net import reliance", "mcs-2026"),
                        reliance(2025, 0.23, "", "Net import reliance", "mcs-2026"),
                        reliance(2025, 0.22, "", "Fig. 2: TALC", "mcs-2026")));
        assertThat(names(history))
                .containsExactly(
                        "U.S. net import reliance: Net import reliance", "U.S. net import reliance: Fig. 2: TALC");
    }

    @Test
    void aPriceLineIsNamedForWhatItPricesNotForAnEditionsLabel() {
        MineralHistory history = new MineralHistory(
                "rare-earths",
                "Rare earths",
                List.of(
                        row(
                                "price",
                                null,
                                2022,
                                382,
                                "USD/kg",
                                "Dysprosium oxide, 99.5% minimum",
                                "Price_Dy2O3_dkg",
                                "mcs-2025"),
                        row(
                                "price",
                                null,
                                2023,
                                330,
                                "USD/kg",
                                "Dysprosium oxide, 99.5% minimum",
                                "Price_Dy2O3_dkg",
                                "mcs-2025"),
                        row(
                                "price",
                                null,
                                2022,
                                7,
                                "USD/kg",
                                "Mischmetal, 65% cerium, 35% lanthanum",
                                "Price_Mischmetal_dkg",
                                "mcs-2025"),
                        row(
                                "price",
                                null,
                                2023,
                                5.47,
                                "USD/kg",
                                "Mischmetal, 65% cerium, 35% lanthanum",
                                "Price, average, dollars per kilogram: Mischmetal, 65% cerium, 35% lanthanum",
                                "mcs-2026"),
                        row("price", null, 2022, 5, "USD/kg", "", "Price_dkg", "mcs-2025"),
                        row("price", null, 2023, 6, "USD/kg", "", "Price, average, dollars per kilogram", "mcs-2026")));
        assertThat(names(history))
                .containsExactly("Dysprosium oxide, 99.5% minimum", "Mischmetal, 65% cerium, 35% lanthanum", "price");
    }

    @Test
    void fewerThanTwoYearsGiveNoChart() {
        MineralHistory oneYear =
                new MineralHistory("argon", "Argon", List.of(reliance(2023, 0.1, "", "NIR", "mcs-2025")));
        assertThat(HistoryCharts.of(oneYear).charts()).isEmpty();
        assertThat(HistoryCharts.of(oneYear).years()).containsExactly(2023);
        assertThat(HistoryCharts.of(new MineralHistory("aggregates", "Aggregates", List.of()))
                        .charts())
                .isEmpty();
    }
}
