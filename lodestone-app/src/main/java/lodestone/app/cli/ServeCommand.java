package lodestone.app.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.function.Function;
import lodestone.app.server.LodestoneServer;
import lodestone.app.server.ServerLimits;
import lodestone.model.knowledge.EditionChoice;
import lodestone.model.knowledge.KnowledgeSnapshot;
import lodestone.news.article.FetchPolicy;
import lodestone.report.dataset.DatasetImport;
import lodestone.report.news.NewsViews;
import lodestone.store.db.KnowledgeCache;
import lodestone.store.db.LodestoneStore;
import lodestone.store.importing.ImportProgress;
import lodestone.store.importing.ImportedDataset;
import lodestone.store.reference.ReferenceData;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code lodestone serve}: the dashboard and the REST API from one process. */
@Command(
        name = "serve",
        mixinStandardHelpOptions = true,
        description = {
            "Serve the web dashboard and the JSON API (/api/v1, described at /api/v1/openapi.json) on"
                    + " http://127.0.0.1:8080, from the embedded knowledge base. Stop with Ctrl-C.",
            "Read endpoints are open. Write endpoints (POST /api/v1/import/{dataset}) need 'Authorization: Bearer"
                    + " <token>' with the token from $LODESTONE_TOKEN or --token-file, and are refused when neither"
                    + " is set.",
            "The server reads the database once at start and opens it again only to import or ingest, so other"
                    + " lodestone commands can use the same --db while it runs; it reloads when another process"
                    + " imports.",
            "Anonymous work is bounded (check and run budgets, queues, caches); article URLs reach public addresses"
                    + " only. docs/security.md lists every limit with its default and flag."
        })
final class ServeCommand implements Callable<Integer> {
    @Option(
            names = "--db",
            paramLabel = "PATH",
            description = "DuckDB database file (default: $LODESTONE_DB, else" + " ~/.lodestone/lodestone.duckdb).")
    @Nullable
    Path db;

    @Option(
            names = "--host",
            paramLabel = "HOST",
            defaultValue = "127.0.0.1",
            description = "Address to bind" + " (default: ${DEFAULT-VALUE}; use 0.0.0.0 only on a trusted network).")
    String host;

    @Option(
            names = "--port",
            paramLabel = "PORT",
            defaultValue = "8080",
            description = "Port (default:" + " ${DEFAULT-VALUE}; 0 picks a free one).")
    int port;

    @Option(
            names = "--token-file",
            paramLabel = "PATH",
            description = "File holding the bearer token for write" + " endpoints (overrides $LODESTONE_TOKEN).")
    @Nullable
    Path tokenFile;

    @Option(
            names = "--allow-private-fetch",
            description = "Let article URLs of POST /api/v1/checks lead to loopback, private, link-local and other"
                    + " non-public addresses (refused by default; only on a trusted network).")
    boolean allowPrivateFetch;

    @Option(
            names = "--data-root",
            paramLabel = "DIR",
            description = "Folder under which POST /api/v1/import/{dataset} may read (imports through the API are"
                    + " refused without it).")
    @Nullable
    Path dataRoot;

    @Option(
            names = "--screens-dir",
            paramLabel = "DIR",
            description = "Folder of screen results directories (lodestone screen SPEC --out DIR/NAME) that the"
                    + " dashboard lists at /screens and ranks at /screens/NAME; nothing outside it is read (default:"
                    + " none, the page says how to enable it).")
    @Nullable
    Path screensDir;

    @Option(
            names = "--allowed-host",
            paramLabel = "NAME",
            description = "A host name clients use to reach the server, accepted in the Host header besides the bound"
                    + " address and the loopback names (repeatable).")
    List<String> allowedHosts = new ArrayList<>();

    @Option(
            names = "--max-run-cells",
            paramLabel = "N",
            description = "Largest scenario run, paths x months x markets (default: a quarter of the heap at 16"
                    + " bytes a cell, ${DEFAULT-VALUE} here).")
    long maxRunCells = ServerLimits.DEFAULT.maxRunCells();

    @Option(
            names = "--job-queue",
            paramLabel = "N",
            description = "Scenario runs that may wait (default: ${DEFAULT-VALUE}).")
    int jobQueue = ServerLimits.DEFAULT.jobQueue();

    @Option(
            names = "--jobs-per-client",
            paramLabel = "N",
            description = "Runs one client address may have queued or running (default: ${DEFAULT-VALUE}).")
    int jobsPerClient = ServerLimits.DEFAULT.jobsPerClient();

    @Option(
            names = "--result-ttl",
            paramLabel = "MINUTES",
            description = "How long finished runs are kept (default: ${DEFAULT-VALUE}).")
    long resultTtlMinutes = ServerLimits.DEFAULT.resultTtl().toMinutes();

    @Option(
            names = "--check-timeout",
            paramLabel = "SECONDS",
            description = "Time budget of one article check, fetch included (default: ${DEFAULT-VALUE}).")
    long checkTimeoutSeconds = ServerLimits.DEFAULT.checkTimeout().toSeconds();

    @Option(
            names = "--check-max-chars",
            paramLabel = "N",
            description = "Longest article text a check reads, in characters (default: ${DEFAULT-VALUE}).")
    int checkMaxChars = ServerLimits.DEFAULT.checkMaxChars();

    @Option(
            names = "--check-max-line-cost",
            paramLabel = "N",
            description = "Largest sum of squared line lengths of a checked article (default: ${DEFAULT-VALUE}).")
    long checkMaxLineCost = ServerLimits.DEFAULT.checkMaxLineCost();

    @Option(
            names = "--check-workers",
            paramLabel = "N",
            description = "Checks run at once (default: ${DEFAULT-VALUE}).")
    int checkWorkers = ServerLimits.DEFAULT.checkWorkers();

    @Option(
            names = "--check-queue",
            paramLabel = "N",
            description = "Checks that may wait for a worker (default: ${DEFAULT-VALUE}).")
    int checkQueue = ServerLimits.DEFAULT.checkQueue();

    @Option(
            names = "--job-threads",
            paramLabel = "N",
            description = "Threads all background work shares: scenario runs, plans and article checks, the engine's"
                    + " own threads included (default: the cores but one, at least 1; ${DEFAULT-VALUE} here). Reads"
                    + " keep the other cores.")
    int jobThreads = ServerLimits.DEFAULT.jobThreads();

    @Option(
            names = "--cache-mb",
            paramLabel = "MB",
            description = "Size bound of the response cache, in MiB (default: ${DEFAULT-VALUE}).")
    long cacheMb = ServerLimits.DEFAULT.cacheMaxBytes() / (1024 * 1024);

    @Option(
            names = "--idle-timeout",
            paramLabel = "SECONDS",
            description = "Longest silence of a connection, headers and body included (default: ${DEFAULT-VALUE}).")
    long idleTimeoutSeconds = ServerLimits.DEFAULT.idleTimeout().toSeconds();

    @Option(
            names = "--max-body-bytes",
            paramLabel = "BYTES",
            description = "Largest request body (default: ${DEFAULT-VALUE}).")
    long maxBodyBytes = ServerLimits.DEFAULT.maxBodyBytes();

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    private ServerLimits limits() {
        try {
            return ServerLimits.DEFAULT.toBuilder()
                    .maxRunCells(maxRunCells)
                    .jobQueue(jobQueue)
                    .jobsPerClient(jobsPerClient)
                    .resultTtl(Duration.ofMinutes(resultTtlMinutes))
                    .checkTimeout(Duration.ofSeconds(checkTimeoutSeconds))
                    .checkMaxChars(checkMaxChars)
                    .checkMaxLineCost(checkMaxLineCost)
                    .checkWorkers(checkWorkers)
                    .checkQueue(checkQueue)
                    .jobThreads(jobThreads)
                    .cacheMaxBytes(cacheMb * 1024 * 1024)
                    .idleTimeout(Duration.ofSeconds(idleTimeoutSeconds))
                    .maxBodyBytes(maxBodyBytes)
                    .allowedHosts(allowedHosts)
                    .build();
        } catch (IllegalArgumentException e) {
            throw new UserException(String.valueOf(e.getMessage()));
        }
    }

    @Override
    public Integer call() throws InterruptedException {
        if (port < 0 || port > 65_535) {
            throw new UserException("port (" + port + ") must be within [0, 65535].");
        }
        Optional<String> token = token();
        ServerLimits limits = limits();
        if (dataRoot != null && !Files.isDirectory(dataRoot)) {
            throw new UserException("--data-root (" + dataRoot + ") is not a folder.");
        }
        if (screensDir != null && !Files.isDirectory(screensDir)) {
            throw new UserException("--screens-dir (" + screensDir + ") is not a folder.\nMaybe create it, or point"
                    + " it at the folder that holds the --out directories of lodestone screen.");
        }
        StoreOptions options = new StoreOptions();
        options.db = db;
        ReferenceData reference = ReferenceData.load();
        Path path = options.path();
        StoreAccess access = new StoreAccess(path, reference);
        LodestoneServer.Settings settings = new LodestoneServer.Settings(
                        access::snapshot,
                        (dataset, folder) -> {
                            ImportedDataset result =
                                    DatasetImport.read(dataset, folder, reference, ImportProgress.NONE);
                            if (!result.report().hasErrors()) {
                                access.importDataset(
                                        result, folder.toAbsolutePath().toString());
                            }
                            return result;
                        },
                        report -> access.write(store -> NewsViews.ingest(store, report)),
                        token,
                        Clocks.SYSTEM,
                        true)
                .withLimits(limits)
                .withFetchPolicy(allowPrivateFetch ? FetchPolicy.ALLOW_PRIVATE : FetchPolicy.PUBLIC_ONLY)
                .withChanges(access::changed);
        if (dataRoot != null) {
            settings = settings.withDataRoot(dataRoot.toAbsolutePath());
        }
        if (screensDir != null) {
            settings = settings.withScreensDir(screensDir.toAbsolutePath());
        }
        LodestoneServer server = LodestoneServer.create(settings).start(host, port);
        PrintWriter out = spec.commandLine().getOut();
        if (!LodestoneServer.isLoopback(host)) {
            PrintWriter err = spec.commandLine().getErr();
            err.println(LodestoneServer.beyondLoopbackWarning(host));
            err.flush();
        }
        out.println("Lodestone is serving http://" + host + ":" + server.port() + "/ (API: /api/v1, OpenAPI:"
                + " /api/v1/openapi.json) from " + path + "; write endpoints "
                + (token.isPresent() ? "enabled (bearer token)" : "disabled (no LODESTONE_TOKEN or --token-file)")
                + ". Ctrl-C stops it.");
        out.flush();
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.stop();
            stopped.countDown();
        }));
        stopped.await();
        return 0;
    }

    /**
     * The server's access to the database file: opened for one read or write at a time and closed again, so that other
     * processes can use the file between requests. An import, after which the server reloads, also reads the new
     * snapshot while the file is open, and that reload takes it, so a successful import is never followed by a failed
     * reload.
     */
    static final class StoreAccess {
        /** How long a write waits for other processes' read-only opens to let go of the file. */
        static final Duration WRITE_PATIENCE = Duration.ofSeconds(10);

        private final Path path;
        private final ReferenceData reference;
        private final KnowledgeCache cache = KnowledgeCache.shared();
        private @Nullable KnowledgeSnapshot fresh;
        private LodestoneStore.@Nullable KnowledgeVersion version;
        private @Nullable FileTime seen;

        StoreAccess(Path path, ReferenceData reference) {
            this.path = path;
            this.reference = reference;
        }

        /**
         * @return the snapshot left by the last import, else one read from the file now (read-only)
         * @throws lodestone.store.db.StoreException if the file is held by a writer or cannot be opened
         */
        synchronized KnowledgeSnapshot snapshot() {
            if (fresh != null) {
                KnowledgeSnapshot taken = fresh;
                fresh = null;
                return taken;
            }
            seen = modified();
            try (LodestoneStore store = LodestoneStore.openReadOnly(path, reference)) {
                version = store.knowledgeVersion();
                return cache.snapshot(store, EditionChoice.all());
            }
        }

        /**
         * Looks for a change made by another process (a `lodestone import`, a review decision): the file's or its log's
         * modification time first, at no cost, then the knowledge version the store keeps, read-only.
         *
         * @return the new snapshot if the knowledge base changed since it was last read, else empty
         */
        synchronized Optional<KnowledgeSnapshot> changed() {
            FileTime now = modified();
            if (now.equals(seen)) {
                return Optional.empty();
            }
            try (LodestoneStore store = LodestoneStore.openReadOnly(path, reference)) {
                seen = now;
                LodestoneStore.KnowledgeVersion current = store.knowledgeVersion();
                if (current.equals(version)) {
                    return Optional.empty();
                }
                version = current;
                return Optional.of(cache.snapshot(store, EditionChoice.all()));
            }
        }

        private FileTime modified() {
            FileTime latest = FileTime.fromMillis(0);
            for (Path file : List.of(path, Path.of(path + ".wal"))) {
                try {
                    FileTime time = Files.getLastModifiedTime(file);
                    latest = time.compareTo(latest) > 0 ? time : latest;
                } catch (IOException e) {
                    // absent (no log) or unreadable: the other file decides
                }
            }
            return latest;
        }

        /**
         * @param work what to do with the open store
         * @param <T> its result
         * @return the result
         * @throws lodestone.store.db.StoreException if the file stays in use by another process or cannot be opened
         */
        synchronized <T> T write(Function<LodestoneStore, T> work) {
            try (LodestoneStore store = LodestoneStore.openForWriting(path, reference, WRITE_PATIENCE)) {
                T result = work.apply(store);
                version = store.knowledgeVersion();
                return result;
            } finally {
                seen = modified();
            }
        }

        /**
         * Writes a dataset and keeps the knowledge it leaves for the server's reload.
         *
         * @param dataset a dataset without errors
         * @param location where it was read from
         * @throws lodestone.store.db.StoreException if the file is in use by another process or cannot be opened
         */
        synchronized void importDataset(ImportedDataset dataset, String location) {
            fresh = write(store -> {
                store.importDataset(dataset, location);
                return cache.snapshot(store, EditionChoice.all());
            });
        }
    }

    private Optional<String> token() {
        if (tokenFile != null) {
            try {
                String text =
                        Files.readString(tokenFile, StandardCharsets.UTF_8).trim();
                if (text.isEmpty()) {
                    throw new UserException("the token file " + tokenFile + " is empty.");
                }
                return Optional.of(text);
            } catch (IOException e) {
                throw new UserException("cannot read the token file " + tokenFile + ": " + e.getMessage());
            }
        }
        String env = System.getenv("LODESTONE_TOKEN");
        return env == null || env.isBlank() ? Optional.empty() : Optional.of(env.trim());
    }
}
