package lodestone.report.source;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import lodestone.report.Query;
import lodestone.report.ReportContext;

/** Every source in the knowledge base with the number of observations that cite it. */
public record SourcesQuery() implements Query<SourceListing> {
    @Override
    public SourceListing answer(ReportContext context) {
        Map<String, Long> counts = context.snapshot().observations().stream()
                .collect(Collectors.groupingBy(o -> o.provenance().source().value(), Collectors.counting()));
        List<SourceListing.Row> rows = context.snapshot().sources().stream()
                .map(SourceView::of)
                .map(view -> new SourceListing.Row(view, counts.getOrDefault(view.id(), 0L)))
                .toList();
        return new SourceListing(rows);
    }
}
