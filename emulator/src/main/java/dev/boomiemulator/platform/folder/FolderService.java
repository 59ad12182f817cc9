package dev.boomiemulator.platform.folder;

import static dev.boomiemulator.db.jooq.Tables.COMPONENT_VERSION;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.boomiemulator.common.JsonFields;
import dev.boomiemulator.db.Transactions;
import dev.boomiemulator.domain.process.RuntimeRepository;
import dev.boomiemulator.platform.PlatformException;
import dev.boomiemulator.platform.generic.GenericObjects;
import dev.boomiemulator.platform.process.ProcessRepository;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import org.jooq.DSLContext;

/**
 * The rules of the Folder object, over the generic engine's storage (which also answers its get, query and bulk):
 * a tree per account. A folder's parent must be a folder of the account that is not deleted (none: a top-level
 * folder); a move may not put a folder under itself; {@code parentName} and {@code fullPath} ({@code Parent/Child})
 * are kept true through renames and moves. Deleting a folder deletes its sub-folders and the components in them,
 * and is refused while one of them is a deployed process; a create naming a deleted folder's id restores it with
 * the sub-folders deleted with it.
 */
public final class FolderService {
    private static final String FOLDER = "Folder";
    /** Properties the service keeps, not the caller. */
    private static final Set<String> READ_ONLY = Set.of("deleted", "fullPath", "parentName");

    private final Supplier<GenericObjects> objects;
    private final DSLContext dsl;
    private final RuntimeRepository runtime;
    private final ProcessRepository processes;
    private final Transactions transactions;

    public FolderService(Supplier<GenericObjects> objects, DSLContext dsl, RuntimeRepository runtime,
                         Transactions transactions) {
        this.objects = objects;
        this.dsl = dsl;
        this.runtime = runtime;
        this.transactions = transactions;
        this.processes = new ProcessRepository(dsl);
    }

    JsonNode create(String accountId, String user, JsonNode body) {
        return transactions.write(accountId, () -> {
            String id = JsonFields.text(body, "id").filter(text -> !text.isBlank()).orElse(null);
            if (id != null) {
                JsonNode existing = objects.get().find(FOLDER, accountId, id).orElse(null);
                if (existing != null && existing.path("deleted").asBoolean()) {
                    return restore(accountId, id, user);
                }
                if (existing != null) {
                    throw PlatformException.badRequest("Folder " + id + " already exists.");
                }
            }
            JsonFields.text(body, "name").filter(name -> !name.isBlank())
                    .orElseThrow(() -> PlatformException.badRequest("A folder needs a name."));
            ObjectNode folder = writable(body);
            folder.put("deleted", false);
            placeUnder(accountId, folder, parent(accountId, folder.path("parentId").asText("")));
            return objects.get().create(FOLDER, accountId, folder, user);
        });
    }

    JsonNode update(String accountId, String id, String user, JsonNode body) {
        return transactions.write(accountId, () -> {
            JsonNode current = find(accountId, id);
            if (current.path("deleted").asBoolean()) {
                throw PlatformException.badRequest("Folder " + id + " is deleted; restore it by creating it with its id.");
            }
            if (body.has("name") && body.path("name").asText("").isBlank()) {
                throw PlatformException.badRequest("A folder needs a name.");
            }
            ObjectNode changes = writable(body);
            if (body.has("parentId")) {
                JsonNode parent = parent(accountId, body.path("parentId").asText(""));
                for (JsonNode at = parent; at != null; at = parentOf(accountId, at)) {
                    if (at.path("id").asText().equals(id)) {
                        throw PlatformException.badRequest("Folder " + id + " cannot move under itself or one of its "
                                + "sub-folders.");
                    }
                }
                placeUnder(accountId, changes, parent);
                if (parent == null) {
                    changes.putNull("parentId"); // an update removes what it sends as null
                    changes.putNull("parentName");
                }
            }
            JsonNode updated = objects.get().update(FOLDER, accountId, id, changes, user);
            refreshPaths(accountId, updated);
            return find(accountId, id);
        });
    }

    void delete(String accountId, String id) {
        transactions.write(accountId, () -> {
            JsonNode folder = find(accountId, id);
            if (folder.path("deleted").asBoolean()) {
                throw PlatformException.badRequest("Folder " + id + " is already deleted.");
            }
            List<JsonNode> subtree = subtree(accountId, id, false);
            List<String> folderIds = subtree.stream().map(f -> f.path("id").asText()).toList();
            List<String> components = dsl.selectDistinct(COMPONENT_VERSION.COMPONENT_ID).from(COMPONENT_VERSION)
                    .where(COMPONENT_VERSION.ACCOUNT_ID.eq(accountId).and(COMPONENT_VERSION.CURRENT_VERSION.isTrue())
                            .and(COMPONENT_VERSION.DELETED.isFalse()).and(COMPONENT_VERSION.FOLDER_ID.in(folderIds)))
                    .fetch(COMPONENT_VERSION.COMPONENT_ID);
            for (String component : components) {
                List<String> environments = runtime.deployedEnvironments(accountId, component);
                if (!environments.isEmpty()) {
                    throw PlatformException.badRequest("Folder " + id + " holds component " + component
                            + ", deployed to environment(s) " + String.join(", ", environments)
                            + "; undeploy it before deleting the folder.");
                }
            }
            for (String component : components) {
                processes.delete(accountId, component); // a process row goes; its versions are marked deleted
                dsl.update(COMPONENT_VERSION).set(COMPONENT_VERSION.DELETED, true)
                        .where(COMPONENT_VERSION.ACCOUNT_ID.eq(accountId).and(COMPONENT_VERSION.COMPONENT_ID.eq(component)))
                        .execute();
            }
            for (JsonNode deleted : subtree) {
                mark(accountId, deleted, true);
            }
        });
    }

    /** Restores a deleted folder and the sub-folders deleted with it (components stay deleted: create them again). */
    private JsonNode restore(String accountId, String id, String user) {
        JsonNode folder = find(accountId, id);
        JsonNode parent = parentOf(accountId, folder);
        if (parent != null && parent.path("deleted").asBoolean()) {
            throw PlatformException.badRequest("Folder " + id + " cannot be restored inside deleted folder "
                    + parent.path("id").asText() + "; restore that one first.");
        }
        for (JsonNode restored : subtree(accountId, id, true)) {
            mark(accountId, restored, false);
        }
        return find(accountId, id);
    }

    private void mark(String accountId, JsonNode folder, boolean deleted) {
        ObjectNode changed = folder.deepCopy();
        changed.put("deleted", deleted);
        objects.get().save(FOLDER, accountId, folder.path("id").asText(), changed);
    }

    /** The folder and every folder under it (only those deleted, for a restore). */
    private List<JsonNode> subtree(String accountId, String id, boolean deletedOnes) {
        List<JsonNode> found = new ArrayList<>(List.of(find(accountId, id)));
        Set<String> seen = new HashSet<>(Set.of(id)); // a fixture may have loaded a cycle
        for (int i = 0; i < found.size(); i++) {
            for (JsonNode child : children(accountId, found.get(i))) {
                if (child.path("deleted").asBoolean() == deletedOnes && seen.add(child.path("id").asText())) {
                    found.add(child);
                }
            }
        }
        return found;
    }

    /**
     * Rewrites the parentName and fullPath of {@code moved} (just renamed or moved) and of every folder under it: no
     * other folder's path names it.
     */
    private void refreshPaths(String accountId, JsonNode moved) {
        Map<String, JsonNode> known = new HashMap<>(); // folders by id: as placed here, else as read
        Function<String, JsonNode> folderById = byId(accountId);
        Function<String, JsonNode> knownFirst = id -> known.computeIfAbsent(id, folderById);
        Set<String> placed = new HashSet<>();
        List<JsonNode> parents = new ArrayList<>();
        parents.add(place(accountId, moved, ancestor(moved, folderById), knownFirst, known));
        placed.add(moved.path("id").asText());
        for (int i = 0; i < parents.size(); i++) {
            for (JsonNode child : children(accountId, parents.get(i))) {
                if (placed.add(child.path("id").asText())) { // else a cycle a fixture loaded: placed once
                    parents.add(place(accountId, child, parents.get(i), knownFirst, known));
                }
            }
        }
    }

    /** Places {@code folder} under {@code parent}, stores it if that changed it, and keeps it as known. */
    private JsonNode place(String accountId, JsonNode folder, JsonNode parent, Function<String, JsonNode> folderById,
                           Map<String, JsonNode> known) {
        ObjectNode fresh = folder.deepCopy();
        placeUnder(fresh, parent, folderById);
        known.put(folder.path("id").asText(), fresh);
        if (!fresh.equals(folder)) {
            objects.get().save(FOLDER, accountId, folder.path("id").asText(), fresh);
        }
        return fresh;
    }

    /**
     * The folders whose parent is {@code folder}, deleted or not, through the index of {@code parentId}'s values:
     * reading every folder of the account instead made a delete, restore, rename or move O(folders).
     */
    private List<JsonNode> children(String accountId, JsonNode folder) {
        String id = folder.path("id").asText();
        return objects.get().listHaving(FOLDER, accountId, "parentId", id).stream()
                .filter(child -> child.path("parentId").asText().equals(id)) // the index keeps 4,000 characters
                .toList();
    }

    /**
     * Walks up from {@code parent} one get by key per ancestor: reading every folder of the account to walk up from
     * a map was a create's whole cost at 100,000 folders (60 ms each, against a few for a page of them).
     */
    private void placeUnder(String accountId, ObjectNode folder, JsonNode parent) {
        placeUnder(folder, parent, byId(accountId));
    }

    /**
     * The folder's parentId, parentName and fullPath under {@code parent} (null: a top-level folder), its ancestors
     * found by id through {@code folderById} (null for none).
     */
    private static void placeUnder(ObjectNode folder, JsonNode parent, Function<String, JsonNode> folderById) {
        List<String> names = new ArrayList<>();
        for (JsonNode at = parent; at != null && names.size() < 256; at = ancestor(at, folderById)) {
            names.add(0, at.path("name").asText(""));
        }
        names.add(folder.path("name").asText(""));
        if (parent == null) {
            folder.remove(List.of("parentId", "parentName"));
        } else {
            folder.put("parentId", parent.path("id").asText());
            folder.put("parentName", parent.path("name").asText(""));
        }
        folder.put("fullPath", String.join("/", names));
    }

    private static JsonNode ancestor(JsonNode folder, Function<String, JsonNode> folderById) {
        String parentId = folder.path("parentId").asText("");
        return parentId.isEmpty() ? null : folderById.apply(parentId);
    }

    /** The parent a body names: none when blank; else a folder of the account that is not deleted. */
    private JsonNode parent(String accountId, String parentId) {
        if (parentId.isBlank()) {
            return null;
        }
        JsonNode parent = objects.get().find(FOLDER, accountId, parentId).orElseThrow(() ->
                PlatformException.badRequest("parentId " + parentId + " is not a folder of account " + accountId + "."));
        if (parent.path("deleted").asBoolean()) {
            throw PlatformException.badRequest("parentId " + parentId + " is a deleted folder.");
        }
        return parent;
    }

    private JsonNode parentOf(String accountId, JsonNode folder) {
        return ancestor(folder, byId(accountId));
    }

    /** A folder of the account by id, one get by key; null for none. */
    private Function<String, JsonNode> byId(String accountId) {
        return id -> objects.get().find(FOLDER, accountId, id).orElse(null);
    }

    private JsonNode find(String accountId, String id) {
        return objects.get().find(FOLDER, accountId, id).orElseThrow(() -> PlatformException.notFound(FOLDER, id));
    }

    private static ObjectNode writable(JsonNode body) {
        ObjectNode copy = body.deepCopy();
        copy.remove(READ_ONLY);
        return copy;
    }
}
