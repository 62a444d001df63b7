package lodestone.app.server;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.LocalDate;
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
import lodestone.app.view.NewsViews;
import lodestone.model.knowledge.KnowledgeSnapshot;
import lodestone.news.article.Article;
import lodestone.news.article.ArticleException;
import lodestone.news.article.ArticleReader;
import lodestone.news.article.FetchPolicy;
import lodestone.news.article.ReadLimits;
import lodestone.news.extract.ExtractionLimits;
import lodestone.news.extract.LimitExceededException;
import lodestone.news.reconcile.CheckReport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Article checks under a budget the server enforces around the news pipeline.
 *
 * <ul>
 *   <li><b>Size</b>: the text (after HTML cleaning) may have at most {@link ServerLimits#checkMaxChars} characters
 *       (413 {@code article-too-large}). Posted text is measured before it is queued; fetched and cleaned text is
 *       measured again by the extractor itself ({@link ExtractionLimits#maxChars()}), whose {@link
 *       LimitExceededException} for characters or sentences also answers 413, naming the limit. Extraction is linear in
 *       the text's length, so the size bounds the work.
 *   <li><b>Time</b>: checks run on a fixed pool of {@link ServerLimits#checkWorkers} threads with a queue of {@link
 *       ServerLimits#checkQueue}; a full queue answers 503 {@code queue-full} at once. Each check has {@link
 *       ServerLimits#checkTimeout} from the moment it is queued: the extraction gets what is left of it as its own
 *       deadline ({@link ExtractionLimits#timeLimit()}) and stops itself at the next stage boundary when it passes it
 *       (503 {@code check-timeout}, naming the stage); the request is answered 503 {@code check-timeout} at the
 *       deadline in any case, and the worker is interrupted then.
 *   <li><b>Fetch</b>: URLs go through one shared {@link ArticleReader} (one bounded HTTP client for the server) with
 *       the server's {@link FetchPolicy}, its own deadline and size limit.
 * </ul>
 */
final class ArticleChecks implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(ArticleChecks.class);

    private final ServerLimits limits;
    private final ArticleReader reader;
    private final ThreadPoolExecutor workers;

    ArticleChecks(ServerLimits limits, FetchPolicy policy) {
        this.limits = Objects.requireNonNull(limits, "limits");
        this.reader = new ArticleReader(
                ReadLimits.DEFAULT.withMaxBytes(limits.fetchMaxBytes()).withTotalTimeout(limits.fetchTimeout()),
                policy);
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
     * @param snapshot the knowledge base
     * @param body the request: text, html or url, and optionally published
     * @return the report
     * @throws ApiException for a malformed body, an unreadable article, or a budget exceeded
     */
    CheckReport check(KnowledgeSnapshot snapshot, JsonNode body) {
        precheck(body);
        long deadline = System.nanoTime() + limits.checkTimeout().toNanos();
        Future<CheckReport> future;
        try {
            future = workers.submit(() -> checkNow(snapshot, body, deadline));
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
                reader.requireFetchable(ArticleReader.parseUrl(body.get("url").asText()));
            } catch (ArticleException e) {
                throw new ApiException(ErrorCode.BAD_ARTICLE, e.getMessage(), "url");
            }
        }
    }

    private static long seconds(Duration duration) {
        return Math.max(1, duration.toSeconds());
    }

    private CheckReport checkNow(KnowledgeSnapshot snapshot, JsonNode body, long deadline) {
        Article article = read(body);
        admit(article.text(), limits);
        long left = deadline - System.nanoTime();
        if (left <= 0) {
            throw timeout("before extraction (reading the article took the whole budget)");
        }
        ExtractionLimits extraction = extractionLimits(limits, Duration.ofNanos(left));
        try {
            return NewsViews.check(snapshot, List.of(article), null, extraction).get(0);
        } catch (LimitExceededException e) {
            throw refusal(e, limits);
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
     * The problem an extraction limit answers: 413 {@code article-too-large} for characters and sentences, 503 {@code
     * check-timeout} for time; the detail names the limit, the server flag and the extractor's own message.
     *
     * @param e the extractor's refusal
     * @param limits the server's limits
     * @return the API error
     */
    static ApiException refusal(LimitExceededException e, ServerLimits limits) {
        return switch (e.limit()) {
            case CHARS ->
                new ApiException(
                        ErrorCode.ARTICLE_TOO_LARGE,
                        "the article is larger than the check limit of " + limits.checkMaxChars()
                                + " characters (--check-max-chars): " + e.getMessage(),
                        "text");
            case SENTENCES ->
                new ApiException(
                        ErrorCode.ARTICLE_TOO_LARGE,
                        "the article has more sentences than the extractor's limit (ExtractionLimits.maxSentences): "
                                + e.getMessage(),
                        "text");
            case TIME ->
                new ApiException(
                        ErrorCode.CHECK_TIMEOUT,
                        "the check did not finish within the time budget of " + seconds(limits.checkTimeout())
                                + " s (--check-timeout): the extraction stopped in stage '" + e.stage() + "'",
                        null);
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

    private Article read(JsonNode body) {
        Article article;
        try {
            if (body.hasNonNull("text")) {
                article = reader.fromText(
                        "posted text", "request body", body.get("text").asText());
            } else if (body.hasNonNull("html")) {
                article = reader.fromHtml(
                        "posted page", "request body", body.get("html").asText());
            } else if (body.hasNonNull("url")) {
                article = reader.readUrl(ArticleReader.parseUrl(body.get("url").asText()));
            } else {
                throw new ApiException(ErrorCode.BAD_JSON, "the body needs 'text', 'html' or 'url'", "text");
            }
        } catch (ArticleException e) {
            throw new ApiException(ErrorCode.BAD_ARTICLE, e.getMessage(), body.hasNonNull("url") ? "url" : "text");
        }
        if (body.hasNonNull("published")) {
            try {
                article = article.withPublished(
                        LocalDate.parse(body.get("published").asText()));
            } catch (java.time.format.DateTimeParseException e) {
                throw new ApiException(
                        ErrorCode.BAD_JSON,
                        "published (" + body.get("published").asText() + ") must be a date YYYY-MM-DD",
                        "published");
            }
        }
        return article;
    }

    @Override
    public void close() {
        workers.shutdownNow();
        reader.close();
    }
}
