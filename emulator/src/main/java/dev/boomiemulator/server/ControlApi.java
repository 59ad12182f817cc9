package dev.boomiemulator.server;

import static io.javalin.apibuilder.ApiBuilder.delete;
import static io.javalin.apibuilder.ApiBuilder.get;
import static io.javalin.apibuilder.ApiBuilder.path;
import static io.javalin.apibuilder.ApiBuilder.post;
import static io.javalin.apibuilder.ApiBuilder.put;

import com.fasterxml.jackson.databind.JsonNode;
import dev.boomiemulator.accounts.AccountRepository;
import dev.boomiemulator.common.ApiException;
import dev.boomiemulator.common.ApiModule;
import dev.boomiemulator.common.EmulatorClock;
import dev.boomiemulator.common.Json;
import dev.boomiemulator.common.Violation;
import dev.boomiemulator.fixtures.FixtureDocument;
import dev.boomiemulator.fixtures.FixtureLoader;
import dev.boomiemulator.fixtures.FixtureReader;
import dev.boomiemulator.fixtures.FixtureRejected;
import dev.boomiemulator.platform.ratelimit.PlatformRateLimit;
import dev.boomiemulator.server.faults.FaultRule;
import dev.boomiemulator.server.faults.FaultRules;
import dev.boomiemulator.server.journal.JournalFilter;
import dev.boomiemulator.server.journal.RequestJournal;
import io.javalin.http.Context;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/** The emulator's own control API at {@code /_emulator}: health, reset, fixtures, the clock and the limits. */
final class ControlApi implements ApiModule {
    static final String PREFIX = "/_emulator";
    /** The health probe: open without the admin token, not journalled, and judged by no validator (it takes nothing). */
    static final String HEALTH = PREFIX + "/health";
    private static final String PLATFORM_RATE = "platformRequestsPerSecond";

    private final FixtureLoader fixtures;
    private final EmulatorClock clock;
    private final AccountRepository accounts;
    private final PlatformRateLimit rateLimit;
    private final String adminToken;
    private final RequestJournal journal;
    private final FaultRules faults;
    private final StateDocuments state;
    /** How the emulator serves each operation of Boomi's official Platform document. */
    private final Supplier<Object> coverage;

    ControlApi(FixtureLoader fixtures, EmulatorClock clock, AccountRepository accounts, PlatformRateLimit rateLimit,
               String adminToken, RequestJournal journal, FaultRules faults, StateDocuments state,
               Supplier<Object> coverage) {
        this.coverage = coverage;
        this.fixtures = fixtures;
        this.clock = clock;
        this.accounts = accounts;
        this.rateLimit = rateLimit;
        this.adminToken = adminToken;
        this.journal = journal;
        this.faults = faults;
        this.state = state;
    }

    @Override
    public void addRoutes() {
        get("/", ServedDocuments::frontPage);
        get("/webjars/swagger-ui/{version}/{file}", ServedDocuments::webjarFile);
        path(PREFIX, () -> {
            get("health", this::health);
            get("docs", ServedDocuments::swaggerUi);
            get("ui", ServedDocuments::dashboard);
            get("openapi/{name}", ServedDocuments::document);
            post("reset", this::reset);
            post("reset/{accountId}", this::resetAccount);
            get("fixtures", this::listFixtures);
            get("accounts", this::listAccounts);
            get("coverage", ctx -> ctx.json(coverage.get()));
            post("fixtures", this::loadFixtures);
            path("clock", () -> {
                get(this::readClock);
                post(this::setClock);
                post("freeze", this::freeze);
                post("unfreeze", this::unfreeze);
                post("advance", this::advance);
            });
            path("limits", () -> {
                get(this::readLimits);
                put(this::setLimits);
            });
            path("state", () -> {
                get(this::exportState);
                post(this::loadState);
            });
            path("faults", () -> {
                get(this::listFaults);
                post(this::addFault);
                delete(this::clearFaults);
                delete("{id}", this::removeFault);
            });
            path("requests", () -> {
                get(this::searchRequests);
                delete(this::clearRequests);
                get("count", this::countRequests);
            });
        });
    }

    /** The state as a document a fresh emulator loads back ({@code ?accountId=} for one account). */
    private void exportState(Context ctx) {
        String accountId = ctx.queryParam("accountId");
        if (accountId != null && accounts.find(accountId).isEmpty()) {
            throw new ControlException(404, "No account '" + accountId + "'.");
        }
        ctx.json(state.export(accountId));
    }

    /** Replaces the state (or {@code ?accountId=}'s) with the document's, all or nothing. */
    private void loadState(Context ctx) {
        String accountId = ctx.queryParam("accountId");
        JsonNode document;
        try {
            document = Json.mapper().readTree(ctx.body());
            state.load(document, accountId);
        } catch (IllegalArgumentException e) {
            throw new ControlException(400, "Not loaded: " + e.getMessage());
        } catch (java.io.IOException e) {
            throw new ControlException(400, "Not loaded: the body is not JSON");
        }
        ctx.json(Map.of("loaded", accountId == null ? "all" : accountId, "rows",
                dev.boomiemulator.db.StateTransfer.rowCounts(document)));
    }

    private void listFaults(Context ctx) {
        ctx.json(Map.of("faults", FaultRules.describe(faults.all())));
    }

    /** Adds a fault rule (see {@code FaultRule}); answers it with its id. */
    private void addFault(Context ctx) {
        FaultRule rule;
        try {
            rule = faults.add(Json.mapper().readTree(ctx.body()));
        } catch (IllegalArgumentException e) {
            throw new ControlException(400, "Not a fault rule: " + e.getMessage());
        } catch (java.io.IOException e) {
            throw new ControlException(400, "Not a fault rule: the body is not JSON");
        }
        ctx.status(201).json(FaultRules.describe(List.of(rule)).get(0));
    }

    private void clearFaults(Context ctx) {
        ctx.json(Map.of("removed", faults.clear()));
    }

    private void removeFault(Context ctx) {
        if (!faults.remove(ctx.pathParam("id"))) {
            throw new ControlException(404, "No fault rule '" + ctx.pathParam("id") + "'.");
        }
        ctx.json(Map.of("removed", 1));
    }

    /** The request journal, newest first: {@code ?family=&account=&method=&path=&status=&since=&until=&offset=&limit=}. */
    private void searchRequests(Context ctx) {
        int offset = nonNegative(ctx, "offset", 0);
        int limit = Math.min(nonNegative(ctx, "limit", 100), 1000);
        RequestJournal.Page page = journal.search(journalFilter(ctx), offset, limit);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("total", page.total());
        body.put("offset", offset);
        body.put("limit", limit);
        body.put("requests", page.entries());
        ctx.json(body);
    }

    /** How many journal entries match, for "exactly N calls" checks. */
    private void countRequests(Context ctx) {
        ctx.json(Map.of("count", journal.count(journalFilter(ctx))));
    }

    private void clearRequests(Context ctx) {
        ctx.json(Map.of("cleared", journal.clear()));
    }

    private static JournalFilter journalFilter(Context ctx) {
        try {
            return JournalFilter.of(ctx.queryParam("family"), ctx.queryParam("account"), ctx.queryParam("method"),
                    ctx.queryParam("path"), ctx.queryParam("status"), ctx.queryParam("since"), ctx.queryParam("until"));
        } catch (IllegalArgumentException e) {
            throw new ControlException(400, e.getMessage());
        }
    }

    private static int nonNegative(Context ctx, String name, int fallback) {
        String text = ctx.queryParam(name);
        if (text == null) {
            return fallback;
        }
        try {
            int value = Integer.parseInt(text);
            if (value >= 0) {
                return value;
            }
        } catch (NumberFormatException notANumber) {
            // answered below
        }
        throw new ControlException(400, name + " must be a whole number of 0 or more, got '" + text + "'");
    }

    private void health(Context ctx) {
        ctx.json(Map.of("status", "UP", "now", clock.instant().toString()));
    }

    /** Everything back to the loaded fixtures, or one account with {@code ?accountId=}. */
    private void reset(Context ctx) {
        String accountId = ctx.queryParam("accountId");
        if (accountId != null && !accountId.isBlank()) {
            resetAccount(ctx, accountId);
            return;
        }
        fixtures.resetAll();
        ctx.json(Map.of("reset", "all"));
    }

    private void resetAccount(Context ctx) {
        resetAccount(ctx, ctx.pathParam("accountId"));
    }

    private void resetAccount(Context ctx, String accountId) {
        if (accounts.find(accountId).isEmpty()) {
            throw new ControlException(404, "No account '" + accountId + "'.");
        }
        fixtures.resetAccount(accountId);
        ctx.json(Map.of("reset", accountId));
    }

    private void listFixtures(Context ctx) {
        ctx.json(Map.of("loaded", fixtures.loadedSources(), "accounts", accounts.accountIds()));
    }

    /**
     * The loaded accounts with their users' passwords and API tokens and their Data Integration tokens: how
     * a test (or the JUnit extension's runtime info) learns whom to be. It reveals credentials on purpose
     * (they are a local emulator's fixtures); an admin token, when set, protects it like the rest.
     */
    private void listAccounts(Context ctx) {
        ctx.json(Map.of("accounts", fixtures.loadedAccounts()));
    }

    /** Loads one fixture document from the body; refused whole, with each problem's path and reason. */
    private void loadFixtures(Context ctx) {
        String source = Optional.ofNullable(ctx.queryParam("name")).orElse("request");
        if (isStateDocument(ctx.body())) {
            // a document from GET /_emulator/state loads here too, as a fixture document would
            loadState(ctx);
            ctx.status(201).json(Map.of("loaded", source, "accounts", accounts.accountIds()));
            return;
        }
        try {
            FixtureDocument document = FixtureReader.parse(source, ctx.body());
            fixtures.load(List.of(document));
        } catch (FixtureRejected rejected) {
            throw new ControlException(400, rejected.getMessage(), rejected.problems());
        }
        ctx.status(201).json(Map.of("loaded", source, "accounts", accounts.accountIds()));
    }

    private static boolean isStateDocument(String body) {
        try {
            return Json.mapper().readTree(body).has("emulatorState");
        } catch (java.io.IOException notJson) {
            return false;
        }
    }

    private void readClock(Context ctx) {
        ctx.json(clockState());
    }

    /** {@code {"now":"2026-01-01T00:00:00Z","frozen":true}}: both optional. */
    private void setClock(Context ctx) {
        JsonNode body = jsonBody(ctx);
        if (body.hasNonNull("now")) {
            clock.set(instant(body.get("now").asText()));
        }
        if (body.has("frozen")) {
            if (body.get("frozen").asBoolean()) {
                clock.freeze(null);
            } else {
                clock.unfreeze();
            }
        }
        ctx.json(clockState());
    }

    private void freeze(Context ctx) {
        JsonNode body = jsonBody(ctx);
        clock.freeze(body.hasNonNull("at") ? instant(body.get("at").asText()) : null);
        ctx.json(clockState());
    }

    private void unfreeze(Context ctx) {
        clock.unfreeze();
        ctx.json(clockState());
    }

    /** By {@code {"seconds":90}}, {@code {"millis":1500}} or {@code {"duration":"PT5M"}} (or the same as query parameters). */
    private void advance(Context ctx) {
        JsonNode body = jsonBody(ctx);
        Duration by;
        try {
            if (has(ctx, body, "duration")) {
                by = Duration.parse(value(ctx, body, "duration"));
            } else if (has(ctx, body, "seconds")) {
                by = Duration.ofMillis(Math.round(Double.parseDouble(value(ctx, body, "seconds")) * 1000));
            } else if (has(ctx, body, "millis")) {
                by = Duration.ofMillis(Long.parseLong(value(ctx, body, "millis")));
            } else {
                throw new ControlException(400, "Say how far to advance: seconds, millis or duration (ISO 8601, e.g. PT5M).");
            }
        } catch (NumberFormatException | DateTimeParseException e) {
            throw new ControlException(400, "Cannot read the amount to advance: " + e.getMessage());
        }
        if (by.isNegative()) {
            throw new ControlException(400, "The clock only moves forward.");
        }
        clock.advance(by);
        ctx.json(clockState());
    }

    private void readLimits(Context ctx) {
        ctx.json(limits());
    }

    /** {@code {"platformRequestsPerSecond":10}}; 0 switches the limit off. A reset restores the start-up value. */
    private void setLimits(Context ctx) {
        JsonNode body = jsonBody(ctx);
        JsonNode rate = body.get(PLATFORM_RATE);
        if (rate == null || !rate.canConvertToInt() || !rate.isIntegralNumber()) {
            throw new ControlException(400, "Give " + PLATFORM_RATE + " as a whole number: requests per second per "
                    + "account, 0 for no limit (the real service allows " + PlatformRateLimit.BOOMI_REQUESTS_PER_SECOND + ").");
        }
        try {
            rateLimit.setRequestsPerSecond(rate.intValue());
        } catch (IllegalArgumentException outOfRange) {
            throw new ControlException(400, PLATFORM_RATE + " " + outOfRange.getMessage() + ".");
        }
        ctx.json(limits());
    }

    private Map<String, Object> limits() {
        return Map.of(PLATFORM_RATE, rateLimit.requestsPerSecond());
    }

    private Map<String, Object> clockState() {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("now", clock.instant().toString());
        state.put("frozen", clock.isFrozen());
        return state;
    }

    private static boolean has(Context ctx, JsonNode body, String name) {
        return body.hasNonNull(name) || ctx.queryParam(name) != null;
    }

    private static String value(Context ctx, JsonNode body, String name) {
        return body.hasNonNull(name) ? body.get(name).asText() : ctx.queryParam(name);
    }

    private static Instant instant(String text) {
        try {
            return Instant.parse(text);
        } catch (DateTimeParseException e) {
            throw new ControlException(400, "Not an ISO 8601 instant: '" + text + "'.");
        }
    }

    private static JsonNode jsonBody(Context ctx) {
        if (ctx.body().isBlank()) {
            return Json.mapper().createObjectNode();
        }
        try {
            JsonNode body = Json.mapper().readTree(ctx.body());
            return body.isObject() ? body : Json.mapper().createObjectNode();
        } catch (java.io.IOException e) {
            throw new ControlException(400, "The body is not valid JSON.");
        }
    }

    @Override
    public String familyName() {
        return "control";
    }

    @Override
    public String pathPrefix() {
        return PREFIX;
    }

    @Override
    public Optional<String> openApiDocument() {
        return Optional.of("openapi/emulator-control.yaml");
    }

    @Override
    public ApiException error(int status, String message) {
        return new ControlException(status, message);
    }

    @Override
    public ApiException invalidRequest(List<Violation> violations) {
        return new ControlException(400, "Invalid request: "
                + violations.stream().map(Violation::describe).collect(Collectors.joining("; ")));
    }

    /** Open by default (a local tool); with an admin token configured, the token is required. */
    @Override
    public void authenticate(Context ctx) {
        if (adminToken == null || ctx.path().equals(HEALTH) || ServedDocuments.isOpen(ctx.path())) {
            return;
        }
        String header = ctx.header("Authorization");
        if (header == null || !header.equals("Bearer " + adminToken)) {
            throw new ControlException(401, "The control API needs Authorization: Bearer <admin token>.");
        }
    }
}
