package lodestone.news.article;

import java.time.Duration;
import lodestone.model.Guards;

/**
 * Limits on reading one article.
 *
 * @param maxBytes the largest input accepted, in bytes (files and HTTP bodies)
 * @param connectTimeout the longest wait for a TCP connection
 * @param totalTimeout the longest wait for a whole HTTP exchange (all redirects, headers and body)
 * @param maxRedirects the most redirects followed before giving up
 * @param maxHtmlDepth the deepest element nesting accepted in HTML
 */
public record ReadLimits(
        long maxBytes, Duration connectTimeout, Duration totalTimeout, int maxRedirects, int maxHtmlDepth) {
    /** 5 MB, 5 s to connect, 20 s in all, 5 redirects, nesting depth 512. */
    public static final ReadLimits DEFAULT =
            new ReadLimits(5L * 1024 * 1024, Duration.ofSeconds(5), Duration.ofSeconds(20), 5, 512);

    public ReadLimits {
        Guards.requireAtLeast(maxBytes, 1, "maxBytes");
        Guards.requireAtLeast(maxRedirects, 0, "maxRedirects");
        Guards.requireAtLeast(maxHtmlDepth, 8, "maxHtmlDepth");
    }

    /**
     * @param timeout the new total timeout
     * @return a copy with that timeout (and a connect timeout no longer than it)
     */
    public ReadLimits withTotalTimeout(Duration timeout) {
        Duration connect = connectTimeout.compareTo(timeout) > 0 ? timeout : connectTimeout;
        return new ReadLimits(maxBytes, connect, timeout, maxRedirects, maxHtmlDepth);
    }

    /**
     * @param bytes the new size limit
     * @return a copy with that limit
     */
    public ReadLimits withMaxBytes(long bytes) {
        return new ReadLimits(bytes, connectTimeout, totalTimeout, maxRedirects, maxHtmlDepth);
    }
}
