package lodestone.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.OperatingSystemMXBean;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import lodestone.news.article.Article;
import lodestone.news.extract.Extraction;
import lodestone.news.extract.ExtractionLimits;
import lodestone.news.extract.NewsExtractor;

/**
 * Times one large extraction the way a shared machine allows: wall-clock time, the CPU time of the extracting thread
 * ({@link ThreadMXBean}), the CPU time of the whole process (the extractor also works on the common fork-join pool) and
 * the load average before and after, for the input of {@link NewsExtractionBenchmark} (run from the repository root):
 *
 * <pre>
 * java -cp ... lodestone.bench.NewsExtractionTiming [KILOBYTES [MODEL_SENTENCES [RUNS]]]
 * </pre>
 *
 * <p>Each run extracts the same article once in a warm JVM (a 2 KB article warms it up first); one line per run.
 */
public final class NewsExtractionTiming {
    private NewsExtractionTiming() {}

    /**
     * @param args the size in kilobytes (5000), the classifier's sentence budget (the default), the number of runs (3)
     */
    public static void main(String[] args) {
        int kilobytes = args.length > 0 ? Integer.parseInt(args[0]) : 5_000;
        int model = args.length > 1 ? Integer.parseInt(args[1]) : ExtractionLimits.DEFAULT.maxModelSentences();
        int runs = args.length > 2 ? Integer.parseInt(args[2]) : 3;
        // the time limit of the command line's --time-limit 600: a loaded machine must not stop the measurement
        ExtractionLimits limits =
                ExtractionLimits.DEFAULT.withMaxModelSentences(model).withTimeLimit(java.time.Duration.ofMinutes(10));
        String text = NewsExtractionBenchmark.text(kilobytes * 1000L, 7);
        Article article = new Article("bench.txt", "bench", text, Optional.empty(), Optional.empty());
        NewsExtractor extractor = NewsExtractor.bundled();
        extractor.extract(
                new Article(
                        "warm.txt",
                        "bench",
                        NewsExtractionBenchmark.text(2_000, 7),
                        Optional.empty(),
                        Optional.empty()),
                limits);
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        OperatingSystemMXBean os = ManagementFactory.getOperatingSystemMXBean();
        int bytes = text.getBytes(StandardCharsets.UTF_8).length;
        System.out.printf(
                Locale.ROOT,
                "input %,d bytes (%,d characters), classifier budget %d sentences, %d processors%n",
                bytes,
                text.length(),
                model,
                Runtime.getRuntime().availableProcessors());
        for (int run = 1; run <= runs; run++) {
            double loadBefore = os.getSystemLoadAverage();
            long process0 = processCpu(os);
            long thread0 = threads.getCurrentThreadCpuTime();
            long wall0 = System.nanoTime();
            Extraction x = extractor.extract(article, limits);
            long wall = System.nanoTime() - wall0;
            long thread = threads.getCurrentThreadCpuTime() - thread0;
            long process = processCpu(os) - process0;
            System.out.printf(
                    Locale.ROOT,
                    "run %d: wall %.2f s (%.0f KB/s), extracting thread CPU %.2f s, process CPU %.2f s, load average"
                            + " %.2f -> %.2f; %,d sentences, %,d events, %,d claims; %s%n",
                    run,
                    wall / 1e9,
                    bytes / 1e3 / (wall / 1e9),
                    thread / 1e9,
                    process / 1e9,
                    loadBefore,
                    os.getSystemLoadAverage(),
                    x.sentences().size(),
                    x.events().size(),
                    x.claims().size(),
                    x.notices().isEmpty() ? "no notices" : String.join(" ", x.notices()));
        }
    }

    /** The process's CPU time in nanoseconds, or -1 where the platform does not report it. */
    private static long processCpu(OperatingSystemMXBean os) {
        return os instanceof com.sun.management.OperatingSystemMXBean sun ? sun.getProcessCpuTime() : -1;
    }
}
