package lodestone.app.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import lodestone.app.server.LodestoneServer;
import lodestone.app.view.NewsViews;
import lodestone.store.db.LodestoneStore;
import lodestone.store.importing.Datasets;
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
            "The server holds the database file open: run other lodestone commands with another --db while it runs."
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
        LodestoneStore store = LodestoneStore.open(options.path(), reference);
        LodestoneServer server = LodestoneServer.create(new LodestoneServer.Settings(
                        () -> {
                            synchronized (store) {
                                return store.snapshot();
                            }
                        },
                        (dataset, folder) -> {
                            ImportedDataset result = dataset.equals(Datasets.USGS_MCS)
                                    ? Datasets.usgsMcs(folder, reference)
                                    : Datasets.euCrm(folder, reference);
                            if (!result.report().hasErrors()) {
                                synchronized (store) {
                                    store.importDataset(
                                            result, folder.toAbsolutePath().toString());
                                }
                            }
                            return result;
                        },
                        report -> {
                            synchronized (store) {
                                return NewsViews.ingest(store, report);
                            }
                        },
                        token,
                        Clocks.SYSTEM,
                        true))
                .start(host, port);
        PrintWriter out = spec.commandLine().getOut();
        out.println("Lodestone is serving http://" + host + ":" + server.port() + "/ (API: /api/v1, OpenAPI:"
                + " /api/v1/openapi.json) from " + options.path() + "; write endpoints "
                + (token.isPresent() ? "enabled (bearer token)" : "disabled (no LODESTONE_TOKEN or --token-file)")
                + ". Ctrl-C stops it.");
        out.flush();
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.stop();
            store.close();
            stopped.countDown();
        }));
        stopped.await();
        return 0;
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
