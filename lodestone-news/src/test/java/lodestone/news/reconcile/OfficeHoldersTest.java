package lodestone.news.reconcile;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The bundled office-holder table answers who held office on a date. */
class OfficeHoldersTest {
    private static final OfficeHolders HOLDERS = OfficeHolders.bundled();

    @Test
    void bidenWasPresidentInMarch2024AndTrumpInOctober2025() {
        assertThat(HOLDERS.holders("US", "President", LocalDate.of(2024, 3, 12)))
                .extracting(OfficeHolders.Term::person)
                .containsExactly("Joe Biden");
        assertThat(HOLDERS.holders("US", "President", LocalDate.of(2025, 10, 28)))
                .extracting(OfficeHolders.Term::person)
                .containsExactly("Donald Trump");
    }

    @Test
    void anwarIbrahimWasMalaysianPrimeMinisterInOctober2025() {
        assertThat(HOLDERS.holders("MY", "Prime Minister", LocalDate.of(2025, 10, 26)))
                .extracting(OfficeHolders.Term::person)
                .containsExactly("Anwar Ibrahim");
    }

    @Test
    void everyRowHasASourceAndOrderedDates() {
        assertThat(HOLDERS.terms()).hasSizeGreaterThan(100).allSatisfy(t -> {
            assertThat(t.sourceUrl()).startsWith("http");
            t.end().ifPresent(end -> assertThat(end).isAfterOrEqualTo(t.start()));
        });
    }

    @Test
    void rowsWhoseStatusWasNotVerifiedAreMarkedUnconfirmed() {
        assertThat(HOLDERS.terms()).anySatisfy(t -> {
            assertThat(t.person()).isEqualTo("Olzhas Bektenov");
            assertThat(t.unconfirmed()).isTrue();
        });
    }
}
