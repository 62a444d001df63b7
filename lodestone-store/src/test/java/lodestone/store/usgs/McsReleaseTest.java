package lodestone.store.usgs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import lodestone.model.provenance.Edition;
import lodestone.store.dataset.Datasets;
import lodestone.store.importing.ImportProgress;
import lodestone.store.importing.ImportReport;
import lodestone.store.importing.ImportedDataset;
import lodestone.store.importing.Problem;
import lodestone.store.reference.ReferenceData;
import lodestone.testkit.SharedData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A data release is imported under its own edition or refused with the files at fault; never mislabelled. */
class McsReleaseTest {
    private static final ReferenceData REFERENCE = ReferenceData.load();

    @Test
    void theOlderReleaseImportedAsThe2026ReleaseFailsWithTheFileAndTheMismatch() {
        ImportedDataset refused =
                Datasets.read("usgs-mcs-2026", SharedData.usgsMcs2025(), REFERENCE, ImportProgress.NONE);
        assertThat(refused.observations()).isEmpty();
        assertThat(refused.report().errors()).singleElement().satisfies(problem -> {
            assertThat(problem.file()).startsWith("industry_trends/MCS2025_");
            assertThat(problem.value()).isEqualTo("mcs-2025");
            assertThat(problem.message())
                    .contains("edition mcs-2025, not of the declared edition mcs-2026")
                    .contains("Maybe import them as usgs-mcs-2025");
        });
    }

    @Test
    void eachReleaseIsLabelledWithTheEditionItsFilesName() {
        assertThat(McsRelease.detect(SharedData.usgsMcs2025(), Optional.empty(), new ImportReport()))
                .contains(new McsRelease.Detected(McsRelease.Layout.FOLDERS, Edition.parse("mcs-2025")));
        assertThat(McsRelease.detect(SharedData.usgsMcs2026(), Optional.empty(), new ImportReport()))
                .contains(new McsRelease.Detected(McsRelease.Layout.LONG_TABLE, Edition.parse("mcs-2026")));
    }

    @Test
    void salientFilesOfAnOlderEditionBesideThe2025FilesAreRefusedNotImportedAsMcs2025(@TempDir Path dir)
            throws IOException {
        MinimalRelease.mcs2025(dir, MinimalRelease.GALLIUM);
        Files.writeString(
                dir.resolve("salient_commodity/mcs2023-galli_salient.csv"),
                "DataSource,Commodity,Year,NIR_pct\nMCS2023,Gallium,2022,100\n");
        ImportedDataset refused = Datasets.usgsMcs(dir, REFERENCE);
        assertThat(refused.observations()).isEmpty();
        assertThat(refused.report().errors())
                .singleElement()
                .satisfies(problem -> assertThat(problem.message())
                        .contains("mixes editions")
                        .contains("mcs-2023 (salient_commodity/mcs2023-galli_salient.csv)")
                        .contains("mcs-2025 (industry_trends/MCS2025_Fig2_Net_Import_Reliance.csv and 4 more)"));
    }

    @Test
    void aRenamedFileOfAnotherEditionIsCaughtByItsSourceColumnAndDataYears(@TempDir Path dir) throws IOException {
        MinimalRelease.mcs2025(dir, MinimalRelease.GALLIUM);
        Files.writeString(
                dir.resolve("salient_commodity/mcs2025-germa_salient.csv"),
                "DataSource,Commodity,Year,NIR_pct\nMCS2023,Germanium,2022,50\nMCS2026,Germanium,2025,50\n");
        ImportedDataset refused = Datasets.usgsMcs(dir, REFERENCE);
        assertThat(refused.report().errors())
                .extracting(Problem::file, Problem::line, Problem::field, Problem::value)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(
                                "salient_commodity/mcs2025-germa_salient.csv", 2L, "DataSource", "MCS2023"),
                        org.assertj.core.groups.Tuple.tuple(
                                "salient_commodity/mcs2025-germa_salient.csv", 3L, "DataSource", "MCS2026"));
    }

    @Test
    void anEditionWithoutASourceIsRefusedRatherThanLabelledWithAnother(@TempDir Path dir) throws IOException {
        MinimalRelease.mcs2025(dir, MinimalRelease.GALLIUM);
        try (var files = Files.walk(dir)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                Files.move(
                        file, file.resolveSibling(file.getFileName().toString().replace("2025", "2024")));
            }
        }
        ImportedDataset refused = Datasets.usgsMcs(dir, REFERENCE);
        assertThat(refused.name()).isEqualTo("usgs-mcs-2024");
        assertThat(refused.report().errors())
                .singleElement()
                .satisfies(problem -> assertThat(problem.message())
                        .contains("no source usgs-mcs-2024-data for edition mcs-2024 in sources.yaml"));
    }
}
