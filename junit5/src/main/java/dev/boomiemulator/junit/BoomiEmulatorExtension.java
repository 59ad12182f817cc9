package dev.boomiemulator.junit;

import dev.boomiemulator.client.EmulatorControl;
import dev.boomiemulator.client.EmulatorRuntimeInfo;
import dev.boomiemulator.server.EmulatorConfig;
import dev.boomiemulator.server.EmulatorServer;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.platform.commons.support.AnnotationSupport;

/**
 * The JUnit 5 extension behind {@link BoomiEmulatorTest}, also usable programmatically:
 *
 * <pre>{@code
 * @RegisterExtension
 * static BoomiEmulatorExtension emulator = BoomiEmulatorExtension.builder()
 *         .fixtures("fixtures/my-account.json")
 *         .defaultFixtures(false)
 *         .frozenClock(Instant.parse("2026-01-01T00:00:00Z"))
 *         .build();
 * }</pre>
 *
 * One server per test class (a static field or the annotation) on its own port and database, so test
 * classes can run in parallel; closed after the class.
 */
public final class BoomiEmulatorExtension implements BeforeAllCallback, AfterAllCallback, BeforeEachCallback,
        AfterEachCallback, ParameterResolver {
    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(BoomiEmulatorExtension.class);

    /** {@code -Dboomi.emulator.warmup=false} turns the warm-up off (to measure it, or when every test is tiny). */
    private static final boolean WARM_UP = !"false".equals(System.getProperty("boomi.emulator.warmup"));
    private static final String REPLICAS = "boomi.emulator.replicas";

    private final Settings programmatic;
    private EmulatorRuntimeInfo registeredRuntime;

    /** Used by {@link BoomiEmulatorTest}: settings come from the annotation. */
    public BoomiEmulatorExtension() {
        this.programmatic = null;
    }

    private BoomiEmulatorExtension(Settings settings) {
        this.programmatic = settings;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** The running server's info, for a programmatically registered extension. */
    public EmulatorRuntimeInfo runtimeInfo() {
        if (registeredRuntime == null) {
            throw new IllegalStateException("the emulator starts before the first test of the class");
        }
        return registeredRuntime;
    }

    public String baseUrl() {
        return runtimeInfo().baseUrl();
    }

    public EmulatorControl control() {
        return runtimeInfo().control();
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        Settings settings = programmatic != null ? programmatic : fromAnnotation(context);
        if (WARM_UP) {
            RestAssuredWarmup.startLoading(); // overlaps the server's start
        }
        EmulatorConfig.Builder config = EmulatorConfig.builder()
                .host("127.0.0.1")
                .port(settings.port)
                .defaultFixtures(settings.defaultFixtures)
                .frozenClock(settings.frozenClock);
        settings.fixtures.forEach(resource -> config.fixture("classpath:" + resource));
        String postgres = PostgresDatabases.server();
        String database = postgres == null ? null : PostgresDatabases.create(postgres);
        if (database != null) {
            config.database(database).databaseUser(PostgresDatabases.user())
                    .databasePassword(PostgresDatabases.password());
        }
        List<EmulatorServer> servers = new ArrayList<>();
        RoundRobinProxy balancer = null;
        try {
            for (int i = 0; i < replicas(database); i++) {
                servers.add(EmulatorServer.start(config.build()));
            }
            if (servers.size() > 1) {
                balancer = RoundRobinProxy.start(servers.stream().map(EmulatorServer::baseUrl).toList());
            }
        } catch (RuntimeException e) {
            servers.forEach(EmulatorServer::close);
            if (database != null) {
                PostgresDatabases.drop(postgres, database);
            }
            throw e;
        }
        EmulatorRuntimeInfo runtime = EmulatorRuntimeInfo.of(balancer != null ? balancer.baseUrl() : servers.get(0).baseUrl());
        if (WARM_UP) {
            Warmup.run(runtime);
            RestAssuredWarmup.request(runtime.baseUrl());
        }
        context.getStore(NAMESPACE).put(Running.class, new Running(servers, balancer, runtime, settings, database));
        if (programmatic != null) {
            registeredRuntime = runtime;
        }
    }

    @Override
    public void afterAll(ExtensionContext context) {
        Running running = context.getStore(NAMESPACE).remove(Running.class, Running.class);
        if (running != null) {
            if (running.balancer != null) {
                running.balancer.close();
            }
            running.servers.forEach(EmulatorServer::close);
            if (running.database != null) {
                PostgresDatabases.drop(PostgresDatabases.server(), running.database);
            }
        }
        registeredRuntime = null;
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        Running running = running(context);
        if (running.settings.resetBetweenTests) {
            // replicas share the store, the journal and the clock: one of them resets them all
            EmulatorServer server = running.servers.get(0);
            server.reset();
            // each test sees its own requests in the journal, as it sees its own state
            server.journal().clear();
            if (running.settings.frozenClock != null) {
                server.clock().freeze(running.settings.frozenClock);
            }
        }
    }

    /** A test's fault rules end with it, whatever the class's reset setting. */
    @Override
    public void afterEach(ExtensionContext context) {
        running(context).servers.get(0).faults().clear();
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        Class<?> type = parameter.getParameter().getType();
        return type == EmulatorRuntimeInfo.class || type == EmulatorControl.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        EmulatorRuntimeInfo runtime = running(context).runtime;
        return parameter.getParameter().getType() == EmulatorControl.class ? runtime.control() : runtime;
    }

    private static Running running(ExtensionContext context) {
        for (ExtensionContext at = context; at != null; at = at.getParent().orElse(null)) {
            Running running = at.getStore(NAMESPACE).get(Running.class, Running.class);
            if (running != null) {
                return running;
            }
        }
        throw new IllegalStateException("no emulator is running for " + context.getDisplayName());
    }

    private static Settings fromAnnotation(ExtensionContext context) {
        BoomiEmulatorTest annotation = AnnotationSupport.findAnnotation(context.getRequiredTestClass(), BoomiEmulatorTest.class)
                .orElseThrow(() -> new IllegalStateException("use @BoomiEmulatorTest or register the extension with its builder"));
        Settings settings = new Settings();
        settings.fixtures.addAll(List.of(annotation.fixtures()));
        settings.defaultFixtures = annotation.defaultFixtures();
        settings.frozenClock = annotation.frozenClock().isEmpty() ? null : Instant.parse(annotation.frozenClock());
        settings.resetBetweenTests = annotation.resetBetweenTests();
        return settings;
    }

    /**
     * How many emulators to start: {@code -Dboomi.emulator.replicas=N} runs N on the one PostgreSQL database behind
     * a round-robin balancer, as a team's shared instance runs (docs/SHARED-INSTANCE.md), to show a suite passes
     * whichever replica answers each request. One otherwise.
     */
    private static int replicas(String database) {
        String text = System.getProperty(REPLICAS, "1").strip();
        int replicas;
        try {
            replicas = Integer.parseInt(text);
        } catch (NumberFormatException e) {
            throw new IllegalStateException(REPLICAS + " must be a number of emulators, got '" + text + "'");
        }
        if (replicas < 1 || replicas > 8) {
            throw new IllegalStateException(REPLICAS + " must be from 1 to 8, got " + replicas);
        }
        if (replicas > 1 && database == null) {
            throw new IllegalStateException("replicas share one database: set " + PostgresDatabases.SERVER
                    + " to a PostgreSQL server as well as " + REPLICAS);
        }
        return replicas;
    }

    /**
     * @param servers  the emulators, replicas of one store when more than one
     * @param balancer the round-robin balancer in front of the replicas, or null for one emulator
     * @param database the PostgreSQL database made for this class, or null for its private H2
     */
    private record Running(List<EmulatorServer> servers, RoundRobinProxy balancer, EmulatorRuntimeInfo runtime,
                           Settings settings, String database) {
    }

    private static final class Settings {
        private final List<String> fixtures = new ArrayList<>();
        private boolean defaultFixtures = true;
        private Instant frozenClock;
        private boolean resetBetweenTests = true;
        private int port = 0;
    }

    /** Settings for a programmatically registered emulator. */
    public static final class Builder {
        private final Settings settings = new Settings();

        /** Fixture documents or folders (with an index file) on the test classpath. */
        public Builder fixtures(String... resources) {
            settings.fixtures.addAll(List.of(resources));
            return this;
        }

        public Builder defaultFixtures(boolean load) {
            settings.defaultFixtures = load;
            return this;
        }

        public Builder frozenClock(Instant at) {
            settings.frozenClock = at;
            return this;
        }

        public Builder resetBetweenTests(boolean reset) {
            settings.resetBetweenTests = reset;
            return this;
        }

        /** A fixed port; the default 0 picks a free one. */
        public Builder port(int port) {
            settings.port = port;
            return this;
        }

        public BoomiEmulatorExtension build() {
            return new BoomiEmulatorExtension(settings);
        }
    }
}
