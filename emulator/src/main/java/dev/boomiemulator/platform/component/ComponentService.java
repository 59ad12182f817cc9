package dev.boomiemulator.platform.component;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.boomiemulator.common.EmulatorClock;
import dev.boomiemulator.common.IdGenerator;
import dev.boomiemulator.db.Transactions;
import dev.boomiemulator.domain.process.RuntimeRepository;
import dev.boomiemulator.domain.process.Simulation;
import dev.boomiemulator.platform.BulkGet;
import dev.boomiemulator.platform.PlatformException;
import dev.boomiemulator.platform.process.Process;
import dev.boomiemulator.platform.process.ProcessRepository;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The rules of the Component object. A create makes version 1 and answers it; each update makes the next version
 * (the older ones stay readable as {@code Component/{id}~{version}}); {@code deleted="true"} in an update deletes
 * the component, as the real service has it (a deployed process cannot be deleted). A process component is also a
 * Platform Process: packaging, deploying and executing it work as for any process, and ComponentMetadata lists its
 * versions. The folder's name and full path come from the account's Folders.
 */
public final class ComponentService {
    /** A Folder of the account by id, as the generic engine stores it. */
    @FunctionalInterface
    public interface Folders {
        Optional<JsonNode> find(String accountId, String folderId);
    }

    private final ComponentRepository components;
    private final ComponentReferences references;
    private final ProcessRepository processes;
    private final RuntimeRepository runtime;
    private final Folders folders;
    private final DiffRequests diffRequests;
    private final IdGenerator ids;
    private final EmulatorClock clock;
    private final Transactions transactions;

    /** Keeps a component's latest diff request. */
    @FunctionalInterface
    public interface DiffRequests {
        void save(String accountId, String componentId, JsonNode request);
    }

    public ComponentService(org.jooq.DSLContext dsl, RuntimeRepository runtime, Folders folders,
                            DiffRequests diffRequests, IdGenerator ids, EmulatorClock clock, Transactions transactions) {
        this.diffRequests = diffRequests;
        this.components = new ComponentRepository(dsl);
        this.references = new ComponentReferences(dsl);
        this.processes = new ProcessRepository(dsl);
        this.runtime = runtime;
        this.folders = folders;
        this.ids = ids;
        this.clock = clock;
        this.transactions = transactions;
    }

    Component create(String accountId, String user, ComponentDraft draft) {
        String name = required(draft.name(), "name");
        String type = required(draft.type(), "type");
        if (draft.objectXml() == null || draft.objectXml().isBlank()) {
            throw PlatformException.badRequest("A component needs its object: the bns:object element with the "
                    + "configuration of its type.");
        }
        return transactions.write(accountId, () -> {
            Instant now = clock.instant();
            Folder folder = folder(accountId, draft.folderId());
            Component component = new Component(ids.uuid(), 1, name, type, folder.id(), folder.name(),
                    folder.fullPath(), draft.branchId(), null, false, true, now, user, now, user, draft.description(),
                    draft.objectXml(), draft.processOverridesXml(), draft.encryptedValuesXml());
            if (isProcess(type)) {
                processes.insert(accountId, asProcess(component), 1, Simulation.DEFAULT);
                components.insertVersion(accountId, component, false);
            } else {
                components.insertVersion(accountId, component, true);
            }
            references.record(accountId, component);
            return withPath(accountId, component);
        });
    }

    /** {@code id} or {@code id~version}. */
    Component get(String accountId, String idAndVersion) {
        int tilde = idAndVersion.indexOf('~');
        String id = tilde < 0 ? idAndVersion : idAndVersion.substring(0, tilde);
        Integer version = null;
        if (tilde >= 0) {
            try {
                version = Integer.valueOf(idAndVersion.substring(tilde + 1));
            } catch (NumberFormatException e) {
                throw PlatformException.badRequest("A component version is a number: " + idAndVersion);
            }
        }
        Integer wanted = version;
        return components.find(accountId, id, version).map(found -> withPath(accountId, found))
                .orElseThrow(() -> PlatformException.of(404, wanted == null
                        ? "Component with id " + id + " was not found."
                        : "Component " + id + " has no version " + wanted + "."));
    }

    Component update(String accountId, String id, String user, ComponentDraft draft) {
        if (draft.componentId() != null && !draft.componentId().equals(id)) {
            throw PlatformException.badRequest("The componentId in the body (" + draft.componentId()
                    + ") is not the one in the path (" + id + ").");
        }
        return transactions.write(accountId, () -> {
            Component current = components.find(accountId, id, null)
                    .orElseThrow(() -> PlatformException.of(404, "Component with id " + id + " was not found."));
            if (draft.type() != null && !draft.type().equals(current.type())) {
                throw PlatformException.badRequest("Component " + id + " is a " + current.type()
                        + "; its type cannot become " + draft.type() + ".");
            }
            boolean deleted = draft.deleted() != null ? draft.deleted() : current.deleted();
            Folder folder = draft.folderId() != null ? folder(accountId, draft.folderId())
                    : new Folder(current.folderId(), current.folderName(), null);
            Component next = new Component(id, current.version() + 1, or(draft.name(), current.name()),
                    current.type(), folder.id(), folder.name(), folder.fullPath(),
                    or(draft.branchId(), current.branchId()), current.branchName(), deleted, true,
                    current.createdDate(), current.createdBy(), clock.instant(), user,
                    or(draft.description(), current.description()), or(draft.objectXml(), current.objectXml()),
                    or(draft.processOverridesXml(), current.processOverridesXml()),
                    or(draft.encryptedValuesXml(), current.encryptedValuesXml()));
            save(accountId, current, next);
            references.record(accountId, next);
            return withPath(accountId, next);
        });
    }

    /**
     * {@code ComponentDiffRequest}: the diff between two versions of a component's XML ({@link ComponentDiff}). The
     * request is kept as the component's latest diff request, as {@code GET ComponentDiffRequest/{componentId}} reads.
     */
    JsonNode diff(String accountId, JsonNode body) {
        String componentId = required(body.path("componentId").asText(null), "componentId");
        int source = version(body, "sourceVersion");
        int target = version(body, "targetVersion");
        Component from = get(accountId, componentId + "~" + source);
        Component to = get(accountId, componentId + "~" + target);
        ObjectNode request = JsonNodeFactory.instance.objectNode().put("@type", "ComponentDiffRequest")
                .put("componentId", componentId).put("sourceVersion", source).put("targetVersion", target);
        diffRequests.save(accountId, componentId, request);
        return ComponentDiff.of(from, to);
    }

    private static int version(JsonNode body, String field) {
        JsonNode value = body.path(field);
        if (!value.canConvertToInt() && !value.asText("").matches("\\d{1,9}")) {
            throw PlatformException.badRequest(field + " is required: a version number of the component.");
        }
        return value.asInt();
    }

    // ---- ComponentMetadata's writes: the same components, through their metadata ----

    /** {@code POST ComponentMetadata/{id}}: the name and the folder only (blank: no folder), as the next version. */
    Component renameOrMove(String accountId, String id, String user, JsonNode body) {
        String folderId = body.has("folderId") ? body.path("folderId").asText("") : null;
        if (folderId != null && !folderId.isBlank()) {
            JsonNode folder = folders.find(accountId, folderId).orElseThrow(() -> PlatformException.badRequest(
                    "folderId " + folderId + " is not a folder of account " + accountId + "."));
            if (folder.path("deleted").asBoolean()) {
                throw PlatformException.badRequest("folderId " + folderId + " is a deleted folder.");
            }
        }
        String name = body.hasNonNull("name") ? body.get("name").asText() : null;
        if (name != null && name.isBlank()) {
            throw PlatformException.badRequest("A component needs a name.");
        }
        Component current = get(accountId, id);
        if (current.deleted()) {
            throw PlatformException.badRequest("Component " + id + " is deleted; restore it first (create its "
                    + "ComponentMetadata with its componentId).");
        }
        return update(accountId, id, user, new ComponentDraft(null, name, null, folderId, null, null, null, null, null,
                null));
    }

    /** {@code DELETE ComponentMetadata/{id}}: the component is deleted (not what depends on it). */
    void delete(String accountId, String id, String user) {
        if (get(accountId, id).deleted()) {
            throw PlatformException.badRequest("Component " + id + " is already deleted.");
        }
        update(accountId, id, user, new ComponentDraft(null, null, null, null, null, true, null, null, null, null));
    }

    /** {@code POST ComponentMetadata}: only a deleted component can be "created", which restores it. */
    Component restore(String accountId, String user, JsonNode body) {
        String id = required(body.path("componentId").asText(null), "componentId");
        Component current = components.find(accountId, id, null).orElseThrow(() -> PlatformException.badRequest(
                "Creating a component through ComponentMetadata is not supported; only a deleted component can be "
                        + "restored, and " + id + " is not a component of account " + accountId + "."));
        if (!current.deleted()) {
            throw PlatformException.badRequest("Component " + id + " is not deleted; only a deleted component can be "
                    + "restored through ComponentMetadata.");
        }
        return update(accountId, id, user, new ComponentDraft(null, null, null, null, null, false, null, null, null,
                null));
    }

    BulkGet.BulkResult bulk(String accountId, JsonNode body) {
        return BulkGet.run(body, id -> ComponentXml.json(get(accountId, id)));
    }

    private void save(String accountId, Component current, Component next) {
        if (!isProcess(next.type())) {
            components.insertVersion(accountId, next, true);
            if (next.deleted() != current.deleted()) {
                components.markDeleted(accountId, next.id(), next.deleted());
            }
            return;
        }
        if (current.deleted() && !next.deleted()) {
            // restored: the process comes back at its last version, then saves the next one
            processes.insertRow(accountId, asProcess(current), current.version(), Simulation.DEFAULT);
            components.markDeleted(accountId, next.id(), false);
            processes.saveNewVersion(accountId, asProcess(next));
            components.insertVersion(accountId, next, false);
            return;
        }
        if (next.deleted() && !current.deleted()) {
            List<String> environments = runtime.deployedEnvironments(accountId, next.id());
            if (!environments.isEmpty()) {
                throw PlatformException.badRequest("Component " + next.name() + " (" + next.id() + ") is deployed to "
                        + "environment(s) " + String.join(", ", environments) + "; undeploy it before deleting it.");
            }
            components.insertVersion(accountId, next, true);
            processes.delete(accountId, next.id());
            return;
        }
        if (next.deleted()) {
            throw PlatformException.badRequest("Component " + next.id() + " is deleted.");
        }
        processes.saveNewVersion(accountId, asProcess(next));
        components.insertVersion(accountId, next, false);
    }

    private static Process asProcess(Component component) {
        return new Process(component.id(), component.name(), component.folderId(), component.folderName(),
                component.description(), false, String.valueOf(component.version()), component.createdDate(),
                component.createdBy(), component.modifiedDate(), component.modifiedBy());
    }

    private static boolean isProcess(String type) {
        return type.equals("process");
    }

    /** The folder's name and full path ({@code Parent/Child}) from the account's Folders, where it is one. */
    private record Folder(String id, String name, String fullPath) {
    }

    private Folder folder(String accountId, String folderId) {
        if (folderId == null || folderId.isBlank()) {
            return new Folder(null, null, null);
        }
        Optional<JsonNode> found = folders.find(accountId, folderId);
        if (found.isEmpty()) {
            return new Folder(folderId, null, null); // a folder of the real account the emulator has never seen
        }
        // the Folder rules keep a folder's fullPath true through renames and moves
        return new Folder(folderId, found.get().path("name").asText(null), found.get().path("fullPath").asText(null));
    }

    private Component withPath(String accountId, Component component) {
        if (component.folderFullPath() != null || component.folderId() == null) {
            return component;
        }
        Folder folder = folder(accountId, component.folderId());
        return new Component(component.id(), component.version(), component.name(), component.type(),
                component.folderId(), component.folderName() != null ? component.folderName() : folder.name(),
                folder.fullPath(), component.branchId(), component.branchName(), component.deleted(),
                component.currentVersion(), component.createdDate(), component.createdBy(), component.modifiedDate(),
                component.modifiedBy(), component.description(), component.objectXml(),
                component.processOverridesXml(), component.encryptedValuesXml());
    }

    private static String required(String value, String field) {
        if (value == null || value.isBlank()) {
            throw PlatformException.badRequest(field + " is required.");
        }
        return value;
    }

    private static String or(String given, String current) {
        return given != null ? given : current;
    }
}
