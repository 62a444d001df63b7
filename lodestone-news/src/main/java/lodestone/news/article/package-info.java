/**
 * Reading articles: plain text, HTML (cleaned with jsoup) and URLs, each within
 * {@link lodestone.news.article.ReadLimits}. URLs are fetched by one bounded Jetty client per reader under a
 * {@link lodestone.news.article.FetchPolicy}: public addresses only by default, every redirect hop and every resolved
 * address checked, the connection made to the checked address. Hostile input ends with an
 * {@link lodestone.news.article.ArticleException} that says what was wrong, never with a hang or an out-of-memory
 * error.
 */
@NullMarked
package lodestone.news.article;

import org.jspecify.annotations.NullMarked;
