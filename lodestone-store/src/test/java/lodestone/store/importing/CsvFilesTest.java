package lodestone.store.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import org.junit.jupiter.api.Test;

class CsvFilesTest {
    private static final CsvFiles.Table TABLE = new CsvFiles.Table(List.of("Commodity", "Year", "Value"), List.of());

    @Test
    void aTableWithEveryRequiredColumnPassesSilently() {
        ImportReport report = new ImportReport();

        assertThat(TABLE.requireColumns("a.csv", report, List.of("Commodity", "Value")))
                .isTrue();
        assertThat(report.problems()).isEmpty();
    }

    @Test
    void everyMissingColumnIsAnErrorOnTheHeaderLineNamingTheHeaderRead() {
        ImportReport report = new ImportReport();

        assertThat(TABLE.requireColumns("a.csv", report, List.of("Country", "Year", "Unit")))
                .isFalse();
        assertThat(report.errors())
                .extracting(Problem::file, Problem::line, Problem::field)
                .containsExactly(tuple("a.csv", 1L, "Country"), tuple("a.csv", 1L, "Unit"));
        assertThat(report.errors().get(0).message())
                .isEqualTo("required column is missing; the header has [Commodity, Year, Value]");
    }
}
