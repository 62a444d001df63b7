package lodestone.news.article;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** URLs against a local server on 127.0.0.1: pages, redirects, loops, silence and floods. */
class UrlFetchTest {
    private HttpServer server;
    private final CountDownLatch release = new CountDownLatch(1);
    private ArticleReader reader;

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.setExecutor(Executors.newFixedThreadPool(4));
        server.createContext("/article", exchange -> {
            byte[] body = ("<html><head><meta name=\"date\" content=\"2025-11-07\"></head><body><p>Cove Kaz Capital"
                            + " and Tau-Ken Samruk formed a joint venture for tungsten.</p></body></html>")
                    .getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "text/html; charset=utf-8");
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        server.createContext("/moved", exchange -> {
            exchange.getResponseHeaders().add("Location", "/article");
            exchange.sendResponseHeaders(301, -1);
            exchange.close();
        });
        server.createContext("/loop", exchange -> {
            exchange.getResponseHeaders().add("Location", "/loop");
            exchange.sendResponseHeaders(302, -1);
            exchange.close();
        });
        server.createContext("/silent", exchange -> {
            try {
                release.await(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            exchange.close();
        });
        server.createContext("/flood", exchange -> {
            exchange.getResponseHeaders().add("Content-Type", "text/plain");
            exchange.sendResponseHeaders(200, 0);
            byte[] chunk = new byte[8192];
            java.util.Arrays.fill(chunk, (byte) 'a');
            try (OutputStream out = exchange.getResponseBody()) {
                for (int i = 0; i < 100_000; i++) {
                    out.write(chunk);
                }
            } catch (IOException e) {
                // the client hung up, as it should
            }
        });
        server.createContext("/missing", exchange -> {
            exchange.sendResponseHeaders(404, -1);
            exchange.close();
        });
        server.start();
        // the test server is on loopback, which the default policy refuses (FetchPolicyTest covers that)
        reader = new ArticleReader(
                ReadLimits.DEFAULT.withTotalTimeout(Duration.ofSeconds(2)).withMaxBytes(64 * 1024),
                FetchPolicy.PUBLIC_ONLY.trusting(server.getAddress()));
    }

    @AfterEach
    void stop() {
        reader.close();
        release.countDown();
        server.stop(0);
        ((java.util.concurrent.ExecutorService) server.getExecutor()).shutdownNow();
    }

    private URI url(String path) {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + path);
    }

    @Test
    void aPageIsFetchedCleanedAndDatedAfterARedirect() {
        Article article = reader.readUrl(url("/moved"));
        assertThat(article.name()).isEqualTo("article");
        assertThat(article.location()).endsWith("/moved");
        assertThat(article.published()).contains(LocalDate.of(2025, 11, 7));
        assertThat(article.text()).startsWith("Cove Kaz Capital and Tau-Ken Samruk formed a joint venture");
    }

    @Test
    @Timeout(10)
    void endlessRedirectsEndAfterTheLimit() {
        assertThatThrownBy(() -> reader.readUrl(url("/loop")))
                .isInstanceOf(ArticleException.class)
                .hasMessageContaining("redirected more than 5 times");
    }

    @Test
    @Timeout(10)
    void aServerThatNeverAnswersTimesOut() {
        long start = System.nanoTime();
        assertThatThrownBy(() -> reader.readUrl(url("/silent")))
                .isInstanceOf(ArticleException.class)
                .hasMessageContaining("could not be fetched: no complete answer within 2 s");
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(6));
    }

    @Test
    @Timeout(30)
    void manySlowFetchesShareOneBoundedSetOfThreads() throws Exception {
        int before = Thread.activeCount();
        java.util.concurrent.ExecutorService callers = Executors.newFixedThreadPool(20);
        try {
            List<java.util.concurrent.Future<?>> calls = new java.util.ArrayList<>();
            for (int i = 0; i < 20; i++) {
                calls.add(callers.submit(() ->
                        assertThatThrownBy(() -> reader.readUrl(url("/silent"))).isInstanceOf(ArticleException.class)));
            }
            Thread.sleep(500);
            // 20 waiting callers, the server's 4 handlers, and at most the client's own bounded set
            assertThat(Thread.activeCount() - before).isLessThanOrEqualTo(20 + 4 + UrlFetcher.MAX_THREADS + 2);
            for (java.util.concurrent.Future<?> call : calls) {
                call.get();
            }
        } finally {
            callers.shutdownNow();
        }
        assertThat(threadsNamed("lodestone-fetch")).isLessThanOrEqualTo(UrlFetcher.MAX_THREADS + 1);
    }

    private static long threadsNamed(String prefix) {
        return Thread.getAllStackTraces().keySet().stream()
                .filter(t -> t.getName().startsWith(prefix))
                .count();
    }

    @Test
    @Timeout(10)
    void anEndlessBodyIsCutAtTheSizeLimit() {
        assertThatThrownBy(() -> reader.readUrl(url("/flood")))
                .isInstanceOf(ArticleException.class)
                .hasMessageContaining("more than the limit of 65536 bytes");
    }

    @Test
    void anHttpErrorIsReported() {
        assertThatThrownBy(() -> reader.readUrl(url("/missing")))
                .isInstanceOf(ArticleException.class)
                .hasMessageContaining("answered HTTP 404");
    }

    @Test
    void otherSchemesAreRefused() {
        assertThat(ArticleReader.isUrl("file:///etc/passwd")).isFalse();
        assertThat(ArticleReader.isUrl("HTTPS://example.org/a")).isTrue();
    }
}
