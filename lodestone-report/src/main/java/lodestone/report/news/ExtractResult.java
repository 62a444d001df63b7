package lodestone.report.news;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.List;
import java.util.Map;
import lodestone.news.extract.Extraction;

/**
 * Extractions. Its JSON form is {@code {"articles": [...]}}, each in the gold JSONL schema.
 *
 * @param extractions one per article
 */
public record ExtractResult(List<Extraction> extractions) {
    public ExtractResult {
        extractions = List.copyOf(extractions);
    }

    /** @return each article in the gold JSONL schema, one document per line of JSONL */
    public List<Map<String, Object>> documents() {
        return extractions.stream().map(Extraction::toSchema).toList();
    }

    /** @return the JSON document */
    @JsonValue
    public Map<String, Object> json() {
        return Map.of("articles", documents());
    }
}
