package lodestone.news.article;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.eclipse.jetty.util.Promise;
import org.eclipse.jetty.util.SocketAddressResolver;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The outbound-fetch policy: no URL reaches loopback, private, link-local, multicast or reserved addresses, however
 * the address is written or whichever redirect leads there, and no failure tells an open port from a closed one.
 */
class FetchPolicyTest {
    private HttpServer secret;
    private HttpServer redirector;
    private final AtomicInteger secretHits = new AtomicInteger();
    private ArticleReader reader;

    @BeforeEach
    void start() throws IOException {
        secret = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        secret.createContext("/", exchange -> {
            secretHits.incrementAndGet();
            byte[] body = "<p>internal secret page</p>".getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "text/html");
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        secret.start();
        redirector = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        redirector.createContext("/to", exchange -> {
            String target = exchange.getRequestURI().getQuery();
            exchange.getResponseHeaders().add("Location", target.replace("PORT", String.valueOf(port())));
            exchange.sendResponseHeaders(302, -1);
            exchange.close();
        });
        redirector.start();
        // only the redirector is trusted: it stands for a public site whose redirects lead inside
        reader = new ArticleReader(
                ReadLimits.DEFAULT.withTotalTimeout(Duration.ofSeconds(3)),
                FetchPolicy.PUBLIC_ONLY.trusting(redirector.getAddress()));
    }

    @AfterEach
    void stop() {
        reader.close();
        secret.stop(0);
        redirector.stop(0);
    }

    private int port() {
        return secret.getAddress().getPort();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "http://127.0.0.1:PORT/",
                "http://localhost:PORT/",
                "http://LOCALHOST:PORT/",
                "http://[::1]:PORT/",
                "http://0.0.0.0:PORT/",
                "http://0:PORT/",
                "http://2130706433:PORT/",
                "http://127.1:PORT/",
                "http://0x7f.1:PORT/",
                "http://0x7f000001:PORT/",
                "http://0177.0.0.1:PORT/",
                "http://127.000.000.001:PORT/",
                "http://[::ffff:127.0.0.1]:PORT/",
                "http://[::ffff:7f00:1]:PORT/",
                "http://[::127.0.0.1]:PORT/",
                "http://[0:0:0:0:0:0:0:1]:PORT/",
                "http://169.254.169.254/latest/meta-data/",
                "http://[fe80::1]/",
                "http://10.0.0.1/",
                "http://172.16.5.4/",
                "http://192.168.1.1/",
                "http://100.64.0.1/",
                "http://[fd00::1]/",
                "http://224.0.0.1/",
                "http://[ff02::1]/",
                "http://255.255.255.255/",
                "http://240.0.0.1/",
                "http://192.0.2.1/",
                "http://[64:ff9b::7f00:1]/",
                "http://[2002:7f00:1::]/"
            })
    @Timeout(10)
    void everyNonPublicAddressIsRefusedBeforeAnyConnection(String template) {
        URI url = URI.create(template.replace("PORT", String.valueOf(port())));
        assertThatThrownBy(() -> reader.readUrl(url))
                .isInstanceOf(ArticleException.class)
                .hasMessageContaining("is not fetched: its host is")
                .hasMessageNotContaining("secret");
        assertThat(secretHits).hasValue(0);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "http://127.0.0.1:PORT/",
                "http://localhost:PORT/",
                "http://2130706433:PORT/",
                "http://0x7f.1:PORT/",
                "http://[::ffff:127.0.0.1]:PORT/",
                "http://169.254.169.254/",
                "//127.0.0.1:PORT/"
            })
    @Timeout(10)
    void everyRedirectHopIsCheckedAgain(String target) {
        URI url = URI.create("http://127.0.0.1:" + redirector.getAddress().getPort() + "/to?"
                + java.net.URLEncoder.encode(target, StandardCharsets.UTF_8));
        assertThatThrownBy(() -> reader.readUrl(url))
                .isInstanceOf(ArticleException.class)
                .hasMessageContaining("is not fetched: its host is");
        assertThat(secretHits).hasValue(0);
    }

    @Test
    void allowingPrivateAddressesReachesThem() {
        try (ArticleReader open = new ArticleReader(ReadLimits.DEFAULT, FetchPolicy.ALLOW_PRIVATE)) {
            assertThat(open.readUrl(URI.create("http://127.0.0.1:" + port() + "/"))
                            .text())
                    .isEqualTo("internal secret page");
        }
        assertThat(secretHits).hasValue(1);
    }

    @Test
    @Timeout(20)
    void aClosedPortAndASilentPortGiveTheSameMessage() throws IOException {
        int closed;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closed = socket.getLocalPort();
        }
        try (ServerSocket silent = new ServerSocket(0, 1, InetAddress.getLoopbackAddress());
                ArticleReader open = new ArticleReader(
                        ReadLimits.DEFAULT.withTotalTimeout(Duration.ofSeconds(1)), FetchPolicy.ALLOW_PRIVATE)) {
            String closedMessage = message(open, "http://127.0.0.1:" + closed + "/");
            String silentMessage = message(open, "http://127.0.0.1:" + silent.getLocalPort() + "/");
            String unknownHost = message(open, "http://no-such-host.invalid/");
            assertThat(closedMessage.replace(String.valueOf(closed), "P"))
                    .isEqualTo(silentMessage.replace(String.valueOf(silent.getLocalPort()), "P"))
                    .contains("could not be fetched: no complete answer within 1 s");
            assertThat(unknownHost).contains("could not be fetched: no complete answer within 1 s");
        }
    }

    private static String message(ArticleReader reader, String url) {
        try {
            reader.readUrl(URI.create(url));
            throw new AssertionError(url + " was fetched");
        } catch (ArticleException e) {
            return e.getMessage();
        }
    }

    @Test
    void aNameWithAnyNonPublicAddressIsRefusedAndTheCheckedAddressesAreTheOnesConnected() throws Exception {
        // a resolver that answers a public and a loopback address, as a rebinding name might
        SocketAddressResolver dns = (host, port, context, promise) -> {
            try {
                promise.succeeded(List.of(
                        new InetSocketAddress(literal("93.184.215.14"), port),
                        new InetSocketAddress(literal("127.0.0.1"), port)));
            } catch (UnknownHostException e) {
                promise.failed(e);
            }
        };
        CompletableFuture<List<InetSocketAddress>> mixed = new CompletableFuture<>();
        new UrlFetcher.CheckedResolver(dns, FetchPolicy.PUBLIC_ONLY)
                .resolve("rebind.example", 80, java.util.Map.of(), Promise.from(mixed));
        assertThatThrownBy(() -> mixed.get(1, TimeUnit.SECONDS))
                .hasCauseInstanceOf(UrlFetcher.RefusedHost.class)
                .hasMessageContaining("a loopback address");

        SocketAddressResolver publicOnly = (host, port, context, promise) -> {
            try {
                promise.succeeded(List.of(new InetSocketAddress(literal("93.184.215.14"), port)));
            } catch (UnknownHostException e) {
                promise.failed(e);
            }
        };
        CompletableFuture<List<InetSocketAddress>> checked = new CompletableFuture<>();
        new UrlFetcher.CheckedResolver(publicOnly, FetchPolicy.PUBLIC_ONLY)
                .resolve("news.example", 80, java.util.Map.of(), Promise.from(checked));
        assertThat(checked.get(1, TimeUnit.SECONDS))
                .containsExactly(new InetSocketAddress(literal("93.184.215.14"), 80));
    }

    /** An address written as a literal: no lookup happens. */
    private static InetAddress literal(String text) throws UnknownHostException {
        return InetAddress.getAllByName(text)[0];
    }

    @Test
    void publicAddressesPassAndOddNumericFormsAreNamed() throws UnknownHostException {
        List<String> allowed = new ArrayList<>();
        for (String address : List.of("8.8.8.8", "1.1.1.1", "93.184.215.14", "2606:4700:4700::1111", "2a00:1450::1")) {
            if (AddressRules.nonPublic(literal(address)).isEmpty()) {
                allowed.add(address);
            }
        }
        assertThat(allowed).hasSize(5);
        assertThat(AddressRules.refusedHostText("127.1")).isPresent();
        assertThat(AddressRules.refusedHostText("8.8.8.8")).isEmpty();
        assertThat(AddressRules.refusedHostText("1e100.net")).isEmpty();
        assertThat(AddressRules.refusedHostText("news.example")).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"http://", "http:///x", "http://a b/", "http://exa mple.com/", "ftp://example.com/"})
    void malformedUrlsAreRefusedWithTheirValue(String text) {
        assertThatThrownBy(() -> ArticleReader.parseUrl(text))
                .isInstanceOf(ArticleException.class)
                .hasMessageContaining("URL (");
    }
}
