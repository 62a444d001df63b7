package lodestone.app.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.net.InetAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Flow;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicLong;
import lodestone.news.article.Article;
import lodestone.news.extract.ExtractionLimits;
import lodestone.news.extract.LimitExceededException;
import lodestone.news.extract.NewsExtractor;
import lodestone.report.news.CheckQuery;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * A real server on loopback under the loads of issue 12: hostile articles, floods of large scenario runs, every
 * outlook key, slow clients. Each test shows the bound that holds, with limits made small so that the test is quick.
 */
class AbuseTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    private static JsonNode json(HttpResponse<String> response) throws IOException {
        return JSON.readTree(response.body());
    }

    /** One line of {@code length} characters of bare percentages: the worst case of the rule-based extractor. */
    private static String percentages(int length, int seed) {
        StringBuilder out = new StringBuilder("China world ");
        int i = seed;
        while (out.length() < length) {
            out.append(i++ % 97 + 1).append("% ");
        }
        return out.substring(0, length);
    }

    @Test
    void theExtractorGetsTheServersCharacterLimitAndTheTimeLeft() {
        ServerLimits limits =
                ServerLimits.DEFAULT.toBuilder().checkMaxChars(12_345).build();
        ExtractionLimits extraction = ArticleChecks.extractionLimits(limits, Duration.ofMillis(1_500));
        assertThat(extraction.maxChars()).isEqualTo(12_345);
        assertThat(extraction.timeLimit()).isEqualTo(Duration.ofMillis(1_500));
    }

    @Test
    void limitsHitByTheExtractorAreAnsweredWithTheLimitNamed() {
        ServerLimits limits = ServerLimits.DEFAULT;
        Article article = new Article(
                "posted text", "request body", "China banned gallium exports.", Optional.empty(), Optional.empty());
        // a real refusal from the extractor: no time at all
        LimitExceededException late = catchThrowableOfType(
                LimitExceededException.class,
                () -> NewsExtractor.bundled()
                        .extract(article, ExtractionLimits.DEFAULT.withTimeLimit(Duration.ofNanos(1))));
        ApiException timeout = ArticleChecks.refusal(CheckQuery.refusal(late), limits);
        assertThat(timeout.code()).isEqualTo(ErrorCode.CHECK_TIMEOUT);
        assertThat(timeout.code().status()).isEqualTo(503);
        assertThat(timeout.getMessage()).contains("--check-timeout").contains("stage '" + late.stage() + "'");

        LimitExceededException large = catchThrowableOfType(
                LimitExceededException.class,
                () -> NewsExtractor.bundled().extract(article, ExtractionLimits.DEFAULT.withMaxChars(10)));
        ApiException tooLarge = ArticleChecks.refusal(CheckQuery.refusal(large), limits);
        assertThat(tooLarge.code()).isEqualTo(ErrorCode.ARTICLE_TOO_LARGE);
        assertThat(tooLarge.code().status()).isEqualTo(413);
        assertThat(tooLarge.getMessage()).contains("--check-max-chars").contains("Maybe");
        assertThat(tooLarge.field()).isEqualTo("text");

        LimitExceededException sentences = catchThrowableOfType(
                LimitExceededException.class,
                () -> NewsExtractor.bundled()
                        .extract(
                                new Article(
                                        "posted text",
                                        "request body",
                                        "One.\nTwo.\nThree.",
                                        Optional.empty(),
                                        Optional.empty()),
                                ExtractionLimits.DEFAULT.withMaxSentences(2)));
        ApiException tooMany = ArticleChecks.refusal(CheckQuery.refusal(sentences), limits);
        assertThat(tooMany.code()).isEqualTo(ErrorCode.ARTICLE_TOO_LARGE);
        assertThat(tooMany.getMessage()).contains("maxSentences");
    }

    /**
     * A budget of a second (the server's least in whole seconds): each hostile article below reaches it, so the test
     * waits for the budget three times; the bounds on the answers' times are the budget and five seconds.
     */
    @Test
    @Timeout(60)
    void hostileArticlesAreAnsweredWithinTheirBudget() throws Exception {
        ServerLimits limits = ServerLimits.DEFAULT.toBuilder()
                .checkTimeout(Duration.ofSeconds(1))
                .build();
        try (ServerFixture fixture =
                new ServerFixture(dir.resolve("a.duckdb"), Optional.empty(), s -> s.withLimits(limits))) {
            // 1 MB of percentages on one line, just under the body limit: refused by size before any extraction
            String megabyte = percentages(990_000, 1);
            long start = System.nanoTime();
            HttpResponse<String> large = fixture.post(
                    "/api/v1/checks", "application/json", JSON.writeValueAsString(Map.of("text", megabyte)), null);
            assertThat(large.statusCode()).isEqualTo(413);
            assertThat(json(large).get("code").asText()).isEqualTo("article-too-large");
            assertThat(json(large).get("detail").asText())
                    .contains("--check-max-chars")
                    .contains("Maybe");
            assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(5));

            // within the size limit but one endless line: extraction is linear, so it is answered within the budget,
            // or stopped by the extractor's own deadline with the limit named (no line-length rule refuses it)
            start = System.nanoTime();
            HttpResponse<String> oneLine = fixture.post(
                    "/api/v1/checks",
                    "application/json",
                    JSON.writeValueAsString(Map.of("text", percentages(150_000, 2))),
                    null);
            assertThat(oneLine.statusCode()).as(oneLine.body()).isIn(200, 503);
            if (oneLine.statusCode() == 503) {
                assertThat(json(oneLine).get("code").asText()).isEqualTo("check-timeout");
                assertThat(json(oneLine).get("detail").asText()).contains("--check-timeout");
            }
            assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(5));

            // many long lines: answered by the deadline (or sooner)
            StringBuilder lines = new StringBuilder();
            for (int i = 0; i < 24; i++) {
                lines.append(percentages(2_000, i)).append('\n');
            }
            start = System.nanoTime();
            HttpResponse<String> slow = fixture.post(
                    "/api/v1/checks", "application/json", JSON.writeValueAsString(Map.of("text", lines)), null);
            Duration took = Duration.ofNanos(System.nanoTime() - start);
            assertThat(slow.statusCode()).as(slow.body()).isIn(200, 503);
            if (slow.statusCode() == 503) {
                assertThat(json(slow).get("code").asText()).isEqualTo("check-timeout");
                assertThat(json(slow).get("detail").asText()).contains("1 s").contains("--check-timeout");
            }
            assertThat(took).isLessThan(Duration.ofSeconds(5));

            // while the worker is busy, more checks wait in a bounded queue or are answered 503 at once
            List<CompletableFuture<HttpResponse<String>>> burst = new ArrayList<>();
            for (int i = 0; i < 12; i++) {
                burst.add(fixture.client.sendAsync(
                        HttpRequest.newBuilder(URI.create(fixture.base() + "/api/v1/checks"))
                                .header("Content-Type", "application/json")
                                .POST(HttpRequest.BodyPublishers.ofString(
                                        JSON.writeValueAsString(Map.of("text", lines))))
                                .build(),
                        HttpResponse.BodyHandlers.ofString()));
            }
            Map<Integer, Integer> statuses = new HashMap<>();
            for (CompletableFuture<HttpResponse<String>> call : burst) {
                statuses.merge(call.get().statusCode(), 1, Integer::sum);
            }
            assertThat(statuses.keySet()).isSubsetOf(200, 503);
            // reads stay quick meanwhile
            long read = System.nanoTime();
            assertThat(fixture.get("/api/v1/sources").statusCode()).isEqualTo(200);
            assertThat(Duration.ofNanos(System.nanoTime() - read)).isLessThan(Duration.ofSeconds(2));
        }
    }

    @Test
    @Timeout(120)
    void aHundredLargeRunsAreRefusedBeyondTheQueueWithoutMemoryGrowth() throws Exception {
        ServerLimits limits = ServerLimits.DEFAULT.toBuilder()
                .jobQueue(4)
                .jobsPerClient(100)
                .maxRunCells(20_000_000L)
                .build();
        try (ServerFixture fixture =
                new ServerFixture(dir.resolve("j.duckdb"), Optional.empty(), s -> s.withLimits(limits))) {
            String tooLarge = "{\"preset\": \"china-ree-2025-10-reinstated\", \"paths\": 200000, \"horizon\": 600}";
            HttpResponse<String> refused = fixture.post("/api/v1/scenarios/runs", "application/json", tooLarge, null);
            assertThat(refused.statusCode()).isEqualTo(422);
            assertThat(json(refused).get("code").asText()).isEqualTo("run-too-large");
            assertThat(json(refused).get("detail").asText())
                    .contains("20000000")
                    .contains("--max-run-cells")
                    .contains("Maybe run at most");

            // every thread of the background budget is held, as by other work, so no run starts: the accepted ones
            // wait in the queue until the server closes and drops them (a run that started would go on computing
            // after its server stopped, as the engine does not look for interruption)
            BackgroundBudget budget = fixture.server.background();
            budget.acquire(budget.threads());
            long before = usedHeapAfterGc();
            String large = "{\"preset\": \"china-ree-2025-10-reinstated\", \"paths\": 10000, \"horizon\": 120}";
            Map<Integer, Integer> statuses = new HashMap<>();
            List<String> accepted = new ArrayList<>();
            for (int i = 0; i < 100; i++) {
                HttpResponse<String> response = fixture.post("/api/v1/scenarios/runs", "application/json", large, null);
                statuses.merge(response.statusCode(), 1, Integer::sum);
                if (response.statusCode() == 202) {
                    accepted.add(json(response).get("id").asText());
                } else {
                    assertThat(json(response).get("code").asText()).isEqualTo("queue-full");
                    assertThat(response.headers().firstValue("Retry-After")).isPresent();
                }
            }
            // the queue's length was accepted, all of it waiting, and every other run refused
            assertThat(accepted).hasSize(limits.jobQueue());
            assertThat(statuses)
                    .containsExactlyInAnyOrderEntriesOf(Map.of(202, limits.jobQueue(), 503, 100 - limits.jobQueue()));
            assertThat(fixture.server.scenarios().activeCount()).isEqualTo(limits.jobQueue());
            long after = usedHeapAfterGc();
            assertThat(after - before).as("heap growth in bytes").isLessThan(64L * 1024 * 1024);
            // every accepted run can be read while queued; none is dropped
            for (String id : accepted) {
                HttpResponse<String> queued = fixture.get("/api/v1/scenarios/runs/" + id);
                assertThat(queued.statusCode()).isEqualTo(200);
                assertThat(json(queued).get("status").asText()).isEqualTo("queued");
            }
        }
    }

    @Test
    @Timeout(60)
    void aClientCannotHoldMoreRunsThanItsShareAndThePageUsesTheSameQueue() throws Exception {
        ServerLimits limits = ServerLimits.DEFAULT.toBuilder()
                .jobsPerClient(1)
                .maxRunCells(20_000_000L)
                .build();
        try (ServerFixture fixture =
                new ServerFixture(dir.resolve("p.duckdb"), Optional.empty(), s -> s.withLimits(limits))) {
            // the background budget held, as by other work: the first run waits in the queue, so the client holds one
            // run until the server closes and drops it
            BackgroundBudget budget = fixture.server.background();
            budget.acquire(budget.threads());
            String run = "{\"preset\": \"china-ree-2025-10-reinstated\", \"paths\": 20000, \"horizon\": 72}";
            HttpResponse<String> first = fixture.post("/api/v1/scenarios/runs", "application/json", run, null);
            assertThat(first.statusCode()).isEqualTo(202);
            HttpResponse<String> second = fixture.post("/api/v1/scenarios/runs", "application/json", run, null);
            HttpResponse<String> page = fixture.get("/scenarios?paths=1000&seed=3");
            assertThat(json(fixture.get("/api/v1/scenarios/runs/"
                                    + json(first).get("id").asText()))
                            .get("status")
                            .asText())
                    .isEqualTo("queued");
            assertThat(second.statusCode()).isEqualTo(429);
            assertThat(json(second).get("code").asText()).isEqualTo("too-many-jobs");
            assertThat(page.statusCode()).isEqualTo(429);
        }
    }

    @Test
    @Timeout(120)
    void plansAreAdmittedWithinTheSameQueueAndPerClientBounds() throws Exception {
        ServerLimits limits = ServerLimits.DEFAULT.toBuilder()
                .jobQueue(2)
                .jobsPerClient(2)
                .maxRunCells(20_000_000L)
                .build();
        try (ServerFixture fixture =
                new ServerFixture(dir.resolve("plans.duckdb"), Optional.empty(), s -> s.withLimits(limits))) {
            String plan = "{\"mineral\": \"dysprosium\", \"budget\": 5e9, \"paths\": 20000}";
            String tooLarge = "{\"mineral\": \"dysprosium\", \"budget\": 5e9, \"paths\": 50000, \"horizon\": 600}";
            HttpResponse<String> refused = fixture.post("/api/v1/plans", "application/json", tooLarge, null);
            assertThat(refused.statusCode()).isEqualTo(422);
            assertThat(json(refused).get("code").asText()).isEqualTo("run-too-large");
            assertThat(json(refused).get("detail").asText())
                    .contains("--max-run-cells")
                    .contains("Maybe plan with");
            // the background budget held, as by other work: no plan starts, the accepted ones wait in the queue until
            // the server closes and drops them
            BackgroundBudget budget = fixture.server.background();
            budget.acquire(budget.threads());
            Map<Integer, Integer> statuses = new HashMap<>();
            List<String> accepted = new ArrayList<>();
            for (int i = 0; i < 10; i++) {
                HttpResponse<String> response = fixture.post("/api/v1/plans", "application/json", plan, null);
                statuses.merge(response.statusCode(), 1, Integer::sum);
                if (response.statusCode() == 202) {
                    accepted.add(json(response).get("id").asText());
                } else {
                    // the client's share (2) or the queue (2 waiting) refuses the rest
                    assertThat(json(response).get("code").asText()).isIn("too-many-jobs", "queue-full");
                    assertThat(response.headers().firstValue("Content-Type"))
                            .hasValueSatisfying(type -> assertThat(type).contains("problem+json"));
                }
            }
            assertThat(accepted).hasSize(2);
            assertThat(statuses).containsExactlyInAnyOrderEntriesOf(Map.of(202, 2, 429, 8));
            assertThat(fixture.server.plans().activeCount()).isEqualTo(2);
            // a queued plan is never dropped: every accepted one can be read
            for (String id : accepted) {
                HttpResponse<String> queued = fixture.get("/api/v1/plans/" + id);
                assertThat(queued.statusCode()).isEqualTo(200);
                assertThat(json(queued).get("status").asText()).isEqualTo("queued");
            }
        }
    }

    /**
     * Three thousand distinct outlook keys, whose answers (25.6 MB in all, 8.5 KB each on average) weigh some forty
     * times the cache's bound of 600 KB (the test asserts more than twenty): the cache stays within its bound, holds
     * fewer entries than keys, and the heap grows by less than the bound and 14 MB, less than the answers would take if
     * they were all kept. (Before, 10,000 keys, 68.2 MB of answers, against a bound of 2 MB and a heap allowance of the
     * bound and 48 MB: about the same proportions, at a third of the requests.)
     */
    @Test
    @Timeout(180)
    void threeThousandOutlookKeysStayWithinTheCacheBound() throws Exception {
        long bound = 600L * 1024;
        int keys = 3_000;
        ServerLimits limits =
                ServerLimits.DEFAULT.toBuilder().cacheMaxBytes(bound).build();
        try (ServerFixture fixture =
                new ServerFixture(dir.resolve("c.duckdb"), Optional.empty(), s -> s.withLimits(limits))) {
            List<String> minerals = List.of("gallium", "germanium", "graphite", "rare-earths", "lithium", "cobalt");
            List<String> paths = new ArrayList<>();
            for (String mineral : minerals) {
                for (int from = 2000; from <= 2100 && paths.size() < keys; from++) {
                    for (int to = from; to < Math.min(2101, from + 50) && paths.size() < keys; to++) {
                        paths.add("/api/v1/outlook/" + mineral + "?from=" + from + "&to=" + to);
                    }
                }
            }
            assertThat(paths).hasSize(keys);
            fixture.get(paths.get(0));
            long before = usedHeapAfterGc();
            Semaphore inFlight = new Semaphore(8);
            AtomicLong answered = new AtomicLong();
            List<CompletableFuture<Integer>> calls = new ArrayList<>();
            for (String path : paths) {
                inFlight.acquire();
                calls.add(fixture.client
                        .sendAsync(
                                HttpRequest.newBuilder(URI.create(fixture.base() + path))
                                        .GET()
                                        .build(),
                                info -> counting(answered))
                        .thenApply(HttpResponse::statusCode)
                        .whenComplete((status, failure) -> inFlight.release()));
            }
            for (CompletableFuture<Integer> call : calls) {
                assertThat(call.get()).isEqualTo(200);
            }
            // the limit is reached: what was asked for weighs many times the bound
            assertThat(answered.get()).as("bytes answered").isGreaterThan(20 * bound);
            assertThat(fixture.server.cacheWeight()).isLessThanOrEqualTo(bound);
            assertThat(fixture.server.cacheEntries()).isLessThan(keys);
            long after = usedHeapAfterGc();
            assertThat(after - before).as("heap growth in bytes").isLessThan(bound + 14L * 1024 * 1024);
        }
    }

    @Test
    @Timeout(60)
    void silentConnectionsAreClosedAndDoNotStarveOthers() throws Exception {
        ServerLimits limits = ServerLimits.DEFAULT.toBuilder()
                .idleTimeout(Duration.ofSeconds(1))
                .build();
        try (ServerFixture fixture =
                new ServerFixture(dir.resolve("i.duckdb"), Optional.empty(), s -> s.withLimits(limits))) {
            List<Socket> slow = new ArrayList<>();
            try {
                for (int i = 0; i < 200; i++) {
                    Socket socket = new Socket(InetAddress.getLoopbackAddress(), fixture.server.port());
                    OutputStream out = socket.getOutputStream();
                    out.write("GET /api/v1/sources HTTP/1.1\r\nHost: localhost\r\nX-Slow: "
                            .getBytes(StandardCharsets.ISO_8859_1));
                    out.flush();
                    slow.add(socket);
                }
                long start = System.nanoTime();
                assertThat(fixture.get("/api/v1/sources").statusCode()).isEqualTo(200);
                assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(2));
                Socket first = slow.get(0);
                first.setSoTimeout(4_500);
                // the server closes the silent connection once it has been idle for a second: the read ends (EOF or a
                // 408 answer, then EOF) then, not at the read's own timeout
                byte[] rest = first.getInputStream().readNBytes(4096);
                assertThat(new String(rest, StandardCharsets.ISO_8859_1)).doesNotContain("200 OK");
            } finally {
                for (Socket socket : slow) {
                    socket.close();
                }
            }
        }
    }

    /** A body that is counted into {@code bytes} and not kept. */
    private static HttpResponse.BodySubscriber<Void> counting(AtomicLong bytes) {
        return HttpResponse.BodySubscribers.fromSubscriber(new Flow.Subscriber<List<ByteBuffer>>() {
            @Override
            public void onSubscribe(Flow.Subscription subscription) {
                subscription.request(Long.MAX_VALUE);
            }

            @Override
            public void onNext(List<ByteBuffer> buffers) {
                buffers.forEach(b -> bytes.addAndGet(b.remaining()));
            }

            @Override
            public void onError(Throwable failure) {}

            @Override
            public void onComplete() {}
        });
    }

    /**
     * The heap in use once collections stop freeing memory: a full collection ({@code System.gc()} waits for it) is
     * repeated until one frees less than a megabyte, at most five times, instead of three collections each followed by
     * a fixed 100 ms sleep.
     */
    private static long usedHeapAfterGc() {
        long used = Long.MAX_VALUE;
        for (int i = 0; i < 5; i++) {
            System.gc();
            long now = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
            boolean settled = used - now < 1024L * 1024;
            used = now;
            if (settled) {
                break;
            }
        }
        return used;
    }
}
