package dev.boomiemulator.connectnow;

import static io.javalin.apibuilder.ApiBuilder.delete;
import static io.javalin.apibuilder.ApiBuilder.path;
import static io.javalin.apibuilder.ApiBuilder.post;

import com.fasterxml.jackson.databind.JsonNode;
import dev.boomiemulator.accounts.AccountAccess;
import dev.boomiemulator.accounts.AccountRepository;
import dev.boomiemulator.accounts.BasicCredentials;
import dev.boomiemulator.common.ApiException;
import dev.boomiemulator.common.ApiModule;
import dev.boomiemulator.common.EmulatorClock;
import dev.boomiemulator.common.IdGenerator;
import dev.boomiemulator.common.JsonFields;
import dev.boomiemulator.common.Violation;
import dev.boomiemulator.db.Transactions;
import dev.boomiemulator.domain.execution.ExecutionService;
import dev.boomiemulator.domain.integrationpack.ExtensionRepository;
import dev.boomiemulator.domain.integrationpack.IntegrationPackExtensionService;
import dev.boomiemulator.domain.integrationpack.IntegrationPackRepository;
import dev.boomiemulator.domain.integrationpack.IntegrationPackService;
import dev.boomiemulator.domain.process.RuntimeRepository;
import dev.boomiemulator.domain.schedule.ScheduleService;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.stream.Collectors;
import org.jooq.DSLContext;

/**
 * The Connect Now partner API, {@code /ws/simple/{operation}}: 18 operations, JSON in and out, over the
 * same state as the Platform API (a pack deployed here is a Platform IntegrationPackInstance). The route
 * table mirrors openapi/ws-simple.yaml.
 *
 * @see <a href="https://help.boomi.com/docs/Atomsphere/Integration/Connect%20Now/">Boomi: Connect Now</a>
 */
public final class ConnectNowModule implements ApiModule {
    public static final String PREFIX = "/ws/simple";

    private final AccountAccess access;
    private final PackService packs;
    private final AccountService accounts;
    private final ExtensionService extensions;
    private final ExecutionOperations executions;
    private final ScheduleOperations schedules;

    public ConnectNowModule(DSLContext dsl, AccountAccess access, AccountRepository accountRepository, IdGenerator ids,
                            EmulatorClock clock) {
        this.access = access;
        IntegrationPackRepository packRepository = new IntegrationPackRepository(dsl);
        IntegrationPackService packService = new IntegrationPackService(packRepository, ids, clock,
                new Transactions(dsl, () -> ConnectNowException.unauthorized("The account was not found.")));
        this.packs = new PackService(packService);
        ConnectNowRepository repository = new ConnectNowRepository(dsl);
        this.accounts = new AccountService(accountRepository, repository);
        PackProcesses processes = new PackProcesses(packService, new RuntimeRepository(dsl), repository);
        this.executions = new ExecutionOperations(packService, new ExecutionService(dsl, ids, clock), processes);
        this.schedules = new ScheduleOperations(new ScheduleService(dsl), processes);
        this.extensions = new ExtensionService(packService,
                new IntegrationPackExtensionService(packRepository, new ExtensionRepository(dsl)), packs);
    }

    @Override
    public void addRoutes() {
        path(PREFIX, () -> {
            // integration packs
            post("getAllIPacksAvailableToAccount", op((account, body) -> packs.available(account)));
            post("createIntegrationPackDeployment", op(packs::createDeployment));
            post("getInstalledIPacks", op((account, body) -> packs.installed(account)));
            post("getInstalledIPackInstanceProcesses", op(packs::processes));
            delete("deleteInstalledIPackInstance", op(packs::delete));
            post("deleteInstalledIPackInstance", op(packs::delete));
            // account
            post("getBoomiAccountProfile", op((account, body) -> accounts.profile(account)));
            post("getEnvironmentsForAccount", op((account, body) -> accounts.environments(account)));
            // executions and schedules
            post("executeIntegrationProcess", this::execute);
            post("getProcessExecutionRecords", op(executions::records));
            post("getProcessSchedules", op(schedules::get));
            post("upsertProcessSchedules", op(schedules::upsert));
            // extensions
            post("getExtendedConnectionsForInstalledIPack", op(extensions::connections));
            post("getExtendedProcessPropertiesForInstalledIPack", op(extensions::processProperties));
            post("getExtendedCrossReferenceTablesForInstalledIPack", op(extensions::crossReferences));
            post("getExtendedMapsForInstalledIPack", op(extensions::maps));
            post("upsertEnvironmentExtensions", op(extensions::upsert));
            post("upsertMapExtensions", op(extensions::upsertMaps));
            post("getOAuth2AccessTokenURL", op(extensions::oauth2Url));
        });
    }

    /** Needs the caller's view of the server (for recordUrl) and who asked (the record's reportKey). */
    private void execute(Context ctx) {
        JsonNode body = ConnectNowRequests.body(ctx);
        ctx.json(executions.execute(ConnectNowRequests.accountId(body), body, ctx.scheme() + "://" + ctx.host(),
                credentials(ctx, Optional.of(body)).map(BasicCredentials::user).orElse(null)));
    }

    /** A ws/simple operation: the body's accountId and the body in, the result as JSON out. */
    private static Handler op(BiFunction<String, JsonNode, Object> operation) {
        return ctx -> {
            JsonNode body = ConnectNowRequests.body(ctx);
            ctx.json(operation.apply(ConnectNowRequests.accountId(body), body));
        };
    }

    @Override
    public String familyName() {
        return "connectnow";
    }

    @Override
    public String pathPrefix() {
        return PREFIX;
    }

    @Override
    public Optional<String> openApiDocument() {
        return Optional.of("openapi/ws-simple.yaml");
    }

    /** Like the Platform API, ws/simple reads JSON whatever the Content-Type (curl's {@code -d} default included). */
    @Override
    public boolean readsBodiesByContent() {
        return true;
    }

    @Override
    public ApiException error(int status, String message) {
        return ConnectNowException.of(status, message);
    }

    @Override
    public ApiException invalidRequest(List<Violation> violations) {
        return ConnectNowException.badRequest("Invalid request: "
                + violations.stream().map(Violation::describe).collect(Collectors.joining("; ")));
    }

    /**
     * Credentials from the body's {@code auth} ({@code accessToken} in upsertMapExtensions) when it is
     * non-empty, else the Basic header; the account from the body's {@code accountId}. A body without an
     * account is left to request validation (400) once the credentials are known to be good.
     */
    @Override
    public void authenticate(Context ctx) {
        Optional<JsonNode> body = ConnectNowRequests.lenientBody(ctx);
        Optional<BasicCredentials> credentials = credentials(ctx, body);
        if (credentials.isEmpty()) {
            throw ConnectNowException.unauthorized(bodyAuth(body).isPresent()
                    ? "The auth field is not base64 user:password." : "Authentication is required.");
        }
        String accountId = body.flatMap(b -> JsonFields.text(b, "accountId")).orElse("");
        switch (access.check(credentials, accountId)) {
            case ADMITTED -> { }
            case UNAUTHENTICATED -> throw ConnectNowException.unauthorized("Wrong user name or password.");
            case FORBIDDEN -> {
                if (!accountId.isEmpty()) {
                    throw ConnectNowException.forbidden(accountId);
                }
            }
        }
    }

    /** The body's auth (or accessToken) when it is non-empty, else the Basic header. */
    private static Optional<BasicCredentials> credentials(Context ctx, Optional<JsonNode> body) {
        Optional<String> bodyAuth = bodyAuth(body);
        return bodyAuth.isPresent()
                ? BasicCredentials.fromBase64(bodyAuth.get())
                : BasicCredentials.fromHeader(ctx.header("Authorization"));
    }

    private static Optional<String> bodyAuth(Optional<JsonNode> body) {
        return body.flatMap(b -> JsonFields.text(b, "auth").or(() -> JsonFields.text(b, "accessToken")))
                .map(String::strip).filter(s -> !s.isEmpty());
    }
}
