package lodestone.report.news;

import java.util.List;

/**
 * Articles stored as unverified news records.
 *
 * @param articles what was stored, per article
 * @param database the database file written
 */
public record IngestResult(List<Article> articles, String database) {
    public IngestResult {
        articles = List.copyOf(articles);
    }

    /**
     * @param id the stored article's id (the start of its text's SHA-256)
     * @param file its name
     * @param location where it was read from
     * @param events events stored
     * @param claims claims stored
     * @param status the records' status (unverified)
     * @param replaced true if an earlier copy of the same text was replaced
     */
    public record Article(
            String id, String file, String location, int events, int claims, String status, boolean replaced) {}
}
