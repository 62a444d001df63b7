package lodestone.store.usgs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import lodestone.store.dataset.Datasets;
import lodestone.store.importing.ImportedDataset;
import lodestone.store.importing.Problem;
import lodestone.store.reference.ReferenceData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Bad input is reported with file, line, field and value, and every problem is collected. */
class MalformedWorldDataTest {
    private static final ReferenceData REFERENCE = ReferenceData.load();
    private static final String HEADER = MinimalRelease.HEADER;

    private static Path release(Path dir, String worldData) throws IOException {
        return MinimalRelease.mcs2025(dir, worldData);
    }

    @Test
    void aBadNumberAndAnUnknownCountryAreBothReportedWithTheirLines(@TempDir Path dir) throws IOException {
        ImportedDataset dataset = Datasets.usgsMcs(
                release(
                        dir,
                        HEADER
                                + "MCS2025,Gallium ,China,Primary production,kilograms,621000,75O000,,,,,,\n"
                                + "MCS2025,Gallium ,Atlantis,Primary production,kilograms,1000,1000,,,,,,\n"
                                + "MCS2025,Gallium ,World total (rounded),Primary production,kilograms,633000,760000,,,,,,\n"),
                REFERENCE);
        assertThat(dataset.report().hasErrors()).isTrue();
        assertThat(dataset.report().errors())
                .extracting(Problem::file, Problem::line, Problem::field, Problem::value)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple(
                                "world_data/MCS2025_World_Data.csv", 2L, "PROD_EST_2024", "75O000"),
                        org.assertj.core.groups.Tuple.tuple(
                                "world_data/MCS2025_World_Data.csv", 3L, "COUNTRY", "Atlantis"));
    }

    @Test
    void aMissingColumnIsNamed(@TempDir Path dir) throws IOException {
        ImportedDataset dataset = Datasets.usgsMcs(
                release(
                        dir,
                        "SOURCE,COMMODITY,COUNTRY,TYPE,PROD_2023\n"
                                + "MCS2025,Gallium ,China,Primary production,621000\n"),
                REFERENCE);
        assertThat(dataset.report().errors()).singleElement().satisfies(problem -> {
            assertThat(problem.field()).isEqualTo("UNIT_MEAS");
            assertThat(problem.line()).isEqualTo(1);
            assertThat(problem.message()).contains("required column is missing");
        });
    }

    @Test
    void anUnknownSeriesAndAMissingFolderAreErrors(@TempDir Path dir) throws IOException {
        ImportedDataset unknown = Datasets.usgsMcs(
                release(dir, HEADER + "MCS2025,Unobtainium,China,Mine production,metric tons,1,1,,,,,,\n"), REFERENCE);
        assertThat(unknown.report().errors())
                .singleElement()
                .satisfies(p -> assertThat(p.field()).isEqualTo("TYPE"));
        ImportedDataset missing = Datasets.usgsMcs(dir.resolve("nowhere"), REFERENCE);
        assertThat(missing.report().errors())
                .singleElement()
                .satisfies(p -> assertThat(p.message()).isEqualTo("not a folder"));
    }
}
