package lodestone.store.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import java.util.Map;
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

    @Test
    void theDataRowsLeaveOutBlankRowsAndCountTheOthers() {
        CsvFiles.Row gallium = new CsvFiles.Row(2, Map.of("Commodity", "Gallium", "Year", "2024", "Value", "750"));
        CsvFiles.Row blank = new CsvFiles.Row(3, Map.of("Commodity", "", "Year", " ", "Value", ""));
        CsvFiles.Row germanium = new CsvFiles.Row(4, Map.of("Commodity", "Germanium", "Year", "2024", "Value", "—"));
        CsvFiles.Table table = new CsvFiles.Table(TABLE.header(), List.of(gallium, blank, germanium));
        ImportReport report = new ImportReport();

        assertThat(table.dataRows(report)).containsExactly(gallium, germanium);
        assertThat(report.rowsRead()).isEqualTo(2);
        assertThat(report.problems()).isEmpty();
    }

    @Test
    void aYearCellIsReadOrReportedWithTheCellAsWritten() {
        ImportReport report = new ImportReport();
        CsvFiles.Row row = new CsvFiles.Row(5, Map.of("Year", " 2024 ", "Other", "2024e"));

        assertThat(row.year("a.csv", "Year", report)).hasValue(2024);
        assertThat(row.year("a.csv", "Other", report)).isEmpty();
        assertThat(report.errors())
                .extracting(Problem::file, Problem::line, Problem::field, Problem::value, Problem::message)
                .containsExactly(tuple("a.csv", 5L, "Other", "2024e", "not a year"));
    }
}
