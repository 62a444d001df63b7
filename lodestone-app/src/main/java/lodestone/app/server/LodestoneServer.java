package lodestone.app.server;

import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import io.javalin.http.staticfiles.Location;
import io.javalin.json.JavalinJackson;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import lodestone.model.knowledge.KnowledgeSnapshot;
import lodestone.news.article.FetchPolicy;
import lodestone.report.QueryException;
import lodestone.store.db.StoreException;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.ServerConnector;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The HTTP server: the JSON API under {@code /api/v1} and the dashboard, from one process. Read endpoints are open;
 * write endpoints need {@code Authorization: Bearer <token>} and are refused when no token is configured. Every
 * response carries security headers (a content security policy without inline scripts, no MIME sniffing, no
 * framing); request bodies are limited; errors are problem documents and never stack traces.
 */
public final class LodestoneServer {
    /** Largest request body accepted by default, in bytes ({@link ServerLimits#maxBodyBytes}). */
    public static final long MAX_BODY_BYTES = 1_000_000;

    /** How often the server looks for a store changed by another process, in seconds. */
    static final int CHANGE_POLL_SECONDS = 2;

    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self';"
            + " img-src 'self' data:; connect-src 'self'; object-src 'none'; frame-ancestors 'none';"
            + " base-uri 'self'; form-action 'self'";
    private static final Logger LOG = LoggerFactory.getLogger(LodestoneServer.class);

    private final Settings settings;
    private final Services services;
    private final List<Endpoint> endpoints;
    private final WebPages pages;
    private final TokenGuard tokens;
    private final ScheduledExecutorService watcher;
    private @Nullable Javalin app;

    /**
     * Configuration of a server.
     *
     * @param snapshots loads the current snapshot from the store (called at start and after each import)
     * @param importer writes an imported dataset into the store
     * @param archive stores checked articles (the ingest endpoint)
     * @param token the bearer token for write endpoints, if any
     * @param clock the clock for "today"
     * @param pages extra page routes (the dashboard)
     * @param limits every bound the server enforces
     * @param fetchPolicy which addresses article URLs may lead to
     * @param dataRoot the folder under which API imports may read; none disables API imports
     * @param changes tells the server of a store changed by another process (polled; empty when unchanged)
     * @param screensDir the folder whose screen results directories the dashboard shows; none hides them
     */
    public record Settings(
            Supplier<KnowledgeSnapshot> snapshots,
            DatasetImporter importer,
            ArticleArchive archive,
            Optional<String> token,
            Clock clock,
            boolean pages,
            ServerLimits limits,
            FetchPolicy fetchPolicy,
            Optional<Path> dataRoot,
            Supplier<Optional<KnowledgeSnapshot>> changes,
            Optional<Path> screensDir) {
        public Settings {
            token.ifPresent(t -> {
                if (t.isBlank()) {
                    throw new IllegalArgumentException("the bearer token must not be blank.");
                }
            });
        }

        /**
         * Settings with the default limits, public-only fetches, no API imports and no change polling.
         *
         * @param snapshots loads the current snapshot
         * @param importer writes an imported dataset
         * @param archive stores checked articles
         * @param token the bearer token, if any
         * @param clock the clock
         * @param pages whether to serve the dashboard
         */
        public Settings(
                Supplier<KnowledgeSnapshot> snapshots,
                DatasetImporter importer,
                ArticleArchive archive,
                Optional<String> token,
                Clock clock,
                boolean pages) {
            this(
                    snapshots,
                    importer,
                    archive,
                    token,
                    clock,
                    pages,
                    ServerLimits.DEFAULT,
                    FetchPolicy.PUBLIC_ONLY,
                    Optional.empty(),
                    Optional::empty,
                    Optional.empty());
        }

        /**
         * @param value the limits
         * @return a copy with them
         */
        public Settings withLimits(ServerLimits value) {
            return withTail(value, fetchPolicy, dataRoot, changes, screensDir);
        }

        /**
         * @param value the fetch policy
         * @return a copy with it
         */
        public Settings withFetchPolicy(FetchPolicy value) {
            return withTail(limits, value, dataRoot, changes, screensDir);
        }

        /**
         * @param value the data root of API imports
         * @return a copy with it
         */
        public Settings withDataRoot(Path value) {
            return withTail(limits, fetchPolicy, Optional.of(value), changes, screensDir);
        }

        /**
         * @param value tells of a store changed by another process
         * @return a copy with it
         */
        public Settings withChanges(Supplier<Optional<KnowledgeSnapshot>> value) {
            return withTail(limits, fetchPolicy, dataRoot, value, screensDir);
        }

        /**
         * @param value the folder of screen results directories the dashboard shows
         * @return a copy with it
         */
        public Settings withScreensDir(Path value) {
            return withTail(limits, fetchPolicy, dataRoot, changes, Optional.of(value));
        }

        /** @return a copy with the same sources, token, clock and pages and these optional settings */
        private Settings withTail(
                ServerLimits newLimits,
                FetchPolicy newFetchPolicy,
                Optional<Path> newDataRoot,
                Supplier<Optional<KnowledgeSnapshot>> newChanges,
                Optional<Path> newScreensDir) {
            return new Settings(
                    snapshots,
                    importer,
                    archive,
                    token,
                    clock,
                    pages,
                    newLimits,
                    newFetchPolicy,
                    newDataRoot,
                    newChanges,
                    newScreensDir);
        }
    }

    private LodestoneServer(Settings settings) {
        this.settings = settings;
        this.services = Services.of(settings);
        this.tokens = new TokenGuard(settings.token(), settings.limits().failedTokenLimit());
        this.endpoints = new ApiRoutes(services).endpoints();
        this.pages = new WebPages(services);
        this.watcher = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "lodestone-store-watch");
            thread.setDaemon(true);
            return thread;
        });
    }

    /**
     * Builds a server; call {@link #start} to listen.
     *
     * @param settings the settings
     * @return the server
     */
    public static LodestoneServer create(Settings settings) {
        return new LodestoneServer(settings);
    }

    private Javalin build(String host, int port) {
        ServerLimits limits = settings.limits();
        HostAllowList hosts = HostAllowList.forBinding(host, limits.allowedHosts());
        return Javalin.create(config -> {
            config.jsonMapper(new JavalinJackson(services.json(), false));
            config.http.maxRequestSize = limits.maxBodyBytes();
            config.jetty.modifyHttpConfiguration(http -> {
                http.setSendServerVersion(false);
                http.setSendXPoweredBy(false);
                http.setRequestHeaderSize(8 * 1024);
                http.setIdleTimeout(limits.idleTimeout().toMillis());
            });
            config.jetty.addConnector((server, http) -> {
                ServerConnector connector = new ServerConnector(server, new HttpConnectionFactory(http));
                connector.setHost(host);
                connector.setPort(port);
                connector.setIdleTimeout(limits.idleTimeout().toMillis());
                return connector;
            });
            config.jetty.modifyServer(server -> server.setErrorHandler(new ProblemErrorHandler()));
            config.staticFiles.enableWebjars();
            config.staticFiles.add(files -> {
                files.hostedPath = "/static";
                files.directory = "/static";
                files.location = Location.CLASSPATH;
            });
            config.startup.showJavalinBanner = false;
            config.routes.before(ctx -> {
                securityHeaders(ctx);
                hosts.require(ctx.header("Host"));
            });
            for (Endpoint endpoint : endpoints) {
                if (endpoint.write()) {
                    config.routes.before(endpoint.path(), ctx -> {
                        if (HandlerType.POST.equals(ctx.method())) {
                            try {
                                tokens.authorise(ctx);
                            } catch (ApiException e) {
                                // refused before its body is read: the connection closes after the answer, so a
                                // client does not send its next request on a connection the server is closing
                                ctx.header("Connection", "close");
                                throw e;
                            }
                        }
                    });
                }
                boolean get = !endpoint.method().equals("POST");
                config.routes.addHttpHandler(
                        get ? HandlerType.GET : HandlerType.POST, endpoint.path(), endpoint.handler());
                if (get) {
                    config.routes.addHttpHandler(HandlerType.HEAD, endpoint.path(), endpoint.handler());
                }
            }
            if (settings.pages()) {
                pages.register(config.routes);
            }
            config.routes.exception(ApiException.class, (e, ctx) -> {
                if (e.code() == ErrorCode.QUEUE_FULL || e.code() == ErrorCode.CHECK_TIMEOUT) {
                    ctx.header("Retry-After", "5");
                } else if (e.code() == ErrorCode.TOO_MANY_ATTEMPTS) {
                    ctx.header("Retry-After", "60");
                }
                fail(ctx, pages, e.code(), e.getMessage(), e.field(), e.problems());
            });
            config.routes.exception(
                    QueryException.class,
                    (e, ctx) -> fail(ctx, pages, ErrorCode.of(e.error()), e.detail(), e.field(), e.problems()));
            config.routes.exception(StoreException.class, (e, ctx) -> {
                LOG.warn("store unavailable on {} {}: {}", ctx.method(), ctx.path(), e.getMessage());
                ctx.header("Retry-After", "5");
                fail(ctx, pages, ErrorCode.STORE_UNAVAILABLE, e.getMessage(), null, List.of());
            });
            config.routes.exception(io.javalin.http.HttpResponseException.class, (e, ctx) -> {
                int status = e.getStatus();
                if (status == 404) {
                    fail(ctx, pages, ErrorCode.NOT_FOUND, "nothing at " + ctx.path(), null, List.of());
                } else if (status == 413) {
                    fail(
                            ctx,
                            pages,
                            ErrorCode.BODY_TOO_LARGE,
                            "the request body exceeds " + limits.maxBodyBytes() + " bytes (--max-body-bytes)",
                            "body",
                            List.of());
                } else if (status == 405) {
                    fail(
                            ctx,
                            pages,
                            ErrorCode.METHOD_NOT_ALLOWED,
                            ctx.method() + " is not allowed on " + ctx.path(),
                            null,
                            List.of());
                } else if (status >= 500) {
                    LOG.error("failure on {} {}: {}", ctx.method(), ctx.path(), e.getMessage());
                    fail(ctx, pages, ErrorCode.INTERNAL, "an unexpected failure; see the server log", null, List.of());
                } else {
                    fail(
                            ctx,
                            pages,
                            ErrorCode.BAD_REQUEST,
                            "the request is malformed (" + status + ")",
                            null,
                            List.of());
                }
            });
            config.routes.exception(Exception.class, (e, ctx) -> {
                for (Throwable cause = e; cause != null; cause = cause.getCause()) {
                    if (cause instanceof org.eclipse.jetty.http.HttpException http && http.getCode() < 500) {
                        // a body Jetty could not parse (a garbage multipart form, say): the client's fault
                        fail(
                                ctx,
                                pages,
                                ErrorCode.BAD_REQUEST,
                                "the request body is malformed (" + http.getCode() + ")",
                                "body",
                                List.of());
                        return;
                    }
                }
                LOG.error("unexpected failure on {} {}", ctx.method(), ctx.path(), e);
                fail(ctx, pages, ErrorCode.INTERNAL, "an unexpected failure; see the server log", null, List.of());
            });
            config.routes.error(404, "*", ctx -> {
                if (ctx.path().startsWith("/api/") && !isProblem(ctx)) {
                    problem(ctx, ErrorCode.NOT_FOUND, "no resource at " + ctx.path(), null, List.of());
                } else if (!ctx.path().startsWith("/api/") && !isHtml(ctx)) {
                    pages.error(ctx, 404, "nothing at " + ctx.path());
                }
            });
            config.routes.error(
                    405,
                    "*",
                    ctx -> problem(
                            ctx,
                            ErrorCode.METHOD_NOT_ALLOWED,
                            ctx.method() + " is not allowed on " + ctx.path(),
                            null,
                            List.of()));
            config.routes.error(413, "*", ctx -> {
                if (!isProblem(ctx)) {
                    problem(
                            ctx,
                            ErrorCode.BODY_TOO_LARGE,
                            "the request body exceeds " + limits.maxBodyBytes() + " bytes (--max-body-bytes)",
                            "body",
                            List.of());
                }
            });
        });
    }

    private static boolean isHtml(Context ctx) {
        String type = ctx.res().getContentType();
        return type != null && type.startsWith("text/html");
    }

    private static boolean isProblem(Context ctx) {
        String type = ctx.res().getContentType();
        return type != null && type.startsWith("application/problem+json");
    }

    static void securityHeaders(Context ctx) {
        ctx.header("Content-Security-Policy", CONTENT_SECURITY_POLICY);
        ctx.header("X-Content-Type-Options", "nosniff");
        ctx.header("X-Frame-Options", "DENY");
        ctx.header("Referrer-Policy", "no-referrer");
        ctx.header("Cross-Origin-Resource-Policy", "same-origin");
    }

    /** Answers a failure as a problem document under /api/ and as an error page everywhere else. */
    private static void fail(
            Context ctx,
            WebPages pages,
            ErrorCode code,
            @Nullable String detail,
            @Nullable String field,
            List<?> problems) {
        if (ctx.path().startsWith("/api/")) {
            problem(ctx, code, detail, field, problems);
        } else {
            pages.error(ctx, code.status(), detail);
        }
    }

    static void problem(
            Context ctx, ErrorCode code, @Nullable String detail, @Nullable String field, List<?> problems) {
        ctx.status(code.status());
        ctx.contentType("application/problem+json");
        ctx.json(Problem.of(code, detail, ctx.path(), field, problems));
        ctx.contentType("application/problem+json");
    }

    /**
     * Starts listening. Binding beyond loopback logs a warning: every read endpoint is open to whoever can reach the
     * address.
     *
     * @param host the address to bind, 127.0.0.1 unless the user chose otherwise
     * @param port the port, or 0 for any free port
     * @return this
     */
    public synchronized LodestoneServer start(String host, int port) {
        if (app != null) {
            throw new IllegalStateException("the server is already started.");
        }
        if (!HostAllowList.isLoopback(host)) {
            LOG.warn(beyondLoopbackWarning(host));
        }
        Javalin built = build(host, port);
        app = built;
        built.start();
        // reloadIfChanged logs its own failures; the schedule ends with stop()
        var unused = watcher.scheduleWithFixedDelay(
                this::reloadIfChanged, CHANGE_POLL_SECONDS, CHANGE_POLL_SECONDS, TimeUnit.SECONDS);
        return this;
    }

    /**
     * @param host an address or host name to bind
     * @return true if it is a loopback address or {@code localhost}
     */
    public static boolean isLoopback(String host) {
        return HostAllowList.isLoopback(host);
    }

    /**
     * @param host the bound address
     * @return the warning printed when it is not a loopback address
     */
    public static String beyondLoopbackWarning(String host) {
        return "WARNING: binding " + host + ", beyond loopback: every read endpoint, the check endpoint (which fetches"
                + " URLs) and scenario runs are open to anyone who can reach this address. Put it behind a reverse"
                + " proxy with authentication, or bind 127.0.0.1; --allowed-host names the host names clients use.";
    }

    private void reloadIfChanged() {
        try {
            settings.changes().get().ifPresent(snapshot -> {
                services.knowledge().replace(snapshot);
                LOG.info("the store was changed by another process; the server now answers from the new snapshot");
            });
        } catch (RuntimeException e) {
            LOG.warn("cannot look for store changes: {}", e.getMessage());
        }
    }

    /** @return the port listened on */
    public int port() {
        Javalin started = app;
        if (started == null) {
            throw new IllegalStateException("the server is not started.");
        }
        return started.port();
    }

    /** @return the API endpoints, as the OpenAPI document describes them */
    public List<Endpoint> endpoints() {
        return endpoints;
    }

    /** @return the limits this server enforces */
    public ServerLimits limits() {
        return settings.limits();
    }

    /** @return the number of cached responses (for tests and monitoring) */
    long cacheEntries() {
        return services.knowledge().cacheEntries();
    }

    /** @return the estimated weight of the cache in bytes (for tests and monitoring) */
    long cacheWeight() {
        return services.knowledge().cacheWeight();
    }

    /** @return the scenario jobs (for tests) */
    ScenarioJobs scenarios() {
        return services.scenarios();
    }

    /** @return the plan jobs (for tests) */
    PlanJobs plans() {
        return services.plans();
    }

    /** @return the threads background work shares (for tests, which hold them to keep a job queued) */
    BackgroundBudget background() {
        return services.background();
    }

    /** Stops listening and ends every thread the server started. */
    public synchronized void stop() {
        watcher.shutdownNow();
        if (app != null) {
            app.stop();
        }
        services.close();
    }
}
