package lodestone.app.server;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.function.UnaryOperator;
import lodestone.model.knowledge.EditionChoice;
import lodestone.report.dataset.DatasetImport;
import lodestone.report.news.NewsViews;
import lodestone.store.db.LodestoneStore;
import lodestone.store.importing.ImportProgress;
import lodestone.store.importing.ImportedDataset;
import lodestone.store.reference.ReferenceData;
import lodestone.testkit.SharedData;

/** A server on a free loopback port over a temporary database, as `lodestone serve` builds it. */
final class ServerFixture implements AutoCloseable {
    /** The date the tests pretend it is. */
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-30T12:00:00Z"), ZoneOffset.UTC);

    final LodestoneStore store;
    final LodestoneServer server;
    final HttpClient client =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    ServerFixture(Path db, Optional<String> token) {
        this(db, token, UnaryOperator.identity());
    }

    /**
     * @param db the database file
     * @param token the bearer token, if any
     * @param customise changes to the settings (limits, fetch policy); the data root of API imports is
     *     {@code shared/data} when it is beside the checkout, else the database's folder
     */
    ServerFixture(Path db, Optional<String> token, UnaryOperator<LodestoneServer.Settings> customise) {
        ReferenceData reference = ReferenceData.load();
        store = LodestoneStore.open(db, reference);
        Path dataRoot = SharedData.find()
                .map(shared -> shared.resolve("data"))
                .orElse(db.toAbsolutePath().getParent());
        server = LodestoneServer.create(customise.apply(new LodestoneServer.Settings(
                                () -> store.snapshot(EditionChoice.all()),
                                (dataset, folder) -> {
                                    ImportedDataset result =
                                            DatasetImport.read(dataset, folder, reference, ImportProgress.NONE);
                                    if (!result.report().hasErrors()) {
                                        store.importDataset(result, folder.toString());
                                    }
                                    return result;
                                },
                                report -> NewsViews.ingest(store, report),
                                token,
                                CLOCK,
                                true)
                        .withDataRoot(dataRoot)))
                .start("127.0.0.1", 0);
    }

    String base() {
        return "http://127.0.0.1:" + server.port();
    }

    HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return client.send(
                HttpRequest.newBuilder(URI.create(base() + path)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> post(String path, String contentType, String body, String authorization)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base() + path))
                .header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Override
    public void close() {
        server.stop();
        store.close();
    }
}
