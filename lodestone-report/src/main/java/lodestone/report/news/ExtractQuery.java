package lodestone.report.news;

import java.util.ArrayList;
import java.util.List;
import lodestone.news.article.Article;
import lodestone.news.extract.Extraction;
import lodestone.news.extract.LimitExceededException;
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
        List<Extraction> extractions = new ArrayList<>();
        for (Article article : input.read()) {
            try {
                extractions.add(extractor.extract(article, input.extraction()));
            } catch (LimitExceededException e) {
                throw CheckQuery.refusal(e);
            }
        }
        return new ExtractResult(extractions);
    }
}
