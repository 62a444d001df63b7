package lodestone.report.news;

import lodestone.report.Query;
import lodestone.report.ReportContext;

/**
 * What articles claim, and how it compares with the knowledge base: a verdict per share claim, a match per event,
 * plausibility flags. Nothing is stored.
 *
 * @param input the articles
 * @param tolerance the tolerance for share claims in percentage points, or null for the default (5)
 */
public record CheckQuery(ArticleInput input, Double tolerance) implements Query<CheckResult> {
    @Override
    public CheckResult answer(ReportContext context) {
        return new CheckResult(NewsViews.check(context.snapshot(), input.read(), tolerance));
    }
}
