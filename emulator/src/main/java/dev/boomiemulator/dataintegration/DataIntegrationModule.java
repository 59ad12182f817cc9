package dev.boomiemulator.dataintegration;

import static dev.boomiemulator.dataintegration.Scope.ACTIVITY_LIST;
import static dev.boomiemulator.dataintegration.Scope.CONNECTION_DELETE;
import static dev.boomiemulator.dataintegration.Scope.CONNECTION_EDIT;
import static dev.boomiemulator.dataintegration.Scope.CONNECTION_LIST;
import static dev.boomiemulator.dataintegration.Scope.DATA_FLOW_EXECUTE;
import static dev.boomiemulator.dataintegration.Scope.DATA_FLOW_LIST;
import static dev.boomiemulator.dataintegration.Scope.DATA_FLOW_WRITE;
import static dev.boomiemulator.dataintegration.Scope.ENVIRONMENT_LIST;
import static dev.boomiemulator.dataintegration.Scope.OPERATIONS_LIST;
import static dev.boomiemulator.dataintegration.Scope.VARIABLES_EDIT;
import static dev.boomiemulator.dataintegration.Scope.VARIABLES_LIST;
import static io.javalin.apibuilder.ApiBuilder.delete;
import static io.javalin.apibuilder.ApiBuilder.get;
import static io.javalin.apibuilder.ApiBuilder.path;
import static io.javalin.apibuilder.ApiBuilder.post;
import static io.javalin.apibuilder.ApiBuilder.put;

import dev.boomiemulator.common.ApiException;
import dev.boomiemulator.common.ApiModule;
import dev.boomiemulator.common.EmulatorClock;
import dev.boomiemulator.common.FixtureSection;
import dev.boomiemulator.common.IdGenerator;
import dev.boomiemulator.common.Violation;
import dev.boomiemulator.dataintegration.connection.ConnectionHandler;
import dev.boomiemulator.dataintegration.connection.ConnectionRepository;
import dev.boomiemulator.dataintegration.connection.ConnectionService;
import dev.boomiemulator.dataintegration.environment.EnvironmentHandler;
import dev.boomiemulator.dataintegration.environment.EnvironmentRepository;
import dev.boomiemulator.dataintegration.environment.EnvironmentService;
import dev.boomiemulator.dataintegration.river.OperationRepository;
import dev.boomiemulator.dataintegration.river.RiverHandler;
import dev.boomiemulator.dataintegration.river.RiverRepository;
import dev.boomiemulator.dataintegration.river.RiverService;
import dev.boomiemulator.dataintegration.river.RunHandler;
import dev.boomiemulator.dataintegration.river.RunRepository;
import dev.boomiemulator.dataintegration.river.RunService;
import dev.boomiemulator.db.Transactions;
import io.javalin.http.Context;
import io.javalin.security.RouteRole;
import java.util.List;
import java.util.Optional;
import org.jooq.DSLContext;

/**
 * The Data Integration API v1 (rivers, a.k.a. data flows) at {@code /v1/accounts/{account_id}/...}, with
 * bearer tokens that carry scopes. The route table mirrors openapi/data-integration-v1.yaml; each route
 * names the scope its operation needs ({@code x-scope}).
 */
public final class DataIntegrationModule implements ApiModule {
    public static final String PREFIX = "/v1/accounts";

    private final TokenRepository tokens;
    private final DataIntegrationFixtures fixtures;
    private final EnvironmentHandler environments;
    private final ConnectionHandler connections;
    private final RiverHandler rivers;
    private final RunHandler runs;

    public DataIntegrationModule(DSLContext dsl, IdGenerator ids, EmulatorClock clock) {
        this.tokens = new TokenRepository(dsl);
        this.fixtures = new DataIntegrationFixtures(ids, clock);
        // a request whose account a concurrent reset removed comes after the reset: its token is gone
        Transactions transactions = new Transactions(dsl, () -> DataIntegrationException.unauthorized("Invalid or expired token"));
        EnvironmentService environmentService = new EnvironmentService(new EnvironmentRepository(dsl), ids, transactions);
        RiverRepository riverRepository = new RiverRepository(dsl);
        ConnectionService connectionService = new ConnectionService(new ConnectionRepository(dsl), environmentService,
                riverRepository, ids, clock, transactions);
        RiverService riverService = new RiverService(riverRepository, new OperationRepository(dsl), environmentService,
                connectionService, ids, clock, transactions);
        this.environments = new EnvironmentHandler(environmentService);
        this.connections = new ConnectionHandler(connectionService);
        this.rivers = new RiverHandler(riverService);
        this.runs = new RunHandler(new RunService(riverService, new RunRepository(dsl), ids, clock, transactions));
    }

    @Override
    public void addRoutes() {
        path(PREFIX + "/{account_id}", () -> {
            get("environments", environments::list, ENVIRONMENT_LIST);
            path("environments/{environment_id}", () -> {
                path("rivers", () -> {
                    get(rivers::list, DATA_FLOW_LIST);
                    post(rivers::create, DATA_FLOW_WRITE);
                    path("{river_cross_id}", () -> {
                        get(rivers::get, DATA_FLOW_LIST);
                        put(rivers::update, DATA_FLOW_WRITE);
                        delete(rivers::delete, DATA_FLOW_WRITE);
                        post("activate_river", rivers::activate, DATA_FLOW_WRITE);
                        post("disable_river", rivers::disable, DATA_FLOW_WRITE);
                        post("run", runs::run, DATA_FLOW_EXECUTE);
                        get("runs", runs::list, ACTIVITY_LIST);
                        get("runs/{run_id}", runs::get, ACTIVITY_LIST);
                        get("runs/{run_id}/logs", runs::logs, ACTIVITY_LIST);
                    });
                });
                get("operations/{operation_id}", rivers::operation, OPERATIONS_LIST);
                path("connections", () -> {
                    get(connections::list, CONNECTION_LIST);
                    post(connections::create, CONNECTION_EDIT);
                    path("{connection_cross_id}", () -> {
                        get(connections::get, CONNECTION_LIST);
                        put(connections::update, CONNECTION_EDIT);
                        delete(connections::delete, CONNECTION_DELETE);
                        get("schemas", connections::schemas, CONNECTION_LIST);
                        get("tables", connections::tables, CONNECTION_LIST);
                    });
                });
                path("variables", () -> {
                    get(environments::variables, VARIABLES_LIST);
                    put(environments::putVariables, VARIABLES_EDIT);
                    post(environments::postVariables, VARIABLES_EDIT);
                });
            });
        });
    }

    @Override
    public List<FixtureSection> fixtureSections() {
        return List.of(fixtures);
    }

    @Override
    public String familyName() {
        return "dataintegration";
    }

    @Override
    public String pathPrefix() {
        return PREFIX;
    }

    /** The Data Integration service (FastAPI) owns everything under {@code /v1}: its 404s and 400s there are its own. */
    @Override
    public String errorNamespace() {
        return "/v1";
    }

    @Override
    public Optional<String> openApiDocument() {
        return Optional.of("openapi/data-integration-v1.yaml");
    }

    @Override
    public ApiException error(int status, String message) {
        return DataIntegrationException.of(status, message);
    }

    @Override
    public ApiException invalidRequest(List<Violation> violations) {
        return DataIntegrationException.invalidRequest(violations);
    }

    /**
     * {@code Authorization: Bearer <token>}: an unknown or missing token is 401; a token of another
     * account, of other environments, or without the route's scope is 403.
     */
    @Override
    public void authenticate(Context ctx) {
        String header = ctx.header("Authorization");
        if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7) || header.substring(7).isBlank()) {
            throw DataIntegrationException.unauthorized("Not authenticated");
        }
        Caller caller = tokens.findByToken(header.substring(7).trim())
                .orElseThrow(() -> DataIntegrationException.unauthorized("Invalid or expired token"));
        String[] segments = ctx.path().substring(PREFIX.length() + 1).split("/");
        String accountId = segments[0];
        if (!caller.diAccountId().equalsIgnoreCase(accountId)) {
            throw DataIntegrationException.forbidden("The token does not give access to account " + accountId);
        }
        for (RouteRole role : ctx.routeRoles()) {
            if (role instanceof Scope scope && !caller.has(scope)) {
                throw DataIntegrationException.forbidden("Missing scope: " + scope.wireName());
            }
        }
        if (segments.length > 2 && segments[1].equals("environments") && !caller.mayUse(segments[2])) {
            throw DataIntegrationException.forbidden("The token does not give access to environment " + segments[2]);
        }
        ctx.attribute(DiRequests.CALLER, caller);
    }
}
