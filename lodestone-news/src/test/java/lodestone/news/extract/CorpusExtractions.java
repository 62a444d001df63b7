package lodestone.news.extract;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import lodestone.news.article.ArticleReader;
import lodestone.news.classify.RememberingEncoder;

/**
 * The bundled extractor's reading of each folder of articles, made once per test run: the accuracy floors, the
 * reconciler's messages and the comparison of runs with a single pass all read the same splits, and an extraction
 * depends on the article alone. The reading is {@link #extractor()}'s: the bundled extractor with an encoder that
 * remembers every sentence's vector, so that a test that reads the same articles again (in runs, with another filter)
 * encodes none of their sentences twice.
 */
public final class CorpusExtractions {
    private static final Map<Path, List<Extraction>> READ = new ConcurrentHashMap<>();
    /**
     * {@link NewsExtractor#bundled()} remembering its vectors in the test JVM's {@link RememberingEncoder#shared()}
     * (which {@code ClassifierTrainingTest} also encodes through): the same output, since an encoder is deterministic
     * ({@link lodestone.news.classify.SentenceEncoder}).
     */
    private static final NewsExtractor EXTRACTOR = NewsExtractor.bundled().encodingWith(RememberingEncoder::around);

    private CorpusExtractions() {}

    /**
     * @return the bundled extractor, its classifier's encoder remembering every vector it gave in this test JVM (derive
     *     others from it, e.g. {@code inRuns}, to read the corpus's sentences again without encoding them again)
     */
    static NewsExtractor extractor() {
        return EXTRACTOR;
    }

    /**
     * @param folder a folder of articles
     * @return every article {@link ArticleReader#withDefaults()} reads in it, in its order, extracted by {@link
     *     NewsExtractor#bundled()} (through {@link #extractor()})
     */
    public static List<Extraction> of(Path folder) {
        return READ.computeIfAbsent(
                folder,
                f -> ArticleReader.withDefaults().readAll(f.toString()).stream()
                        .map(EXTRACTOR::extract)
                        .toList());
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
