package lodestone.app.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import lodestone.news.article.FetchPolicy;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A real server on loopback, probed as an attacker would: server-side request forgery through the check endpoint
 * (addresses, encodings, redirects), foreign Host headers, the container's own error pages, HEAD, token guessing,
 * imports outside the data root, and malformed inputs. Each test names the defect of issue 12 it proves gone.
 */
class SecurityTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path dir;

    private static ServerFixture fixture;
    private static HttpServer secret;
    private static HttpServer redirector;
    private static final AtomicInteger SECRET_HITS = new AtomicInteger();

    @BeforeAll
    static void start() throws IOException {
        secret = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        secret.createContext("/", exchange -> {
            SECRET_HITS.incrementAndGet();
            byte[] body = "<p>INTERNAL-SECRET China holds 99% of world gallium.</p>".getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "text/html");
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        secret.start();
        redirector = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        redirector.createContext("/to", exchange -> {
            String target = exchange.getRequestURI().getQuery().replace("PORT", String.valueOf(secretPort()));
            exchange.getResponseHeaders().add("Location", target);
            exchange.sendResponseHeaders(302, -1);
            exchange.close();
        });
        redirector.start();
        Path root = Files.createDirectories(dir.resolve("data-root"));
        Files.createDirectories(root.resolve("eu-crm-bad"));
        Files.writeString(root.resolve("eu-crm-bad/fact_GlobalSupplyShares&t.csv"), "FILE-SECRET-LINE,x\n1,2\n");
        Files.writeString(dir.resolve("outside.txt"), "OUTSIDE-SECRET\n");
        // the redirector stands for a public site; the secret server for something inside the network
        fixture = new ServerFixture(
                dir.resolve("s.duckdb"),
                Optional.of("s3cret"),
                settings -> settings.withFetchPolicy(FetchPolicy.PUBLIC_ONLY.trusting(redirector.getAddress()))
                        .withDataRoot(root)
                        .withLimits(ServerLimits.DEFAULT.toBuilder()
                                .failedTokenLimit(5)
                                .build()));
    }

    @AfterAll
    static void stop() {
        fixture.close();
        secret.stop(0);
        redirector.stop(0);
    }

    private static int secretPort() {
        return secret.getAddress().getPort();
    }

    private static JsonNode json(HttpResponse<String> response) throws IOException {
        return JSON.readTree(response.body());
    }

    private static HttpResponse<String> check(String url) throws Exception {
        return fixture.post(
                "/api/v1/checks", "application/json", JSON.writeValueAsString(java.util.Map.of("url", url)), null);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "http://127.0.0.1:PORT/",
                "http://localhost:PORT/",
                "http://[::1]:PORT/",
                "http://0.0.0.0:PORT/",
                "http://2130706433:PORT/",
                "http://127.1:PORT/",
                "http://0x7f.1:PORT/",
                "http://0177.0.0.1:PORT/",
                "http://[::ffff:127.0.0.1]:PORT/",
                "http://169.254.169.254/latest/meta-data/",
                "http://10.0.0.1/",
                "http://192.168.0.1/",
                "http://172.16.0.1/",
                "http://[fd00::1]/",
                "http://[fe80::1]/",
                "http://224.0.0.1/"
            })
    @Timeout(20)
    void ssrfAddressesAreRefusedWithoutAConnection(String template) throws Exception {
        assertRefusedUnfetched(check(template.replace("PORT", String.valueOf(secretPort()))));
    }

    private static void assertRefusedUnfetched(HttpResponse<String> response) throws IOException {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(422);
        assertThat(json(response).get("code").asText()).isEqualTo("bad-article");
        assertThat(json(response).get("detail").asText()).contains("is not fetched");
        assertThat(response.body()).doesNotContain("INTERNAL-SECRET");
        assertThat(SECRET_HITS).hasValue(0);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "http://127.0.0.1:PORT/",
                "http://localhost:PORT/",
                "http://2130706433:PORT/",
                "http://[::ffff:127.0.0.1]:PORT/",
                "http://169.254.169.254/"
            })
    @Timeout(20)
    void redirectsIntoTheNetworkAreRefusedAtTheHop(String target) throws Exception {
        String url = "http://127.0.0.1:" + redirector.getAddress().getPort() + "/to?"
                + URLEncoder.encode(target, StandardCharsets.UTF_8);
        assertRefusedUnfetched(check(url));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "{\"url\": \"http://\"}",
                "{\"url\": \"http://127.1/\"}",
                "{\"url\": \"http://exa mple.com/a b\"}",
                "{\"url\": \"http://[::1\"}",
                "{\"url\": \"http://example.com:99999/\"}",
                "{\"url\": \"javascript:alert(1)\"}",
                "{\"url\": 5}",
                "{\"text\": \"\"}",
                "{\"text\": \"Gallium.\", \"published\": \"2026-13-45\"}",
                "[1, 2]",
                "{\"text\": "
            })
    void malformedCheckInputsAre4xxProblems(String body) throws Exception {
        HttpResponse<String> response = fixture.post("/api/v1/checks", "application/json", body, null);
        assertThat(response.statusCode()).as(body + " -> " + response.body()).isBetween(400, 499);
        assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        assertThat(response.body()).doesNotContain("Exception");
    }

    @Test
    void aGarbageMultipartBodyOnTheCheckPageIsA4xx() throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(fixture.base() + "/check"))
                .header("Content-Type", "multipart/form-data; boundary=XYZ")
                .POST(HttpRequest.BodyPublishers.ofString("--XYZ\r\nContent-Disposition: garbage\r\n\r\n\u0000\u0001"))
                .build();
        HttpResponse<String> response = fixture.client.send(request, HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isBetween(400, 499);
        HttpRequest malformedUrl = HttpRequest.newBuilder(URI.create(fixture.base() + "/check"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("text=http%3A%2F%2F%5B%3A%3A1%2Fx"))
                .build();
        // a new client: the server closes a connection after a malformed body, and a pooled one may be that one
        HttpResponse<String> page =
                java.net.http.HttpClient.newHttpClient().send(malformedUrl, HttpResponse.BodyHandlers.ofString());
        assertThat(page.statusCode()).isBetween(400, 499);
        assertThat(page.body()).contains("malformed");
    }

    @Test
    void aForeignHostHeaderIsRefusedAndTheBoundNamesAreAccepted() throws Exception {
        String foreign = raw("GET /api/v1/minerals HTTP/1.1\r\nHost: attacker.example\r\nConnection: close\r\n\r\n");
        assertThat(foreign).startsWith("HTTP/1.1 421").contains("host-not-allowed");
        String local = raw("GET /api/v1/sources HTTP/1.1\r\nHost: localhost:" + fixture.server.port()
                + "\r\nConnection: close\r\n\r\n");
        assertThat(local).startsWith("HTTP/1.1 200");
        String file = "GET /static/css/lodestone.css HTTP/1.1\r\nConnection: close\r\nHost: ";
        assertThat(raw(file + "rebound.example\r\n\r\n")).startsWith("HTTP/1.1 421");
        assertThat(raw(file + "127.0.0.1\r\n\r\n")).startsWith("HTTP/1.1 200");
    }

    @Test
    void jettysOwnErrorsAreProblemDocumentsWithTheSecurityHeaders() throws Exception {
        List<String> answers = new ArrayList<>();
        answers.add(raw("GET /\u0001bad HTTP/1.1\r\nHost: localhost\r\n\r\n"));
        answers.add(raw("GET /" + "a".repeat(20_000) + " HTTP/1.1\r\nHost: localhost\r\n\r\n"));
        answers.add(raw("GET / HTTP/1.1\r\nHost: localhost\r\nX-Big: " + "b".repeat(20_000) + "\r\n\r\n"));
        answers.add(raw("GET / HTTP/1.1\r\nHost: localhost\r\nBad Header Line\r\n\r\n"));
        assertThat(answers.get(1)).startsWith("HTTP/1.1 414");
        assertThat(answers.get(2)).startsWith("HTTP/1.1 431");
        for (String answer : answers) {
            assertThat(answer).as(answer).matches("(?s)HTTP/1.1 4\\d\\d.*");
            assertThat(answer)
                    .as(answer)
                    .contains("Content-Type: application/problem+json")
                    .contains("Content-Security-Policy: default-src 'self'")
                    .contains("X-Content-Type-Options: nosniff")
                    .contains("\"code\":\"")
                    .doesNotContain("<html")
                    .doesNotContain("bbbbbbbbbb");
        }
    }

    @Test
    void headMirrorsGet() throws Exception {
        for (String path : List.of(
                "/api/v1/minerals", "/api/v1/nothing", "/api/v1/minerals/unobtainium", "/", "/minerals/unobtainium")) {
            int get = fixture.get(path).statusCode();
            HttpResponse<String> head = fixture.client.send(
                    HttpRequest.newBuilder(URI.create(fixture.base() + path))
                            .method("HEAD", HttpRequest.BodyPublishers.noBody())
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(head.statusCode()).as(path).isEqualTo(get);
            assertThat(head.body()).isEmpty();
        }
    }

    @Test
    void failedTokensAreLimitedPerAddress() throws Exception {
        String body = "{\"path\": \"eu-crm-bad\"}";
        for (int i = 0; i < 5; i++) {
            HttpResponse<String> refused =
                    fixture.post("/api/v1/import/eu-crm", "application/json", body, "Bearer guess" + i);
            assertThat(refused.statusCode()).isEqualTo(403);
            // answered before the body was read: the connection is not offered for the next request
            assertThat(refused.headers().firstValue("Connection")).contains("close");
        }
        HttpResponse<String> blocked = fixture.post("/api/v1/import/eu-crm", "application/json", body, "Bearer s3cret");
        assertThat(blocked.statusCode()).isEqualTo(429);
        assertThat(json(blocked).get("code").asText()).isEqualTo("too-many-attempts");
        assertThat(blocked.headers().firstValue("Retry-After")).contains("60");
    }

    @Test
    void importsStayUnderTheDataRootAndEchoNoFileContent() throws Exception {
        try (ServerFixture other = new ServerFixture(
                dir.resolve("i.duckdb"),
                Optional.of("t0ken"),
                settings -> settings.withDataRoot(dir.resolve("data-root")))) {
            for (String path :
                    List.of("../outside.txt", dir.resolve("outside.txt").toString(), "/etc", "../")) {
                HttpResponse<String> response = other.post(
                        "/api/v1/import/eu-crm",
                        "application/json",
                        JSON.writeValueAsString(java.util.Map.of("path", path)),
                        "Bearer t0ken");
                assertThat(response.statusCode())
                        .as(path + " " + response.body())
                        .isIn(400, 403);
                assertThat(response.body()).doesNotContain("OUTSIDE-SECRET").doesNotContain("root:");
            }
            HttpResponse<String> bad = other.post(
                    "/api/v1/import/eu-crm", "application/json", "{\"path\": \"eu-crm-bad\"}", "Bearer t0ken");
            assertThat(bad.statusCode()).as(bad.body()).isEqualTo(422);
            assertThat(bad.body()).doesNotContain("FILE-SECRET-LINE");
        }
        try (ServerFixture none = new ServerFixture(
                dir.resolve("n.duckdb"),
                Optional.of("t0ken"),
                settings -> new LodestoneServer.Settings(
                        settings.snapshots(),
                        settings.importer(),
                        settings.archive(),
                        settings.token(),
                        settings.clock(),
                        settings.pages()))) {
            HttpResponse<String> disabled =
                    none.post("/api/v1/import/eu-crm", "application/json", "{\"path\": \"x\"}", "Bearer t0ken");
            assertThat(disabled.statusCode()).isEqualTo(403);
            assertThat(json(disabled).get("code").asText()).isEqualTo("import-disabled");
        }
    }

    /** Sends bytes as they are (no client-side checks) and returns the whole answer. */
    private static String raw(String request) throws IOException {
        try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), fixture.server.port())) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write(request.getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            InputStream in = socket.getInputStream();
            byte[] answer = in.readNBytes(64 * 1024);
            return new String(answer, StandardCharsets.ISO_8859_1);
        }
    }
}
