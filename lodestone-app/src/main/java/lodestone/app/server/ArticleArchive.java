package lodestone.app.server;

import java.util.Map;
import lodestone.news.reconcile.CheckReport;

/** Stores a checked article's events and claims as unverified news records, for the ingest endpoint. */
@FunctionalInterface
public interface ArticleArchive {
    /**
     * @param report the check report of one article
     * @return what was stored: id, counts, whether an earlier copy was replaced
     */
    Map<String, Object> save(CheckReport report);
}
