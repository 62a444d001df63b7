package lodestone.report.news;

import java.util.List;
import lodestone.news.article.Article;
import lodestone.news.extract.LimitExceededException;
import lodestone.report.Query;
import lodestone.report.QueryError;
import lodestone.report.QueryException;
import lodestone.report.ReportContext;
import org.jspecify.annotations.Nullable;

/**
 * What articles claim, and how it compares with the knowledge base: a verdict per share claim, a match per event,
 * plausibility flags. Nothing is stored.
 *
 * @param input the articles
 * @param tolerance the tolerance for share claims in percentage points, or null for the default (5)
 */
public record CheckQuery(ArticleInput input, @Nullable Double tolerance) implements Query<CheckResult> {
    @Override
    public CheckResult answer(ReportContext context) {
        return check(context, input.read());
    }

    /**
     * @param context the knowledge
     * @param articles the articles, already read
     * @return their checks, within the input's extraction budget
     * @throws QueryException naming the budget an article exceeded
     */
    public CheckResult check(ReportContext context, List<Article> articles) {
        try {
            return new CheckResult(NewsViews.check(context.snapshot(), articles, tolerance, input.extraction()));
        } catch (LimitExceededException e) {
            throw refusal(e);
        }
    }

    /**
     * The query error an extraction budget answers: {@link QueryError#ARTICLE_TOO_LARGE} for characters (field {@code
     * max-chars}) and sentences (field {@code max-sentences}), {@link QueryError#ARTICLE_TIMEOUT} for time (field
     * {@code time-limit}, the message naming the stage the extraction stopped in).
     *
     * @param e the extractor's refusal
     * @return the query error, with the extractor's message
     */
    public static QueryException refusal(LimitExceededException e) {
        return switch (e.limit()) {
            case CHARS -> new QueryException(QueryError.ARTICLE_TOO_LARGE, "max-chars", e.getMessage());
            case SENTENCES -> new QueryException(QueryError.ARTICLE_TOO_LARGE, "max-sentences", e.getMessage());
            case TIME ->
                new QueryException(
                        QueryError.ARTICLE_TIMEOUT,
                        "time-limit",
                        "the extraction stopped in stage '" + e.stage() + "': " + e.getMessage());
        };
    }
}
