package dev.boomiemulator.server;

import dev.boomiemulator.accounts.AccountAccess;
import dev.boomiemulator.accounts.AccountRepository;
import dev.boomiemulator.common.ApiException;
import dev.boomiemulator.common.ApiModule;
import dev.boomiemulator.common.DomainException;
import dev.boomiemulator.common.EmulatorClock;
import dev.boomiemulator.common.FixtureSection;
import dev.boomiemulator.common.IdGenerator;
import dev.boomiemulator.common.InvalidInput;
import dev.boomiemulator.common.Json;
import dev.boomiemulator.connectnow.ConnectNowModule;
import dev.boomiemulator.dataintegration.DataIntegrationModule;
import dev.boomiemulator.db.Database;
import dev.boomiemulator.fixtures.FixtureDocument;
import dev.boomiemulator.fixtures.FixtureLoader;
import dev.boomiemulator.fixtures.FixtureReader;
import dev.boomiemulator.platform.PlatformModule;
import io.javalin.Javalin;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.javalin.json.JavalinJackson;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A running emulator: one HTTP port serving every API family over one private store. Start as many as
 * you like in one JVM; each has its own database, clock and port.
 */
public final class EmulatorServer implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(EmulatorServer.class);

    private final Database database;
    private final EmulatorClock clock;
    private final FixtureLoader fixtures;
    private final List<ApiModule> modules;
    private final Map<ApiModule, RequestValidation> validations = new LinkedHashMap<>();
    private final Javalin app;
    private final CompletableFuture<Void> storeReady;

    private EmulatorServer(EmulatorConfig config) {
        database = new Database();
        clock = new EmulatorClock();
        if (config.frozenClock() != null) {
            clock.freeze(config.frozenClock());
        }
        IdGenerator ids = new IdGenerator();
        AccountRepository accounts = new AccountRepository(database.dsl());
        AccountAccess access = new AccountAccess(accounts);

        List<ApiModule> families = List.of(
                new PlatformModule(database.dsl(), access, ids, clock),
                new ConnectNowModule(database.dsl(), access, accounts, ids, clock),
                new DataIntegrationModule(database.dsl(), ids, clock));
        List<FixtureSection> sections = new ArrayList<>();
        families.forEach(family -> sections.addAll(family.fixtureSections()));
        fixtures = new FixtureLoader(database, clock, sections);

        List<ApiModule> all = new ArrayList<>(families);
        all.add(new ControlApi(fixtures, clock, accounts, config.adminToken()));
        modules = List.copyOf(all);
        for (ApiModule module : modules) {
            module.openApiDocument().ifPresent(document -> validations.put(module, new RequestValidation(module, document)));
        }

        // the store is prepared while the HTTP server starts: on two cores that halves the start-up
        storeReady = CompletableFuture.runAsync(() -> {
            database.createSchema();
            List<FixtureDocument> documents = new ArrayList<>();
            if (config.defaultFixtures()) {
                documents.addAll(FixtureReader.fromClasspath(FixtureReader.DEFAULT_SET));
            }
            config.fixtures().forEach(location -> documents.addAll(FixtureReader.fromLocation(location)));
            fixtures.load(documents);
        });
        app = Javalin.create(this::configure);
    }

    /**
     * Starts a server and returns once its fixtures are loaded; fails (with the reason) if a fixture or
     * OpenAPI document is bad or the port is taken.
     */
    public static EmulatorServer start(EmulatorConfig config) {
        long started = System.nanoTime();
        EmulatorServer server = new EmulatorServer(config);
        try {
            server.app.start(config.host(), config.port());
            server.awaitStore();
        } catch (RuntimeException e) {
            server.app.stop();
            server.database.close();
            throw e;
        }
        server.validations.values().forEach(RequestValidation::prepareInBackground);
        LOG.info("Boomi emulator listening on {} (started in {} ms)", server.baseUrl(),
                (System.nanoTime() - started) / 1_000_000);
        return server;
    }

    /** Waits for the store; a request that arrives while the fixtures load waits here too. */
    private void awaitStore() {
        try {
            storeReady.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            throw e;
        }
    }

    private void configure(JavalinConfig config) {
        config.startup.showJavalinBanner = false;
        config.jsonMapper(new JavalinJackson(Json.mapper(), false));
        config.router.ignoreTrailingSlashes = true;
        config.requestLogger.http((ctx, millis) -> {
            // health checks (a container probes every few seconds) would drown the real traffic
            if (ctx.path().equals(ControlApi.PREFIX + "/health")) {
                LOG.debug("{} {} {} {}ms", ctx.method(), ctx.path(), ctx.statusCode(), Math.round(millis));
            } else {
                LOG.info("{} {} {} {}ms", ctx.method(), ctx.path(), ctx.statusCode(), Math.round(millis));
            }
        });

        config.routes.beforeMatched(ctx -> {
            awaitStore();
            ApiModule module = moduleFor(ctx.path());
            if (module != null) {
                module.authenticate(ctx);
                RequestValidation validation = validations.get(module);
                if (validation != null) {
                    validation.validate(ctx);
                }
            }
        });
        config.routes.apiBuilder(() -> modules.forEach(ApiModule::addRoutes));

        // every failure answers in the family's own error shape; a client mistake is never a 500
        config.routes.exception(ApiException.class, (e, ctx) -> render(ctx, e));
        config.routes.exception(InvalidInput.class, (e, ctx) -> render(ctx, familyError(ctx, 400, e.getMessage())));
        config.routes.exception(DomainException.class, (e, ctx) -> render(ctx, familyError(ctx, e.status(), e.getMessage())));
        config.routes.exception(HttpResponseException.class, (e, ctx) ->
                render(ctx, familyError(ctx, e.getStatus(), httpMessage(ctx, e.getStatus(), e.getMessage()))));
        config.routes.exception(Exception.class, (e, ctx) -> {
            LOG.error("Unexpected failure on {} {}", ctx.method(), ctx.path(), e);
            render(ctx, familyError(ctx, 500, "Internal emulator error: " + e));
        });
        config.routes.error(404, ctx -> {
            if (ctx.result() == null) {
                render(ctx, familyError(ctx, 404, httpMessage(ctx, 404, "Not found")));
            }
        });
        config.routes.error(405, ctx -> {
            if (ctx.result() == null) {
                render(ctx, familyError(ctx, 405, httpMessage(ctx, 405, "Method not allowed")));
            }
        });
    }

    private static String httpMessage(Context ctx, int status, String fallback) {
        return switch (status) {
            case 404 -> "No such resource: " + ctx.method() + " " + ctx.path();
            case 405 -> "Method " + ctx.method() + " is not allowed on " + ctx.path();
            default -> fallback;
        };
    }

    private ApiException familyError(Context ctx, int status, String message) {
        ApiModule module = moduleFor(ctx.path());
        return module != null ? module.error(status, message) : new ControlException(status, message);
    }

    private ApiModule moduleFor(String path) {
        for (ApiModule module : modules) {
            String prefix = module.pathPrefix();
            if (path.equals(prefix) || path.startsWith(prefix + "/")) {
                return module;
            }
        }
        return null;
    }

    private static void render(Context ctx, ApiException error) {
        error.headers().forEach(ctx::header);
        ctx.status(error.status()).json(error.body());
    }

    public int port() {
        return app.port();
    }

    public String baseUrl() {
        return "http://localhost:" + port();
    }

    public EmulatorClock clock() {
        return clock;
    }

    /** Back to the loaded fixtures, as {@code POST /_emulator/reset} does. */
    public void reset() {
        fixtures.resetAll();
    }

    public FixtureLoader fixtures() {
        return fixtures;
    }

    @Override
    public void close() {
        app.stop();
        database.close();
    }
}
