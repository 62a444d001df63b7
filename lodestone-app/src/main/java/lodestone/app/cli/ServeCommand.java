package lodestone.app.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.function.Function;
import lodestone.app.server.LodestoneServer;
import lodestone.model.knowledge.KnowledgeSnapshot;
import lodestone.report.dataset.DatasetImport;
import lodestone.report.news.NewsViews;
import lodestone.store.db.LodestoneStore;
import lodestone.store.importing.ImportProgress;
import lodestone.store.importing.ImportedDataset;
import lodestone.store.reference.ReferenceData;
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
                    + " lodestone commands can use the same --db while it runs (DuckDB allows one process at a time:"
                    + " a command and a write that collide get a clear 'in use' error; retry)."
        })
final class ServeCommand implements Callable<Integer> {
    @Option(
            names = "--db",
            paramLabel = "PATH",
            description = "DuckDB database file (default: $LODESTONE_DB, else" + " ~/.lodestone/lodestone.duckdb).")
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
    Path tokenFile;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws InterruptedException {
        if (port < 0 || port > 65_535) {
            throw new UserException("port (" + port + ") must be within [0, 65535].");
        }
        Optional<String> token = token();
        StoreOptions options = new StoreOptions();
        options.db = db;
        ReferenceData reference = ReferenceData.load();
        Path path = options.path();
        StoreAccess access = new StoreAccess(path, reference);
        LodestoneServer server = LodestoneServer.create(new LodestoneServer.Settings(
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
                        true))
                .start(host, port);
        PrintWriter out = spec.commandLine().getOut();
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
        private final Path path;
        private final ReferenceData reference;
        private KnowledgeSnapshot fresh;

        StoreAccess(Path path, ReferenceData reference) {
            this.path = path;
            this.reference = reference;
        }

        /**
         * @return the snapshot left by the last import, else one read from the file now
         * @throws lodestone.store.db.StoreException if the file is in use by another process or cannot be opened
         */
        synchronized KnowledgeSnapshot snapshot() {
            if (fresh != null) {
                KnowledgeSnapshot taken = fresh;
                fresh = null;
                return taken;
            }
            try (LodestoneStore store = LodestoneStore.open(path, reference)) {
                return store.snapshot();
            }
        }

        /**
         * @param work what to do with the open store
         * @param <T> its result
         * @return the result
         * @throws lodestone.store.db.StoreException if the file is in use by another process or cannot be opened
         */
        synchronized <T> T write(Function<LodestoneStore, T> work) {
            try (LodestoneStore store = LodestoneStore.open(path, reference)) {
                return work.apply(store);
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
                return store.snapshot();
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
