package lodestone.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import lodestone.news.article.Article;
import lodestone.news.extract.Extraction;
import lodestone.news.extract.ExtractionLimits;
import lodestone.news.extract.NewsExtractor;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.Warmup;

/**
 * News extraction of one large article: paragraphs of the development corpus ({@code
 * lodestone-news/src/test/resources/lodestone/news/corpus/dev}, read from the working directory, which must be the
 * repository root) drawn in a seeded order until the text reaches {@code kilobytes}, each copy with its digits replaced
 * by seeded random digits so that no sentence repeats verbatim. Throughput in KB/s is {@code kilobytes} divided by the
 * time of one operation (see docs/benchmarks.md). {@code model} is the number of sentences the classifier may read (the
 * default budget, 400, or 0 for rules alone).
 */
@Fork(
        value = 1,
        jvmArgs = {"-Xmx4g"})
@Warmup(iterations = 2)
@Measurement(iterations = 5)
public class NewsExtractionBenchmark extends SingleShotBenchmark {
    /** The corpus the input is drawn from, relative to the repository root. */
    static final Path CORPUS = Path.of("lodestone-news/src/test/resources/lodestone/news/corpus/dev");

    @Param({"50", "500", "5000"})
    int kilobytes;

    @Param({"400", "0"})
    int model;

    @Param({"7"})
    long seed;

    private Article article;
    private ExtractionLimits limits;

    @Setup
    public void setUp() {
        article = new Article("bench.txt", "bench", text(kilobytes * 1000L, seed), Optional.empty(), Optional.empty());
        limits = ExtractionLimits.DEFAULT.withMaxModelSentences(model);
        // load the classes and the model outside the timing
        NewsExtractor.bundled()
                .extract(
                        new Article("warm.txt", "bench", text(2_000, seed), Optional.empty(), Optional.empty()),
                        limits);
    }

    /**
     * @param bytes the size to reach, in UTF-8 bytes (at least)
     * @param seed the seed of the order and of the digits
     * @return the text
     */
    static String text(long bytes, long seed) {
        List<String> paragraphs = new ArrayList<>();
        try (Stream<Path> files = Files.list(CORPUS)) {
            for (Path file :
                    files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
                for (String p : Files.readString(file, StandardCharsets.UTF_8).split("\n", -1)) {
                    if (p.length() > 40 && !p.startsWith("Published")) {
                        paragraphs.add(p);
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(
                    "cannot read the corpus at " + CORPUS.toAbsolutePath()
                            + "; run the benchmark from the repository root.",
                    e);
        }
        SplittableRandom random = new SplittableRandom(seed);
        StringBuilder out = new StringBuilder();
        while (out.length() < bytes) {
            String p = paragraphs.get(random.nextInt(paragraphs.size()));
            StringBuilder copy = new StringBuilder(p.length());
            for (int i = 0; i < p.length(); i++) {
                char c = p.charAt(i);
                copy.append(Character.isDigit(c) ? (char) ('0' + random.nextInt(10)) : c);
            }
            out.append(copy).append("\n\n");
        }
        return out.toString();
    }

    @Benchmark
    public Extraction extract() {
        return NewsExtractor.bundled().extract(article, limits);
    }
}
