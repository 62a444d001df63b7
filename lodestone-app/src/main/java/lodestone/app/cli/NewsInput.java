package lodestone.app.cli;

import java.time.LocalDate;
import lodestone.report.news.ArticleInput;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** The input options the news commands share: what to read and within which limits. */
final class NewsInput {
    @Parameters(
            index = "0",
            paramLabel = "FILE|DIR|URL",
            description = "An article file (.txt or .html), a directory of them, or an http(s) URL.")
    String input;

    @Option(
            names = "--published",
            paramLabel = "DATE",
            description = "Publication date YYYY-MM-DD, for relative dates (\"yesterday\", \"last Tuesday\") and"
                    + " office-holder checks; overrides the article's own.")
    LocalDate published;

    @Option(
            names = "--timeout",
            paramLabel = "SECONDS",
            defaultValue = "" + ArticleInput.TIMEOUT_SECONDS,
            description = "Longest wait for a URL, redirects and body included (default: ${DEFAULT-VALUE}).")
    int timeoutSeconds;

    @Option(
            names = "--max-bytes",
            paramLabel = "BYTES",
            defaultValue = "" + ArticleInput.MAX_BYTES,
            description = "Largest article accepted, file or HTTP body (default: ${DEFAULT-VALUE}).")
    long maxBytes;

    /** @return what to read */
    ArticleInput articles() {
        return new ArticleInput(ArticleInput.Kind.LOCATION, input, published, timeoutSeconds, maxBytes);
    }
}
