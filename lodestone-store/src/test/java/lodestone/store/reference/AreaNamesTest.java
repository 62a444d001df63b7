package lodestone.store.reference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import lodestone.model.geo.Area;
import lodestone.store.importing.ImportReport;
import lodestone.store.importing.Problem;
import org.junit.jupiter.api.Test;

class AreaNamesTest {
    private static final AreaNames AREAS = new AreaNames(ReferenceData.load().countries());

    @Test
    void aKnownCountryCellResolvesWithoutAProblem() {
        ImportReport report = new ImportReport();

        assertThat(AREAS.resolve("China3 ", "world.csv", 4, "COUNTRY", report))
                .hasValueSatisfying(
                        resolved -> assertThat(resolved.area().code()).isEqualTo("CN"));
        assertThat(AREAS.resolve("World total (rounded)", "world.csv", 5, "COUNTRY", report))
                .hasValueSatisfying(resolved -> assertThat(resolved.area()).isEqualTo(Area.world()));
        assertThat(report.problems()).isEmpty();
    }

    @Test
    void anUnknownNameIsReportedAgainstTheRowWithTheFileToAddItIn() {
        ImportReport report = new ImportReport();

        assertThat(AREAS.resolve("Atlantis", "world.csv", 7, "COUNTRY", report)).isEmpty();
        assertThat(report.errors())
                .extracting(Problem::file, Problem::line, Problem::field, Problem::value, Problem::message)
                .containsExactly(tuple(
                        "world.csv",
                        7L,
                        "COUNTRY",
                        "Atlantis",
                        "unknown country; add the name as an alias in countries.yaml"));
    }
}
