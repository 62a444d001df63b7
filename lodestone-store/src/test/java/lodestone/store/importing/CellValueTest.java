package lodestone.store.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import lodestone.model.observation.Flag;
import org.junit.jupiter.api.Test;

class CellValueTest {
    private static CellValue parse(String text) {
        return CellValue.parse(text).orElseThrow(() -> new AssertionError("not parsed: " + text));
    }

    @Test
    void readsTheFormsOfficialTablesUse() {
        assertThat(parse("270000").value()).hasValue(270_000);
        assertThat(parse("1,270,000").value()).hasValue(1_270_000);
        assertThat(parse(">17,000,000").flags()).containsExactly(Flag.GREATER_THAN);
        assertThat(parse("<0.1%").value()).hasValue(0.1);
        assertThat(parse("<0.1%").flags()).containsExactly(Flag.LESS_THAN);
        assertThat(parse("<0.1%").percent()).isTrue();
        assertThat(parse("84.4%").value()).hasValue(84.4);
        assertThat(parse("\u221210").value()).hasValue(-10);
        assertThat(parse("Less than ½ unit.").flags()).isEqualTo(Set.of(Flag.LESS_THAN));
    }

    @Test
    void keepsFlagsWithoutInventingValues() {
        assertThat(parse("W").value()).isEmpty();
        assertThat(parse("W").flags()).containsExactly(Flag.WITHHELD);
        assertThat(parse("E").flags()).containsExactly(Flag.NET_EXPORTER);
        assertThat(parse("500–15,000").flags()).containsExactly(Flag.RANGE);
        assertThat(parse("500–15,000").value()).isEmpty();
        assertThat(parse("NA").isAbsent()).isTrue();
        assertThat(parse("  ").isAbsent()).isTrue();
    }

    @Test
    void rejectsWhatIsNotANumber() {
        assertThat(CellValue.parse("12,34")).isEmpty();
        assertThat(CellValue.parse("about 5")).isEmpty();
        assertThat(CellValue.parse("1.2.3")).isEmpty();
    }
}
