package lodestone.app.server;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.javalin.http.Context;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Checks the bearer token of write requests in constant time, and limits failed attempts: each failure is logged with
 * the client's address, and an address with {@link ServerLimits#failedTokenLimit} failures within a minute is answered
 * 429 until that minute has passed, without the token being compared. The failure counts live in a bounded cache
 * (100,000 addresses), so a flood of addresses cannot grow memory.
 */
final class TokenGuard {
    private static final Logger LOG = LoggerFactory.getLogger(TokenGuard.class);

    private final Optional<String> token;
    private final int limit;
    private final Cache<String, AtomicInteger> failures = Caffeine.newBuilder()
            .maximumSize(100_000)
            .expireAfterWrite(Duration.ofMinutes(1))
            .build();

    TokenGuard(Optional<String> token, int limit) {
        this.token = token;
        this.limit = limit;
    }

    /**
     * @param ctx a write request
     * @throws ApiException 403 if writes are disabled or the token is wrong, 401 if it is missing, 429 after too many
     *     failures
     */
    void authorise(Context ctx) {
        if (token.isEmpty()) {
            throw new ApiException(ErrorCode.WRITE_DISABLED, "write endpoints are disabled on this server", null);
        }
        String client = ctx.ip();
        AtomicInteger failed = failures.getIfPresent(client);
        if (failed != null && failed.get() >= limit) {
            throw new ApiException(
                    ErrorCode.TOO_MANY_ATTEMPTS,
                    "too many failed token attempts from this address (" + limit + " per minute); retry later",
                    "Authorization");
        }
        String header = ctx.header("Authorization");
        if (header == null || !header.startsWith("Bearer ")) {
            throw new ApiException(ErrorCode.UNAUTHORIZED, "missing 'Authorization: Bearer <token>'", "Authorization");
        }
        byte[] given = header.substring("Bearer ".length()).trim().getBytes(StandardCharsets.UTF_8);
        if (!MessageDigest.isEqual(given, token.get().getBytes(StandardCharsets.UTF_8))) {
            int count = failures.get(client, k -> new AtomicInteger()).incrementAndGet();
            LOG.warn(
                    "failed bearer token from {} on {} {} ({} in the last minute{})",
                    client,
                    ctx.method(),
                    ctx.path(),
                    count,
                    count >= limit ? "; further attempts are refused for a minute" : "");
            throw new ApiException(ErrorCode.FORBIDDEN, "the bearer token is wrong", "Authorization");
        }
    }
}
