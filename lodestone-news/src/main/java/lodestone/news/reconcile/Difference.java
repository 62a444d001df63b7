package lodestone.news.reconcile;

/**
 * A detail in which an article differs from a record.
 *
 * @param field {@code title}, {@code date}, {@code party}, {@code amount} or {@code minerals}
 * @param article what the article says
 * @param record what the record says
 */
public record Difference(String field, String article, String record) {}
