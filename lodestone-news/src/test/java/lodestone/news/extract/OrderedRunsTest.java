package lodestone.news.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import lodestone.news.article.Article;
import lodestone.news.article.ArticleReader;
import org.junit.jupiter.api.Test;

/**
 * Reading frames and the scope filter in runs, in parallel, gives what a single pass gives: on every article of the
 * corpus (runs as short as the cuts allow) and on a long article drawn from the development corpus's paragraphs.
 */
class OrderedRunsTest {
    @Test
    void runsCoverEveryIndexOnceAndCutOnlyAfterTheQuietGap() {
        boolean[] quiet = new boolean[40];
        for (int i = 10; i < 20; i++) {
            quiet[i] = true; // quiet 10..19: a cut may fall at 13 (three quiet before it) up to 20
        }
        List<int[]> runs = OrderedRuns.runs(40, 5, i -> quiet[i], 3);
        assertThat(runs).extracting(r -> r[0] + "-" + r[1]).containsExactly("0-13", "13-18", "18-40");
        assertThat(OrderedRuns.runs(40, 5, i -> false, 3))
                .extracting(r -> r[0] + "-" + r[1])
                .containsExactly("0-40");
        assertThat(OrderedRuns.runs(0, 5, i -> true, 3)).isEmpty();
        assertThat(OrderedRuns.map(
                        List.of(1, 2, 3, 4, 5, 6, 7),
                        2,
                        run -> run.stream().filter(x -> x % 2 == 1).toList()))
                .containsExactly(1, 3, 5, 7);
    }

    @Test
    void everyCorpusArticleReadsTheSameInShortRuns() throws Exception {
        // the single pass: the bundled extractor's own reading, shared with the accuracy tests; its runs are of 2,000
        // sentences and 1,000 frames, so it reads a corpus article (checked below to be far shorter) in one pass. The
        // runs are read by the same extractor, whose encoder remembers the vectors of that reading: the classifier's
        // predictions are made once per article before the runs are cut, so runs and single pass get the same
        // predictions either way, and no sentence is encoded twice
        NewsExtractor runs = CorpusExtractions.extractor().inRuns(1, 1);
        Path corpus = Path.of(OrderedRunsTest.class
                        .getResource("/lodestone/news/corpus/dev/gold.jsonl")
                        .toURI())
                .getParent()
                .getParent();
        List<Path> folders;
        try (Stream<Path> list = Files.list(corpus)) {
            folders = list.filter(f -> Files.exists(f.resolve("gold.jsonl")))
                    .sorted()
                    .toList();
        }
        int articles = 0;
        for (Path folder : folders) {
            for (Extraction expected : CorpusExtractions.of(folder)) {
                Article a = expected.article();
                assertThat(expected.sentences()).as(a.name()).hasSizeLessThan(1_000);
                Extraction actual = runs.extract(a);
                assertThat(actual.events()).as(a.name()).isEqualTo(expected.events());
                assertThat(actual.toSchema()).as(a.name()).isEqualTo(expected.toSchema());
                articles++;
            }
        }
        assertThat(articles).isGreaterThan(300);
    }

    @Test
    void aLongDrawnArticleReadsTheSameInRuns() throws Exception {
        Path dev = Path.of(OrderedRunsTest.class
                        .getResource("/lodestone/news/corpus/dev/gold.jsonl")
                        .toURI())
                .getParent();
        List<String> paragraphs = new ArrayList<>();
        for (Article a : ArticleReader.withDefaults().readAll(dev.toString())) {
            for (String p : a.text().split("\n", -1)) {
                if (!p.isBlank()) {
                    paragraphs.add(p);
                }
            }
        }
        SplittableRandom random = new SplittableRandom(11);
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < 1_500; i++) {
            text.append(paragraphs.get(random.nextInt(paragraphs.size()))).append('\n');
        }
        Article article = new Article(
                "long.txt", "long.txt", text.toString(), Optional.of(LocalDate.of(2025, 11, 8)), Optional.empty());
        NewsExtractor rules = NewsExtractor.rulesOnly();
        Extraction expected = rules.inRuns(Integer.MAX_VALUE, Integer.MAX_VALUE).extract(article);
        for (int size : new int[] {1, 50, 400}) {
            Extraction actual = rules.inRuns(size, size).extract(article);
            assertThat(actual.events()).as("runs of %d", size).isEqualTo(expected.events());
        }
        assertThat(expected.events()).hasSizeGreaterThan(100);
    }
}
