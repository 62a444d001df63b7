package lodestone.news.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** A trigger pattern may be skipped only when it cannot match: checked over every sentence of the labelled corpus. */
class TriggerWordsTest {
    @Test
    void noPatternMatchesASentenceWithoutAStemOfItsFamily() throws IOException, URISyntaxException {
        Path root = Path.of(getClass()
                        .getResource("/lodestone/news/corpus/LABELLING.md")
                        .toURI())
                .getParent()
                .getParent();
        List<String> sentences = new ArrayList<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".txt")).toList()) {
                SentenceSplitter.split(Files.readString(file, StandardCharsets.UTF_8))
                        .forEach(s -> sentences.add(s.text()));
            }
        }
        assertThat(sentences).hasSizeGreaterThan(1_500);
        int skipped = 0;
        for (String s : sentences) {
            Set<String> stems = TriggerWords.stems(s);
            for (Map.Entry<Pattern, Set<String>> guard : NewsExtractor.TRIGGER_PATTERNS.entrySet()) {
                if (!TriggerWords.any(stems, guard.getValue())) {
                    skipped++;
                    Matcher m = guard.getKey().matcher(s);
                    assertThat(m.find())
                            .as("pattern %s matches '%s' in a sentence without its stems", guard.getKey(), s)
                            .isFalse();
                }
            }
        }
        assertThat(skipped).as("pattern runs skipped").isGreaterThan(sentences.size());
    }

    @Test
    void stemsBeginWordsAndHyphenatedParts() {
        assertThat(TriggerWords.stems("China banned gallium exports.")).contains("ban", "export");
        assertThat(TriggerWords.stems("the language on re-exports")).contains("export");
        assertThat(TriggerWords.stems("A $5 billion smelter.")).contains("$");
        assertThat(TriggerWords.stems("The weather was fine on Tuesday.")).isEmpty();
    }
}
