package dev.boomiemulator.platform;

import com.fasterxml.jackson.databind.JsonNode;
import dev.boomiemulator.common.EmulatorClock;
import dev.boomiemulator.common.FixtureProblem;
import dev.boomiemulator.common.FixtureSection;
import dev.boomiemulator.common.IdGenerator;
import dev.boomiemulator.common.JsonFields;
import dev.boomiemulator.db.jooq.Tables;
import dev.boomiemulator.domain.integrationpack.IntegrationPackFixtures;
import dev.boomiemulator.platform.connector.ConnectorFixtures;
import dev.boomiemulator.platform.environment.Environment;
import dev.boomiemulator.platform.environment.EnvironmentRepository;
import dev.boomiemulator.platform.generic.GenericFixtures;
import java.time.Instant;
import org.jooq.DSLContext;

/** Loads the {@code platform} section of a fixture account (schema: fixtures/schema/platform.schema.json). */
public final class PlatformFixtures implements FixtureSection {
    private final IdGenerator ids;
    private final EmulatorClock clock;
    private final RuntimeFixtures runtime;
    private final IntegrationPackFixtures integrationPacks;
    private final ConnectorFixtures connectors;
    private final GenericFixtures objects;

    public PlatformFixtures(IdGenerator ids, EmulatorClock clock, GenericFixtures objects) {
        this.objects = objects;
        this.ids = ids;
        this.clock = clock;
        this.runtime = new RuntimeFixtures(ids, clock);
        this.integrationPacks = new IntegrationPackFixtures(ids, clock);
        this.connectors = new ConnectorFixtures(clock);
    }

    @Override
    public String name() {
        return "platform";
    }

    @Override
    public String schemaResource() {
        return "fixtures/schema/platform.schema.json";
    }

    @Override
    public void load(DSLContext tx, String accountId, JsonNode section, String path) {
        JsonNode environments = section.path("environments");
        for (int i = 0; i < environments.size(); i++) {
            JsonNode environment = environments.get(i);
            String at = path + ".environments[" + i + "]";
            String id = JsonFields.text(environment, "id").orElseGet(ids::uuid);
            if (tx.fetchExists(Tables.ENVIRONMENT, Tables.ENVIRONMENT.ACCOUNT_ID.eq(accountId)
                    .and(Tables.ENVIRONMENT.ID.eq(id)))) {
                throw new FixtureProblem(at + ".id", "duplicate environment id '" + id + "'");
            }
            EnvironmentRepository.insert(tx, accountId, new Environment(id,
                    environment.get("name").asText(),
                    JsonFields.text(environment, "classification").orElse("PROD"),
                    instant(environment, "createdDate", at)));
        }
        // processes, Atoms, packages, deployments, schedules, executions: after the environments they refer to
        runtime.load(tx, accountId, section, path);
        loadIntegrationPacksAndConnectors(tx, accountId, section, path);
        objects.load(tx, accountId, section.path("objects"), path);
    }

    /** integrationPacks, integrationPackInstances (after environments: instances attach to them), connectorGroups. */
    private void loadIntegrationPacksAndConnectors(DSLContext tx, String accountId, JsonNode section, String path) {
        integrationPacks.load(tx, accountId, section, path);
        connectors.load(tx, accountId, section, path);
    }

    /** A fixture's own timestamp, or the clock's reading when it gives none. */
    Instant instant(JsonNode node, String field, String at) {
        return JsonFields.text(node, field).map(text -> {
            try {
                return Instant.parse(text);
            } catch (java.time.format.DateTimeParseException e) {
                throw new FixtureProblem(at + "." + field, "not an ISO 8601 instant: '" + text + "'");
            }
        }).orElseGet(clock::instant);
    }
}
