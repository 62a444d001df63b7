package lodestone.news.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The trigger wordings of {@code vocabulary.tsv}: each compiles and fires on its example; the file's errors are named. */
class VocabularyTest {
    private final Vocabulary vocabulary = Vocabulary.bundled();

    @Test
    void everyEntryCompilesAndFiresOnItsExample() {
        assertThat(vocabulary.entries()).hasSizeGreaterThan(50);
        for (Vocabulary.Entry e : vocabulary.entries()) {
            Pattern p = Pattern.compile(e.regex(), Pattern.CASE_INSENSITIVE);
            assertThat(p.matcher(e.example()).find())
                    .as("vocabulary.tsv line %d (%s): /%s/ on \"%s\"", e.line(), e.name(), e.regex(), e.example())
                    .isTrue();
            assertThat(e.example()).as("line %d has an example", e.line()).isNotBlank();
        }
    }

    @Test
    void theActionFrameReadsEveryVerbAndPassiveExample() {
        Pattern frame = vocabulary.actionFrame();
        for (Vocabulary.Entry e : vocabulary.entries()) {
            if (e.name().equals("action-verb") || e.name().equals("action-passive")) {
                assertThat(frame.matcher(e.example()).find())
                        .as("the action frame on line %d's example \"%s\"", e.line(), e.example())
                        .isTrue();
            }
        }
    }

    @Test
    void theActionFrameNeedsAnInstrument() {
        Pattern frame = vocabulary.actionFrame();
        assertThat(frame.matcher("The Union Cabinet approved the launch of the National Critical Mineral Mission")
                        .find())
                .isTrue();
        assertThat(frame.matcher("The company approved a dividend and opened a new office in Perth")
                        .find())
                .isFalse();
        assertThat(frame.matcher("The ministry said output rose in March").find())
                .isFalse();
    }

    @Test
    void eachInstrumentIsItsOwnKind() {
        List<Pattern> kinds = vocabulary.each("action-object");
        int reserve = firstFinding(kinds, "a strategic reserve of cobalt");
        int quota = firstFinding(kinds, "this year's nickel ore production quota");
        assertThat(reserve).isNotNegative();
        assertThat(quota).isNotNegative().isNotEqualTo(reserve);
        assertThat(firstFinding(kinds, "its stockpile")).isEqualTo(reserve);
    }

    @Test
    void aMalformedLineIsNamedWithItsLine() {
        assertThatThrownBy(() -> Vocabulary.parse("v.tsv", List.of("# comment", "action-verb\tother\tweak\tapprov")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("v.tsv line 2")
                .hasMessageContaining("4 tab-separated fields");
        assertThatThrownBy(() -> Vocabulary.parse("v.tsv", List.of("x\tother\tsure\ta\ta")))
                .hasMessageContaining("strength 'sure'");
        assertThatThrownBy(() -> Vocabulary.parse("v.tsv", List.of("x\tother\tweak\t(a\ta")))
                .hasMessageContaining("line 1")
                .hasMessageContaining("does not compile");
        assertThatThrownBy(() -> vocabulary.pattern("no-such-name")).hasMessageContaining("no-such-name");
    }

    private static int firstFinding(List<Pattern> kinds, String phrase) {
        for (int i = 0; i < kinds.size(); i++) {
            if (kinds.get(i).matcher(phrase).find()) {
                return i;
            }
        }
        return -1;
    }
}
