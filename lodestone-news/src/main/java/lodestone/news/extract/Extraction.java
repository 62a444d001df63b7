package lodestone.news.extract;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import lodestone.news.article.Article;

/**
 * What was read from one article.
 *
 * @param article the article
 * @param sentences its sentences
 * @param mentions its mentions, in text order
 * @param events the events, in text order
 * @param claims the share claims, in text order
 * @param extractorVersion the version of the pipeline that produced it
 * @param notices what the reader should know about how it was produced (e.g. the classifier's budget was reached)
 */
public record Extraction(
        Article article,
        List<Sentence> sentences,
        List<Mention> mentions,
        List<Event> events,
        List<Claim> claims,
        String extractorVersion,
        List<String> notices) {
    public Extraction {
        sentences = List.copyOf(sentences);
        mentions = List.copyOf(mentions);
        events = List.copyOf(events);
        claims = List.copyOf(claims);
        notices = List.copyOf(notices);
    }

    /**
     * @return the object of the JSONL schema ({@code ../shared/seeds/gold.jsonl}): {@code file}, {@code events} with
     *     type, parties, minerals, amount_usd, date, evidence, and {@code claims} with subject_country, mineral, stage,
     *     share_pct, evidence; ordered maps so that the output is stable
     */
    public Map<String, Object> toSchema() {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("file", article.name());
        List<Map<String, Object>> eventRows = new ArrayList<>();
        for (Event e : events) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("type", e.type().id());
            row.put("parties", e.parties());
            row.put("minerals", e.minerals());
            row.put("amount_usd", e.amountUsd().map(Extraction::number).orElse(null));
            row.put("date", e.date().map(Object::toString).orElse(null));
            row.put("evidence", e.evidence());
            eventRows.add(row);
        }
        out.put("events", eventRows);
        List<Map<String, Object>> claimRows = new ArrayList<>();
        for (Claim c : claims) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("subject_country", c.country());
            row.put("mineral", c.mineral());
            row.put("stage", c.stage());
            row.put("share_pct", number(c.sharePct()));
            row.put("evidence", c.evidence());
            claimRows.add(row);
        }
        out.put("claims", claimRows);
        return out;
    }

    /** Whole numbers as {@code long} (no ".0" in JSON), others as {@code double}. */
    static Number number(double value) {
        return value == Math.rint(value) && Math.abs(value) < 9e15 ? (Number) (long) value : (Number) value;
    }
}
