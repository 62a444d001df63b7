package lodestone.news.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import lodestone.news.article.Article;
import lodestone.news.article.ArticleReader;
import org.junit.jupiter.api.Test;

/**
 * {@link MentionFinder#namedInside}, one pass over the text for every word, against the scan it replaced (one scan per
 * word, {@link MentionFinder#scannedInside}): the same answer for every capitalised word of every corpus article, with
 * the words' first one and two letters, so that words that start one another are looked up together.
 */
class NamedInsideTest {
    /** A one-word name as the commercial verbs' subjects are written. */
    private static final Pattern WORD = Pattern.compile("\\p{Lu}[\\p{L}\\d&-]*");

    @Test
    void onePassAnswersAsTheScanOfEachWordOnEveryCorpusArticle() throws IOException {
        Path corpus = CorpusExtractions.split("corpus/dev").getParent();
        List<Path> splits;
        try (Stream<Path> all = Files.list(corpus)) {
            splits = all.filter(s -> Files.exists(s.resolve("gold.jsonl")))
                    .sorted()
                    .toList();
        }
        assertThat(splits).hasSizeGreaterThan(25);
        long articles = 0;
        long found = 0;
        for (Path split : splits) {
            for (Article article : ArticleReader.withDefaults().readAll(split.toString())) {
                String text = article.text();
                Set<String> words = words(text);
                Set<String> expected = new HashSet<>();
                words.stream().filter(w -> MentionFinder.scannedInside(text, w)).forEach(expected::add);
                assertThat(MentionFinder.namedInside(text, words))
                        .as("%s %s", split.getFileName(), article.name())
                        .isEqualTo(expected);
                articles++;
                found += expected.size();
            }
        }
        assertThat(articles).isGreaterThan(800);
        assertThat(found).isPositive();
    }

    @Test
    void aWordThatOverlapsItselfIsScannedAsBefore() {
        // "ABA" at 2 opens the sentence; the one at 4 overlaps it, so the scan (from 5) never sees it
        assertThat(MentionFinder.overlapsItself("ABA")).isTrue();
        assertThat(MentionFinder.overlapsItself("Apple")).isFalse();
        assertThat(MentionFinder.namedInside(". ABABA will buy", Set.of("ABA", "AB", "B")))
                .containsExactlyInAnyOrder("AB", "B");
        assertThat(MentionFinder.namedInside("Cobra will buy. The Cobra", Set.of("Cobra", "Co", "C", "Cob")))
                .containsExactlyInAnyOrder("Cobra", "Co", "C", "Cob");
        assertThat(MentionFinder.namedInside("Cobra will buy. Coal", Set.of("Cobra", "Co", "Cob")))
                .isEmpty();
    }

    /** @return every capitalised word of a text, with its first one and two letters */
    private static Set<String> words(String text) {
        Set<String> words = new LinkedHashSet<>();
        Matcher m = WORD.matcher(text);
        while (m.find()) {
            String word = m.group();
            words.add(word);
            words.add(word.substring(0, 1));
            words.add(word.substring(0, Math.min(2, word.length())));
        }
        return words;
    }
}
