package lodestone.news.article;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.UnsupportedCharsetException;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Flow;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Fetches a URL with {@link HttpClient}: a connect timeout, one deadline for the whole exchange (redirects, headers and
 * body), redirects followed by hand up to a limit, and a body that is abandoned as soon as it passes the size limit.
 */
final class UrlFetcher {
    private static final Pattern CHARSET = Pattern.compile("charset=\"?([A-Za-z0-9_.:-]+)");

    private final ReadLimits limits;

    UrlFetcher(ReadLimits limits) {
        this.limits = Objects.requireNonNull(limits, "limits");
    }

    /** What a fetch returned; passed straight to the parser, never compared or hashed. */
    @SuppressWarnings("ArrayRecordComponent")
    record Fetched(URI finalUri, String contentType, Optional<Charset> charset, byte[] body) {}

    Fetched fetch(URI url) {
        HttpClient client = HttpClient.newBuilder()
                .connectTimeout(limits.connectTimeout())
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
        long deadline = System.nanoTime() + limits.totalTimeout().toNanos();
        URI current = url;
        for (int hop = 0; ; hop++) {
            requireHttp(current, url);
            HttpResponse<byte[]> response = exchange(client, current, url, deadline);
            int status = response.statusCode();
            if (status >= 300 && status < 400 && status != 304) {
                if (hop >= limits.maxRedirects()) {
                    throw new ArticleException(
                            "URL " + url + " redirected more than " + limits.maxRedirects() + " times (last to "
                                    + current + ").\nMaybe it redirects in a loop; open it in a browser to see"
                                    + " where it ends.",
                            null);
                }
                String location = response.headers()
                        .firstValue("Location")
                        .orElseThrow(() -> new ArticleException(
                                "URL " + url + " answered " + status + " without a Location header.", null));
                current = current.resolve(location);
                continue;
            }
            if (status != 200) {
                throw new ArticleException("URL " + url + " answered HTTP " + status + " (" + current + ").", null);
            }
            String type = response.headers().firstValue("Content-Type").orElse("text/plain");
            return new Fetched(current, type, charset(type), response.body());
        }
    }

    private static void requireHttp(URI uri, URI original) {
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            throw new ArticleException("URL " + original + " leads to " + uri + ", which is not http or https.", null);
        }
    }

    private HttpResponse<byte[]> exchange(HttpClient client, URI uri, URI original, long deadline) {
        long remaining = deadline - System.nanoTime();
        if (remaining <= 0) {
            throw timeout(original);
        }
        HttpRequest request = HttpRequest.newBuilder(uri)
                .timeout(Duration.ofNanos(remaining))
                .header("User-Agent", "lodestone-news/0.1")
                .header("Accept", "text/html, text/plain;q=0.9, */*;q=0.1")
                .GET()
                .build();
        CompletableFuture<HttpResponse<byte[]>> future = client.sendAsync(
                request,
                info -> new LimitedBody(
                        limits.maxBytes(),
                        info.headers().firstValueAsLong("Content-Length").orElse(-1)));
        try {
            return future.get(Math.max(1, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
        } catch (TimeoutException e) {
            future.cancel(true);
            throw timeout(original);
        } catch (InterruptedException e) {
            future.cancel(true);
            Thread.currentThread().interrupt();
            throw new ArticleException("fetching " + original + " was interrupted.", e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof ArticleException article) {
                throw new ArticleException(article.getMessage().replace("{url}", original.toString()), article);
            }
            if (cause instanceof java.net.http.HttpTimeoutException) {
                throw timeout(original);
            }
            if (cause instanceof IOException && cause.getCause() instanceof ArticleException article) {
                throw new ArticleException(article.getMessage().replace("{url}", original.toString()), article);
            }
            throw new ArticleException(
                    "cannot fetch " + original + ": "
                            + (cause == null ? e : cause).getClass().getSimpleName() + " "
                            + Objects.toString((cause == null ? e : cause).getMessage(), ""),
                    cause);
        }
    }

    private ArticleException timeout(URI url) {
        return new ArticleException(
                "URL " + url + " did not answer completely within "
                        + limits.totalTimeout().toSeconds()
                        + " s.\nMaybe the server is down or very slow; try again later or save the page and pass the"
                        + " file.",
                null);
    }

    private static Optional<Charset> charset(String contentType) {
        Matcher m = CHARSET.matcher(contentType);
        if (!m.find()) {
            return Optional.empty();
        }
        try {
            return Optional.of(Charset.forName(m.group(1)));
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            return Optional.empty();
        }
    }

    /** Collects the body and fails as soon as it passes the limit, cancelling the rest of the download. */
    private static final class LimitedBody implements HttpResponse.BodySubscriber<byte[]> {
        private final long maxBytes;
        private final CompletableFuture<byte[]> result = new CompletableFuture<>();
        private final java.io.ByteArrayOutputStream buffer = new java.io.ByteArrayOutputStream();
        private Flow.Subscription subscription;

        LimitedBody(long maxBytes, long declaredLength) {
            this.maxBytes = maxBytes;
            if (declaredLength > maxBytes) {
                result.completeExceptionally(tooLarge(maxBytes, "declares " + declaredLength + " bytes"));
            }
        }

        private static ArticleException tooLarge(long maxBytes, String detail) {
            return new ArticleException(
                    "URL {url} " + detail + ", more than the limit of " + maxBytes + " bytes.\nMaybe it is not a"
                            + " news article page.",
                    null);
        }

        @Override
        public CompletionStage<byte[]> getBody() {
            return result;
        }

        @Override
        public void onSubscribe(Flow.Subscription s) {
            this.subscription = s;
            if (result.isDone()) {
                s.cancel();
            } else {
                s.request(Long.MAX_VALUE);
            }
        }

        @Override
        public void onNext(List<ByteBuffer> items) {
            if (result.isDone()) {
                return;
            }
            for (ByteBuffer item : items) {
                if (buffer.size() + (long) item.remaining() > maxBytes) {
                    subscription.cancel();
                    result.completeExceptionally(tooLarge(maxBytes, "sent more than " + maxBytes + " bytes"));
                    return;
                }
                byte[] bytes = new byte[item.remaining()];
                item.get(bytes);
                buffer.write(bytes, 0, bytes.length);
            }
        }

        @Override
        public void onError(Throwable throwable) {
            result.completeExceptionally(throwable);
        }

        @Override
        public void onComplete() {
            result.complete(buffer.toByteArray());
        }
    }
}
