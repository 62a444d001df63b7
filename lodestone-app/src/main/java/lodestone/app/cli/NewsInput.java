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
import lodestone.news.extract.ExtractionLimits;
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

    @Option(
            names = "--max-chars",
            paramLabel = "CHARS",
            defaultValue = "6000000",
            description = "Extraction budget: longest clean text accepted per article, in characters (default:"
                    + " ${DEFAULT-VALUE}).")
    long maxChars;

    @Option(
            names = "--time-limit",
            paramLabel = "SECONDS",
            defaultValue = "60",
            description = "Extraction budget: longest extraction of one article; past it the work stops and names"
                    + " the limit (default: ${DEFAULT-VALUE}).")
    int timeLimitSeconds;

    @Option(
            names = "--max-model-sentences",
            paramLabel = "N",
            defaultValue = "400",
            description = "Sentences per article the classifier reads; the rest are decided by the rules alone, and"
                    + " the output says so; 0 for rules alone (default: ${DEFAULT-VALUE}).")
    int maxModelSentences;

    /** @return the extraction budget given by the options */
    ExtractionLimits limits() {
        if (maxChars < 1) {
            throw new UserException("--max-chars (" + maxChars + ") must be at least 1.");
        }
        if (timeLimitSeconds < 1 || timeLimitSeconds > 3600) {
            throw new UserException("--time-limit (" + timeLimitSeconds + ") must be within [1, 3600] seconds.");
        }
        if (maxModelSentences < 0) {
            throw new UserException("--max-model-sentences (" + maxModelSentences + ") must be at least 0.");
        }
        return ExtractionLimits.DEFAULT
                .withMaxChars(maxChars)
                .withTimeLimit(Duration.ofSeconds(timeLimitSeconds))
                .withMaxModelSentences(maxModelSentences);
    }

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
