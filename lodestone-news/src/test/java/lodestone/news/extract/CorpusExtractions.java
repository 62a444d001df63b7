package lodestone.news.extract;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import lodestone.news.article.ArticleReader;

/**
 * The bundled extractor's reading of each folder of articles, made once per test run: the accuracy floors, the
 * reconciler's messages and the comparison of runs with a single pass all read the same splits, and an extraction
 * depends on the article alone.
 */
public final class CorpusExtractions {
    private static final Map<Path, List<Extraction>> READ = new ConcurrentHashMap<>();

    private CorpusExtractions() {}

    /**
     * @param folder a folder of articles
     * @return every article {@link ArticleReader#withDefaults()} reads in it, in its order, extracted by {@link
     *     NewsExtractor#bundled()}
     */
    public static List<Extraction> of(Path folder) {
        return READ.computeIfAbsent(folder, f -> {
            NewsExtractor extractor = NewsExtractor.bundled();
            return ArticleReader.withDefaults().readAll(f.toString()).stream()
                    .map(extractor::extract)
                    .toList();
        });
    }

    /**
     * @param name a split of the test resources under {@code lodestone/news/}, e.g. {@code corpus/dev}
     * @return its folder (the one holding its {@code gold.jsonl})
     */
    public static Path split(String name) {
        try {
            return Path.of(Objects.requireNonNull(
                                    CorpusExtractions.class.getResource("/lodestone/news/" + name + "/gold.jsonl"),
                                    name)
                            .toURI())
                    .getParent();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
