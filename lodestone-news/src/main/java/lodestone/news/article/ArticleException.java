package lodestone.news.article;

import org.jspecify.annotations.Nullable;

/** An article that cannot be read: too large, binary, unreachable, too many redirects, too slow. */
public final class ArticleException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /**
     * @param message what was wrong, naming the input and the limit
     * @param cause the underlying failure, or null
     */
    public ArticleException(String message, @Nullable Throwable cause) {
        super(message, cause);
    }
}
