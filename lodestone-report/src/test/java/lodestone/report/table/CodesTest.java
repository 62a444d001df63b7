package lodestone.report.table;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Salient column codes in words: the long form for tables, the short one for a chart's legend. */
class CodesTest {
    @Test
    void aSalientColumnCodeReadsAsItsMetricQualifiersAndUnitWithTheCodeKept() {
        assertThat(Codes.series("NIR_pct")).isEqualTo("net import reliance, % [NIR_pct]");
        assertThat(Codes.series("Price_Dy2O3_dkg")).isEqualTo("price (Dy2O3), US$/kg [Price_Dy2O3_dkg]");
        assertThat(Codes.series("Price_Sheet-Splittings_dt"))
                .isEqualTo("price (Sheet/Splittings), US$/t [Price_Sheet-Splittings_dt]");
        // a last part that is no known unit is a qualifier
        assertThat(Codes.series("Price_Ground_dry")).isEqualTo("price (Ground, dry) [Price_Ground_dry]");
        assertThat(Codes.series("Scrap and flake: Price")).isEqualTo("Scrap and flake: Price");
        assertThat(Codes.series("NIR")).isEqualTo("NIR");
        assertThat(Codes.series(null)).isEmpty();
    }

    @Test
    void aLegendNamesWhatTheSeriesMeasuresWithoutTheUnitTheChartStates() {
        assertThat(Codes.seriesShort("Price_Dy2O3_dkg")).isEqualTo("Dy2O3");
        assertThat(Codes.seriesShort("Price_Ground_dry_dt")).isEqualTo("Ground, dry");
        assertThat(Codes.seriesShort("Price_Sheet-Splittings_dt")).isEqualTo("Sheet/Splittings");
        assertThat(Codes.seriesShort("Price_dkg")).isEqualTo("price");
        assertThat(Codes.seriesShort("Price, average, dollars per kilogram"))
                .isEqualTo("Price, average, dollars per kilogram");
        assertThat(Codes.seriesShort(null)).isEmpty();
    }
}
