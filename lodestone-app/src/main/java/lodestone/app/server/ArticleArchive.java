package lodestone.app.server;

import lodestone.news.reconcile.CheckReport;
import lodestone.report.news.IngestResult;

/** Stores a checked article's events and claims as unverified news records, for the ingest endpoint. */
@FunctionalInterface
public interface ArticleArchive {
    /**
     * @param report the check report of one article
     * @return what was stored: id, counts, whether an earlier copy was replaced
     */
    IngestResult.Article save(CheckReport report);
}
