package lodestone.store.usgs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
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
    private static final String HEADER = "SOURCE,COMMODITY,COUNTRY,TYPE,UNIT_MEAS,PROD_2023,PROD_EST_ 2024,PROD_NOTES,"
            + "CAP_2023,CAP_EST_ 2024,CAP_NOTES,RESERVES_2024,RESERVE_NOTES\n";

    private static Path release(Path dir, String worldData) throws IOException {
        Files.createDirectories(dir.resolve("world_data"));
        Files.createDirectories(dir.resolve("salient_commodity"));
        Files.createDirectories(dir.resolve("industry_trends"));
        Files.writeString(dir.resolve("world_data/MCS2025_World_Data.csv"), "\ufeff" + worldData);
        Files.writeString(
                dir.resolve("salient_commodity/mcs2025-galli_salient.csv"),
                "DataSource,Commodity,Year,NIR_pct\nMCS2025,Gallium,2024,100\n");
        Files.writeString(
                dir.resolve("industry_trends/MCS2025_Fig2_Net_Import_Reliance.csv"),
                "Source,Import_Share_Order,Commodity,Net_Import_Reliance_pct_2024,Major_Import_Sources_2020_2023,Notes\n"
                        + "MCS2025,1,\"GALLIUM, metal\",100,\"Japan, China\",Descending order of import share.\n");
        Files.writeString(
                dir.resolve("industry_trends/MCS2025_T5_Critical_Minerals_Salient.csv"),
                "Source,Year,Critical_mineral,Net_Import_Reliance,Primary_import_source,Import_source_notes,"
                        + "Leading_source_country,Leading_country_prod,Leading_source_precent_world,World_total_prod,"
                        + "World_prod_notes\nMCS2025,2024_estimated,Gallium,100,Japan,,China,750,99,760,\n");
        return dir;
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
