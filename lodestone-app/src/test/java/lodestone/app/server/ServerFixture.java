package lodestone.app.server;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.function.UnaryOperator;
import lodestone.app.TestDatabase;
import lodestone.model.knowledge.EditionChoice;
import lodestone.model.knowledge.KnowledgeSnapshot;
import lodestone.report.dataset.DatasetImport;
import lodestone.report.news.NewsViews;
import lodestone.store.db.LodestoneStore;
import lodestone.store.importing.ImportProgress;
import lodestone.store.importing.ImportedDataset;
import lodestone.store.reference.ReferenceData;
import lodestone.testkit.SharedData;

/**
 * A server on a free loopback port over a temporary database, as `lodestone serve` builds it. A database file that does
 * not exist yet starts as a copy of one prepared once per test run (the bundled baseline loaded into it), so that each
 * server opens a store the baseline is already in instead of importing it again.
 */
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
        store = LodestoneStore.open(prepared(db), reference);
        Path dataRoot = SharedData.find()
                .map(shared -> shared.resolve("data"))
                .orElse(db.toAbsolutePath().getParent());
        server = LodestoneServer.create(customise.apply(new LodestoneServer.Settings(
                                () -> knowledge(store),
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

    /**
     * A database file with the bundled baseline loaded: the prepared one copied to {@code db} when there is no file
     * there yet (a store opened on it finds the baseline current and loads nothing), else {@code db} as it is.
     *
     * @param db the database file
     * @return {@code db}
     */
    static Path prepared(Path db) {
        try {
            if (!Files.exists(db)) {
                Files.createDirectories(db.toAbsolutePath().getParent());
                Files.copy(Prepared.FILE, db);
            }
            return db;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * @return the database the command-line tests share ({@link TestDatabase}), created (the bundled baseline loaded)
     *     if no command has created it yet
     */
    static Path sharedDatabase() {
        return Prepared.FILE;
    }

    /**
     * The database prepared once per test run: the one the command-line tests share ({@link TestDatabase}), created
     * here if no command has created it yet, so that the servers and the command line answer from the same data.
     */
    private static final class Prepared {
        static final Path FILE = prepare();

        private static Path prepare() {
            if (!Files.exists(TestDatabase.PATH)) {
                LodestoneStore.open(TestDatabase.PATH, ReferenceData.load()).close();
            }
            return TestDatabase.PATH;
        }
    }

    /**
     * The knowledge a server reads from its store (every edition side by side). A copy of the prepared database whose
     * knowledge version is still the prepared file's holds the same knowledge (every write transaction draws a new
     * random token into the version), so its server gets the prepared file's snapshot, read once per test JVM, instead
     * of reading the copy's 47,000 observations and curated records again; a store written since is read as before.
     *
     * @param store the server's store
     * @return its knowledge
     */
    static KnowledgeSnapshot knowledge(LodestoneStore store) {
        if (store.knowledgeVersion().equals(PreparedKnowledge.VERSION)) {
            return PreparedKnowledge.SNAPSHOT;
        }
        return store.snapshot(EditionChoice.all());
    }

    /** The prepared database's knowledge version and snapshot, read together once per test JVM. */
    private static final class PreparedKnowledge {
        static final LodestoneStore.KnowledgeVersion VERSION;
        static final KnowledgeSnapshot SNAPSHOT;

        static {
            try (LodestoneStore prepared = LodestoneStore.openReadOnly(Prepared.FILE, ReferenceData.load())) {
                VERSION = prepared.knowledgeVersion();
                SNAPSHOT = prepared.snapshot(EditionChoice.all());
            }
        }
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
