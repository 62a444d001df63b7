package lodestone.news.extract;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import lodestone.news.article.Article;
import lodestone.news.article.ArticleReader;
import lodestone.testkit.SharedData;
import org.junit.jupiter.api.Test;

/**
 * Accuracy against hand-labelled gold: the seeds of {@code ../shared/seeds} (the development set; skipped outside CI
 * when absent) and the project's own ten articles in {@code src/test/resources/lodestone/news/testset}. The figures
 * are non-regression floors: a rule change that lowers them must be reviewed. See {@code docs/methods/news.md}.
 */
class ExtractionAccuracyTest {
    private static GoldScore.Score score(Path dir) {
        Map<String, JsonNode> predicted = new LinkedHashMap<>();
        NewsExtractor extractor = NewsExtractor.bundled();
        for (Article article : ArticleReader.withDefaults().readAll(dir.toString())) {
            predicted.put(
                    article.name(), GoldScore.node(extractor.extract(article).toSchema()));
        }
        return GoldScore.score(GoldScore.load(dir.resolve("gold.jsonl")), predicted);
    }

    @Test
    void theSeedsScoreAtLeastPointNineOnEventsAndClaims() {
        GoldScore.Score score = score(SharedData.seeds());
        assertThat(score.events().f1()).as("event F1 %s", score.events()).isGreaterThanOrEqualTo(0.9);
        assertThat(score.claims().f1()).as("claim F1 %s", score.claims()).isGreaterThanOrEqualTo(0.9);
    }

    @Test
    void theOwnTestSetKeepsItsFigures() throws URISyntaxException {
        Path dir = Path.of(getClass()
                        .getResource("/lodestone/news/testset/gold.jsonl")
                        .toURI())
                .getParent();
        GoldScore.Score score = score(dir);
        // as reported in docs/methods/news.md: events 36 of 38 gold, 37 predicted; claims 14 of 14, 14 predicted
        assertThat(score.events().f1()).as("event F1 %s", score.events()).isGreaterThanOrEqualTo(0.95);
        assertThat(score.claims().f1()).as("claim F1 %s", score.claims()).isGreaterThanOrEqualTo(0.95);
    }
}
