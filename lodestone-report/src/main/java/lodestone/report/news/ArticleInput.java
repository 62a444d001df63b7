package lodestone.report.news;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import lodestone.news.article.Article;
import lodestone.news.article.ArticleException;
import lodestone.news.article.ArticleReader;
import lodestone.news.article.FetchPolicy;
import lodestone.news.article.ReadLimits;
import lodestone.news.extract.ExtractionLimits;
import lodestone.report.Lookup;
import lodestone.report.QueryError;
import lodestone.report.QueryException;
import org.jspecify.annotations.Nullable;

/**
 * What articles to read: a file, a folder of files or an http(s) URL named on the command line, or a text, an HTML page
 * or a URL posted to the API; with the publication date for relative dates, and the read limits.
 *
 * @param kind how {@code value} is to be read
 * @param value the path, URL, text or HTML
 * @param published the publication date, overriding the article's own, or null
 * @param timeoutSeconds the longest wait for a URL, redirects and body included, seconds
 * @param maxBytes the largest article accepted, bytes
 * @param fetch which addresses a URL may lead to ({@link FetchPolicy#PUBLIC_ONLY} unless allowed)
 * @param extraction the extraction budget of each article (characters, time, sentences the classifier reads)
 */
public record ArticleInput(
        Kind kind,
        String value,
        @Nullable LocalDate published,
        int timeoutSeconds,
        long maxBytes,
        FetchPolicy fetch,
        ExtractionLimits extraction) {
    /** The default longest wait for a URL, in seconds. */
    public static final int TIMEOUT_SECONDS = 20;
    /** The default largest article, in bytes (5 MiB). */
    public static final long MAX_BYTES = 5_242_880;

    /** How the value is read. */
    public enum Kind {
        /** A file (.txt or .html), a folder of them, or an http(s) URL. */
        LOCATION,
        /** Plain text posted in a request. */
        TEXT,
        /** An HTML page posted in a request. */
        HTML,
        /** An http(s) URL posted in a request. */
        URL
    }

    public ArticleInput {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(value, "value");
        Lookup.within(timeoutSeconds, "timeout", 1, 600);
        if (maxBytes < 1) {
            throw QueryException.badParameter("max-bytes", "max-bytes (" + maxBytes + ") must be at least 1.");
        }
        Objects.requireNonNull(fetch, "fetch");
        Objects.requireNonNull(extraction, "extraction");
    }

    /**
     * The extraction budget from the options a user gave.
     *
     * @param maxChars the longest clean text accepted per article, characters
     * @param timeLimitSeconds the longest extraction of one article, seconds
     * @param maxModelSentences the sentences per article the classifier reads (0: rules alone)
     * @return the budget
     * @throws QueryException naming the option out of range
     */
    public static ExtractionLimits extractionLimits(long maxChars, int timeLimitSeconds, int maxModelSentences) {
        if (maxChars < 1) {
            throw QueryException.badParameter("max-chars", "--max-chars (" + maxChars + ") must be at least 1.");
        }
        Lookup.within(timeLimitSeconds, "time-limit", 1, 3600);
        if (maxModelSentences < 0) {
            throw QueryException.badParameter(
                    "max-model-sentences", "--max-model-sentences (" + maxModelSentences + ") must be at least 0.");
        }
        return ExtractionLimits.DEFAULT
                .withMaxChars(maxChars)
                .withTimeLimit(Duration.ofSeconds(timeLimitSeconds))
                .withMaxModelSentences(maxModelSentences);
    }

    /**
     * @param budget the extraction budget of each article
     * @return this input with that budget
     */
    public ArticleInput withExtraction(ExtractionLimits budget) {
        return new ArticleInput(kind, value, published, timeoutSeconds, maxBytes, fetch, budget);
    }

    /**
     * @param kind how the value is read
     * @param value the path, URL, text or HTML
     * @param published the publication date, or null
     * @return the input with the default limits
     */
    public static ArticleInput of(Kind kind, String value, @Nullable LocalDate published) {
        return new ArticleInput(
                kind, value, published, TIMEOUT_SECONDS, MAX_BYTES, FetchPolicy.PUBLIC_ONLY, ExtractionLimits.DEFAULT);
    }

    /**
     * @return the articles, each with the publication date given, if any
     * @throws QueryException if an article cannot be read (binary, too large, empty, a URL that failed)
     */
    public List<Article> read() {
        try (ArticleReader reader = new ArticleReader(
                ReadLimits.DEFAULT.withMaxBytes(maxBytes).withTotalTimeout(Duration.ofSeconds(timeoutSeconds)),
                fetch)) {
            return read(reader);
        }
    }

    /**
     * @param reader the reader to read with (a server's one bounded client, its own limits and fetch policy)
     * @return the articles, each with the publication date given, if any
     * @throws QueryException if an article cannot be read
     */
    public List<Article> read(ArticleReader reader) {
        List<Article> articles;
        try {
            articles = switch (kind) {
                case LOCATION -> reader.readAll(value);
                case TEXT -> List.of(reader.fromText("posted text", "request body", value));
                case HTML -> List.of(reader.fromHtml("posted page", "request body", value));
                case URL -> {
                    if (!ArticleReader.isUrl(value)) {
                        throw new QueryException(
                                QueryError.BAD_PARAMETER, "url", "url (" + value + ") must be an http or https URL.");
                    }
                    yield List.of(reader.readUrl(ArticleReader.parseUrl(value)));
                }
            };
        } catch (ArticleException e) {
            throw new QueryException(QueryError.BAD_ARTICLE, field(), e.getMessage());
        }
        if (published == null) {
            return articles;
        }
        List<Article> out = new ArrayList<>();
        articles.forEach(a -> out.add(a.withPublished(published)));
        return out;
    }

    private String field() {
        return switch (kind) {
            case LOCATION -> "input";
            case TEXT -> "text";
            case HTML -> "html";
            case URL -> "url";
        };
    }
}
