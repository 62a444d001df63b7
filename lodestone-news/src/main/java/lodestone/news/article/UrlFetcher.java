package lodestone.news.article;

import java.net.IDN;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.UnsupportedCharsetException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eclipse.jetty.client.CompletableResponseListener;
import org.eclipse.jetty.client.ContentResponse;
import org.eclipse.jetty.client.HttpClient;
import org.eclipse.jetty.client.Request;
import org.eclipse.jetty.util.Promise;
import org.eclipse.jetty.util.SocketAddressResolver;
import org.eclipse.jetty.util.thread.QueuedThreadPool;
import org.eclipse.jetty.util.thread.ScheduledExecutorScheduler;
import org.jspecify.annotations.Nullable;

/**
 * Fetches a URL under a {@link FetchPolicy} and {@link ReadLimits}, with one shared, bounded Jetty client.
 *
 * <p>The client is started on the first fetch and owns a fixed set of threads ({@value #MAX_THREADS} at most, one
 * scheduler, one selector), whatever the number of fetches, slow or not; {@link #close} stops them. Its resolver looks
 * the host up once per connection, refuses it if any of its addresses is not public (unless the policy allows them),
 * and hands the connector exactly the addresses it checked, so the connection goes where the check said. Redirects are
 * followed by hand, each hop checked again, up to the limit. One deadline covers the whole exchange (lookups, connects,
 * redirects, headers and body); a body beyond the size limit is abandoned as soon as it passes it.
 *
 * <p>Failures to reach a site (unknown host, refused or reset connection, TLS failure, silence) all give one message,
 * so that answers do not tell an open port from a closed one.
 */
final class UrlFetcher implements AutoCloseable {
    /** The most threads the shared client uses, whatever the load. */
    static final int MAX_THREADS = 8;

    private static final Pattern CHARSET = Pattern.compile("charset=\"?([A-Za-z0-9_.:-]+)");

    private final ReadLimits limits;
    private final FetchPolicy policy;
    private @Nullable HttpClient client;
    private boolean closed;

    UrlFetcher(ReadLimits limits, FetchPolicy policy) {
        this.limits = limits;
        this.policy = policy;
    }

    /** What a fetch returned; passed straight to the parser, never compared or hashed. */
    @SuppressWarnings("ArrayRecordComponent")
    record Fetched(URI finalUri, String contentType, Optional<Charset> charset, byte[] body) {}

    /** A host refused by the policy; carried through Jetty's promise to the fetch. */
    static final class RefusedHost extends RuntimeException {
        private static final long serialVersionUID = 1L;

        RefusedHost(String message) {
            super(message, null, false, false);
        }
    }

    Fetched fetch(URI url) {
        long deadline = System.nanoTime() + limits.totalTimeout().toNanos();
        URI current = url;
        for (int hop = 0; ; hop++) {
            requireFetchable(current, url);
            ContentResponse response = exchange(current, url, deadline);
            int status = response.getStatus();
            if (status >= 300 && status < 400 && status != 304) {
                if (hop >= limits.maxRedirects()) {
                    throw new ArticleException(
                            "URL " + url + " redirected more than " + limits.maxRedirects() + " times (last to "
                                    + current + ").\nMaybe it redirects in a loop; open it in a browser to see"
                                    + " where it ends.",
                            null);
                }
                String location = response.getHeaders().get("Location");
                if (location == null) {
                    throw new ArticleException(
                            "URL " + url + " answered " + status + " without a Location header.", null);
                }
                current = resolveLocation(current, location, url);
                continue;
            }
            if (status != 200) {
                throw new ArticleException("URL " + url + " answered HTTP " + status + " (" + current + ").", null);
            }
            String type = Optional.ofNullable(response.getHeaders().get("Content-Type"))
                    .orElse("text/plain");
            return new Fetched(current, type, charset(type), response.getContent());
        }
    }

    private static URI resolveLocation(URI current, String location, URI original) {
        try {
            return current.resolve(location.trim());
        } catch (IllegalArgumentException e) {
            throw new ArticleException("URL " + original + " redirected to a malformed location.", null);
        }
    }

    /**
     * Checks a URL before any connection: http or https, a host, no credentials, a port in range, and a host that is
     * not a refused literal address or a non-canonical numeric form. Names are checked when they are resolved.
     */
    void requireFetchable(URI uri, URI original) {
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            throw new ArticleException("URL " + original + " leads to " + uri + ", which is not http or https.", null);
        }
        String host = uri.getHost();
        if (host == null && uri.getRawAuthority() != null) {
            // java.net.URI leaves the host empty for forms such as 127.1 and 0x7f.1
            String authority = uri.getRawAuthority().replaceFirst("^.*@", "").replaceFirst(":[0-9]*$", "");
            AddressRules.refusedHostText(authority).ifPresent(kind -> {
                throw refused(original, kind);
            });
        }
        if (host == null || host.isEmpty()) {
            throw new ArticleException(
                    "URL " + original + (uri.equals(original) ? "" : " leads to " + uri)
                            + ", which has no valid host name.\nMaybe it is missing or contains a character not"
                            + " allowed in host names.",
                    null);
        }
        if (uri.getRawUserInfo() != null) {
            throw new ArticleException(
                    "URL " + original + " carries credentials (user@host), which are not sent.", null);
        }
        if (uri.getPort() > 65_535) {
            throw new ArticleException("URL " + original + " names port " + uri.getPort() + ", beyond 65535.", null);
        }
        Optional<String> text = AddressRules.refusedHostText(host);
        if (text.isPresent()) {
            throw refused(original, text.get());
        }
        if (host.startsWith("[")) {
            String literal = host.substring(1, host.length() - 1);
            InetAddress address;
            try {
                address = InetAddress.getByName(literal); // a literal: no lookup
            } catch (UnknownHostException e) {
                throw new ArticleException("URL " + original + " has a malformed IPv6 address.", null);
            }
            int port = uri.getPort() >= 0 ? uri.getPort() : scheme.equals("https") ? 443 : 80;
            boolean trusted = policy.trusts(new InetSocketAddress(address, port));
            if (address instanceof Inet4Address && !trusted) {
                throw refused(original, "an IPv4-mapped IPv6 address (" + literal + ")");
            }
            if (!trusted) {
                AddressRules.nonPublic(address).ifPresent(kind -> {
                    throw refused(original, kind);
                });
            }
        }
    }

    private ArticleException refused(URI original, String kind) {
        return new ArticleException(
                "URL " + original + " is not fetched: its host is " + kind + ", and this "
                        + "reader fetches public addresses only.\nMaybe paste the article's text instead; a server on"
                        + " a trusted network can allow private addresses with --allow-private-fetch.",
                null);
    }

    private ContentResponse exchange(URI uri, URI original, long deadline) {
        long remaining = deadline - System.nanoTime();
        if (remaining <= 0) {
            throw unreachable(original);
        }
        Request request = client().newRequest(uri)
                .method("GET")
                .followRedirects(false)
                .timeout(remaining, TimeUnit.NANOSECONDS)
                .agent("lodestone-news/0.1")
                .headers(h -> h.put("Accept", "text/html, text/plain;q=0.9, */*;q=0.1"));
        CompletableFuture<ContentResponse> future = new CompletableResponseListener(
                        request, (int) Math.min(Integer.MAX_VALUE - 8, limits.maxBytes()))
                .send();
        try {
            // the request's own timeout ends it; the extra second only guards against a lost completion
            return future.get(remaining + TimeUnit.SECONDS.toNanos(1), TimeUnit.NANOSECONDS);
        } catch (TimeoutException e) {
            var unused = request.abort(e); // completes when the exchange is torn down; nothing waits for it
            throw unreachable(original);
        } catch (InterruptedException e) {
            var unused = request.abort(e); // completes when the exchange is torn down; nothing waits for it
            Thread.currentThread().interrupt();
            throw new ArticleException("fetching " + original + " was interrupted.", e);
        } catch (ExecutionException e) {
            for (Throwable cause = e.getCause(); cause != null; cause = cause.getCause()) {
                if (cause instanceof RefusedHost refusedHost) {
                    throw refused(original, String.valueOf(refusedHost.getMessage()));
                }
                if (cause instanceof IllegalArgumentException
                        && String.valueOf(cause.getMessage()).contains("capacity")) {
                    throw new ArticleException(
                            "URL " + original + " sent more than the limit of " + limits.maxBytes()
                                    + " bytes.\nMaybe it" + " is not a news article page.",
                            null);
                }
            }
            throw unreachable(original);
        }
    }

    /** One message for every way a site can fail to answer: it tells nothing about ports or hosts. */
    private ArticleException unreachable(URI url) {
        return new ArticleException(
                "URL " + url + " could not be fetched: no complete answer within "
                        + limits.totalTimeout().toSeconds() + " s (the site is unreachable, refused the connection or"
                        + " is too slow).\nMaybe the server is down or very slow; try again later or save the page and"
                        + " pass the file.",
                null);
    }

    private synchronized HttpClient client() {
        if (closed) {
            throw new IllegalStateException("the URL reader is closed.");
        }
        if (client == null) {
            QueuedThreadPool threads = new QueuedThreadPool(MAX_THREADS, 2);
            threads.setName("lodestone-fetch");
            threads.setDaemon(true);
            ScheduledExecutorScheduler scheduler = new ScheduledExecutorScheduler("lodestone-fetch-scheduler", true);
            HttpClient created = new HttpClient();
            created.setExecutor(threads);
            created.setScheduler(scheduler);
            created.setSocketAddressResolver(new CheckedResolver(
                    new SocketAddressResolver.Async(
                            threads, scheduler, limits.connectTimeout().toMillis()),
                    policy));
            created.setConnectTimeout(limits.connectTimeout().toMillis());
            created.setIdleTimeout(limits.totalTimeout().toMillis());
            created.setFollowRedirects(false);
            created.setMaxConnectionsPerDestination(4);
            created.setMaxRequestsQueuedPerDestination(32);
            created.setUserAgentField(null);
            created.setMaxResponseHeadersSize(32 * 1024);
            try {
                created.start();
            } catch (Exception e) { // Jetty's lifecycle declares Exception
                throw new IllegalStateException("cannot start the HTTP client: " + e.getMessage(), e);
            }
            client = created;
        }
        return client;
    }

    /** Stops the client and its threads; later fetches fail. */
    @Override
    public synchronized void close() {
        closed = true;
        if (client != null) {
            try {
                client.stop();
            } catch (Exception e) { // Jetty's lifecycle declares Exception
                throw new IllegalStateException("cannot stop the HTTP client: " + e.getMessage(), e);
            } finally {
                client = null;
            }
        }
    }

    /** Resolves once, refuses non-public hosts, and passes on exactly the addresses it checked. */
    static final class CheckedResolver implements SocketAddressResolver {
        private final SocketAddressResolver dns;
        private final FetchPolicy policy;

        CheckedResolver(SocketAddressResolver dns, FetchPolicy policy) {
            this.dns = dns;
            this.policy = policy;
        }

        @Override
        public void resolve(
                String host, int port, Map<String, Object> context, Promise<List<InetSocketAddress>> promise) {
            String name = host.startsWith("[") ? host.substring(1, host.length() - 1) : host;
            Optional<String> text = AddressRules.refusedHostText(name);
            if (text.isPresent()) {
                promise.failed(new RefusedHost(text.get()));
                return;
            }
            String ascii;
            try {
                ascii = name.contains(":") ? name : IDN.toASCII(name, IDN.USE_STD3_ASCII_RULES);
            } catch (IllegalArgumentException e) {
                promise.failed(new RefusedHost("not a valid host name (" + name + ")"));
                return;
            }
            dns.resolve(
                    ascii,
                    port,
                    context,
                    Promise.from(
                            addresses -> {
                                for (InetSocketAddress address : addresses) {
                                    if (!policy.trusts(address)) {
                                        Optional<String> kind = AddressRules.nonPublic(address.getAddress());
                                        if (kind.isPresent()) {
                                            promise.failed(
                                                    new RefusedHost(kind.get() + " (" + name + " resolves to one)"));
                                            return;
                                        }
                                    }
                                }
                                promise.succeeded(List.copyOf(addresses));
                            },
                            promise::failed));
        }
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
}
