package dev.boomiemulator.platform;

import com.fasterxml.jackson.databind.JsonNode;
import dev.boomiemulator.common.EmulatorClock;
import dev.boomiemulator.common.FixtureInstants;
import dev.boomiemulator.common.FixtureProblem;
import dev.boomiemulator.common.FixtureSection;
import dev.boomiemulator.common.IdGenerator;
import dev.boomiemulator.common.JsonFields;
import dev.boomiemulator.domain.integrationpack.IntegrationPackFixtures;
import dev.boomiemulator.platform.connector.ConnectorFixtures;
import dev.boomiemulator.platform.environment.Environment;
import dev.boomiemulator.platform.environment.EnvironmentRepository;
import dev.boomiemulator.platform.generic.GenericFixtures;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
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
        loadEnvironments(tx, accountId, section.path("environments"), path);
        // processes, Atoms, packages, deployments, schedules, executions: after the environments they refer to
        runtime.load(tx, accountId, section, path);
        loadIntegrationPacksAndConnectors(tx, accountId, section, path);
        objects.load(tx, accountId, section.path("objects"), path);
    }

    /** Checked and given their ids first, then stored a few hundred to a statement (a fixture may hold 100,000). */
    private void loadEnvironments(DSLContext tx, String accountId, JsonNode environments, String path) {
        Map<String, Environment> loaded = new LinkedHashMap<>();
        Map<String, String> pathOf = new HashMap<>();
        for (int i = 0; i < environments.size(); i++) {
            JsonNode environment = environments.get(i);
            String at = path + ".environments[" + i + "]";
            String id = JsonFields.text(environment, "id").orElseGet(ids::uuid);
            if (loaded.containsKey(id)) {
                throw duplicateEnvironment(at, id);
            }
            loaded.put(id, new Environment(id, environment.get("name").asText(),
                    JsonFields.text(environment, "classification").orElse("PROD"),
                    instant(environment, "createdDate", at)));
            pathOf.put(id, at);
        }
        Set<String> taken = EnvironmentRepository.storedIds(tx, accountId, loaded.keySet());
        for (String id : loaded.keySet()) { // in the document's order: the first clash is the one reported
            if (taken.contains(id)) {
                throw duplicateEnvironment(pathOf.get(id), id);
            }
        }
        EnvironmentRepository.insertAll(tx, accountId, loaded.values());
    }

    private static FixtureProblem duplicateEnvironment(String at, String id) {
        return new FixtureProblem(at + ".id", "duplicate environment id '" + id + "'");
    }

    /** integrationPacks, integrationPackInstances (after environments: instances attach to them), connectorGroups. */
    private void loadIntegrationPacksAndConnectors(DSLContext tx, String accountId, JsonNode section, String path) {
        integrationPacks.load(tx, accountId, section, path);
        connectors.load(tx, accountId, section, path);
    }

    /** A fixture's own timestamp, or the clock's reading when it gives none. */
    Instant instant(JsonNode node, String field, String at) {
        return FixtureInstants.of(node, field, at, clock::instant);
    }
}
