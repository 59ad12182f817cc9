package dev.boomiemulator.platform;

import static io.javalin.apibuilder.ApiBuilder.delete;
import static io.javalin.apibuilder.ApiBuilder.get;
import static io.javalin.apibuilder.ApiBuilder.path;
import static io.javalin.apibuilder.ApiBuilder.post;

import dev.boomiemulator.accounts.AccountAccess;
import dev.boomiemulator.accounts.BasicCredentials;
import dev.boomiemulator.common.ApiException;
import dev.boomiemulator.common.ApiModule;
import dev.boomiemulator.common.EmulatorClock;
import dev.boomiemulator.common.FixtureSection;
import dev.boomiemulator.common.IdGenerator;
import dev.boomiemulator.common.Violation;
import dev.boomiemulator.domain.integrationpack.IntegrationPackRepository;
import dev.boomiemulator.domain.integrationpack.IntegrationPackService;
import dev.boomiemulator.platform.connector.ConnectorRepository;
import dev.boomiemulator.platform.connector.ConnectorVersionHandler;
import dev.boomiemulator.platform.connector.ConnectorVersionService;
import dev.boomiemulator.platform.environment.EnvironmentHandler;
import dev.boomiemulator.platform.environment.EnvironmentRepository;
import dev.boomiemulator.platform.environment.EnvironmentService;
import dev.boomiemulator.platform.integrationpack.IntegrationPackInstanceHandler;
import dev.boomiemulator.platform.integrationpack.IntegrationPackInstanceService;
import dev.boomiemulator.platform.query.QueryEngine;
import dev.boomiemulator.platform.query.QueryToken;
import io.javalin.http.Context;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jooq.DSLContext;

/**
 * The Platform REST API v1 at the real service's path, {@code /api/rest/v1/{accountId}/...}, so a
 * client changes only the host. The route table mirrors openapi/platform-v1.yaml.
 */
public final class PlatformModule implements ApiModule {
    public static final String PREFIX = "/api/rest/v1";

    private final AccountAccess access;
    private final PlatformFixtures fixtures;
    private final EnvironmentHandler environments;
    private final IntegrationPackInstanceHandler integrationPacks;
    private final ConnectorVersionHandler connectorVersions;

    public PlatformModule(DSLContext dsl, AccountAccess access, IdGenerator ids, EmulatorClock clock) {
        this.access = access;
        this.fixtures = new PlatformFixtures(ids, clock);
        QueryEngine queries = new QueryEngine(dsl, new QueryToken());
        this.environments = new EnvironmentHandler(
                new EnvironmentService(new EnvironmentRepository(dsl), queries, ids, clock));
        this.integrationPacks = integrationPackHandler(dsl, queries, ids, clock);
        this.connectorVersions = new ConnectorVersionHandler(
                new ConnectorVersionService(new ConnectorRepository(dsl), queries, clock));
    }

    @Override
    public void addRoutes() {
        path(PREFIX + "/{accountId}", () -> {
            path("Environment", () -> {
                post(environments::create);
                post("query", environments::query);
                post("queryMore", environments::queryMore);
                post("bulk", environments::bulk);
                path("{id}", () -> {
                    get(environments::get);
                    post(environments::update);
                    post("update", environments::update);
                    delete(environments::delete);
                });
            });
            integrationPackRoutes();
        });
    }

    // ---- integration packs and connectors (packs-connectnow) ---------------------------------------------

    private static IntegrationPackInstanceHandler integrationPackHandler(DSLContext dsl, QueryEngine queries,
                                                                         IdGenerator ids, EmulatorClock clock) {
        IntegrationPackRepository repository = new IntegrationPackRepository(dsl);
        return new IntegrationPackInstanceHandler(new IntegrationPackInstanceService(
                new IntegrationPackService(repository, ids, clock), repository, queries));
    }

    private void integrationPackRoutes() {
        path("IntegrationPackInstance", () -> {
            post(integrationPacks::create);
            post("query", integrationPacks::query);
            post("queryMore", integrationPacks::queryMore);
            post("bulk", integrationPacks::bulk);
            path("{id}", () -> {
                get(integrationPacks::get);
                delete(integrationPacks::delete);
            });
        });
        path("IntegrationPack", () -> {
            post("query", integrationPacks::queryPacks);
            post("queryMore", integrationPacks::queryMorePacks);
            post("bulk", integrationPacks::bulkPacks);
            get("{id}", integrationPacks::getPack);
        });
        path("ConnectorVersion", () -> {
            post(connectorVersions::create);
            delete(connectorVersions::deleteByBody);
            post("query", connectorVersions::query);
            post("queryMore", connectorVersions::queryMore);
            delete("{groupType}/{versionId}", connectorVersions::delete);
        });
    }

    @Override
    public List<FixtureSection> fixtureSections() {
        return List.of(fixtures);
    }

    @Override
    public String pathPrefix() {
        return PREFIX;
    }

    @Override
    public Optional<String> openApiDocument() {
        return Optional.of("openapi/platform-v1.yaml");
    }

    @Override
    public ApiException error(int status, String message) {
        return PlatformException.of(status, message);
    }

    @Override
    public ApiException invalidRequest(List<Violation> violations) {
        return PlatformException.badRequest("Invalid request: "
                + violations.stream().map(Violation::describe).collect(Collectors.joining("; ")));
    }

    /** HTTP Basic with a password or a {@code BOOMI_TOKEN.} API token, for the account in the path. */
    @Override
    public void authenticate(Context ctx) {
        String accountId = accountInPath(ctx.path());
        switch (access.check(BasicCredentials.fromHeader(ctx.header("Authorization")), accountId)) {
            case ADMITTED -> { }
            case UNAUTHENTICATED -> throw PlatformException.unauthorized();
            case FORBIDDEN -> throw PlatformException.forbidden(accountId);
        }
    }

    private static String accountInPath(String path) {
        String rest = path.substring(PREFIX.length() + 1);
        int slash = rest.indexOf('/');
        return slash < 0 ? rest : rest.substring(0, slash);
    }
}
