package lodestone.report.news;

import java.util.List;
import lodestone.news.extract.NewsExtractor;
import lodestone.report.Query;
import lodestone.report.ReportContext;

/**
 * The events and share claims articles make, each with its evidence span, without the knowledge base.
 *
 * @param input the articles
 */
public record ExtractQuery(ArticleInput input) implements Query<ExtractResult> {
    @Override
    public ExtractResult answer(ReportContext context) {
        return read();
    }

    /** @return the extractions; needs no knowledge base */
    public ExtractResult read() {
        NewsExtractor extractor = NewsExtractor.bundled();
        return new ExtractResult(
                List.copyOf(input.read().stream().map(extractor::extract).toList()));
    }
}
