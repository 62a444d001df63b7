package lodestone.store.wgi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import lodestone.model.observation.Metric;
import lodestone.model.observation.Observation;
import lodestone.store.dataset.Datasets;
import lodestone.store.importing.ImportedDataset;
import lodestone.store.importing.Problem;
import lodestone.store.reference.ReferenceData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The WGI reader keeps the years it needs, skips blanks, and collects every bad cell with its line. */
class WgiReaderTest {
    private static final ReferenceData REFERENCE = ReferenceData.load();
    private static final String HEADER = "iso3,country,year,indicator,estimate\n";

    @Test
    void readsEstimatesAsGovernanceObservationsOfTheYearsUsed(@TempDir Path dir) throws IOException {
        Files.writeString(
                dir.resolve("wgi.csv"),
                HEADER
                        + "CHN,China,2015,VA,-1.6\n"
                        + "CHN,China,2020,VA,-1.626\n"
                        + "CHN,China,2020,PV,\n"
                        + "ZZZ,Atlantis,2020,VA,0.1\n");
        ImportedDataset dataset = Datasets.wgi(dir, REFERENCE);
        assertThat(dataset.report().errors()).isEmpty();
        assertThat(dataset.report().warnings()).extracting(Problem::value).containsExactly("ZZZ");
        assertThat(dataset.observations()).hasSize(1);
        Observation china = dataset.observations().get(0);
        assertThat(china.metric()).isEqualTo(Metric.GOVERNANCE);
        assertThat(china.area().code()).isEqualTo("CN");
        assertThat(china.series()).isEqualTo("VA");
        assertThat(china.valueOrNaN()).isEqualTo(-1.626);
        assertThat(china.mineral()).isEqualTo(WgiReader.MINERAL);
        assertThat(china.provenance().locator()).isEqualTo("wgi.csv:3 estimate");
        assertThat(dataset.sources()).extracting(source -> source.id().value()).containsExactly("world-bank-wgi-2024");
    }

    @Test
    void everyBadCellIsReportedAndTheDatasetRejected(@TempDir Path dir) throws IOException {
        Files.writeString(
                dir.resolve("wgi.csv"),
                HEADER
                        + "CHN,China,2020,VA,-1.6x\n"
                        + "CHN,China,20x0,PV,-0.4\n"
                        + "CHN,China,2020,XX,0.1\n"
                        + "USA,United States,2020,GE,9.5\n"
                        + "USA,United States,2020,RQ,1.3\n"
                        + "USA,United States,2020,RQ,1.3\n");
        ImportedDataset dataset = Datasets.wgi(dir, REFERENCE);
        assertThat(dataset.report().hasErrors()).isTrue();
        assertThat(dataset.report().errors())
                .extracting(Problem::file, Problem::line, Problem::field, Problem::value)
                .containsExactly(
                        tuple("wgi.csv", 2L, "estimate", "-1.6x"),
                        tuple("wgi.csv", 3L, "year", "20x0"),
                        tuple("wgi.csv", 4L, "indicator", "XX"),
                        tuple("wgi.csv", 5L, "estimate", "9.5"),
                        tuple("wgi.csv", 7L, "indicator", "RQ"));
    }
}
