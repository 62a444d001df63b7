package lodestone.store.baseline;

import static org.assertj.core.api.Assertions.assertThat;

import lodestone.model.Sha256;
import lodestone.store.importing.ImportedDataset;
import lodestone.store.reference.ReferenceData;
import lodestone.testkit.SharedData;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

/**
 * The committed baseline is exactly what our importers make of {@code shared/data}. If this fails after a change to
 * a reader or to the reference data, regenerate with {@code ./lodestone baseline build ../shared/data} and review
 * the diff.
 */
class BaselineReproductionTest {
    static final java.util.List<String> DATASETS = Baseline.DATASETS;

    @ParameterizedTest
    @FieldSource("DATASETS")
    void reimportingTheOfficialDataReproducesTheBundledBaseline(String name) {
        ImportedDataset dataset = Baseline.importFrom(SharedData.root().resolve("data"), name, ReferenceData.load());
        assertThat(dataset.report().errors()).isEmpty();
        String rendered = Baseline.render(dataset.observations());
        assertThat(rendered.equals(Baseline.bundledText(name)))
                .as("baseline %s differs from a fresh import; run ./lodestone baseline build ../shared/data", name)
                .isTrue();
    }

    @ParameterizedTest
    @FieldSource("DATASETS")
    void theBundledCsvReadsBackToTheSameText(String name) {
        assertThat(Baseline.render(Baseline.bundled(name))).isEqualTo(Baseline.bundledText(name));
    }

    @ParameterizedTest
    @FieldSource("DATASETS")
    void theManifestRecordsTheHashOfEachBundledFile(String name) {
        assertThat(Baseline.bundledHash(name)).isEqualTo(Sha256.hex(Baseline.bundledText(name)));
    }
}
