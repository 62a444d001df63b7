package lodestone.report.news;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.List;
import java.util.Map;
import lodestone.news.reconcile.CheckReport;

/**
 * Checked articles. Its JSON form is {@code {"articles": [...]}}, each article in the field names of the gold JSONL
 * schema with verdicts, matches and flags added.
 *
 * @param reports one per article
 */
public record CheckResult(List<CheckReport> reports) {
    public CheckResult {
        reports = List.copyOf(reports);
    }

    /** @return the JSON document */
    @JsonValue
    public Map<String, Object> json() {
        return Map.of("articles", reports.stream().map(NewsViews::report).toList());
    }
}
