package lodestone.news.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.io.IOException;
import java.net.URISyntaxException;
import java.util.List;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** {@link SentenceSplitter#closed} answers what the whole-string expression it replaces answers. */
class SentenceSplitterTest {
    private static final Predicate<String> EXPRESSION =
            Pattern.compile("(?s).*[.!?\"”’']$").asMatchPredicate();

    @Test
    void closedAnswersWhatTheExpressionAnswersOnEveryCorpusSentence() throws IOException, URISyntaxException {
        List<String> sentences = LeadDispatchTest.corpusSentences();
        assertThat(sentences).hasSizeGreaterThan(1_500);
        int closed = 0;
        for (String s : sentences) {
            assertThat(SentenceSplitter.closed(s)).as(s).isEqualTo(EXPRESSION.test(s));
            assertThat(SentenceSplitter.closed(s.strip())).as(s).isEqualTo(EXPRESSION.test(s.strip()));
            closed += SentenceSplitter.closed(s) ? 1 : 0;
        }
        assertThat(closed).isBetween(sentences.size() / 2, sentences.size() - 1); // both answers occur
    }

    @Test
    void closedAnswersWhatTheExpressionAnswersOnRandomText() {
        // closing marks, letters, spaces, every line terminator $ knows, and both halves of a surrogate pair
        List<String> pieces = List.of(
                ".",
                "!",
                "?",
                "\"",
                "”",
                "’",
                "'",
                "a",
                "Z",
                " ",
                "\n",
                "\r",
                "\r\n",
                "\u0085",
                "\u2028",
                "\u2029",
                "\ud83d\ude00",
                "\ud83d",
                "\ude00",
                "“",
                "‘",
                ")");
        assertThat(SentenceSplitter.closed("")).isEqualTo(EXPRESSION.test(""));
        qt().withFixedSeed(11L)
                .withExamples(2_000)
                .forAll(lists().of(integers().between(0, pieces.size() - 1)).ofSizeBetween(1, 6))
                .checkAssert(picks -> {
                    StringBuilder text = new StringBuilder();
                    picks.forEach(p -> text.append(pieces.get(p)));
                    String s = text.toString();
                    assertThat(SentenceSplitter.closed(s)).as(s).isEqualTo(EXPRESSION.test(s));
                });
    }
}
