/**
 * Reading articles: plain text, HTML (cleaned with jsoup) and URLs (fetched with the JDK HTTP client), each within
 * {@link lodestone.news.article.ReadLimits}. Hostile input ends with an {@link lodestone.news.article.ArticleException}
 * that says what was wrong, never with a hang or an out-of-memory error.
 */
package lodestone.news.article;
