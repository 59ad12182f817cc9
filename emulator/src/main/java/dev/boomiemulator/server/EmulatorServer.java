package dev.boomiemulator.server;

import dev.boomiemulator.accounts.AccountAccess;
import dev.boomiemulator.accounts.AccountRepository;
import dev.boomiemulator.common.ApiException;
import dev.boomiemulator.common.ApiModule;
import dev.boomiemulator.common.EmulatorClock;
import dev.boomiemulator.common.FixtureSection;
import dev.boomiemulator.common.IdGenerator;
import dev.boomiemulator.common.Json;
import dev.boomiemulator.common.AsSent;
import dev.boomiemulator.connectnow.ConnectNowModule;
import dev.boomiemulator.dataintegration.DataIntegrationModule;
import dev.boomiemulator.db.Database;
import dev.boomiemulator.db.EmulatorSettings;
import dev.boomiemulator.db.SharedClock;
import dev.boomiemulator.db.StateTransfer;
import dev.boomiemulator.db.StoreRows;
import dev.boomiemulator.db.StoreTables;
import dev.boomiemulator.fixtures.FixtureDocument;
import dev.boomiemulator.fixtures.FixtureLoader;
import dev.boomiemulator.fixtures.FixtureReader;
import dev.boomiemulator.platform.PlatformModule;
import dev.boomiemulator.platform.ratelimit.PlatformRateLimit;
import dev.boomiemulator.platform.ratelimit.RequestRateRepository;
import dev.boomiemulator.platform.xml.OfficialSchemas;
import dev.boomiemulator.server.faults.FaultRules;
import dev.boomiemulator.server.faults.SharedFaults;
import dev.boomiemulator.server.journal.JournalRecorder;
import dev.boomiemulator.server.journal.RequestJournal;
import io.javalin.Javalin;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import io.javalin.http.HttpResponseException;
import io.javalin.json.JavalinJackson;
import io.javalin.router.Endpoint;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.channels.ServerSocketChannel;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.ServerConnector;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A running emulator: one HTTP port serving every API family over one private store. Start as many as
 * you like in one JVM; each has its own database, clock and port.
 */
public final class EmulatorServer implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(EmulatorServer.class);
    /** The request attribute holding {@link System#nanoTime()} at a request's arrival, for the journal's latency. */
    private static final String ARRIVED = "emulator.arrived";
    /**
     * How many object references Jetty takes to fill a cache line, for the padding of its thread pool's counters.
     * Unless told, Jetty asks the platform MBean server whether references are compressed, and making that server
     * loaded 240 classes the emulator has no other use for: 2.5 MB of a launcher's idle RSS. With a heap under 32 GB
     * the JVM compresses references by default (4 bytes, 16 to a 64-byte line); a wrong guess only pads less or more.
     */
    private static final String JETTY_REFERENCES_PER_CACHE_LINE = "org.eclipse.jetty.util.referencesPerCacheLine";

    static {
        if (System.getProperty(JETTY_REFERENCES_PER_CACHE_LINE) == null) {
            boolean compressed = Runtime.getRuntime().maxMemory() < 32L * 1024 * 1024 * 1024;
            System.setProperty(JETTY_REFERENCES_PER_CACHE_LINE, compressed ? "16" : "8");
        }
    }

    private final Database database;
    private final EmulatorClock clock;
    private final FixtureLoader fixtures;
    private final Families families;
    private final FailureMapping failures;
    private final RequestLimits limits;
    private final Map<ApiModule, RequestValidation> validations = new LinkedHashMap<>();
    private final Javalin app;
    private final CompletableFuture<Void> storeReady;
    private final IdleMemoryReturn memory = new IdleMemoryReturn();
    private final RequestJournal journal;
    private final FaultRules faults;
    private final FaultInjection faultInjection;
    private final StateDocuments state;
    /** Where the state is saved on a clean shutdown and loaded at start, or null. */
    private final Path stateFile;
    private final ServerSocketChannel listener;
    /** Whether other emulators may share the database (PostgreSQL): then the clock is read from it per request. */
    private final boolean sharedStore;
    /** Whether this server was handed a closed server's store ({@link ParkedStores}) instead of making its own. */
    private final boolean tookOverStore;

    /**
     * {@code schemaReady}: the database's tables, being created meanwhile ({@link #start}); {@code read}: the start-up
     * documents if already read (else null); {@code handedOver}: whether the store is a closed server's, which holds
     * them loaded ({@link ParkedStores}).
     */
    private EmulatorServer(EmulatorConfig config, ServerSocketChannel listener, Database database,
                           CompletableFuture<Void> schemaReady, List<FixtureDocument> read, boolean handedOver,
                           Clock system, Random random) {
        this.tookOverStore = handedOver;
        this.listener = listener;
        this.database = database;
        sharedStore = config.database().postgres();
        clock = clockFor(config, system);
        IdGenerator ids = random == null ? new IdGenerator() : new IdGenerator(random);
        AccountRepository accounts = new AccountRepository(database.dsl());
        AccountAccess access = new AccountAccess(accounts, database.tableVersions());
        PlatformRateLimit rateLimit = new PlatformRateLimit(new RequestRateRepository(database.dsl()), clock,
                database.tableVersions());

        PlatformModule platform = new PlatformModule(database.dsl(), database.rowCounts(), access, rateLimit, ids, clock);
        List<ApiModule> apiFamilies = List.of(
                platform,
                new ConnectNowModule(database.dsl(), access, accounts, ids, clock),
                new DataIntegrationModule(database.dsl(), ids, clock));
        List<FixtureSection> sections = new ArrayList<>();
        apiFamilies.forEach(family -> sections.addAll(family.fixtureSections()));
        fixtures = new FixtureLoader(database, clock, sections);
        fixtures.afterWork(memory::workEnded);

        List<ApiModule> all = new ArrayList<>(apiFamilies);
        journal = new RequestJournal(config.journalSize(), config.journalBodyLimit());
        faults = new FaultRules(clock);
        state = new StateDocuments(new StateTransfer(database), fixtures, clock, apiFamilies);
        stateFile = config.stateFile() == null ? null : Path.of(config.stateFile());
        faultInjection = new FaultInjection(faults);
        all.add(new ControlApi(fixtures, clock, accounts, rateLimit, config.adminToken(), journal, faults, state,
                platform::coverage));
        families = new Families(all);
        failures = new FailureMapping(families);
        limits = new RequestLimits(families);
        for (ApiModule module : families.all()) {
            module.openApiDocument().ifPresent(document -> validations.put(module, new RequestValidation(module, document)));
        }

        storeReady = schemaReady.thenRunAsync(() -> {
            if (sharedStore) {
                // emulators sharing the database keep one time, one set of fault rules and one journal: all live there
                clock.share(new SharedClock(new EmulatorSettings(database.dsl())));
                faults.share(new SharedFaults(database.dsl()));
                journal.share(database.dsl());
            }
            List<FixtureDocument> documents = read != null ? read : startDocuments(config);
            if (handedOver) {
                fixtures.adoptStartupStore(documents, config.platformRateLimit());
                database.serving();
                return;
            }
            boolean first = database.initializeOnce(() -> {
                // before the fixtures, whose loading takes the snapshot a reset returns to: a reset restores this limit
                rateLimit.setRequestsPerSecond(config.platformRateLimit());
                fixtures.loadAtStart(documents, config.platformRateLimit());
                if (stateFile != null) {
                    state.loadFile(stateFile);
                }
            });
            if (!first) {
                // another emulator on this database loaded the fixtures: the store already holds them
                fixtures.joined(documents);
            }
            database.serving();
        });
        app = Javalin.create(this::configure);
    }

    /** The fixture documents a server started with {@code config} loads, in order. */
    private static List<FixtureDocument> startDocuments(EmulatorConfig config) {
        List<FixtureDocument> documents = new ArrayList<>();
        if (config.defaultFixtures()) {
            documents.addAll(FixtureReader.builtInSet());
        }
        config.fixtures().forEach(location -> documents.addAll(FixtureReader.fromLocation(location)));
        return documents;
    }

    /** The rows of the copy a reset returns to: right after the start, what the start-up load made. */
    StoreRows startupRows() {
        return new StateTransfer(database).snapshotRows(StoreTables.data());
    }

    /** The clock a server started with {@code config} reads: running, or frozen where the configuration says. */
    private static EmulatorClock clockFor(EmulatorConfig config, Clock system) {
        EmulatorClock clock = new EmulatorClock(system);
        if (config.frozenClock() != null) {
            clock.freeze(config.frozenClock());
        }
        return clock;
    }

    /** As {@link FixtureLoader#loadAtStart} keys the store it loads (the frozen instant as the clock reads it). */
    private static Object startKey(EmulatorConfig config, List<FixtureDocument> documents) {
        return FixtureLoader.startKey(documents, clockFor(config, Clock.systemUTC()), config.platformRateLimit());
    }

    /** The handler that serves {@code route}: its family's ({@link ApiModule#handlerFor}), or its own. */
    private Handler routeHandler(Endpoint route) {
        ApiModule family = route.method.isHttpMethod() ? families.moduleFor(route.path) : null;
        return family == null ? route.handler : family.handlerFor(route);
    }

    /** Whether a closed server's store may be handed to this one: a private store, started from documents alone. */
    private static boolean mayTakeOver(EmulatorConfig config) {
        return config.database().url() == null && config.stateFile() == null;
    }

    /**
     * Starts a server and returns once its fixtures are loaded; fails (with the reason) if a fixture or
     * OpenAPI document is bad, or at once with {@link CannotListen} if the port is taken or the host bad.
     */
    public static EmulatorServer start(EmulatorConfig config) {
        return start(config, Clock.systemUTC(), null);
    }

    /**
     * As {@link #start(EmulatorConfig)}, its clock following {@code system} and its ids drawn from {@code random}
     * (null: a {@link java.security.SecureRandom}), for {@link DefaultStoreImage} to start two alike.
     */
    static EmulatorServer start(EmulatorConfig config, Clock system, Random random) {
        long started = System.nanoTime();
        // the port first: a taken port or a bad host fails at once, not after the fixtures (CannotListen)
        ServerSocketChannel listener = ListeningSocket.bind(config.host(), config.port());
        Database database = null;
        EmulatorServer server;
        try {
            // a closed server's store, if one started alike was kept: tables made and fixtures in, reset to them
            List<FixtureDocument> documents = null;
            if (mayTakeOver(config) && ParkedStores.any()) {
                documents = startDocuments(config);
                database = ParkedStores.take(startKey(config, documents));
            }
            boolean handedOver = database != null;
            CompletableFuture<Void> schemaReady = CompletableFuture.completedFuture(null);
            if (database == null) {
                database = new Database(config.database());
                // the tables are created while the families are built and the HTTP server starts, the fixtures loaded
                // once they are: on two cores that halves the start-up
                schemaReady = CompletableFuture.runAsync(database::createSchema);
            }
            server = new EmulatorServer(config, listener, database, schemaReady, documents, handedOver, system,
                    random);
        } catch (RuntimeException e) {
            if (database != null) {
                database.close();
            }
            closeQuietly(listener);
            throw e;
        }
        try {
            server.app.start();
            CompletableFuture<?> prepared = server.prepareInTurn();
            server.awaitStore();
            prepared.thenRun(server.memory::workEnded);
        } catch (RuntimeException e) {
            server.app.stop();
            server.database.close();
            closeQuietly(listener);
            throw e;
        }
        LOG.debug("Boomi emulator listening on {} (started in {} ms), store: {}", server.baseUrl(),
                (System.nanoTime() - started) / 1_000_000, config.database().describe());
        return server;
    }

    /**
     * The validators and Boomi's schemas, built in the background one after the other once the fixtures are in, in the
     * order clients need them: the control API's (a test's reset or fixture load follows its first health probe), the
     * Platform's, its schemas (its XML answers), the other families'. Started all at once after the fixtures, they took
     * turns on two cores, and the first health probe waited 0.3-0.4 s past "ready"; built while the fixtures loaded,
     * they took the CPU the load waited for (8 alternating launcher starts: first healthy answer 2.37 s against 2.54 s,
     * first Platform query 2.60 s against 2.68 s). The control API's was built during the load until the health probe
     * needed none (7 alternating starts: 1.93 -> 1.85 s to healthy). A request needing one not built yet has it built
     * at once ({@link RequestValidation#prepareInBackground}).
     */
    private CompletableFuture<?> prepareInTurn() {
        CompletableFuture<?> turn = storeReady.handle((done, failed) -> null);
        List<Map.Entry<ApiModule, RequestValidation>> inTurn = new ArrayList<>(validations.entrySet());
        inTurn.sort(Comparator.comparing(family -> !(family.getKey() instanceof ControlApi)));
        for (Map.Entry<ApiModule, RequestValidation> family : inTurn) {
            RequestValidation validation = family.getValue();
            turn = turn.thenCompose(done -> validation.prepareInBackground());
            if (family.getKey() instanceof PlatformModule) {
                turn = turn.thenCompose(done -> OfficialSchemas.loadInBackground());
            }
        }
        return turn;
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
        config.jetty.addConnector((jetty, http) -> {
            ServerConnector connector = new ServerConnector(jetty, new HttpConnectionFactory(http));
            try {
                connector.open(listener);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return connector;
        });
        config.jsonMapper(new JavalinJackson(Json.mapper(), false));
        config.router.ignoreTrailingSlashes = true;
        // a path served under another method answers 405 with Allow, not 404
        config.http.prefer405over404 = true;
        // Javalin copies each answer to Jetty through a fresh buffer of this size, by default Jetty's whole output
        // buffer (32 KB): that one array was a third of the bytes a GET allocated. Jetty still aggregates the writes.
        config.http.responseBufferSize = 4096;
        // BodySizeLimit sets each route's limit, in the family's shape; Javalin's own must not refuse a document first
        config.http.maxRequestSize = BodySizeLimit.DOCUMENT_BYTES;
        config.jetty.modifyHttpConfiguration(http -> {
            // read somewhat oversized requests whole, so RequestLimits answers them in the family's shape
            http.setRequestHeaderSize(RequestLimits.JETTY_HEADER_BUFFER);
        });
        JettyErrorHandler jettyErrors = new JettyErrorHandler(families);
        config.jetty.modifyServer(server -> server.setErrorHandler(jettyErrors));
        config.jetty.modifyServletContextHandler(context -> {
            context.setErrorHandler(jettyErrors);
            context.insertHandler(AdmissionLimit.handler());
            HeadAsGet.install(context);
            ByteOrderMarkSkipping.install(context);
            BodySizeLimit.install(context);
            AliasRouting.install(context, families.all());
        });
        JournalRecorder recorder = new JournalRecorder(journal);
        config.requestLogger.http((ctx, millis) -> {
            // health checks (a container probes every few seconds) would drown the real traffic
            if (ctx.path().equals(ControlApi.HEALTH)) {
                LOG.debug("{} {} {} {}ms", AsSent.method(ctx), ctx.path(), ctx.statusCode(), Math.round(millis));
            } else {
                LOG.info("{} {} {} {}ms [{}]", AsSent.method(ctx), AsSent.path(ctx), ctx.statusCode(), Math.round(millis),
                        requestId(ctx));
            }
        });

        config.routes.before(ctx -> {
            ctx.attribute(ARRIVED, System.nanoTime());
            memory.requestArrived();
            String requestId = RequestIds.choose(ctx.header(RequestIds.HEADER));
            ctx.attribute(RequestIds.ATTRIBUTE, requestId);
            ctx.header(RequestIds.HEADER, requestId);
            limits.check(ctx);
        });
        config.routes.beforeMatched(ctx -> {
            awaitStore();
            if (sharedStore) {
                clock.refresh(); // another emulator on the database may have moved it
            }
            ApiModule module = families.moduleFor(ctx.path());
            if (module != null) {
                if (!(module instanceof ControlApi)) {
                    faultInjection.apply(ctx, module);
                }
                module.authenticate(ctx);
                RequestValidation validation = validations.get(module);
                // the health probe takes no parameters and no body, so there is nothing to judge: it need not wait
                // for its document's validator, which is built once the fixtures are in (prepareInTurn)
                if (validation != null && !ctx.path().equals(ControlApi.HEALTH)) {
                    validation.validate(ctx);
                }
            }
        });
        config.routes.after(ctx -> {
            ApiModule module = families.answeringFor(ctx.path());
            if (module != null) {
                module.finishAnswer(ctx);
            }
        });
        // recorded before the answer leaves, not in the request logger after it: a client that reads the journal
        // once it has its answer must find the request there, whichever replica it asks
        config.routes.after(ctx -> {
            ApiModule family = families.answeringFor(ctx.path());
            if (family != null && !(family instanceof ControlApi)) {
                try {
                    Long arrived = ctx.attribute(ARRIVED);
                    double millis = arrived == null ? 0 : (System.nanoTime() - arrived) / 1e6;
                    recorder.record(ctx, family.familyName(), clock.instant(), millis);
                } catch (RuntimeException e) {
                    // the journal is a witness: a failure to write it down must not touch the answer
                    LOG.warn("could not record {} {} in the request journal: {}", AsSent.method(ctx), AsSent.path(ctx),
                            e.toString());
                }
            }
        });
        // Javalin asks for a route's handler on every request it routes there: each route's is made once (routes are
        // fixed once the server is up; asking the family each time was 2% of a GET's CPU)
        Map<Endpoint, Handler> routeHandlers = new ConcurrentHashMap<>();
        config.router.handlerWrapper(route -> {
            Handler made = routeHandlers.get(route);
            return made != null ? made : routeHandlers.computeIfAbsent(route, this::routeHandler);
        });
        config.routes.apiBuilder(() -> families.all().forEach(ApiModule::addRoutes));

        // every failure answers in the family's own error shape; a client mistake is never a 500
        // Javalin answers its own HttpResponseExceptions (404, 405, ...) in text unless a handler names them
        config.routes.exception(HttpResponseException.class, this::renderFailure);
        config.routes.exception(Exception.class, this::renderFailure);
        config.routes.error(404, ctx -> {
            if (ctx.result() == null) {
                render(ctx, families.error(ctx.path(), 404, noSuchResource(ctx)), Map.of());
            }
        });
        config.routes.error(405, ctx -> {
            if (ctx.result() == null) {
                render(ctx, families.error(ctx.path(), 405, methodNotAllowed(ctx)), Map.of());
            }
        });
    }

    /** The one place a failure becomes an answer (see {@link FailureMapping} for the rules). */
    private void renderFailure(Exception failure, Context ctx) {
        var clientError = failures.clientError(ctx.path(), failure);
        if (clientError.isPresent()) {
            var mapped = clientError.get();
            ApiException error = mapped.error();
            if (failure instanceof HttpResponseException && error.status() == 404) {
                error = families.error(ctx.path(), 404, noSuchResource(ctx));
            } else if (error.status() == 405) {
                error = families.error(ctx.path(), 405, methodNotAllowed(ctx));
            }
            if (mapped.worthLogging()) {
                LOG.warn("{} on {} {} [{}]: {}", error.status(), AsSent.method(ctx), AsSent.path(ctx), requestId(ctx),
                        failure.toString());
            }
            render(ctx, error, mapped.headers());
            return;
        }
        String requestId = requestId(ctx);
        LOG.error("Unexpected failure on {} {} [request id {}]", AsSent.method(ctx), AsSent.path(ctx), requestId, failure);
        render(ctx, families.error(ctx.path(), 500, "Internal emulator error (" + failure.getClass().getSimpleName()
                + "), request id " + requestId + ": this is an emulator bug; the emulator log has the details."), Map.of());
    }

    private static String noSuchResource(Context ctx) {
        return "No such resource: " + AsSent.method(ctx) + " " + AsSent.path(ctx);
    }

    private String methodNotAllowed(Context ctx) {
        String allowed = AllowedMethods.of(app.unsafe.internalRouter, ctx.path());
        ctx.header("Allow", allowed);
        return "Method " + AsSent.method(ctx) + " is not allowed on " + AsSent.path(ctx) + "; allowed: " + allowed + ".";
    }

    private static String requestId(Context ctx) {
        String requestId = ctx.attribute(RequestIds.ATTRIBUTE);
        if (requestId == null) {
            requestId = RequestIds.choose(ctx.header(RequestIds.HEADER));
            ctx.attribute(RequestIds.ATTRIBUTE, requestId);
        }
        return requestId;
    }

    private static void render(Context ctx, ApiException error, Map<String, String> extraHeaders) {
        ctx.header(RequestIds.HEADER, requestId(ctx));
        error.headers().forEach(ctx::header);
        extraHeaders.forEach(ctx::header);
        ctx.status(error.status()).json(ErrorBodies.shortened(error.body()));
    }

    public int port() {
        return app.port();
    }

    public String baseUrl() {
        return "http://localhost:" + port();
    }

    /** The address the server really listens on (a wildcard address when it listens on every interface). */
    public InetSocketAddress listenAddress() {
        try {
            return (InetSocketAddress) listener.getLocalAddress();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The fixture documents and accounts loaded so far. */
    public StartupSummary summary() {
        return StartupSummary.read(fixtures, database.dsl());
    }

    /** The fault rules in force ({@code /_emulator/faults}). */
    public FaultRules faults() {
        return faults;
    }

    /** The requests this server answered, newest first ({@code GET /_emulator/requests}). */
    public RequestJournal journal() {
        return journal;
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

    private static void closeQuietly(ServerSocketChannel channel) {
        try {
            channel.close();
        } catch (IOException ignored) {
            // the start failed already; that failure is the one to report
        }
    }

    /**
     * For a server alone in its JVM (the launcher, the Docker image): once quiet after start-up, a reset or a load,
     * give the heap that work grew back to the operating system ({@link IdleMemoryReturn}).
     */
    public void returnMemoryWhenIdle() {
        memory.enable();
        memory.workEnded();
    }

    @Override
    public void close() {
        close(true);
    }

    /**
     * Closes the server as its JVM exits (the launcher's and the image's shutdown hook): saves the state file if one
     * is set, and keeps no store for a later server, since there will be none. Resetting the store for one took 4.7 s
     * after 15 s of creates, and grew with them: a {@code docker stop} kills a container still at it after 10 s.
     */
    public void closeAtExit() {
        close(false);
    }

    private void close(boolean forALaterServer) {
        if (stateFile != null) {
            try {
                state.saveFile(stateFile);
            } catch (RuntimeException e) {
                LOG.error("could not save the state to {}", stateFile, e);
            }
        }
        memory.close();
        app.stop();
        if (!forALaterServer || !keptForALaterServer()) {
            database.close();
        }
    }

    /**
     * Keeps what the next server started alike in this JVM can take over: the start-up rows, and the store itself if
     * it can be parked. @return whether the store was parked (and so must stay open)
     */
    private boolean keptForALaterServer() {
        try {
            // at close, not once up: a process that runs one server would hold the copy for nothing (idle RSS +3-5 MB)
            fixtures.keepStartupStore();
        } catch (RuntimeException e) {
            LOG.debug("could not keep the start-up store for a later server", e);
        }
        return parked();
    }

    /** Whether this server took over a closed server's store, kept for it, instead of making its own. */
    boolean tookOverStore() {
        return tookOverStore;
    }

    /**
     * Keeps the store for the next server started alike in this JVM ({@link ParkedStores}): reset, and emptied of
     * this run's own state. Only a private store whose reset still returns exactly to what its start-up load made.
     */
    private boolean parked() {
        // null for a store given by URL, which neither loads at start as a private one does nor is handed over
        Object startedAs = fixtures.startedAsIfUnchanged();
        if (startedAs == null || stateFile != null || !storeReady.isDone() || storeReady.isCompletedExceptionally()) {
            return false;
        }
        try {
            database.restoreForAnotherServer();
        } catch (RuntimeException e) {
            LOG.debug("could not reset the store for a later server", e);
            return false;
        }
        ParkedStores.park(startedAs, database);
        return true;
    }
}
