package dev.boomiemulator.platform.connector;

import com.fasterxml.jackson.databind.JsonNode;
import dev.boomiemulator.common.EmulatorClock;
import dev.boomiemulator.common.FixtureProblem;
import dev.boomiemulator.common.JsonFields;
import dev.boomiemulator.common.Sha256;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jooq.DSLContext;

/** Loads {@code connectorGroups} of a fixture account's {@code platform} section (schema: connectors.schema.json). */
public final class ConnectorFixtures {
    private final EmulatorClock clock;

    public ConnectorFixtures(EmulatorClock clock) {
        this.clock = clock;
    }

    public void load(DSLContext tx, String accountId, JsonNode platform, String path) {
        ConnectorRepository repository = new ConnectorRepository(tx);
        JsonNode groups = platform.path("connectorGroups");
        for (int g = 0; g < groups.size(); g++) {
            JsonNode group = groups.get(g);
            String at = path + ".connectorGroups[" + g + "]";
            String groupType = group.get("groupType").asText();
            if (repository.groupExists(accountId, groupType)) {
                throw new FixtureProblem(at + ".groupType", "duplicate connector group '" + groupType + "'");
            }
            repository.insertGroup(accountId, groupType, JsonFields.text(group, "name").orElse(groupType),
                    instant(group, "createdDate", at));
            // the group is new, so its versions are all in this document: checked here, inserted together
            JsonNode versions = group.path("versions");
            Set<String> versionIds = new HashSet<>();
            long highestNumber = 0;
            List<ConnectorRepository.StoredVersion> stored = new ArrayList<>();
            for (int v = 0; v < versions.size(); v++) {
                JsonNode version = versions.get(v);
                String vat = at + ".versions[" + v + "]";
                // without one, the next system version number, as an upload gets (ConnectorRepository.nextVersionId)
                String versionId = JsonFields.text(version, "versionId").orElse(Long.toString(highestNumber + 1));
                if (!versionIds.add(versionId)) {
                    throw new FixtureProblem(vat + ".versionId", "duplicate version '" + versionId + "' in group " + groupType);
                }
                if (versionId.matches("\\d{1,18}")) {
                    highestNumber = Math.max(highestNumber, Long.parseLong(versionId));
                }
                List<String> usedBy = new ArrayList<>();
                version.path("usedByClassifications").forEach(c -> usedBy.add(c.asText()));
                boolean deleted = JsonFields.bool(version, "deleted").orElse(false);
                Instant uploaded = instant(version, "uploadedDate", vat);
                String review = JsonFields.text(version, "reviewStatus").orElse(null);
                byte[] archive = ("fixture archive " + groupType + " " + versionId).getBytes(StandardCharsets.UTF_8);
                stored.add(new ConnectorRepository.StoredVersion(groupType, versionId,
                        JsonFields.text(version, "displayVersion").orElse(versionId),
                        JsonFields.text(version, "changeLog").orElse(null),
                        JsonFields.text(version, "uploadedBy").orElse("fixtures@example.com"),
                        uploaded, archive.length, Sha256.hex(archive), deleted,
                        deleted ? JsonFields.text(version, "uploadedBy").orElse("fixtures@example.com") : null,
                        deleted ? uploaded : null, review,
                        review == null ? null : JsonFields.text(version, "uploadedBy").orElse("fixtures@example.com"),
                        review == null ? null : uploaded,
                        usedBy.isEmpty() ? null : String.join(",", usedBy),
                        JsonFields.bool(version, "releaseVersion").orElse(!usedBy.isEmpty())));
            }
            repository.insertAll(accountId, stored);
        }
    }

    private Instant instant(JsonNode node, String field, String at) {
        return JsonFields.text(node, field).map(text -> {
            try {
                return Instant.parse(text);
            } catch (DateTimeParseException e) {
                throw new FixtureProblem(at + "." + field, "not an ISO 8601 instant: '" + text + "'");
            }
        }).orElseGet(clock::instant);
    }
}
