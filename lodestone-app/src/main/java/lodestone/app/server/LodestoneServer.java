package lodestone.app.server;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import io.javalin.http.staticfiles.Location;
import io.javalin.json.JavalinJackson;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import lodestone.model.knowledge.KnowledgeSnapshot;
import lodestone.store.db.StoreException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The HTTP server: the JSON API under {@code /api/v1} and the dashboard, from one process. Read endpoints are open;
 * write endpoints need {@code Authorization: Bearer <token>} and are refused when no token is configured. Every
 * response carries security headers (a content security policy without inline scripts, no MIME sniffing, no
 * framing); request bodies are limited; errors are problem documents and never stack traces.
 */
public final class LodestoneServer {
    /** Largest request body accepted, in bytes. */
    public static final long MAX_BODY_BYTES = 1_000_000;

    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self';"
            + " img-src 'self' data:; connect-src 'self'; object-src 'none'; frame-ancestors 'none';"
            + " base-uri 'self'; form-action 'self'";
    private static final Logger LOG = LoggerFactory.getLogger(LodestoneServer.class);

    private final Javalin app;
    private final List<Endpoint> endpoints;
    private final ScenarioJobs scenarios;
    private final PlanJobs plans;

    /**
     * Configuration of a server.
     *
     * @param snapshots loads the current snapshot from the store (called at start and after each import)
     * @param importer writes an imported dataset into the store
     * @param archive stores checked articles (the ingest endpoint)
     * @param token the bearer token for write endpoints, if any
     * @param clock the clock for "today"
     * @param pages extra page routes (the dashboard)
     */
    public record Settings(
            Supplier<KnowledgeSnapshot> snapshots,
            DatasetImporter importer,
            ArticleArchive archive,
            Optional<String> token,
            Clock clock,
            boolean pages) {
        public Settings {
            Objects.requireNonNull(snapshots, "snapshots");
            Objects.requireNonNull(importer, "importer");
            Objects.requireNonNull(archive, "archive");
            Objects.requireNonNull(token, "token");
            Objects.requireNonNull(clock, "clock");
            token.ifPresent(t -> {
                if (t.isBlank()) {
                    throw new IllegalArgumentException("the bearer token must not be blank.");
                }
            });
        }
    }

    private LodestoneServer(Javalin app, List<Endpoint> endpoints, ScenarioJobs scenarios, PlanJobs plans) {
        this.app = app;
        this.endpoints = endpoints;
        this.scenarios = scenarios;
        this.plans = plans;
    }

    /**
     * Builds a server; call {@link #start} to listen.
     *
     * @param settings the settings
     * @return the server
     */
    public static LodestoneServer create(Settings settings) {
        ObjectMapper json = new ObjectMapper()
                .registerModule(new JavaTimeModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
        Knowledge knowledge = new Knowledge(settings.snapshots(), json);
        ScenarioJobs scenarios = new ScenarioJobs();
        PlanJobs plans = new PlanJobs();
        ApiRoutes api = new ApiRoutes(
                knowledge, settings.clock(), json, settings.importer(), settings.archive(), scenarios, plans);
        List<Endpoint> endpoints = api.endpoints();
        WebPages pages = new WebPages(knowledge, settings.clock());
        Javalin app = Javalin.create(config -> {
            config.jsonMapper(new JavalinJackson(json, false));
            config.http.maxRequestSize = MAX_BODY_BYTES;
            config.staticFiles.enableWebjars();
            config.staticFiles.add(files -> {
                files.hostedPath = "/static";
                files.directory = "/static";
                files.location = Location.CLASSPATH;
            });
            config.startup.showJavalinBanner = false;
            config.routes.before(ctx -> securityHeaders(ctx));
            for (Endpoint endpoint : endpoints) {
                if (endpoint.write()) {
                    config.routes.before(endpoint.path(), ctx -> {
                        if (HandlerType.POST.equals(ctx.method())) {
                            authorise(ctx, settings.token());
                        }
                    });
                }
                config.routes.addHttpHandler(
                        endpoint.method().equals("POST") ? HandlerType.POST : HandlerType.GET,
                        endpoint.path(),
                        endpoint.handler());
            }
            if (settings.pages()) {
                pages.register(config.routes);
            }
            config.routes.exception(
                    ApiException.class,
                    (e, ctx) -> fail(ctx, pages, e.code(), e.getMessage(), e.field(), e.problems()));
            config.routes.exception(StoreException.class, (e, ctx) -> {
                LOG.warn("store unavailable on {} {}: {}", ctx.method(), ctx.path(), e.getMessage());
                ctx.header("Retry-After", "5");
                fail(ctx, pages, ErrorCode.STORE_UNAVAILABLE, e.getMessage(), null, List.of());
            });
            config.routes.exception(Exception.class, (e, ctx) -> {
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
            config.routes.error(
                    413,
                    "*",
                    ctx -> problem(
                            ctx,
                            ErrorCode.BODY_TOO_LARGE,
                            "the request body exceeds " + MAX_BODY_BYTES + " bytes",
                            "body",
                            List.of()));
        });
        return new LodestoneServer(app, endpoints, scenarios, plans);
    }

    private static boolean isHtml(Context ctx) {
        String type = ctx.res().getContentType();
        return type != null && type.startsWith("text/html");
    }

    private static boolean isProblem(Context ctx) {
        String type = ctx.res().getContentType();
        return type != null && type.startsWith("application/problem+json");
    }

    private static void securityHeaders(Context ctx) {
        ctx.header("Content-Security-Policy", CONTENT_SECURITY_POLICY);
        ctx.header("X-Content-Type-Options", "nosniff");
        ctx.header("X-Frame-Options", "DENY");
        ctx.header("Referrer-Policy", "no-referrer");
        ctx.header("Cross-Origin-Resource-Policy", "same-origin");
    }

    private static void authorise(Context ctx, Optional<String> token) {
        if (token.isEmpty()) {
            throw new ApiException(ErrorCode.WRITE_DISABLED, "write endpoints are disabled on this server", null);
        }
        String header = ctx.header("Authorization");
        if (header == null || !header.startsWith("Bearer ")) {
            throw new ApiException(ErrorCode.UNAUTHORIZED, "missing 'Authorization: Bearer <token>'", "Authorization");
        }
        byte[] given = header.substring("Bearer ".length()).trim().getBytes(StandardCharsets.UTF_8);
        if (!MessageDigest.isEqual(given, token.get().getBytes(StandardCharsets.UTF_8))) {
            throw new ApiException(ErrorCode.FORBIDDEN, "the bearer token is wrong", "Authorization");
        }
    }

    /** Answers a failure as a problem document under /api/ and as an error page everywhere else. */
    private static void fail(
            Context ctx, WebPages pages, ErrorCode code, String detail, String field, List<?> problems) {
        if (ctx.path().startsWith("/api/")) {
            problem(ctx, code, detail, field, problems);
        } else {
            pages.error(ctx, code.status(), detail);
        }
    }

    static void problem(Context ctx, ErrorCode code, String detail, String field, List<?> problems) {
        ctx.status(code.status());
        ctx.contentType("application/problem+json");
        ctx.json(Problem.of(code, detail, ctx.path(), field, problems));
        ctx.contentType("application/problem+json");
    }

    /**
     * Starts listening.
     *
     * @param host the address to bind, 127.0.0.1 unless the user chose otherwise
     * @param port the port, or 0 for any free port
     * @return this
     */
    public LodestoneServer start(String host, int port) {
        app.start(host, port);
        return this;
    }

    /** @return the port listened on */
    public int port() {
        return app.port();
    }

    /** @return the API endpoints, as the OpenAPI document describes them */
    public List<Endpoint> endpoints() {
        return endpoints;
    }

    /** Stops listening. */
    public void stop() {
        app.stop();
        scenarios.close();
        plans.close();
    }
}
