package lodestone.app.server;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import lodestone.news.article.Article;
import lodestone.news.article.FetchPolicy;
import lodestone.news.reconcile.CheckReport;
import lodestone.report.QueryException;
import lodestone.report.ReportContext;
import lodestone.report.news.ArticleFetcher;
import lodestone.report.news.ArticleInput;
import lodestone.report.news.CheckQuery;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Article checks under a budget the server enforces around the news pipeline, whatever the pipeline's own cost.
 *
 * <ul>
 *   <li><b>Size</b>: the text (after HTML cleaning) may have at most {@link ServerLimits#checkMaxChars} characters
 *       (413 {@code article-too-large}), and the sum of its squared line lengths may be at most {@link
 *       ServerLimits#checkMaxLineCost} (422 {@code article-too-complex}): the rule-based extractor's cost grows with
 *       the square of a sentence's length, and a line bounds a sentence.
 *   <li><b>Time</b>: checks run on a fixed pool of {@link ServerLimits#checkWorkers} threads with a queue of {@link
 *       ServerLimits#checkQueue}; a full queue answers 503 {@code queue-full} at once, and a check that has not
 *       finished within {@link ServerLimits#checkTimeout} answers 503 {@code check-timeout}. The worker is
 *       interrupted then; work that does not look at interruption runs on to its end, which the size bounds limit.
 *   <li><b>Fetch</b>: URLs go through one shared {@link ArticleFetcher} (one bounded HTTP client for the server) with
 *       the server's {@link FetchPolicy}, its own deadline and size limit.
 * </ul>
 */
final class ArticleChecks implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(ArticleChecks.class);

    private final ServerLimits limits;
    private final ArticleFetcher reader;
    private final ThreadPoolExecutor workers;

    ArticleChecks(ServerLimits limits, FetchPolicy policy) {
        this.limits = Objects.requireNonNull(limits, "limits");
        this.reader = new ArticleFetcher(limits.fetchMaxBytes(), limits.fetchTimeout(), policy);
        AtomicInteger count = new AtomicInteger();
        this.workers = new ThreadPoolExecutor(
                limits.checkWorkers(),
                limits.checkWorkers(),
                0,
                TimeUnit.MILLISECONDS,
                new ArrayBlockingQueue<>(Math.max(1, limits.checkQueue())),
                runnable -> {
                    Thread thread = new Thread(runnable, "lodestone-check-" + count.incrementAndGet());
                    thread.setDaemon(true);
                    return thread;
                },
                new ThreadPoolExecutor.AbortPolicy());
    }

    /**
     * Reads the article a request names (text, HTML or URL) and checks it against the knowledge base, within the
     * budget.
     *
     * @param context the knowledge base
     * @param body the request: text, html or url, and optionally published
     * @return the report
     * @throws ApiException for a malformed body, an unreadable article, or a budget exceeded
     */
    CheckReport check(ReportContext context, JsonNode body) {
        precheck(body);
        Future<CheckReport> future;
        try {
            future = workers.submit(() -> checkNow(context, body));
        } catch (RejectedExecutionException e) {
            throw new ApiException(
                    ErrorCode.QUEUE_FULL,
                    "the check queue is full (" + limits.checkWorkers() + " running, " + limits.checkQueue()
                            + " waiting); retry later",
                    null);
        }
        try {
            return future.get(limits.checkTimeout().toNanos(), TimeUnit.NANOSECONDS);
        } catch (TimeoutException e) {
            future.cancel(true);
            LOG.warn("a check passed its time budget of {} s and was cancelled", seconds(limits.checkTimeout()));
            throw new ApiException(
                    ErrorCode.CHECK_TIMEOUT,
                    "the check did not finish within the time budget of " + seconds(limits.checkTimeout())
                            + " s (--check-timeout)",
                    null);
        } catch (InterruptedException e) {
            future.cancel(true);
            Thread.currentThread().interrupt();
            throw new ApiException(ErrorCode.CHECK_TIMEOUT, "the check was interrupted", null);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof ApiException api) {
                throw api;
            }
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException("a check failed: " + e.getCause(), e.getCause());
        }
    }

    /** What can be refused before the queue, at no cost: posted text beyond the budget, a URL refused by its form. */
    private void precheck(JsonNode body) {
        if (body.hasNonNull("text")) {
            admit(body.get("text").asText(), limits);
        } else if (!body.hasNonNull("html") && body.hasNonNull("url")) {
            try {
                reader.requireFetchable(body.get("url").asText());
            } catch (QueryException e) {
                throw new ApiException(ErrorCode.BAD_ARTICLE, e.getMessage(), "url");
            }
        }
    }

    private static long seconds(Duration duration) {
        return Math.max(1, duration.toSeconds());
    }

    private CheckReport checkNow(ReportContext context, JsonNode body) {
        ArticleInput input = Params.article(body);
        Article article;
        try {
            article = reader.read(input).get(0);
        } catch (QueryException e) {
            throw new ApiException(ErrorCode.BAD_ARTICLE, e.getMessage(), body.hasNonNull("url") ? "url" : "text");
        }
        admit(article.text(), limits);
        return new CheckQuery(input, null)
                .check(context, List.of(article))
                .reports()
                .get(0);
    }

    /**
     * Refuses text beyond the size budget.
     *
     * @param text the article text
     * @param limits the limits
     * @throws ApiException naming the limit
     */
    static void admit(String text, ServerLimits limits) {
        if (text.length() > limits.checkMaxChars()) {
            throw new ApiException(
                    ErrorCode.ARTICLE_TOO_LARGE,
                    "the article has " + text.length() + " characters of text, more than the check limit of "
                            + limits.checkMaxChars() + " (--check-max-chars).\nMaybe check the article alone, not"
                            + " the whole page or several articles at once.",
                    "text");
        }
        long cost = 0;
        int longest = 0;
        int start = 0;
        for (int i = 0; i <= text.length(); i++) {
            if (i == text.length() || text.charAt(i) == '\n') {
                long length = (long) i - start;
                cost += length * length;
                longest = Math.max(longest, (int) length);
                start = i + 1;
            }
        }
        if (cost > limits.checkMaxLineCost()) {
            throw new ApiException(
                    ErrorCode.ARTICLE_TOO_COMPLEX,
                    "the article's lines cost " + cost + " (the sum of squared line lengths; the longest line has "
                            + longest + " characters), more than the extractor's budget of "
                            + limits.checkMaxLineCost() + " (--check-max-line-cost).\nMaybe the text lost its line"
                            + " breaks; put each paragraph on its own line.",
                    "text");
        }
    }

    @Override
    public void close() {
        workers.shutdownNow();
        reader.close();
    }
}
