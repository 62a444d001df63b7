package lodestone.report.news;

import java.time.Duration;
import java.util.List;
import java.util.Objects;
import lodestone.news.article.Article;
import lodestone.news.article.ArticleException;
import lodestone.news.article.ArticleReader;
import lodestone.news.article.FetchPolicy;
import lodestone.news.article.ReadLimits;
import lodestone.report.QueryError;
import lodestone.report.QueryException;

/**
 * One article reader kept for many requests (a server's): one bounded HTTP client with its fetch policy, size limit and
 * deadline, so that every posted URL is fetched the same way. Close it with its owner.
 */
public final class ArticleFetcher implements AutoCloseable {
    private final ArticleReader reader;

    /**
     * @param maxBytes the largest article accepted, bytes
     * @param timeout the longest wait for a URL, redirects and body included
     * @param policy which addresses a URL may lead to
     */
    public ArticleFetcher(long maxBytes, Duration timeout, FetchPolicy policy) {
        this.reader = new ArticleReader(
                ReadLimits.DEFAULT.withMaxBytes(maxBytes).withTotalTimeout(timeout),
                Objects.requireNonNull(policy, "policy"));
    }

    /**
     * Refuses a URL by its form and address before any work is queued.
     *
     * @param url the URL text
     * @throws QueryException ({@link QueryError#BAD_ARTICLE}, field {@code url}) if it is not an http(s) URL to an
     *     allowed address
     */
    public void requireFetchable(String url) {
        try {
            reader.requireFetchable(ArticleReader.parseUrl(url));
        } catch (ArticleException e) {
            throw new QueryException(QueryError.BAD_ARTICLE, "url", e.getMessage());
        }
    }

    /**
     * @param input what to read (posted text, page or URL)
     * @return the articles
     * @throws QueryException if an article cannot be read
     */
    public List<Article> read(ArticleInput input) {
        return input.read(reader);
    }

    @Override
    public void close() {
        reader.close();
    }
}
