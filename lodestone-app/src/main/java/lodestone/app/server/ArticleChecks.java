package lodestone.app.server;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
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
import lodestone.news.extract.ExtractionLimits;
import lodestone.news.reconcile.CheckReport;
import lodestone.report.QueryException;
import lodestone.report.ReportContext;
import lodestone.report.news.ArticleFetcher;
import lodestone.report.news.ArticleInput;
import lodestone.report.news.CheckQuery;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Article checks under a budget the server enforces around the news pipeline.
 *
 * <ul>
 *   <li><b>Size</b>: the text (after HTML cleaning) may have at most {@link ServerLimits#checkMaxChars} characters
 *       (413 {@code article-too-large}). Posted text is measured before it is queued; fetched and cleaned text is
 *       measured again by the extractor itself ({@link ExtractionLimits#maxChars()}), whose refusal for characters or
 *       sentences (the report layer's {@code ARTICLE_TOO_LARGE}) also answers 413, naming the limit. Extraction is linear in
 *       the text's length, so the size bounds the work.
 *   <li><b>Time</b>: checks run on a fixed pool of {@link ServerLimits#checkWorkers} threads with a queue of {@link
 *       ServerLimits#checkQueue}; a full queue answers 503 {@code queue-full} at once. Each check has {@link
 *       ServerLimits#checkTimeout} from the moment it is queued: the extraction gets what is left of it as its own
 *       deadline ({@link ExtractionLimits#timeLimit()}) and stops itself at the next stage boundary when it passes it
 *       (503 {@code check-timeout}, naming the stage); the request is answered 503 {@code check-timeout} at the
 *       deadline in any case, and the worker is interrupted then.
 *   <li><b>Cores</b>: a check computes (cleaning, extraction, reconciliation) only while it holds a thread of the
 *       server's {@link BackgroundBudget}, shared with scenario runs and plans; one that does not get it before its
 *       deadline is answered 503 {@code check-timeout}, naming {@code --job-threads}.
 *   <li><b>Fetch</b>: URLs go through one shared {@link ArticleFetcher} (one bounded HTTP client for the server) with
 *       the server's {@link FetchPolicy}, its own deadline and size limit.
 * </ul>
 */
final class ArticleChecks implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(ArticleChecks.class);

    private final ServerLimits limits;
    private final ArticleFetcher reader;
    private final BackgroundBudget budget;
    private final ThreadPoolExecutor workers;

    ArticleChecks(ServerLimits limits, BackgroundBudget budget, FetchPolicy policy) {
        this.limits = limits;
        this.budget = budget;
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
        long deadline = System.nanoTime() + limits.checkTimeout().toNanos();
        Future<CheckReport> future;
        try {
            future = workers.submit(() -> checkNow(context, body, deadline));
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

    private CheckReport checkNow(ReportContext context, JsonNode body, long deadline) {
        ArticleInput posted = Params.article(body);
        Article article;
        try {
            article = reader.read(posted).get(0);
        } catch (QueryException e) {
            throw new ApiException(ErrorCode.BAD_ARTICLE, e.getMessage(), body.hasNonNull("url") ? "url" : "text");
        }
        admit(article.text(), limits);
        Optional<BackgroundBudget.Lease> lease;
        try {
            lease = budget.tryAcquire(1, Duration.ofNanos(deadline - System.nanoTime()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw timeout("before extraction (interrupted while waiting for a background thread)");
        }
        if (lease.isEmpty()) {
            throw timeout("before extraction: the server's background threads (--job-threads " + budget.threads()
                    + ") stayed busy with other work");
        }
        try {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                throw timeout("before extraction (reading the article took the whole budget)");
            }
            ArticleInput input = posted.withExtraction(extractionLimits(limits, Duration.ofNanos(left)));
            return new CheckQuery(input, null)
                    .check(context, List.of(article))
                    .reports()
                    .get(0);
        } catch (QueryException e) {
            throw refusal(e, limits);
        } finally {
            lease.get().close();
        }
    }

    /**
     * The extractor's budget for one check: the server's character limit and what is left of the check's time.
     *
     * @param limits the server's limits
     * @param left the time left before the check's deadline, positive
     * @return the extraction limits
     */
    static ExtractionLimits extractionLimits(ServerLimits limits, Duration left) {
        return ExtractionLimits.DEFAULT.withMaxChars(limits.checkMaxChars()).withTimeLimit(left);
    }

    /**
     * The problem an extraction budget answers: 413 {@code article-too-large} for characters and sentences, 503 {@code
     * check-timeout} for time; the detail names the limit, the server flag and the extractor's own message. Other
     * query errors keep their own code.
     *
     * @param e the report layer's refusal ({@code CheckQuery.refusal})
     * @param limits the server's limits
     * @return the API error
     */
    static ApiException refusal(QueryException e, ServerLimits limits) {
        return switch (e.error()) {
            case ARTICLE_TOO_LARGE ->
                "max-chars".equals(e.field())
                        ? new ApiException(
                                ErrorCode.ARTICLE_TOO_LARGE,
                                "the article is larger than the check limit of " + limits.checkMaxChars()
                                        + " characters (--check-max-chars): " + e.getMessage(),
                                "text")
                        : new ApiException(
                                ErrorCode.ARTICLE_TOO_LARGE,
                                "the article has more sentences than the extractor's limit"
                                        + " (ExtractionLimits.maxSentences): " + e.getMessage(),
                                "text");
            case ARTICLE_TIMEOUT ->
                new ApiException(
                        ErrorCode.CHECK_TIMEOUT,
                        "the check did not finish within the time budget of " + seconds(limits.checkTimeout())
                                + " s (--check-timeout): " + e.getMessage(),
                        null);
            default -> new ApiException(ErrorCode.of(e.error()), e.getMessage(), e.field());
        };
    }

    private ApiException timeout(String when) {
        return new ApiException(
                ErrorCode.CHECK_TIMEOUT,
                "the check did not finish within the time budget of " + seconds(limits.checkTimeout())
                        + " s (--check-timeout): stopped " + when,
                null);
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
    }

    @Override
    public void close() {
        workers.shutdownNow();
        reader.close();
    }
}
