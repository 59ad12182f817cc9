package dev.boomiemulator.dataintegration;

import com.fasterxml.jackson.databind.JsonNode;
import dev.boomiemulator.common.EmulatorClock;
import dev.boomiemulator.common.FixtureProblem;
import dev.boomiemulator.common.FixtureSection;
import dev.boomiemulator.common.IdGenerator;
import dev.boomiemulator.common.JsonFields;
import dev.boomiemulator.dataintegration.connection.ConnectionFixtures;
import dev.boomiemulator.dataintegration.environment.DiEnvironment;
import dev.boomiemulator.dataintegration.environment.EnvironmentRepository;
import dev.boomiemulator.dataintegration.environment.EnvironmentService;
import dev.boomiemulator.dataintegration.river.RiverFixtures;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jooq.DSLContext;

/**
 * Loads the {@code dataIntegration} section of a fixture account (schema:
 * fixtures/schema/dataintegration.schema.json): the account's 24-hex Data Integration id, its tokens,
 * and its environments with their variables, connections (and catalogues) and data flows.
 */
public final class DataIntegrationFixtures implements FixtureSection {
    private final IdGenerator ids;
    private final EmulatorClock clock;
    private final RiverFixtures rivers;

    public DataIntegrationFixtures(IdGenerator ids, EmulatorClock clock) {
        this.ids = ids;
        this.clock = clock;
        this.rivers = new RiverFixtures(ids);
    }

    @Override
    public String name() {
        return "dataIntegration";
    }

    @Override
    public String schemaResource() {
        return "fixtures/schema/dataintegration.schema.json";
    }

    @Override
    public void load(DSLContext tx, String accountId, JsonNode section, String path) {
        loadAccount(tx, accountId, section, path);
        JsonNode environments = section.path("environments");
        for (int i = 0; i < environments.size(); i++) {
            loadEnvironment(tx, accountId, environments.get(i), path + ".environments[" + i + "]");
        }
        JsonNode tokens = section.path("tokens");
        for (int i = 0; i < tokens.size(); i++) {
            loadToken(tx, accountId, tokens.get(i), path + ".tokens[" + i + "]");
        }
    }

    /** The account's Data Integration id: given once; a later document may repeat the same id. */
    private void loadAccount(DSLContext tx, String accountId, JsonNode section, String path) {
        var known = TokenRepository.diAccountId(tx, accountId);
        String given = JsonFields.text(section, "accountId").map(id -> id.toLowerCase(Locale.ROOT)).orElse(null);
        if (known.isPresent()) {
            if (given != null && !given.equals(known.get())) {
                throw new FixtureProblem(path + ".accountId", "account " + accountId
                        + " already has the Data Integration id " + known.get());
            }
            return;
        }
        if (given == null) {
            throw new FixtureProblem(path + ".accountId", "the first dataIntegration section of an account must give "
                    + "its 24-hex Data Integration accountId");
        }
        TokenRepository.accountUsing(tx, given).ifPresent(other -> {
            throw new FixtureProblem(path + ".accountId", "Data Integration id " + given + " is already used by account "
                    + other);
        });
        TokenRepository.insertAccount(tx, accountId, given);
    }

    private void loadToken(DSLContext tx, String accountId, JsonNode token, String at) {
        String value = token.get("token").asText();
        if (TokenRepository.tokenExists(tx, value)) {
            throw new FixtureProblem(at + ".token", "duplicate token (tokens are unique across accounts)");
        }
        List<String> scopes = new ArrayList<>();
        token.path("scopes").forEach(scope -> scopes.add(scope.asText()));
        List<String> environments = new ArrayList<>();
        JsonNode limited = token.path("environments");
        for (int i = 0; i < limited.size(); i++) {
            String environmentId = limited.get(i).asText().toLowerCase(Locale.ROOT);
            if (EnvironmentRepository.find(tx, accountId, environmentId).isEmpty()) {
                throw new FixtureProblem(at + ".environments[" + i + "]", "no environment '" + environmentId
                        + "' in this account");
            }
            environments.add(environmentId);
        }
        String name = JsonFields.text(token, "name").orElse("token " + value.substring(0, Math.min(4, value.length())) + "…");
        TokenRepository.insertToken(tx, accountId, value, name, JsonFields.text(token, "user").orElse(name),
                scopes, environments);
    }

    private void loadEnvironment(DSLContext tx, String accountId, JsonNode fixture, String at) {
        String id = JsonFields.text(fixture, "id").map(s -> s.toLowerCase(Locale.ROOT)).orElseGet(ids::hex24);
        if (EnvironmentRepository.find(tx, accountId, id).isPresent()) {
            throw new FixtureProblem(at + ".id", "duplicate environment id '" + id + "'");
        }
        Instant createdAt = instant(fixture, "createdAt", at);
        boolean deleted = fixture.path("deleted").asBoolean(false);
        String user = JsonFields.text(fixture, "createdBy").orElse(null);
        DiEnvironment environment = new DiEnvironment(id, fixture.get("name").asText(),
                JsonFields.text(fixture, "description").orElse(null), JsonFields.text(fixture, "color").orElse(null),
                fixture.path("isDefault").asBoolean(false), deleted, fixture.path("isDeleteLock").asBoolean(false),
                user, createdAt, createdAt, user, deleted ? createdAt : null, deleted ? user : null,
                JsonFields.text(fixture, "defaultGroupId").map(s -> s.toLowerCase(Locale.ROOT)).orElseGet(ids::hex24));
        EnvironmentRepository.insert(tx, accountId, environment);

        Map<String, String> variables = new LinkedHashMap<>();
        fixture.path("variables").fields().forEachRemaining(field -> variables.put(field.getKey(), field.getValue().asText()));
        EnvironmentRepository.mergeVariables(tx, accountId, id, variables);

        JsonNode connections = fixture.path("connections");
        for (int i = 0; i < connections.size(); i++) {
            JsonNode connection = connections.get(i);
            String connectionId = JsonFields.text(connection, "id").map(s -> s.toLowerCase(Locale.ROOT)).orElseGet(ids::hex24);
            ConnectionFixtures.load(tx, accountId, id, connection, connectionId, createdAt,
                    at + ".connections[" + i + "]");
        }

        JsonNode riverFixtures = fixture.path("rivers");
        for (int i = 0; i < riverFixtures.size(); i++) {
            rivers.load(tx, accountId, id, riverFixtures.get(i), null, at + ".rivers[" + i + "]",
                    river -> group(tx, accountId, environment, river), this::instant);
        }
    }

    /**
     * A fixture data flow's group: the one it names by id (created if needed), else the environment's group
     * of its name (created if needed), else the environment's default group.
     */
    private RiverFixtures.Group group(DSLContext tx, String accountId, DiEnvironment environment, JsonNode river) {
        var groupId = JsonFields.text(river, "groupId").map(s -> s.toLowerCase(Locale.ROOT));
        var groupName = JsonFields.text(river, "groupName");
        String id = groupId.or(() -> groupName.flatMap(name ->
                        EnvironmentRepository.groupIdNamed(tx, accountId, environment.id(), name)))
                .orElseGet(() -> groupName.isPresent() ? ids.hex24() : environment.defaultGroupId());
        String name = groupName.orElse(EnvironmentService.DEFAULT_GROUP);
        EnvironmentRepository.ensureGroup(tx, accountId, environment.id(), id, name);
        return new RiverFixtures.Group(id, name);
    }

    /** A fixture's own datetime (UTC when it has no offset), or the clock's reading when it gives none. */
    private Instant instant(JsonNode node, String field, String at) {
        return JsonFields.text(node, field).map(text -> {
            try {
                return DiTime.parseFixture(text);
            } catch (DateTimeParseException e) {
                throw new FixtureProblem(at + "." + field, "not an ISO 8601 datetime: '" + text + "'");
            }
        }).orElseGet(clock::instant);
    }
}
