package lodestone.app.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import lodestone.news.extract.Extraction;
import lodestone.news.reconcile.CheckReport;
import lodestone.news.reconcile.ClaimCheck;
import lodestone.news.reconcile.Difference;
import lodestone.news.reconcile.EventCheck;
import lodestone.news.reconcile.Flag;
import lodestone.news.reconcile.RecordRef;
import lodestone.news.reconcile.ReferenceValue;

/** JSON-ready views (ordered maps) of news extractions and check reports, in the field names of the JSONL schema. */
final class NewsViews {
    private NewsViews() {}

    @SuppressWarnings("unchecked")
    static Map<String, Object> report(CheckReport report) {
        Extraction x = report.extraction();
        Map<String, Object> schema = x.toSchema();
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("file", x.article().name());
        out.put("location", x.article().location());
        out.put("published", x.article().published().map(Object::toString).orElse(null));
        out.put("extractor", x.extractorVersion());
        List<Map<String, Object>> claims = new ArrayList<>();
        List<Map<String, Object>> claimRows = (List<Map<String, Object>>) schema.get("claims");
        for (int i = 0; i < report.claims().size(); i++) {
            ClaimCheck check = report.claims().get(i);
            Map<String, Object> row = new LinkedHashMap<>(claimRows.get(i));
            row.put("verdict", check.verdict().id());
            row.put("tolerance_points", check.tolerancePoints());
            row.put("explanation", check.explanation());
            List<Map<String, Object>> refs = new ArrayList<>();
            for (ReferenceValue r : check.references()) {
                Map<String, Object> ref = new LinkedHashMap<>();
                ref.put("stage", r.stage());
                ref.put("mineral", r.mineral());
                ref.put("share_pct", r.sharePct());
                ref.put("period", r.period());
                ref.put("series", r.series());
                ref.put("source", r.source());
                ref.put("source_title", r.sourceTitle());
                refs.add(ref);
            }
            row.put("references", refs);
            claims.add(row);
        }
        List<Map<String, Object>> events = new ArrayList<>();
        List<Map<String, Object>> eventRows = (List<Map<String, Object>>) schema.get("events");
        for (int i = 0; i < report.events().size(); i++) {
            EventCheck check = report.events().get(i);
            Map<String, Object> row = new LinkedHashMap<>(eventRows.get(i));
            row.put("title", check.event().title().orElse(null));
            row.put("match", check.match().id());
            row.put("explanation", check.explanation());
            List<Map<String, Object>> records = new ArrayList<>();
            for (RecordRef r : check.records()) {
                Map<String, Object> ref = new LinkedHashMap<>();
                ref.put("kind", r.kind());
                ref.put("id", r.id());
                ref.put("title", r.title());
                ref.put("date", r.date().map(Object::toString).orElse(null));
                ref.put("sources", r.sources());
                records.add(ref);
            }
            row.put("records", records);
            List<Map<String, Object>> differences = new ArrayList<>();
            for (Difference d : check.differences()) {
                Map<String, Object> diff = new LinkedHashMap<>();
                diff.put("field", d.field());
                diff.put("article", d.article());
                diff.put("record", d.record());
                differences.add(diff);
            }
            row.put("differences", differences);
            row.put("added", check.added());
            row.put("rule", check.event().rule());
            events.add(row);
        }
        List<Map<String, Object>> flags = new ArrayList<>();
        for (Flag f : report.flags()) {
            Map<String, Object> flag = new LinkedHashMap<>();
            flag.put("kind", f.kind());
            flag.put("message", f.message());
            flag.put("evidence", f.evidence());
            flag.put("sources", f.sources());
            flags.add(flag);
        }
        out.put("claims", claims);
        out.put("events", events);
        out.put("flags", flags);
        return out;
    }
}
