package lodestone.app.cli;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import lodestone.news.article.Article;
import lodestone.news.article.ArticleException;
import lodestone.news.article.ArticleReader;
import lodestone.news.article.FetchPolicy;
import lodestone.news.article.ReadLimits;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** The input options the news commands share: what to read and within which limits. */
final class NewsInput {
    @Parameters(
            index = "0",
            paramLabel = "FILE|DIR|URL",
            description = "An article file (.txt or .html), a directory" + " of them, or an http(s) URL.")
    String input;

    @Option(
            names = "--published",
            paramLabel = "DATE",
            description = "Publication date YYYY-MM-DD, for relative dates"
                    + " (\"yesterday\", \"last Tuesday\") and office-holder checks; overrides the article's own.")
    LocalDate published;

    @Option(
            names = "--timeout",
            paramLabel = "SECONDS",
            defaultValue = "20",
            description = "Longest wait for a URL," + " redirects and body included (default: ${DEFAULT-VALUE}).")
    int timeoutSeconds;

    @Option(
            names = "--max-bytes",
            paramLabel = "BYTES",
            defaultValue = "5242880",
            description = "Largest article" + " accepted, file or HTTP body (default: ${DEFAULT-VALUE}).")
    long maxBytes;

    @Option(
            names = "--allow-private-fetch",
            description = "Let a URL lead to loopback, private, link-local or other non-public addresses (refused by"
                    + " default, redirects included).")
    boolean allowPrivateFetch;

    List<Article> read() {
        if (timeoutSeconds < 1 || timeoutSeconds > 600) {
            throw new UserException("--timeout (" + timeoutSeconds + ") must be within [1, 600] seconds.");
        }
        if (maxBytes < 1) {
            throw new UserException("--max-bytes (" + maxBytes + ") must be at least 1.");
        }
        ReadLimits limits =
                ReadLimits.DEFAULT.withMaxBytes(maxBytes).withTotalTimeout(Duration.ofSeconds(timeoutSeconds));
        FetchPolicy policy = allowPrivateFetch ? FetchPolicy.ALLOW_PRIVATE : FetchPolicy.PUBLIC_ONLY;
        try (ArticleReader reader = new ArticleReader(limits, policy)) {
            List<Article> articles = reader.readAll(input);
            if (published == null) {
                return articles;
            }
            List<Article> out = new ArrayList<>();
            articles.forEach(a -> out.add(a.withPublished(published)));
            return out;
        } catch (ArticleException e) {
            throw new UserException(e.getMessage());
        }
    }
}
