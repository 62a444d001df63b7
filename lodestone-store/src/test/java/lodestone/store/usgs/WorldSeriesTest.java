package lodestone.store.usgs;

import static org.assertj.core.api.Assertions.assertThat;

import lodestone.store.importing.ImportReport;
import lodestone.store.importing.Problem;
import lodestone.store.reference.ReferenceData;
import org.junit.jupiter.api.Test;

class WorldSeriesTest {
    private static final WorldSeries SERIES =
            WorldSeries.mcs2025(ReferenceData.load().minerals());

    @Test
    void aMappedSeriesIsFoundWithoutAProblem() {
        ImportReport report = new ImportReport();

        assertThat(SERIES.find("Gallium", "Primary production", "world.csv", 2, "TYPE", report))
                .hasValueSatisfying(
                        mapping -> assertThat(mapping.mineral().value()).isEqualTo("gallium"));
        assertThat(report.errors()).isEmpty();
    }

    @Test
    void anUnknownSeriesIsReportedAgainstTheRowWithTheFileToMapItIn() {
        ImportReport report = new ImportReport();

        assertThat(SERIES.find("Unobtainium", "Mine production", "world.csv", 7, "TYPE", report))
                .isEmpty();
        assertThat(report.errors())
                .extracting(Problem::file, Problem::line, Problem::field, Problem::value, Problem::message)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(
                        "world.csv",
                        7L,
                        "TYPE",
                        "Unobtainium / Mine production",
                        "unknown series; map it to a mineral, stage and basis in " + SERIES.file()));
    }
}
